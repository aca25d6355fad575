// The physical ceiling for the scaling model in RESULTS.md: how fast this machine's cores can
// read resident memory, one thread and several at once. Sums 64-bit words of a buffer (the
// compiler vectorises the loop); the best of several passes, in GB/s (10^9 bytes per second).
// Build and run: cc -O3 -march=native -pthread bench/bandwidth.c -o /tmp/bw && /tmp/bw 1024 2
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t *buf;
static size_t words;
static int threads;

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void *sum(void *arg) {
  size_t part = (size_t)(uintptr_t)arg;
  size_t from = words / threads * part, to = part == (size_t)threads - 1 ? words : words / threads * (part + 1);
  uint64_t s = 0;
  for (size_t i = from; i < to; i++) s += buf[i];
  return (void *)(uintptr_t)s;
}

static double pass(int n) {
  threads = n;
  pthread_t t[64];
  double start = now();
  uint64_t total = 0;
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, sum, (void *)(uintptr_t)i);
  for (int i = 0; i < n; i++) {
    void *r;
    pthread_join(t[i], &r);
    total += (uint64_t)(uintptr_t)r;
  }
  double secs = now() - start;
  if (total == 42) puts(""); // keep the sum alive
  return words * 8 / secs / 1e9;
}

int main(int argc, char **argv) {
  size_t mib = argc > 1 ? strtoul(argv[1], NULL, 10) : 1024;
  int most = argc > 2 ? atoi(argv[2]) : 2;
  words = mib * 1024 * 1024 / 8;
  buf = malloc(words * 8);
  memset(buf, 1, words * 8); // resident
  for (int n = 1; n <= most; n++) {
    double best = 0;
    for (int i = 0; i < 5; i++) {
      double gbs = pass(n);
      if (gbs > best) best = gbs;
    }
    printf("%d thread%s: %.1f GB/s\n", n, n == 1 ? "" : "s", best);
  }
  return 0;
}

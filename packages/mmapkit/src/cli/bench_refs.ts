/**
 * The references the benchmark compares against, found on the machine at run time: a small C
 * program (mmap + a vectorised count / memmem, built with `cc` when it exists), `wc -l`, `xxhsum`, and the
 * optional wasm hash libraries when they are installed. Nothing is downloaded.
 * @module
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The C reference, as fast as C gets here (`-O3 -march=native`). "count" and "memmem" time their
 * own open + mmap + scan + munmap (first pass, page faults included); count is vectorised: 64
 * byte-wide comparisons per step into 8-bit lanes, summed every 255 steps (the compiler turns the
 * inner loop into SIMD compares and subtracts). "rcount" and "read" map with MAP_POPULATE and time
 * only the loop over resident pages (best of 5; of 12 on threads): the count kernel, and a read of
 * every 64-bit word (summed, so nothing is skipped) — the memcpy-speed ceiling of one core.
 * "rcountn PATH SIZE N" is "rcount" on N threads, each counting its part (the threads started
 * inside the timing, as a split call posts to its workers; a thread that cannot start makes the
 * result -1, which the caller refuses): where it is not N times faster than "rcount", memory, not
 * the cores, is the limit. "add1" adds 1 to every int32 of a file through pread + add + pwrite in
 * 1.75 MiB pieces (the copying limit of an in-place transform; the file is fsynced before,
 * untimed). Prints "<result> <secs>".
 */
const C_SOURCE = `#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
static long count(const unsigned char *p, size_t size) {
  long n = 0;
  size_t i = 0;
  while (i + 64 <= size) {
    unsigned char acc[64] = {0};
    size_t end = size - i > 255 * 64 ? i + 255 * 64 : i + (size - i) / 64 * 64;
    for (; i < end; i += 64)
      for (int j = 0; j < 64; j++) acc[j] += p[i + j] == '\\n';
    for (int j = 0; j < 64; j++) n += acc[j];
  }
  for (; i < size; i++) n += p[i] == '\\n';
  return n;
}
struct part {
  const unsigned char *p;
  size_t size;
  long n;
};
static void *count_part(void *arg) {
  struct part *q = arg;
  q->n = count(q->p, q->size);
  return NULL;
}
static long count_threads(const unsigned char *p, size_t size, int k) {
  struct part parts[64];
  pthread_t ts[64];
  size_t step = size / (size_t)k / 64 * 64, at = 0;
  for (int i = 0; i < k; i++, at += step) {
    parts[i] = (struct part){p + at, i == k - 1 ? size - at : step, 0};
    if (i > 0 && pthread_create(&ts[i], NULL, count_part, &parts[i]) != 0) return -1;
  }
  count_part(&parts[0]);
  long n = parts[0].n;
  for (int i = 1; i < k; i++) {
    pthread_join(ts[i], NULL);
    n += parts[i].n;
  }
  return n;
}
static uint64_t readall(const unsigned char *p, size_t size) {
  const uint64_t *w = (const uint64_t *)p;
  uint64_t s = 0;
  for (size_t i = 0; i < size / 8; i++) s += w[i];
  return s;
}
static int add1(const char *path) {
  int fd = open(path, O_RDWR);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0 || fsync(fd) != 0) return 1;
  size_t piece = (2 << 20) - (256 << 10);
  int32_t *buf = aligned_alloc(4096, piece);
  double t = now();
  for (off_t o = 0; o < st.st_size; o += (off_t)piece) {
    size_t n = (size_t)(st.st_size - o) < piece ? (size_t)(st.st_size - o) : piece;
    if (pread(fd, buf, n, o) != (ssize_t)n) return 1;
    for (size_t i = 0; i < n / 4; i++) buf[i] += 1;
    if (pwrite(fd, buf, n, o) != (ssize_t)n) return 1;
  }
  double secs = now() - t;
  int32_t first = 0;
  if (pread(fd, &first, 4, 0) != 4) return 1;
  close(fd);
  printf("%d %.9f\\n", first, secs);
  return 0;
}
int main(int argc, char **argv) {
  if (argc < 3) return 2;
  if (strcmp(argv[1], "add1") == 0) return add1(argv[2]);
  int resident = strcmp(argv[1], "rcount") == 0 || strcmp(argv[1], "rcountn") == 0 || strcmp(argv[1], "read") == 0;
  double t0 = now();
  int fd = open(argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) return 1;
  size_t size = argc > 3 && resident ? strtoull(argv[3], 0, 10) : (size_t)st.st_size;
  const unsigned char *p = mmap(0, size, PROT_READ, MAP_PRIVATE | (resident ? MAP_POPULATE : 0), fd, 0);
  if (p == MAP_FAILED) return 1;
  long n = 0;
  double secs = 1e9;
  if (resident) {
    int threads = argc > 4 ? atoi(argv[4]) : 1;
    if (threads < 1 || threads > 64) return 2;
    int reps = threads > 1 ? 12 : 5; /* threads vary more */
    for (int r = 0; r < reps; r++) {
      double t = now();
      n = strcmp(argv[1], "read") == 0      ? (long)(readall(p, size) & 0x7fffffff)
          : strcmp(argv[1], "rcountn") == 0 ? count_threads(p, size, threads)
                                            : count(p, size);
      double d = now() - t;
      if (d < secs) secs = d;
    }
  } else if (strcmp(argv[1], "count") == 0) {
    n = count(p, size);
  } else {
    size_t m = strlen(argv[3]);
    const unsigned char *s = p, *e = p + size;
    while (s < e && (s = memmem(s, (size_t)(e - s), argv[3], m)) != NULL) { n++; s++; }
  }
  munmap((void *)p, size);
  close(fd);
  if (!resident) secs = now() - t0;
  printf("%ld %.9f\\n", n, secs);
  return 0;
}
`;

/** The best (least) time of `repeat` calls of `f`, in ms; `before` runs untimed before each. */
export function best(repeat: number, f: () => void, before?: () => void): number {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    before?.();
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** {@link best} for a function returning a promise, awaited inside the timing. */
export async function bestAsync(repeat: number, f: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    await f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Whether `cmd` runs here. */
export function has(cmd: string, args: readonly string[] = ["--version"]): boolean {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return r.error === undefined && r.status === 0;
}

/** Builds the C reference in `dir`; its path, or undefined when there is no C compiler. */
export function buildC(dir: string): string | undefined {
  if (!has("cc", ["--version"])) return undefined;
  const src = join(dir, "scan.c");
  const exe = join(dir, "scan");
  writeFileSync(src, C_SOURCE);
  const r = spawnSync("cc", ["-O3", "-march=native", "-pthread", "-o", exe, src], { stdio: "ignore" });
  return r.status === 0 ? exe : undefined;
}

/** Runs the C reference; its own elapsed milliseconds and result. */
export function runC(exe: string, args: readonly string[]): { ms: number; result: number } {
  const r = spawnSync(exe, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${exe} ${args.join(" ")} failed`);
  const [n, secs] = r.stdout.trim().split(" ");
  return { ms: Number(secs) * 1000, result: Number(n) };
}

/** Wall time of a whole process, in ms, and its standard output. */
export function timeProcess(cmd: string, args: readonly string[]): { ms: number; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${r.stderr}`);
  return { ms, out: r.stdout };
}

/** Optional wasm hash libraries (devDependencies in the repository; absent for most users). */
export interface WasmHashes {
  crc32(data: Uint8Array, polynomial?: number): Promise<string>;
  adler32(data: Uint8Array): Promise<string>;
  xxhash32(data: Uint8Array): Promise<string>;
  xxhash64(data: Uint8Array): Promise<string>;
  xxhash3(data: Uint8Array): Promise<string>;
  xxhash128(data: Uint8Array): Promise<string>;
}

/** xxhash-wasm's raw hashers. */
export interface XxhashWasm {
  h32Raw(data: Uint8Array, seed?: number): number;
  h64Raw(data: Uint8Array, seed?: bigint): bigint;
}

/** xxhash-wasm, when it can be imported. */
export async function xxhashWasm(): Promise<XxhashWasm | undefined> {
  try {
    const name = "xxhash-wasm";
    const m = await import(name) as { default: () => Promise<XxhashWasm> };
    return await m.default();
  } catch {
    return undefined;
  }
}

/**
 * `xxhsum -b<variant>` on `bytes` of memory (its built-in benchmark: the data is resident, no file,
 * no process start counted), in GB/s; undefined without xxhsum or when its output is not understood.
 * Variants in xxhsum 0.8: 1 XXH32, 3 XXH64, 5 XXH3_64b, 11 XXH128. Two rounds: its first round
 * only estimates how many hashes fill a second, and with one round that estimate is the result
 * (measured on AMD Zen 5: 0.7 GB/s for XXH32 with `-i1`, 9.5 with `-i2`); the last line is the best.
 */
export function xxhsumBench(variant: number, bytes: number): number | undefined {
  const r = spawnSync("xxhsum", [`-b${variant}`, `-B${bytes}`, "-i2"], { encoding: "utf8" });
  if (r.error !== undefined || r.status !== 0) return undefined;
  const all = [...`${r.stdout}${r.stderr}`.matchAll(/\(\s*([\d.]+) MB\/s\)/g)];
  const mbs = Number(all.at(-1)?.[1]);
  // xxhsum's MB is 2^20 bytes.
  return Number.isFinite(mbs) ? (mbs * 2 ** 20) / 1e9 : undefined;
}

/** hash-wasm, when it can be imported. */
export async function hashWasm(): Promise<WasmHashes | undefined> {
  try {
    const name = "hash-wasm";
    const m = await import(name) as WasmHashes;
    return typeof m.crc32 === "function" ? m : undefined;
  } catch {
    return undefined;
  }
}

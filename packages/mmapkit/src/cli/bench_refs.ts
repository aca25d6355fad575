/**
 * The references the benchmark compares against, found on the machine at run time: a small C
 * program (mmap + memchr / memmem, built with `cc` when it exists), `wc -l`, `xxhsum`, and the
 * optional wasm hash libraries when they are installed. Nothing is downloaded.
 * @module
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** The C reference: times its own mmap + scan + munmap (first pass, page faults included). */
const C_SOURCE = `#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  if (argc < 3) return 2;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  int fd = open(argv[2], O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) != 0) return 1;
  size_t size = (size_t)st.st_size;
  const char *p = mmap(0, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (p == MAP_FAILED) return 1;
  long n = 0;
  if (strcmp(argv[1], "count") == 0) {
    const char *s = p, *e = p + size;
    while (s < e && (s = memchr(s, '\\n', (size_t)(e - s))) != NULL) { n++; s++; }
  } else {
    size_t m = strlen(argv[3]);
    const char *s = p, *e = p + size;
    while (s < e && (s = memmem(s, (size_t)(e - s), argv[3], m)) != NULL) { n++; s++; }
  }
  munmap((void *)p, size);
  close(fd);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  printf("%ld %.9f\\n", n, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
  return 0;
}
`;

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
  const r = spawnSync("cc", ["-O3", "-march=native", "-o", exe, src], { stdio: "ignore" });
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
  crc32(data: Uint8Array): Promise<string>;
  adler32(data: Uint8Array): Promise<string>;
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

/**
 * The Bun adapter: libc through `bun:ffi`. One checked symbol table, `addressOf`, `errno`.
 * @module
 */
import { Worker } from "node:worker_threads";
import { dlopen, FFIType, ptr, read } from "bun:ffi";
import { tmpdir } from "node:os";
import { defineAdapter, libcNames, MmapError, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";

const { i32, u32, i64_fast, u64_fast, ptr: P } = FFIType;

/** The C prototypes, in the same order as the Node and Deno tables. */
const table = {
  open: { args: [P, i32, i32], returns: i32 }, // (const char*, int, mode_t)
  close: { args: [i32], returns: i32 }, // (int fd)
  dup: { args: [i32], returns: i32 }, // (int fd)
  fcntl: { args: [i32, i32, i32], returns: i32 }, // (int fd, int cmd, int arg)
  fstat: { args: [i32, P], returns: i32 }, // (int fd, struct stat*)
  ftruncate: { args: [i32, i64_fast], returns: i32 }, // (int fd, off_t)
  fsync: { args: [i32], returns: i32 }, // (int fd)
  unlink: { args: [P], returns: i32 }, // (const char*)
  mmap: { args: [u64_fast, u64_fast, i32, i32, i32, i64_fast], returns: i64_fast }, // (void*, size_t, int, int, int, off_t)
  munmap: { args: [u64_fast, u64_fast], returns: i32 }, // (void*, size_t)
  msync: { args: [u64_fast, u64_fast, i32], returns: i32 }, // (void*, size_t, int)
  madvise: { args: [u64_fast, u64_fast, i32], returns: i32 }, // (void*, size_t, int)
  mlock: { args: [u64_fast, u64_fast], returns: i32 }, // (const void*, size_t)
  munlock: { args: [u64_fast, u64_fast], returns: i32 }, // (const void*, size_t)
  mincore: { args: [u64_fast, u64_fast, P], returns: i32 }, // (void*, size_t, unsigned char*)
  pread: { args: [i32, P, u64_fast, i64_fast], returns: i64_fast }, // (int, void*, size_t, off_t)
  pwrite: { args: [i32, P, u64_fast, i64_fast], returns: i64_fast }, // (int, const void*, size_t, off_t)
  sysconf: { args: [i32], returns: i64_fast }, // (int name)
  getpid: { args: [], returns: i32 }, // (void)
  geteuid: { args: [], returns: u32 }, // (void)
  flock: { args: [i32, i32], returns: i32 }, // (int fd, int operation)
  kill: { args: [i32, i32], returns: i32 }, // (pid_t, int sig)
  syscall: { args: [i64_fast, u64_fast, i32, i32, P], returns: i64_fast }, // (long nr, uint32_t*, int op, int val, const struct timespec*)
} as const;

/**
 * Symbols libc may lack (macOS has neither): each opened on its own, since one missing symbol
 * fails a whole dlopen; without them advice is skipped and growing never preallocates.
 */
const optionalTable = {
  posix_fadvise: { args: [i32, i64_fast, i64_fast, i32], returns: i32 }, // (int, off_t, off_t, int)
  posix_fallocate: { args: [i32, i64_fast, i64_fast], returns: i32 }, // (int, off_t, off_t)
} as const;

type Optional = { [K in keyof typeof optionalTable]: (...args: number[]) => number };

/** The optional symbols found in the libc `name`; a stand-in (as the Node adapter's) for each missing one. */
function openOptional(name: string): Optional {
  const fallback: Optional = { posix_fadvise: () => 0, posix_fallocate: () => -1 };
  const out = { ...fallback };
  for (const key of Object.keys(optionalTable) as (keyof typeof optionalTable)[]) {
    try {
      const sym = dlopen(name, { [key]: optionalTable[key] }).symbols[key] as unknown as (...a: number[]) => number;
      out[key] = sym;
    } catch { /* absent here (macOS): the stand-in stays */ }
  }
  return out;
}

const errnoTable = {
  __errno_location: { args: [], returns: P }, // int* (glibc, musl)
} as const;
const errnoTableMac = {
  __error: { args: [], returns: P }, // int* (macOS)
} as const;

function open(): {
  c: ReturnType<typeof dlopen<typeof table>>["symbols"];
  opt: Optional;
  errnoAt: () => number | null;
} {
  let last: unknown;
  for (const name of libcNames(process.platform)) {
    try {
      const c = dlopen(name, table).symbols;
      const errnoAt = process.platform === "darwin"
        ? dlopen(name, errnoTableMac).symbols.__error
        : dlopen(name, errnoTable).symbols.__errno_location;
      return { c, opt: openOptional(name), errnoAt: errnoAt as () => number | null };
    } catch (e) {
      last = e;
    }
  }
  throw new MmapError("ENOFFI", `Bun could not open libc (tried ${libcNames(process.platform).join(", ")})`, {
    cause: last,
  });
}

const enc = new TextEncoder();
const cstr = (s: string): Uint8Array => enc.encode(s + "\0");
const num = (v: number | bigint): number => Number(v);

/** Loads libc through bun:ffi; throws `ENOFFI` when it cannot. */
export function loadSys(): Sys {
  const { c, opt, errnoAt } = open();
  return defineAdapter({
    runtime: "bun",
    os: process.platform,
    arch: process.arch,
    open: (path, flags, mode) => c.open(cstr(path), flags, mode),
    close: (fd) => c.close(fd),
    dup: (fd) => c.dup(fd),
    fcntl: (fd, cmd, arg) => c.fcntl(fd, cmd, arg),
    fstat: (fd, buf) => c.fstat(fd, buf),
    ftruncate: (fd, length) => c.ftruncate(fd, length),
    fsync: (fd) => c.fsync(fd),
    unlink: (path) => c.unlink(cstr(path)),
    mmap: (addr, len, prot, flags, fd, offset) => num(c.mmap(addr, len, prot, flags, fd, offset)),
    munmap: (addr, len) => c.munmap(addr, len),
    msync: (addr, len, flags) => c.msync(addr, len, flags),
    madvise: (addr, len, advice) => c.madvise(addr, len, advice),
    mlock: (addr, len) => c.mlock(addr, len),
    munlock: (addr, len) => c.munlock(addr, len),
    mincore: (addr, len, vec) => c.mincore(addr, len, vec),
    fadvise: (fd, offset, length, advice) => opt.posix_fadvise(fd, offset, length, advice),
    fallocate: (fd, offset, length) => opt.posix_fallocate(fd, offset, length),
    pread: (fd, buf, offset) => num(c.pread(fd, buf, buf.byteLength, offset)),
    pwrite: (fd, buf, offset) => num(c.pwrite(fd, buf, buf.byteLength, offset)),
    sysconf: (name) => num(c.sysconf(name)),
    getpid: () => c.getpid(),
    geteuid: () => c.geteuid(),
    flock: (fd, operation) => c.flock(fd, operation),
    kill: (pid, sig) => c.kill(pid, sig),
    futex: (nr, addr, op, val, timeout) => num(c.syscall(nr, addr, op, val, timeout)),
    futexAsync: undefined, // bun:ffi has no asynchronous call: core polls with backoff
    errno: () => {
      const p = errnoAt();
      return p === null || p === 0 ? 0 : read.i32(p as never, 0);
    },
    addressOf: (buffer) => ptr(buffer),
    tmpdir: () => tmpdir(),
    spawnPrefetcher: (sab, advice) => {
      const worker = new Worker(besideModule(import.meta.url, "prefetch_worker_bun"), { workerData: { sab, advice } });
      worker.unref();
      worker.on("error", () => {}); // best effort: without it, walks only fault their own pages
    },
  });
}
export { loadWinSys } from "./windows.ts";

/**
 * `Sys`: the libc calls core needs, plus `addressOf` and `errno`. Each runtime adapter
 * (`adapters/node`, `adapters/deno`, `adapters/bun`) binds the functions of `libcSymbols` with
 * its own FFI and hands them, with what only its runtime knows, to {@link libcSys}. Every call
 * returns the raw C result (`-1` on failure); core's `check` reads `errno()` at once and throws
 * the typed error. Addresses, sizes and offsets are JS numbers (user-space addresses and file
 * offsets below 2^53).
 * @module
 */
import type { BoundTable, CFn } from "./ffi.ts";
import type { libcSymbols } from "./libc.ts";
import { platformFor } from "./platform.ts";

/** What an adapter provides. Names and C signatures follow libc. */
export interface Sys {
  /** `"node"`, `"deno"` or `"bun"`. */
  readonly runtime: string;
  /** `process.platform`-style OS name and CPU name, for the constants table. */
  readonly os: string;
  readonly arch: string;
  /** The names of the {@link libcSymbols} rows the adapter bound (an optional one libc lacks is not among them). */
  readonly symbols: readonly string[];
  /** int open(const char *path, int flags, mode_t mode) */
  open(path: string, flags: number, mode: number): number;
  /** int close(int fd) */
  close(fd: number): number;
  /** int dup(int fd) — the lowest free descriptor, not close-on-exec. */
  dup(fd: number): number;
  /**
   * int fcntl(int fd, int cmd, int arg), declared with a fixed third argument: the same register
   * as the variadic call on x86_64 and arm64 Linux (core uses F_GETFL and F_DUPFD_CLOEXEC).
   */
  fcntl(fd: number, cmd: number, arg: number): number;
  /** int fstat(int fd, struct stat *buf) — `buf` at least `platform.stat.size` bytes. */
  fstat(fd: number, buf: Uint8Array): number;
  /** int ftruncate(int fd, off_t length) */
  ftruncate(fd: number, length: number): number;
  /** int fsync(int fd) */
  fsync(fd: number): number;
  /** int unlink(const char *path) */
  unlink(path: string): number;
  /** void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) — -1 on failure. */
  mmap(addr: number, len: number, prot: number, flags: number, fd: number, offset: number): number;
  /** int msync(void *addr, size_t len, int flags) */
  msync(addr: number, len: number, flags: number): number;
  /** int madvise(void *addr, size_t len, int advice) */
  madvise(addr: number, len: number, advice: number): number;
  /** int mlock(const void *addr, size_t len) */
  mlock(addr: number, len: number): number;
  /** int munlock(const void *addr, size_t len) */
  munlock(addr: number, len: number): number;
  /** int mincore(void *addr, size_t len, unsigned char *vec) */
  mincore(addr: number, len: number, vec: Uint8Array): number;
  /** int posix_fadvise(int fd, off_t off, off_t len, int advice) — returns the error, not -1 (ENOSYS where libc lacks it). */
  fadvise(fd: number, offset: number, length: number, advice: number): number;
  /** ssize_t pread(int fd, void *buf, size_t count, off_t off) — into `buf` (its view). */
  pread(fd: number, buf: Uint8Array, offset: number): number;
  /** ssize_t pwrite(int fd, const void *buf, size_t count, off_t off) — from `buf` (its view). */
  pwrite(fd: number, buf: Uint8Array, offset: number): number;
  /** long sysconf(int name) */
  sysconf(name: number): number;
  /** pid_t getpid(void) */
  getpid(): number;
  /**
   * int posix_fallocate(int fd, off_t off, off_t len) — returns the error number (0: done), not -1;
   * allocates the blocks, so a later write cannot fail for want of space (on tmpfs: SIGBUS). ENOSYS
   * where libc lacks it.
   */
  fallocate(fd: number, offset: number, length: number): number;
  /** uid_t geteuid(void) */
  geteuid(): number;
  /** int flock(int fd, int operation) — LOCK_EX 2, LOCK_NB 4, LOCK_UN 8 on every platform mmapkit knows. */
  flock(fd: number, operation: number): number;
  /** int kill(pid_t pid, int sig) — with sig 0: is `pid` alive (ESRCH when not)? */
  kill(pid: number, sig: number): number;
  /**
   * long syscall(long nr, uint32_t *uaddr, int op, int val, const struct timespec *timeout): futex(2),
   * declared with fixed arguments (the variadic call's registers are the same). `timeout` null: no limit.
   */
  futex(nr: number, addr: number, op: number, val: number, timeout: Uint8Array | null): number;
  /**
   * The same call on a worker thread, so the event loop keeps running (Node: koffi `.async`, on
   * libuv's thread pool; Deno: a `nonblocking` symbol). Resolves to the raw result; errno is not
   * readable afterwards. Undefined where the runtime has no asynchronous FFI call (Bun), or off Linux.
   */
  readonly futexAsync:
    | ((nr: number, addr: number, op: number, val: number, timeout: Uint8Array | null) => Promise<number>)
    | undefined;
  /** The calling thread's errno, read right after a failed call. */
  errno(): number;
  /** The address of byte 0 of `buffer` (a WebAssembly.Memory's buffer). */
  addressOf(buffer: ArrayBuffer): number;
  /** A directory for the engine self-test's temporary file. */
  tmpdir(): string;
  /**
   * Starts the prefetch worker (packages/core/src/prefetch.ts) on `sab`, calling madvise with
   * `advice`; unref'd, so it never keeps the process alive. Absent where workers or FFI in
   * workers are not available.
   */
  spawnPrefetcher?(sab: SharedArrayBuffer, advice: number): void;
}

/** node:worker_threads' `Worker`, which Node, Deno and Bun all have (core imports no runtime module). */
export type WorkerClass = new (url: URL, options: { workerData: unknown }) => {
  unref(): void;
  on(event: "error", listener: (e: unknown) => void): unknown;
};

/** What only the runtime knows, besides the libc functions. */
export interface SysRuntime {
  readonly runtime: string;
  readonly os: string;
  readonly arch: string;
  errno(): number;
  addressOf(buffer: ArrayBuffer): number;
  tmpdir(): string;
  /** The Worker class and the URL of this runtime's prefetch worker module; absent: no prefetching. */
  readonly prefetch?: { readonly Worker: WorkerClass; readonly url: URL };
}

type Libc = BoundTable<typeof libcSymbols>;

const enc = new TextEncoder();
/** `s` as a NUL-terminated UTF-8 string (const char *). */
const cstr = (s: string): Uint8Array => enc.encode(s + "\0");

/** The `Sys` over libc functions an adapter bound (`openLibc` with its dialect), and what only its runtime knows. */
export function libcSys(libc: Libc, rt: SysRuntime): Sys {
  const c = libc.fns as { readonly [K in keyof typeof libcSymbols]: CFn };
  // A function libc lacks answers ENOSYS (posix_fadvise, posix_fallocate: they return the error).
  const names = platformFor(rt.os, rt.arch)?.errnoNames ?? {};
  const enosys = Number(Object.keys(names).find((n) => names[Number(n)] === "ENOSYS") ?? 38);
  const or = (f: CFn | undefined): CFn => f ?? (() => enosys);
  const fadvise = or(c.posix_fadvise);
  const fallocate = or(c.posix_fallocate);
  const syscall = or(c.syscall);
  const futexAsync = libc.async.syscall;
  const { prefetch } = rt;
  return {
    runtime: rt.runtime,
    os: rt.os,
    arch: rt.arch,
    symbols: libc.names,
    open: (path, flags, mode) => c.open(cstr(path), flags, mode),
    close: c.close,
    dup: c.dup,
    fcntl: c.fcntl,
    fstat: c.fstat,
    ftruncate: c.ftruncate,
    fsync: c.fsync,
    unlink: (path) => c.unlink(cstr(path)),
    mmap: c.mmap,
    msync: c.msync,
    madvise: c.madvise,
    mlock: c.mlock,
    munlock: c.munlock,
    mincore: c.mincore,
    fadvise: (fd, offset, length, advice) => fadvise(fd, offset, length, advice),
    fallocate: (fd, offset, length) => fallocate(fd, offset, length),
    pread: (fd, buf, offset) => c.pread(fd, buf, buf.byteLength, offset),
    pwrite: (fd, buf, offset) => c.pwrite(fd, buf, buf.byteLength, offset),
    sysconf: c.sysconf,
    getpid: c.getpid,
    geteuid: c.geteuid,
    flock: c.flock,
    kill: c.kill,
    futex: (nr, addr, op, val, timeout) => syscall(nr, addr, op, val, timeout),
    futexAsync: futexAsync === undefined
      ? undefined
      : (nr, addr, op, val, timeout) => futexAsync(nr, addr, op, val, timeout),
    errno: rt.errno,
    addressOf: rt.addressOf,
    tmpdir: rt.tmpdir,
    ...(prefetch === undefined ? {} : {
      spawnPrefetcher: (sab: SharedArrayBuffer, advice: number) => {
        const worker = new prefetch.Worker(prefetch.url, { workerData: { sab, advice } });
        worker.unref(); // never keeps the process alive
        worker.on("error", () => {}); // best effort: without it, walks only fault their own pages
      },
    }),
  };
}

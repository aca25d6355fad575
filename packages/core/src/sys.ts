/**
 * `Sys`: the libc calls core needs, plus `addressOf` and `errno`. Each runtime adapter
 * (`adapters/node`, `adapters/deno`, `adapters/bun`) implements it with its own FFI and declares
 * it with {@link defineAdapter}. Every call returns the raw C result (`-1` on failure); core's
 * `check` reads `errno()` at once and throws the typed error. Addresses, sizes and offsets are JS
 * numbers (user-space addresses and file offsets below 2^53).
 * @module
 */

/** What an adapter provides. Names and C signatures follow libc. */
export interface Sys {
  /** `"node"`, `"deno"` or `"bun"`. */
  readonly runtime: string;
  /** `process.platform`-style OS name and CPU name, for the constants table. */
  readonly os: string;
  readonly arch: string;
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
  /** int munmap(void *addr, size_t len) */
  munmap(addr: number, len: number): number;
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
  /** int posix_fadvise(int fd, off_t off, off_t len, int advice) — returns the error, not -1. */
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
   * allocates the blocks, so a later write cannot fail for want of space (on tmpfs: SIGBUS).
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
   * readable afterwards. Undefined where the runtime has no asynchronous FFI call (Bun).
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

/** Declares an adapter; the identity, so `satisfies`-style checking happens at the call. */
export function defineAdapter<T extends Sys>(sys: T): T {
  return sys;
}

/**
 * The C library as data: the one table of the libc functions mmapkit calls (every adapter binds
 * exactly these, through its FFI), the few helpers an FFI may need besides, and which file to open.
 * @module
 */
import { bindTable, type BoundTable, type CTable, type Dialect } from "./ffi.ts";
import { MmapError } from "./errors.ts";

/** Every libc function of `Sys`, by its C name (checked against `CTable` where {@link openLibc} binds it). */
export const libcSymbols = {
  open: { c: "int open(const char *path, int flags, mode_t mode)", args: ["buf", "i32", "i32"], result: "i32" },
  close: { c: "int close(int fd)", args: ["i32"], result: "i32" },
  dup: { c: "int dup(int fd)", args: ["i32"], result: "i32" },
  fcntl: { c: "int fcntl(int fd, int cmd, int arg)", args: ["i32", "i32", "i32"], result: "i32" },
  fstat: { c: "int fstat(int fd, struct stat *buf)", args: ["i32", "buf"], result: "i32" },
  ftruncate: { c: "int ftruncate(int fd, off_t length)", args: ["i32", "i64"], result: "i32" },
  fsync: { c: "int fsync(int fd)", args: ["i32"], result: "i32" },
  unlink: { c: "int unlink(const char *path)", args: ["buf"], result: "i32" },
  mmap: {
    c: "void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)",
    args: ["usize", "usize", "i32", "i32", "i32", "i64"],
    result: "isize", // MAP_FAILED is -1
  },
  msync: { c: "int msync(void *addr, size_t len, int flags)", args: ["usize", "usize", "i32"], result: "i32" },
  madvise: { c: "int madvise(void *addr, size_t len, int advice)", args: ["usize", "usize", "i32"], result: "i32" },
  mlock: { c: "int mlock(const void *addr, size_t len)", args: ["usize", "usize"], result: "i32" },
  munlock: { c: "int munlock(const void *addr, size_t len)", args: ["usize", "usize"], result: "i32" },
  mincore: {
    c: "int mincore(void *addr, size_t len, unsigned char *vec)",
    args: ["usize", "usize", "buf"],
    result: "i32",
  },
  posix_fadvise: {
    c: "int posix_fadvise(int fd, off_t off, off_t len, int advice)",
    args: ["i32", "i64", "i64", "i32"],
    result: "i32",
    optional: true, // not in macOS's libSystem: advice to the page cache is skipped
  },
  posix_fallocate: {
    c: "int posix_fallocate(int fd, off_t off, off_t len)",
    args: ["i32", "i64", "i64"],
    result: "i32",
    optional: true, // not in macOS's libSystem: growing changes the size only
  },
  pread: {
    c: "ssize_t pread(int fd, void *buf, size_t count, off_t off)",
    args: ["i32", "buf", "usize", "i64"],
    result: "isize",
  },
  pwrite: {
    c: "ssize_t pwrite(int fd, const void *buf, size_t count, off_t off)",
    args: ["i32", "buf", "usize", "i64"],
    result: "isize",
  },
  sysconf: { c: "long sysconf(int name)", args: ["i32"], result: "i64" },
  getpid: { c: "pid_t getpid(void)", args: [], result: "i32" },
  geteuid: { c: "uid_t geteuid(void)", args: [], result: "u32" },
  flock: { c: "int flock(int fd, int operation)", args: ["i32", "i32"], result: "i32" },
  kill: { c: "int kill(pid_t pid, int sig)", args: ["i32", "i32"], result: "i32" },
  syscall: {
    // futex(2), declared with fixed arguments: the variadic call's registers are the same.
    c: "long syscall(long nr, uint32_t *uaddr, int op, int val, const struct timespec *timeout)",
    args: ["i64", "usize", "i32", "i32", "buf"],
    result: "i64",
    platforms: ["linux"], // core waits on a futex on Linux only; elsewhere it polls
    async: true,
  },
} as const;

/** Where errno lives, for an FFI without its own way to read it (Deno, Bun): one row applies per OS. */
export const errnoSymbols = {
  __errno_location: { c: "int *__errno_location(void)", args: [], result: "ptr", platforms: ["linux"] },
  __error: { c: "int *__error(void)", args: [], result: "ptr", platforms: ["darwin", "freebsd"] },
} as const;

/** The address of a buffer, for an FFI without its own way to tell it (koffi): memmove(p, p, 0) returns p. */
export const memmoveSymbol = {
  memmove: { c: "void *memmove(void *dst, const void *src, size_t n)", args: ["buf", "buf", "usize"], result: "usize" },
} as const;

/** Candidate C library names for `os` (a `process.platform` value), most specific first. */
export function libcNames(os: string): string[] {
  if (os === "darwin") return ["libSystem.B.dylib", "/usr/lib/libSystem.B.dylib"];
  if (os === "linux") return ["libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.so"];
  return ["libc.so.7", "libc.so"];
}

/**
 * Binds `table` (by default {@link libcSymbols}) from the first C library of `os` that `dialect`
 * opens. Throws ENOFFI: at once when the dialect throws an MmapError (a permission the runtime
 * denies, which no other file would cure) or libc lacks a required function.
 */
export function openLibc<T extends CTable = typeof libcSymbols>(
  dialect: Dialect,
  os: string,
  table: T = libcSymbols as CTable as T,
): BoundTable<T> {
  const files = libcNames(os);
  let last: unknown;
  for (const file of files) {
    try {
      return bindTable(dialect, file, table, os);
    } catch (e) {
      if (e instanceof MmapError) throw e; // no other file would cure it
      last = e;
    }
  }
  throw new MmapError(
    "ENOFFI",
    `no C library could be opened (tried ${
      files.join(", ")
    }); mapping needs one on the library path (the buffered engine works without)`,
    { cause: last },
  );
}

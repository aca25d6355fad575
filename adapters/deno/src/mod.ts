/**
 * The Deno adapter: libc through `Deno.dlopen`. One checked symbol table, `addressOf`, `errno`.
 * Needs `--allow-ffi` (and read/write for the files you map); without it, {@link loadSys}
 * throws `ENOFFI` and mmapkit uses the buffered engine.
 * @module
 */
import { Worker } from "node:worker_threads";
import { defineAdapter, libcNames, MmapError, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";

/** The C prototypes, in the same order as the Node and Bun tables. */
const table = {
  open: { parameters: ["buffer", "i32", "i32"], result: "i32" }, // (const char*, int, mode_t)
  close: { parameters: ["i32"], result: "i32" }, // (int fd)
  dup: { parameters: ["i32"], result: "i32" }, // (int fd)
  fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" }, // (int fd, int cmd, int arg)
  fstat: { parameters: ["i32", "buffer"], result: "i32" }, // (int fd, struct stat*)
  ftruncate: { parameters: ["i32", "i64"], result: "i32" }, // (int fd, off_t)
  fsync: { parameters: ["i32"], result: "i32" }, // (int fd)
  unlink: { parameters: ["buffer"], result: "i32" }, // (const char*)
  mmap: { parameters: ["usize", "usize", "i32", "i32", "i32", "i64"], result: "isize" }, // (void*, size_t, int, int, int, off_t)
  munmap: { parameters: ["usize", "usize"], result: "i32" }, // (void*, size_t)
  msync: { parameters: ["usize", "usize", "i32"], result: "i32" }, // (void*, size_t, int)
  madvise: { parameters: ["usize", "usize", "i32"], result: "i32" }, // (void*, size_t, int)
  mlock: { parameters: ["usize", "usize"], result: "i32" }, // (const void*, size_t)
  munlock: { parameters: ["usize", "usize"], result: "i32" }, // (const void*, size_t)
  mincore: { parameters: ["usize", "usize", "buffer"], result: "i32" }, // (void*, size_t, unsigned char*)
  posix_fadvise: { parameters: ["i32", "i64", "i64", "i32"], result: "i32", optional: true }, // (int, off_t, off_t, int)
  posix_fallocate: { parameters: ["i32", "i64", "i64"], result: "i32", optional: true }, // (int, off_t, off_t)
  pread: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" }, // (int, void*, size_t, off_t)
  pwrite: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" }, // (int, const void*, size_t, off_t)
  sysconf: { parameters: ["i32"], result: "i64" }, // (int name)
  getpid: { parameters: [], result: "i32" }, // (void)
  geteuid: { parameters: [], result: "u32" }, // (void)
  flock: { parameters: ["i32", "i32"], result: "i32" }, // (int fd, int operation)
  kill: { parameters: ["i32", "i32"], result: "i32" }, // (pid_t, int sig)
  syscall: { parameters: ["i64", "usize", "i32", "i32", "buffer"], result: "i64" }, // (long nr, uint32_t*, int op, int val, const struct timespec*)
  syscall_nb: {
    name: "syscall",
    parameters: ["i64", "usize", "i32", "i32", "buffer"],
    result: "i64",
    nonblocking: true,
  }, // the same, on a worker thread
  __errno_location: { parameters: [], result: "pointer", optional: true }, // int* (glibc, musl)
  __error: { parameters: [], result: "pointer", optional: true }, // int* (macOS)
} as const satisfies Deno.ForeignLibraryInterface;

type Lib = Deno.DynamicLibrary<typeof table>["symbols"];

const enc = new TextEncoder();
const cstr = (s: string): Uint8Array<ArrayBuffer> => enc.encode(s + "\0");
const num = (v: number | bigint): number => Number(v);
const big = (v: number): bigint => BigInt(v);

/** Opens libc; throws `ENOFFI` with the flag to add when FFI is not allowed. */
export function loadSys(): Sys {
  let s: Lib | undefined;
  let last: unknown;
  for (const name of libcNames(Deno.build.os)) {
    try {
      s = Deno.dlopen(name, table).symbols;
      break;
    } catch (e) {
      last = e;
      if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) break;
    }
  }
  if (s === undefined) {
    throw new MmapError("ENOFFI", "Deno could not open libc; run Deno with --allow-ffi (or -A) to map files", {
      cause: last,
    });
  }
  const lib = s;
  const errnoPtr = lib.__errno_location ?? lib.__error;
  if (errnoPtr == null) throw new MmapError("ENOFFI", "libc exports no errno location");
  const arch = Deno.build.arch === "x86_64" ? "x64" : Deno.build.arch === "aarch64" ? "arm64" : Deno.build.arch;
  return defineAdapter({
    runtime: "deno",
    os: Deno.build.os,
    arch,
    open: (path, flags, mode) => lib.open(cstr(path), flags, mode),
    close: (fd) => lib.close(fd),
    dup: (fd) => lib.dup(fd),
    fcntl: (fd, cmd, arg) => lib.fcntl(fd, cmd, arg),
    fstat: (fd, buf) => lib.fstat(fd, buf as Uint8Array<ArrayBuffer>),
    ftruncate: (fd, length) => lib.ftruncate(fd, big(length)),
    fsync: (fd) => lib.fsync(fd),
    unlink: (path) => lib.unlink(cstr(path)),
    mmap: (addr, len, prot, flags, fd, offset) => num(lib.mmap(big(addr), big(len), prot, flags, fd, big(offset))),
    munmap: (addr, len) => lib.munmap(big(addr), big(len)),
    msync: (addr, len, flags) => lib.msync(big(addr), big(len), flags),
    madvise: (addr, len, advice) => lib.madvise(big(addr), big(len), advice),
    mlock: (addr, len) => lib.mlock(big(addr), big(len)),
    munlock: (addr, len) => lib.munlock(big(addr), big(len)),
    mincore: (addr, len, vec) => lib.mincore(big(addr), big(len), vec as Uint8Array<ArrayBuffer>),
    fadvise: (fd, offset, length, advice) =>
      lib.posix_fadvise == null ? 0 : lib.posix_fadvise(fd, BigInt(offset), big(length), advice),
    fallocate: (fd, offset, length) =>
      lib.posix_fallocate == null ? -1 : lib.posix_fallocate(fd, big(offset), big(length)),
    pread: (fd, buf, offset) => num(lib.pread(fd, buf as Uint8Array<ArrayBuffer>, big(buf.byteLength), big(offset))),
    pwrite: (fd, buf, offset) => num(lib.pwrite(fd, buf as Uint8Array<ArrayBuffer>, big(buf.byteLength), big(offset))),
    sysconf: (name) => num(lib.sysconf(name)),
    getpid: () => lib.getpid(),
    geteuid: () => lib.geteuid(),
    flock: (fd, operation) => lib.flock(fd, operation),
    kill: (pid, sig) => lib.kill(pid, sig),
    futex: (nr, addr, op, val, timeout) =>
      num(lib.syscall(big(nr), big(addr), op, val, timeout as Uint8Array<ArrayBuffer> | null)),
    futexAsync: async (nr, addr, op, val, timeout) =>
      num(await lib.syscall_nb(big(nr), big(addr), op, val, timeout as Uint8Array<ArrayBuffer> | null)),
    errno: () => {
      const p = errnoPtr();
      return p === null ? 0 : new Deno.UnsafePointerView(p).getInt32();
    },
    addressOf: (buffer) => num(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer))),
    // Without --allow-env, TMPDIR is not readable (and asking would prompt on a terminal): /tmp.
    tmpdir: () =>
      Deno.permissions.querySync({ name: "env", variable: "TMPDIR" }).state === "granted"
        ? Deno.env.get("TMPDIR") ?? "/tmp"
        : "/tmp",
    spawnPrefetcher: (sab, advice) => {
      const worker = new Worker(besideModule(import.meta.url, "prefetch_worker_deno"), { workerData: { sab, advice } });
      worker.unref();
      worker.on("error", () => {}); // best effort: without it, walks only fault their own pages
    },
  });
}
export { loadWinSys } from "./windows.ts";

/**
 * Refuses a `Deno.FsFile`: Deno 2 gives it no public file descriptor (`rid` was removed, and the
 * resource id it keeps privately is not an OS descriptor), so it cannot be duplicated and mapped.
 */
export function refuseHandle(handle: object): void {
  if (handle instanceof Deno.FsFile) {
    throw new MmapError(
      "EINVAL",
      "a Deno.FsFile has no public file descriptor in Deno 2, so it cannot be mapped; pass the file's path to open() instead (or a node:fs descriptor)",
    );
  }
}

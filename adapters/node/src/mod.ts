/**
 * The Node.js adapter: libc through koffi. One checked symbol table, `addressOf`, `errno`.
 * No logic that belongs in core.
 * @module
 */
import { Worker } from "node:worker_threads";
import { tmpdir } from "node:os";
import { defineAdapter, libcNames, MmapError, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";
import { requireKoffi } from "./_koffi.ts";

type Fn = ((...args: unknown[]) => unknown) & { async(...args: unknown[]): void };
interface Koffi {
  load(path: string): { func(decl: string): Fn };
  errno(): number;
}

/** The C prototypes, in the same order as the Deno and Bun tables. */
const table = {
  open: "int open(const char *path, int flags, int mode)",
  close: "int close(int fd)",
  dup: "int dup(int fd)",
  fcntl: "int fcntl(int fd, int cmd, int arg)",
  fstat: "int fstat(int fd, void *buf)",
  ftruncate: "int ftruncate(int fd, int64_t length)",
  fsync: "int fsync(int fd)",
  unlink: "int unlink(const char *path)",
  mmap: "intptr_t mmap(intptr_t addr, size_t len, int prot, int flags, int fd, int64_t off)",
  munmap: "int munmap(intptr_t addr, size_t len)",
  msync: "int msync(intptr_t addr, size_t len, int flags)",
  madvise: "int madvise(intptr_t addr, size_t len, int advice)",
  mlock: "int mlock(intptr_t addr, size_t len)",
  munlock: "int munlock(intptr_t addr, size_t len)",
  mincore: "int mincore(intptr_t addr, size_t len, void *vec)",
  posix_fadvise: "int posix_fadvise(int fd, int64_t off, int64_t len, int advice)",
  posix_fallocate: "int posix_fallocate(int fd, int64_t off, int64_t len)",
  pread: "intptr_t pread(int fd, void *buf, size_t count, int64_t off)",
  pwrite: "intptr_t pwrite(int fd, void *buf, size_t count, int64_t off)",
  sysconf: "long sysconf(int name)",
  getpid: "int getpid()",
  geteuid: "uint32_t geteuid()",
  flock: "int flock(int fd, int operation)",
  kill: "int kill(int pid, int sig)",
  syscall: "long syscall(long nr, intptr_t uaddr, int op, int val, void *timeout)",
  memmove: "intptr_t memmove(void *dst, void *src, size_t n)",
} as const satisfies Record<string, string>;

function load(): Record<keyof typeof table, Fn> & { koffi: Koffi } {
  const koffi = requireKoffi<Koffi>();
  let lib: { func(decl: string): Fn } | undefined;
  for (const name of libcNames(process.platform)) {
    try {
      lib = koffi.load(name);
      break;
    } catch { /* try the next name */ }
  }
  if (lib === undefined) {
    throw new MmapError("ENOFFI", `no C library found (tried ${libcNames(process.platform).join(", ")})`);
  }
  const fns = {} as Record<keyof typeof table, Fn>;
  for (const [name, decl] of Object.entries(table) as [keyof typeof table, string][]) {
    try {
      fns[name] = lib.func(decl);
    } catch (cause) {
      if (name === "posix_fadvise") fns[name] = Object.assign(() => 0, { async: () => {} }); // absent on macOS: advice only
      else if (name === "posix_fallocate") fns[name] = Object.assign(() => -1, { async: () => {} }); // absent on macOS
      else throw new MmapError("ENOFFI", `libc has no ${name}: ${String(cause)}`, { cause });
    }
  }
  return Object.assign(fns, { koffi });
}

const num = (v: unknown): number => Number(v as number | bigint);

/** Loads libc through koffi; throws `ENOFFI` when it cannot. */
export function loadSys(): Sys {
  const c = load();
  return defineAdapter({
    runtime: "node",
    os: process.platform,
    arch: process.arch,
    open: (path, flags, mode) => num(c.open(path, flags, mode)),
    close: (fd) => num(c.close(fd)),
    dup: (fd) => num(c.dup(fd)),
    fcntl: (fd, cmd, arg) => num(c.fcntl(fd, cmd, arg)),
    fstat: (fd, buf) => num(c.fstat(fd, buf)),
    ftruncate: (fd, length) => num(c.ftruncate(fd, length)),
    fsync: (fd) => num(c.fsync(fd)),
    unlink: (path) => num(c.unlink(path)),
    mmap: (addr, len, prot, flags, fd, offset) => num(c.mmap(addr, len, prot, flags, fd, offset)),
    munmap: (addr, len) => num(c.munmap(addr, len)),
    msync: (addr, len, flags) => num(c.msync(addr, len, flags)),
    madvise: (addr, len, advice) => num(c.madvise(addr, len, advice)),
    mlock: (addr, len) => num(c.mlock(addr, len)),
    munlock: (addr, len) => num(c.munlock(addr, len)),
    mincore: (addr, len, vec) => num(c.mincore(addr, len, vec)),
    fadvise: (fd, offset, length, advice) => num(c.posix_fadvise(fd, offset, length, advice)),
    fallocate: (fd, offset, length) => num(c.posix_fallocate(fd, offset, length)),
    pread: (fd, buf, offset) => num(c.pread(fd, buf, buf.byteLength, offset)),
    pwrite: (fd, buf, offset) => num(c.pwrite(fd, buf, buf.byteLength, offset)),
    sysconf: (name) => num(c.sysconf(name)),
    getpid: () => num(c.getpid()),
    geteuid: () => num(c.geteuid()),
    flock: (fd, operation) => num(c.flock(fd, operation)),
    kill: (pid, sig) => num(c.kill(pid, sig)),
    futex: (nr, addr, op, val, timeout) => num(c.syscall(nr, addr, op, val, timeout)),
    futexAsync: (nr, addr, op, val, timeout) =>
      new Promise<number>((resolve, reject) =>
        c.syscall.async(nr, addr, op, val, timeout, (err: unknown, r: unknown) => {
          if (err) reject(err);
          else resolve(num(r));
        })
      ),
    errno: () => c.koffi.errno(),
    addressOf: (buffer) => num(c.memmove(buffer, buffer, 0)),
    tmpdir: () => tmpdir(),
    spawnPrefetcher: (sab, advice) => {
      const worker = new Worker(besideModule(import.meta.url, "prefetch_worker_node"), { workerData: { sab, advice } });
      worker.unref();
      worker.on("error", () => {}); // best effort: without it, walks only fault their own pages
    },
  });
}

export { loadWinSys } from "./windows.ts";

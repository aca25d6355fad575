/**
 * `open()` from a descriptor the caller already has: a number, or a handle with a numeric `fd`
 * (node:fs/promises' FileHandle, in Node, Deno and Bun). The caller keeps ownership: mmapkit maps
 * a duplicate (F_DUPFD_CLOEXEC), closes only that, and the mapping stays valid when the caller
 * closes theirs. Duplicating needs FFI; without it (Deno without --allow-ffi) descriptors are
 * refused with ENOFFI. Not on Windows yet (ENOSYS): pass the path there.
 * @module
 */
import { osError } from "./_check.ts";
import { MmapError } from "./errors.ts";
import { requireRegular } from "./fileio.ts";
import type { MappedFile } from "./mapped_file.ts";
import { mapOpened, type OpenOptions, openPlan } from "./open.ts";
import type { Runtime } from "./runtime.ts";

/** A handle that carries an OS file descriptor, such as node:fs/promises' FileHandle. */
export interface FileHandleLike {
  readonly fd: number;
}

/** The OS descriptor `target` names, or an MmapError saying why it names none. */
function descriptorOf(rt: Runtime, target: unknown): number {
  let fd: unknown = target;
  if (typeof target === "object" && target !== null) {
    rt.refuseHandle?.(target);
    if (!("fd" in target)) {
      throw new MmapError(
        "EINVAL",
        "open() takes a path, a file: URL, a file descriptor (number) or a FileHandle (node:fs/promises); pass one of those",
      );
    }
    fd = (target as FileHandleLike).fd;
    if (fd === -1) {
      throw new MmapError("EBADF", "the FileHandle is closed; open the file again, or pass its path");
    }
  }
  if (typeof fd !== "number" || !Number.isInteger(fd)) {
    throw new MmapError("EINVAL", `a file descriptor must be a whole number, got ${String(fd)}; pass an open fd`);
  }
  if (fd < 0 || fd > 0x7fffffff) {
    throw new MmapError("EBADF", `${fd} is not a file descriptor; pass an open fd (a whole number ≥ 0)`);
  }
  return fd;
}

/**
 * Maps the file open on `target` (a descriptor or a FileHandle). The requested mode must fit the
 * descriptor's access mode; `create` is refused (the file exists); `size` grows the file. The
 * MappedFile's `path` is `fd:N`, N being the caller's descriptor.
 */
export function openDescriptor(rt: Runtime, target: unknown, options?: OpenOptions): MappedFile {
  const fd = descriptorOf(rt, target);
  const plan = openPlan(rt, options);
  const name = `fd:${fd}`;
  if (plan.create) {
    throw new MmapError(
      "EINVAL",
      "create makes no sense with a file descriptor: its file exists already; drop create (size still grows it)",
    );
  }
  if (rt.win !== undefined) {
    throw new MmapError(
      "ENOSYS",
      `mapping from a file descriptor is not available on Windows yet (a descriptor there is the runtime's C library number, not a handle mmapkit can duplicate); pass the file's path instead`,
    );
  }
  const { sys, platform: p } = rt;
  if (sys === undefined || p === undefined) {
    throw new MmapError(
      "ENOFFI",
      `mapping from a file descriptor needs FFI to duplicate it (${
        rt.noMapReason ?? "no FFI"
      }); pass the file's path instead, or run Deno with --allow-ffi`,
    );
  }
  const flags = sys.fcntl(fd, p.F_GETFL, 0);
  if (flags < 0) {
    const errno = sys.errno();
    if (p.errnoNames[errno] === "EBADF") {
      throw new MmapError(
        "EBADF",
        `${fd} is not an open file descriptor (never opened, or closed already); pass one you opened and still hold open, or the file's path`,
        { errno, syscall: "fcntl", path: name },
      );
    }
    throw osError(p.errnoNames, errno, "fcntl", name);
  }
  // The kind first, so a directory or a FIFO gets the code its path would get.
  requireRegular(rt.io.stat(fd, name).kind, name);
  const access = flags & p.O_ACCMODE;
  if (plan.mode === "write" && access !== p.O_RDWR) {
    throw new MmapError(
      "EACCES",
      `${name} was opened ${
        access === p.O_RDONLY ? "read-only" : "write-only"
      }; mode "write" needs it opened read-write (O_RDWR, "r+"), or map it "read"`,
      { path: name },
    );
  }
  if (access === p.O_WRONLY) {
    throw new MmapError(
      "EACCES",
      `${name} was opened write-only, and a mapping must read; open it "r" or read-write ("r+")`,
      { path: name },
    );
  }
  const dup = p.F_DUPFD_CLOEXEC !== undefined ? sys.fcntl(fd, p.F_DUPFD_CLOEXEC, 0) : sys.dup(fd);
  if (dup < 0) throw osError(p.errnoNames, sys.errno(), "fcntl", name);
  return mapOpened(rt, dup, name, false, plan, { writable: access === p.O_RDWR, byDescriptor: true });
}

/** Turns a failed libc call into a typed {@link MmapError} with a hint. @module */
import { MmapError } from "./errors.ts";

const hints: Record<string, string> = {
  ENOENT: 'no such file or directory; check the path, or pass { mode: "write", create: true } to create it',
  EACCES: 'permission denied; check the file\'s permissions, or open it with mode "read"',
  EPERM:
    "operation not permitted (mlock needs CAP_IPC_LOCK or a larger RLIMIT_MEMLOCK; an immutable file refuses writes)",
  EISDIR: "it is a directory; map a regular file",
  ENODEV: "not a regular file (FIFO, socket or device); only regular files can be mapped",
  ENXIO: "not a regular file (a socket or a FIFO without a reader); only regular files can be mapped",
  ENOMEM: "out of memory or address space; map a smaller window (length) and slide it with remap()",
  ETXTBSY: "the file is a running program; it cannot be opened for writing",
  EROFS: 'read-only file system; open with mode "read" or "private"',
  EMFILE: "too many open files in this process; close() mappings you no longer need",
  ENFILE: "too many open files in the system; close() mappings you no longer need",
  ELOOP: "too many symbolic links (a loop?); resolve the path first",
  ENAMETOOLONG: "the path is too long; use a shorter path (or a relative one)",
  ENOTDIR: "a component of the path is not a directory; check the path",
  EAGAIN: "the OS refused for now (locked-memory limit?); raise RLIMIT_MEMLOCK or lock less",
  EFBIG: "the file would be too large for this file system",
  ENOSPC: "no space left on the device",
  EBADF: "bad file descriptor; the mapping was closed",
  EINVAL: "the OS rejected the arguments",
  EEXIST: "it already exists; drop exclusive or choose another name",
  EOVERFLOW: "the file is too large to map in one piece; pass a smaller length",
};

/** A hint for an errno name. */
export function hintFor(code: string): string {
  return hints[code] ?? "the OS refused the call";
}

/** The MmapError for errno `errno` from `syscall`. */
export function osError(
  names: Readonly<Record<number, string>>,
  errno: number,
  syscall: string,
  path?: string,
): MmapError {
  const code = names[errno] ?? `E${errno}`;
  const shown = path !== undefined && path.length > 200 ? `${path.slice(0, 100)}…${path.slice(-60)}` : path;
  const where = shown === undefined ? syscall : `${syscall} ${JSON.stringify(shown)}`;
  return new MmapError(code, `${where}: ${hintFor(code)}`, {
    errno,
    syscall,
    ...(path === undefined ? {} : { path }),
  });
}

/**
 * File I/O for the buffered engine and for opening files: the OS calls through `Sys` when FFI is
 * there, node:fs (adapters/portable) when it is not. Both throw MmapError with the OS code.
 * @module
 */
import type { Sys } from "./sys.ts";
import type { Platform } from "./platform.ts";
import { osError } from "./_check.ts";
import { MmapError } from "./errors.ts";

/** What kind of file a descriptor is. */
export type FileKind = "file" | "directory" | "fifo" | "socket" | "char" | "block" | "other";

/** What {@link FileIO.stat} reports. */
export interface FileStat {
  size: number;
  kind: FileKind;
  /** The owner's user id. */
  uid: number;
  /** The device (file system) the file is on. */
  dev: number;
  /** The inode number: with `dev`, which file this is. */
  ino: number;
  /** The permission bits, special bits included (mode & 0o7777). */
  perm: number;
}

/** The calls core makes on files. Descriptors are numbers; errors are MmapError. */
export interface FileIO {
  /**
   * Opens for reading, or read-write (`write`), optionally creating; never blocks on a FIFO.
   * `noFollow`: a symbolic link as the last component is refused (ELOOP), not followed.
   */
  open(
    path: string,
    write: boolean,
    create: boolean,
    exclusive?: boolean,
    permissions?: number,
    noFollow?: boolean,
  ): number;
  /** Size, kind, owner and permission bits (mode & 0o7777) of an open file. */
  stat(fd: number, path: string): FileStat;
  pread(fd: number, into: Uint8Array, position: number): number;
  pwrite(fd: number, from: Uint8Array, position: number): number;
  truncate(fd: number, size: number, path: string): void;
  fsync(fd: number): void;
  close(fd: number): void;
  unlink(path: string): void;
}

/** FileIO over the libc calls of `sys`. */
export function sysFileIO(sys: Sys, p: Platform): FileIO {
  const statBuf = new Uint8Array(Math.max(p.stat.size, 256));
  const statView = new DataView(statBuf.buffer);
  const fail = (syscall: string, path?: string): never => {
    throw osError(p.errnoNames, sys.errno(), syscall, path);
  };
  const kindOf = (mode: number): FileKind => {
    const t = mode & p.S_IFMT;
    if (t === p.S_IFREG) return "file";
    if (t === p.S_IFDIR) return "directory";
    if (t === p.S_IFIFO) return "fifo";
    if (t === p.S_IFSOCK) return "socket";
    if (t === p.S_IFCHR) return "char";
    if (t === p.S_IFBLK) return "block";
    return "other";
  };
  return {
    open(path, write, create, exclusive = false, permissions = 0o666, noFollow = false) {
      const flags = (write ? p.O_RDWR : p.O_RDONLY) | p.O_NONBLOCK | p.O_CLOEXEC |
        (create ? p.O_CREAT : 0) | (create && exclusive ? p.O_EXCL : 0) | (noFollow ? p.O_NOFOLLOW : 0);
      const fd = sys.open(path, flags, permissions);
      if (fd < 0) fail("open", path);
      return fd;
    },
    stat(fd, path) {
      if (sys.fstat(fd, statBuf) !== 0) fail("fstat", path);
      const mode = p.stat.modeBytes === 4
        ? statView.getUint32(p.stat.mode, true)
        : statView.getUint16(p.stat.mode, true);
      return {
        size: Number(statView.getBigInt64(p.stat.fileSize, true)),
        kind: kindOf(mode),
        uid: statView.getUint32(p.stat.uid, true),
        dev: p.stat.devBytes === 8
          ? Number(statView.getBigUint64(p.stat.dev, true))
          : statView.getUint32(p.stat.dev, true),
        ino: Number(statView.getBigUint64(p.stat.ino, true)),
        perm: mode & 0o7777,
      };
    },
    pread(fd, into, position) {
      let done = 0;
      while (done < into.byteLength) {
        const n = sys.pread(fd, into.subarray(done), position + done);
        if (n < 0) {
          if (p.errnoNames[sys.errno()] === "EINTR") continue;
          fail("pread");
        }
        if (n === 0) break;
        done += n;
      }
      return done;
    },
    pwrite(fd, from, position) {
      let done = 0;
      while (done < from.byteLength) {
        const n = sys.pwrite(fd, from.subarray(done), position + done);
        if (n < 0) {
          if (p.errnoNames[sys.errno()] === "EINTR") continue;
          fail("pwrite");
        }
        done += n;
      }
      return done;
    },
    truncate(fd, size, path) {
      if (sys.ftruncate(fd, size) !== 0) fail("ftruncate", path);
    },
    fsync(fd) {
      if (sys.fsync(fd) !== 0) fail("fsync");
    },
    close(fd) {
      if (sys.close(fd) !== 0 && p.errnoNames[sys.errno()] !== "EINTR") fail("close");
    },
    unlink(path) {
      if (sys.unlink(path) !== 0) fail("unlink", path);
    },
  };
}

/** Throws the error for a file that cannot be mapped because of its kind, or returns. */
export function requireRegular(kind: FileKind, path: string): void {
  if (kind === "file") return;
  if (kind === "directory") {
    throw new MmapError("EISDIR", `${JSON.stringify(path)} is a directory; map a regular file`, { path });
  }
  throw new MmapError(
    "ENODEV",
    `${JSON.stringify(path)} is a ${kind}, not a regular file; only regular files can be mapped`,
    { path },
  );
}

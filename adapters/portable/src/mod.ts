/**
 * The portable adapter: file I/O with node:fs only (no FFI), which Node, Deno and Bun all have.
 * It backs the buffered engine when FFI is unavailable (e.g. Deno without --allow-ffi).
 * @module
 */
import * as fs from "node:fs";
import { constants as osConstants } from "node:os";
import * as zlib from "node:zlib";
import { type FileIO, type FileKind, hintFor, MmapError } from "@mmapkit/core";

/** Runs `f`, turning what it throws into MmapError; `need` names the Deno flags a denial asks for. */
function wrap<T>(syscall: string, path: string | undefined, f: () => T, need = "--allow-write"): T {
  try {
    return f();
  } catch (e) {
    const err = e as { code?: unknown; errno?: unknown; name?: unknown };
    const where = path === undefined ? syscall : `${syscall} ${JSON.stringify(path)}`;
    // Deno's permission checks (NotCapable, PermissionDenied) are not the OS's: say which flag.
    if (err.name === "NotCapable" || err.name === "PermissionDenied") {
      throw new MmapError("EACCES", `${where}: Deno denied access; run deno with ${need} (each may name the path)`, {
        syscall,
        ...(path === undefined ? {} : { path }),
        cause: e,
      });
    }
    // OS codes pass through; Node's own (ERR_INVALID_ARG_VALUE, …) mean the arguments were refused.
    const code = typeof err.code === "string" && /^E[A-Z0-9]+$/.test(err.code) ? err.code : "EINVAL";
    // errno as the OS numbers it: node:fs gives libuv's negated codes (-4058 for ENOENT on Windows).
    const errno = (osConstants.errno as Record<string, number | undefined>)[code] ??
      (typeof err.errno === "number" ? Math.abs(err.errno) : undefined);
    throw new MmapError(code, `${where}: ${hintFor(code)}`, {
      ...(errno === undefined ? {} : { errno }),
      syscall,
      ...(path === undefined ? {} : { path }),
      cause: e,
    });
  }
}

function kindOf(st: fs.Stats): FileKind {
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "char";
  if (st.isBlockDevice()) return "block";
  return "other";
}

/** FileIO over node:fs. */
export function portableIO(): FileIO {
  const c = fs.constants;
  return {
    open: (path, write, create, exclusive = false, permissions = 0o666, noFollow = false) =>
      wrap("open", path, () =>
        fs.openSync(
          path,
          (write ? c.O_RDWR : c.O_RDONLY) | (c.O_NONBLOCK ?? 0) | (create ? c.O_CREAT : 0) |
            (create && exclusive ? c.O_EXCL : 0) | (noFollow ? c.O_NOFOLLOW ?? 0 : 0),
          permissions,
        ), write ? "--allow-read and --allow-write" : "--allow-read"),
    stat: (fd, path) =>
      wrap("fstat", path, () => {
        const st = fs.fstatSync(fd);
        return { size: st.size, kind: kindOf(st), uid: st.uid, perm: st.mode & 0o7777, dev: st.dev, ino: st.ino };
      }),
    pread: (fd, into, position) =>
      wrap("pread", undefined, () => {
        let done = 0;
        while (done < into.byteLength) {
          const n = fs.readSync(fd, into, done, into.byteLength - done, position + done);
          if (n === 0) break;
          done += n;
        }
        return done;
      }),
    pwrite: (fd, from, position) =>
      wrap("pwrite", undefined, () => {
        let done = 0;
        while (done < from.byteLength) done += fs.writeSync(fd, from, done, from.byteLength - done, position + done);
        return done;
      }),
    truncate: (fd, size, path) => wrap("ftruncate", path, () => fs.ftruncateSync(fd, size)),
    fsync: (fd) => wrap("fsync", undefined, () => fs.fsyncSync(fd)),
    close: (fd) => wrap("close", undefined, () => fs.closeSync(fd)),
    unlink: (path) => wrap("unlink", path, () => fs.unlinkSync(path)),
  };
}

/**
 * The runtime's own CRC-32, `node:zlib`'s `crc32(data, value)` (Node ≥ 20.15, Deno, Bun), for the
 * core to check against its kernel and use where faster; undefined where the runtime has none.
 */
export const nativeCrc32: ((bytes: Uint8Array, value: number) => number) | undefined = typeof zlib.crc32 === "function"
  ? zlib.crc32
  : undefined;

/**
 * The bad-input contract (every bad input gets an MmapError with a code, and changes nothing): every row of one table is a call that must
 * throw an `MmapError` with a given code and a message that says what to do, must leave the
 * process alive and the library usable, must leak no descriptor, and must not change, add or
 * remove any file of the fixture directory. Every row runs with every engine of the runtime.
 * Permission rows run the `try_open` fixture as user nobody when the tests run as root.
 * @module
 */
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import type { Api, Ctx, Register } from "../_ctx.ts";
import {
  checkAlive,
  checkError,
  checkMessage,
  describe,
  type Engine,
  fifoGuard,
  type Fx,
  type MappedFile,
  type Row,
  snapshot,
  tableSuite,
} from "../_bad_input.ts";
import { skip } from "../_skip.ts";

/** Windows (where tests run under Wine on this project's CI). */
const WINDOWS = process.platform === "win32";
/**
 * Rows whose error Wine reports unlike Windows (a symlink loop, an over-long name: ENOENT from
 * Wine's file-name lookup): skipped there, saying so. Real Windows is not tested here.
 */
const underWine = (): string | undefined =>
  WINDOWS ? "Wine reports ENOENT here, not what Windows reports; untested on real Windows" : undefined;

/** Why a row that maps a descriptor cannot run here, or undefined when it can. */
const noDescriptors = (_fx: Fx, ctx: { ffi: boolean }): string | undefined =>
  WINDOWS
    ? "on Windows every descriptor is refused with ENOSYS (its own row)"
    : ctx.ffi
    ? undefined
    : "without FFI a descriptor is ENOFFI";

// Mappings the method rows work on. Offsets are deliberately not page-aligned.
const mapRead = (api: Api, fx: Fx): MappedFile => api.open(fx.data, fx.o());
const mapWrite = (api: Api, fx: Fx): MappedFile => api.open(fx.data, fx.o({ mode: "write" }));
const mapPrivate = (api: Api, fx: Fx): MappedFile => api.open(fx.data, fx.o({ mode: "private" }));
const mapWriteAt = (api: Api, fx: Fx): MappedFile =>
  api.open(fx.data, fx.o({ mode: "write", offset: fx.pageSize + 7, length: 100 }));
const mapClosed = (api: Api, fx: Fx): MappedFile => {
  const m = mapWrite(api, fx);
  m.close();
  return m;
};
const mapAnon = (api: Api, fx: Fx): MappedFile => api.anonymous(2 * fx.pageSize, fx.o());

/** Runs `f` on a descriptor of `path` opened with `flags`, closing it afterwards. */
function withFd(path: string, flags: string | number, f: (fd: number) => unknown): unknown {
  const fd = fs.openSync(path, flags);
  try {
    return f(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const ROWS: readonly Row[] = [
  // ---- open(): what the path names -------------------------------------------------------------
  { name: "open: missing file", code: "ENOENT", call: (api, fx) => api.open(fx.missing, fx.o()) },
  {
    name: "open: missing file, mode write without create",
    code: "ENOENT",
    call: (api, fx) => api.open(fx.missing, fx.o({ mode: "write" })),
    absent: (fx) => fx.missing,
  },
  {
    name: "open: missing file, mode private",
    code: "ENOENT",
    call: (api, fx) => api.open(fx.missing, fx.o({ mode: "private" })),
  },
  {
    name: "open: create in a missing directory",
    code: "ENOENT",
    call: (api, fx) => api.open(join(fx.dir, "nodir", "x.bin"), fx.o({ mode: "write", create: true, size: 10 })),
    absent: (fx) => join(fx.dir, "nodir"),
  },
  { name: "open: a directory (read)", code: "EISDIR", call: (api, fx) => api.open(fx.sub, fx.o()) },
  { name: "open: a directory (write)", code: "EISDIR", call: (api, fx) => api.open(fx.sub, fx.o({ mode: "write" })) },
  {
    name: "open: a FIFO (read) does not block",
    code: "ENODEV",
    call: (api, fx) => (fifoGuard(fx, "read"), api.open(fx.fifo, fx.o())),
  },
  {
    name: "open: a FIFO (write) does not block",
    code: "ENODEV",
    call: (api, fx) => (fifoGuard(fx, "write"), api.open(fx.fifo, fx.o({ mode: "write" }))),
  },
  {
    name: "open: a Unix socket (read)",
    code: "ENXIO",
    call: (api, fx) => api.open(fx.socket, fx.o()),
    skip: (fx) => fx.socket === "" ? "cannot make a Unix socket file here (neither node:net nor python3)" : undefined,
  },
  {
    name: "open: a Unix socket (write)",
    code: "ENXIO",
    call: (api, fx) => api.open(fx.socket, fx.o({ mode: "write" })),
    skip: (fx) => fx.socket === "" ? "cannot make a Unix socket file here (neither node:net nor python3)" : undefined,
  },
  {
    name: "open: a character device (/dev/null)",
    code: "ENODEV",
    call: (api, fx) => api.open("/dev/null", fx.o()),
    skip: () => fs.existsSync("/dev/null") ? undefined : "no /dev/null",
  },
  // A misspelt option would otherwise be ignored: "write" would silently map read-only.
  {
    name: 'open: a misspelt option ("mdoe")',
    code: "EINVAL",
    call: (api, fx) => api.open(fx.data, fx.o({ mdoe: "write" })),
  },
  { name: "open: empty file (read)", code: "EINVAL", call: (api, fx) => api.open(fx.empty, fx.o()) },
  { name: "open: empty file (write)", code: "EINVAL", call: (api, fx) => api.open(fx.empty, fx.o({ mode: "write" })) },
  {
    name: "open: empty file (private)",
    code: "EINVAL",
    call: (api, fx) => api.open(fx.empty, fx.o({ mode: "private" })),
  },
  {
    name: "open: /proc/self/status (size 0)",
    code: "EINVAL",
    call: (api, fx) => api.open("/proc/self/status", fx.o()),
    skip: () => {
      try {
        return fs.existsSync("/proc/self/status") ? undefined : "no /proc";
      } catch (e) {
        return `/proc is not readable here (${describe(e).slice(0, 100)})`;
      }
    },
  },
  { name: "open: symlink loop", code: "ELOOP", skip: underWine, call: (api, fx) => api.open(fx.loop, fx.o()) },
  {
    name: "open: a path through a regular file",
    // Windows reports ERROR_PATH_NOT_FOUND: a file in the middle of a path is no directory to look in.
    code: WINDOWS ? "ENOENT" : "ENOTDIR",
    call: (api, fx) => api.open(join(fx.data, "x"), fx.o()),
  },
  {
    name: "open: a path component over NAME_MAX",
    code: "ENAMETOOLONG",
    skip: underWine,
    call: (api, fx) => api.open(join(fx.dir, "n".repeat(300)), fx.o()),
  },
  { name: "open: path with a NUL byte", code: "EINVAL", call: (api, fx) => api.open(`${fx.data}\0x`, fx.o()) },
  {
    name: "open: path with a NUL byte (write)",
    code: "EINVAL",
    call: (api, fx) => api.open(`${fx.data}\0x`, fx.o({ mode: "write" })),
  },
  { name: "open: empty path", code: "ENOENT", call: (api, fx) => api.open("", fx.o()) },
  // ---- open(): a descriptor (a number or a FileHandle) -----------------------------------------------
  {
    name: "open: a number that is no open descriptor",
    code: "EBADF",
    call: (api, fx) => api.open(0x7ffffffe, fx.o()),
    skip: noDescriptors,
  },
  {
    name: "open: a descriptor on Windows",
    code: "ENOSYS",
    call: (api, fx) => withFd(fx.data, "r", (fd) => api.open(fd, fx.o())),
    skip: () => WINDOWS ? undefined : "Windows only",
  },
  {
    name: "open: a descriptor without FFI",
    code: "ENOFFI",
    call: (api, fx) => withFd(fx.data, "r", (fd) => api.open(fd, fx.o())),
    skip: (_fx, ctx) => ctx.ffi ? "FFI is here" : undefined,
  },
  { name: "open: descriptor -1", code: "EBADF", call: (api, fx) => api.open(-1, fx.o()) },
  { name: "open: descriptor 1.5", code: "EINVAL", call: (api, fx) => api.open(1.5, fx.o()) },
  { name: "open: descriptor NaN", code: "EINVAL", call: (api, fx) => api.open(NaN, fx.o()) },
  { name: "open: an object that is no FileHandle", code: "EINVAL", call: (api, fx) => api.open({} as never, fx.o()) },
  {
    name: "open: a FileHandle whose fd is a string",
    code: "EINVAL",
    call: (api, fx) => api.open({ fd: "3" } as never, fx.o()),
  },
  {
    name: "open: a closed FileHandle (fd -1)",
    code: "EBADF",
    call: (api, fx) => api.open({ fd: -1 }, fx.o()),
  },
  {
    name: "open: descriptor with create",
    code: "EINVAL",
    call: (api, fx) => withFd(fx.data, "r+", (fd) => api.open(fd, fx.o({ mode: "write", create: true }))),
  },
  {
    name: 'open: mode "write" on a read-only descriptor',
    code: "EACCES",
    call: (api, fx) => withFd(fx.data, "r", (fd) => api.open(fd, fx.o({ mode: "write", size: fx.size + 100 }))),
    skip: noDescriptors,
  },
  {
    name: "open: a write-only descriptor (mode read)",
    code: "EACCES",
    call: (api, fx) => withFd(fx.data, "a", (fd) => api.open(fd, fx.o())),
    skip: noDescriptors,
  },
  {
    name: "open: a directory's descriptor",
    code: "EISDIR",
    call: (api, fx) => withFd(fx.sub, "r", (fd) => api.open(fd, fx.o())),
    skip: noDescriptors,
  },
  {
    name: "open: a FIFO's descriptor",
    code: "ENODEV",
    call: (api, fx) =>
      withFd(fx.fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK, (fd) => api.open(fd, fx.o({ mode: "write" }))),
    skip: noDescriptors,
  },
  {
    name: "open: a closed descriptor",
    code: "EBADF",
    call: (api, fx) => {
      const fd = fs.openSync(fx.data, "r");
      fs.closeSync(fd);
      return api.open(fd, fx.o());
    },
    skip: noDescriptors,
  },
  {
    name: "open: a Deno.FsFile (no public descriptor in Deno 2)",
    code: "EINVAL",
    call: (api, fx) => {
      const deno = (globalThis as { Deno?: { openSync(p: string): { close(): void } } }).Deno!;
      const file = deno.openSync(fx.data);
      try {
        return api.open(file as never, fx.o());
      } finally {
        file.close();
      }
    },
    skip: (_fx, ctx) => ctx.runtime === "deno" ? undefined : "Deno only",
  },
  { name: "open: path is undefined", code: "EINVAL", call: (api, fx) => api.open(undefined as never, fx.o()) },
  {
    name: "open: an http: URL",
    code: "EINVAL",
    call: (api, fx) => api.open(new URL("http://example.com/x.bin"), fx.o()),
  },
  {
    name: "open: file: URL with %00 (must not map the file before the NUL)",
    code: "EINVAL",
    call: (api, fx) => api.open(new URL(`file://${fx.data}%00x`), fx.o({ mode: "write" })),
  },
  {
    name: "open: file: URL with a malformed %-escape",
    code: "EINVAL",
    call: (api, fx) => api.open(new URL(`file://${fx.dir}/%E0%A4%A`), fx.o()),
  },
  {
    name: "open: file: URL naming a remote host",
    code: "EINVAL",
    call: (api, fx) => {
      const url = pathToFileURL(fx.data);
      url.hostname = "example.com";
      return api.open(url, fx.o());
    },
  },
  // ---- open(): options -------------------------------------------------------------------------
  { name: "open: options is a number", code: "EINVAL", call: (api, fx) => api.open(fx.data, 5 as never) },
  {
    name: 'open: options is a string (open(p, "write"))',
    code: "EINVAL",
    call: (api, fx) => api.open(fx.data, "write" as never),
  },
  { name: "open: options is null", code: "EINVAL", call: (api, fx) => api.open(fx.data, null as never) },
  { name: 'open: unknown mode "rw"', code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ mode: "rw" })) },
  { name: "open: mode is a number", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ mode: 1 })) },
  { name: "open: unknown advice", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ advice: "bogus" })) },
  { name: "open: unknown engine", code: "EINVAL", call: (api, fx) => api.open(fx.data, { engine: "fast" } as never) },
  {
    name: 'open: engine "mapped" without FFI',
    code: "ENOFFI",
    call: (api, fx) => api.open(fx.data, { engine: "mapped" }),
    skip: (_fx, ctx) => ctx.ffi ? "the mapped engine is available here" : undefined,
  },
  {
    name: 'open: create "yes"',
    code: "EINVAL",
    call: (api, fx) => api.open(fx.fresh, fx.o({ mode: "write", create: "yes", size: 10 })),
    absent: (fx) => fx.fresh,
  },
  { name: "open: populate 1", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ populate: 1 })) },
  {
    name: "open: create with mode read",
    code: "EMODE",
    call: (api, fx) => api.open(fx.fresh, fx.o({ create: true })),
    absent: (fx) => fx.fresh,
  },
  {
    name: "open: size with mode read",
    code: "EMODE",
    call: (api, fx) => api.open(fx.data, fx.o({ size: 10 * fx.size })),
  },
  {
    name: "open: size with mode private",
    code: "EMODE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "private", size: 10 * fx.size })),
  },
  {
    name: "open: size negative (write)",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", size: -1 })),
  },
  {
    name: "open: size NaN (write)",
    code: "EINVAL",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", size: NaN })),
  },
  {
    name: "open: size 2n**60n (write)",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", size: 2n ** 60n })),
  },
  {
    name: "open: size over maxWindow without length (write): the file is not grown",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", size: fx.maxWindow + fx.pageSize })),
  },
  // ---- open(): offset and length ---------------------------------------------------------------
  { name: "open: offset -1", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ offset: -1 })) },
  { name: "open: offset -1n", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ offset: -1n })) },
  { name: "open: offset NaN", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ offset: NaN })) },
  { name: "open: offset 1.5", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ offset: 1.5 })) },
  { name: "open: offset Infinity", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ offset: Infinity })) },
  { name: 'open: offset "12"', code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ offset: "12" })) },
  { name: "open: offset 2n**60n", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ offset: 2n ** 60n })) },
  { name: "open: offset 2**60", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ offset: 2 ** 60 })) },
  {
    name: "open: offset past EOF",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ offset: fx.size + 1 })),
  },
  {
    name: "open: offset past EOF (write): the file is not grown",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", offset: fx.size + fx.pageSize })),
  },
  {
    name: "open: offset+length past EOF",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ offset: 5, length: fx.size })),
  },
  {
    name: "open: offset+length past EOF (write): the file is not grown",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", offset: fx.pageSize, length: fx.size })),
  },
  {
    name: "open: offset+length past a given size (write): the file is not grown",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ mode: "write", size: fx.size + 10, offset: 0, length: fx.size + 11 })),
  },
  {
    name: "open: length over maxWindow",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.data, fx.o({ length: fx.maxWindow + 1 })),
  },
  { name: "open: length -1", code: "ERANGE", call: (api, fx) => api.open(fx.data, fx.o({ length: -1 })) },
  { name: "open: length NaN", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ length: NaN })) },
  { name: "open: length 1.5", code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ length: 1.5 })) },
  { name: 'open: length "10"', code: "EINVAL", call: (api, fx) => api.open(fx.data, fx.o({ length: "10" })) },
  // ---- open(): a failed create leaves no file behind -------------------------------------------
  {
    name: "open: create a new file with no size (empty: EINVAL), removed again",
    code: "EINVAL",
    call: (api, fx) => api.open(fx.fresh, fx.o({ mode: "write", create: true })),
    absent: (fx) => fx.fresh,
  },
  {
    name: "open: create a new file with offset 1 and no size, removed again",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.fresh, fx.o({ mode: "write", create: true, offset: 1 })),
    absent: (fx) => fx.fresh,
  },
  {
    name: "open: create a new file, size 10, length 20, removed again",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.fresh, fx.o({ mode: "write", create: true, size: 10, length: 20 })),
    absent: (fx) => fx.fresh,
  },
  {
    name: "open: create a new file, length over maxWindow, not created",
    code: "ERANGE",
    call: (api, fx) => api.open(fx.fresh, fx.o({ mode: "write", create: true, length: fx.maxWindow + 1 })),
    absent: (fx) => fx.fresh,
  },
  {
    name: "open: create on an existing empty file keeps it",
    code: "EINVAL",
    call: (api, fx) => api.open(fx.empty, fx.o({ mode: "write", create: true })),
  },
  // ---- a closed MappedFile ---------------------------------------------------------------------
  { name: "closed: bytes", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.bytes },
  { name: "closed: flush()", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.flush() },
  { name: 'closed: advise("normal")', code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.advise("normal") },
  { name: "closed: lock()", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.lock() },
  { name: "closed: unlock()", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.unlock() },
  { name: "closed: residency()", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.residency() },
  { name: "closed: remap(0)", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.remap(0) },
  { name: "closed: resize(10)", code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.resize(10) },
  // ---- MappedFile methods with bad arguments ---------------------------------------------------
  { name: "flush({ offset: -1 })", code: "ERANGE", setup: mapWrite, call: (_api, _fx, m) => m.flush({ offset: -1 }) },
  {
    name: "flush({ offset: length + 1 })",
    code: "ERANGE",
    setup: mapWrite,
    call: (_api, _fx, m) => m.flush({ offset: m.length + 1 }),
  },
  {
    name: "flush({ offset: 0, length: length + 1 })",
    code: "ERANGE",
    setup: mapWrite,
    call: (_api, _fx, m) => m.flush({ offset: 0, length: m.length + 1 }),
  },
  {
    name: 'flush({ async: "yes" })',
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, _fx, m) => m.flush({ async: "yes" as never }),
  },
  { name: "flush(5)", code: "EINVAL", setup: mapWrite, call: (_api, _fx, m) => m.flush(5 as never) },
  // A misspelt range name would otherwise mean "the whole mapping" (for "remove", a hole in the file).
  {
    name: "flush({ ofset: 1 }) (misspelt)",
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, _fx, m) => m.flush({ ofset: 1 } as never),
  },
  {
    name: 'advise("remove", { lenght: page }) (misspelt) leaves the file whole',
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, fx, m) => m.advise("remove", { offset: 0, lenght: fx.pageSize } as never),
  },
  { name: 'advise("bogus")', code: "EINVAL", setup: mapRead, call: (_api, _fx, m) => m.advise("bogus" as never) },
  {
    name: "advise() without advice",
    code: "EINVAL",
    setup: mapRead,
    call: (_api, _fx, m) => m.advise(undefined as never),
  },
  {
    name: 'advise("normal", { length: NaN })',
    code: "EINVAL",
    setup: mapRead,
    call: (_api, _fx, m) => m.advise("normal", { length: NaN }),
  },
  {
    name: 'advise("dontneed", { offset: 1.5 }) on a write mapping',
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, _fx, m) => m.advise("dontneed", { offset: 1.5 }),
  },
  // ---- advise: values that make no sense for the mapping -------------------------------------------
  {
    name: 'advise("free") on a read file mapping',
    code: "EMODE",
    setup: mapRead,
    call: (_api, _fx, m) => m.advise("free"),
  },
  {
    name: 'advise("free") on a write file mapping',
    code: "EMODE",
    setup: mapWrite,
    call: (_api, _fx, m) => m.advise("free"),
  },
  {
    name: 'advise("remove") on a read mapping',
    code: "EMODE",
    setup: mapRead,
    call: (_api, _fx, m) => m.advise("remove"),
  },
  {
    name: 'advise("remove") on a private mapping',
    code: "EMODE",
    setup: mapPrivate,
    call: (_api, _fx, m) => m.advise("remove"),
  },
  {
    name: 'advise("remove") on anonymous memory',
    code: "EMODE",
    setup: mapAnon,
    call: (_api, _fx, m) => m.advise("remove"),
  },
  {
    name: 'advise("remove") over a range that is not page-aligned in the file',
    code: "EINVAL",
    setup: mapWriteAt,
    call: (_api, _fx, m) => m.advise("remove"),
  },
  {
    name: 'advise("remove", { offset: 1, length: page }) on a write mapping',
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, fx, m) => m.advise("remove", { offset: 1, length: fx.pageSize }),
  },
  {
    name: 'advise("remove") on the buffered engine',
    code: "ENOTSUP",
    setup: mapWrite,
    call: (_api, fx, m) => m.advise("remove", { offset: 0, length: fx.pageSize }),
    skip: (fx) =>
      fx.engine === "mapped" ? "the mapped engine punches the hole (tests/contract/advice.test.ts)" : undefined,
  },
  // ---- protect ---------------------------------------------------------------------------------------
  { name: 'protect("rw")', code: "EINVAL", setup: mapWrite, call: (_api, _fx, m) => m.protect("rw" as never) },
  {
    name: "protect() without access",
    code: "EINVAL",
    setup: mapRead,
    call: (_api, _fx, m) => m.protect(undefined as never),
  },
  {
    name: 'protect("read") on a private mapping',
    code: "EMODE",
    setup: mapPrivate,
    call: (_api, _fx, m) => m.protect("read"),
  },
  {
    name: 'protect("write") on a private mapping',
    code: "EMODE",
    setup: mapPrivate,
    call: (_api, _fx, m) => m.protect("write"),
  },
  {
    name: 'protect("write") on anonymous memory',
    code: "EMODE",
    setup: mapAnon,
    call: (_api, _fx, m) => m.protect("write"),
  },
  { name: 'closed: protect("read")', code: "ECLOSED", setup: mapClosed, call: (_api, _fx, m) => m.protect("read") },
  {
    name: 'protect("write") on a mapping of a read-only descriptor',
    code: "EACCES",
    setup: (api, fx) => withFd(fx.data, "r", (fd) => api.open(fd, fx.o())) as MappedFile,
    call: (_api, _fx, m) => m.protect("write"),
    skip: noDescriptors,
  },
  // ---- flush({ invalidate }) -------------------------------------------------------------------------
  {
    name: 'flush({ invalidate: "yes" })',
    code: "EINVAL",
    setup: mapWrite,
    call: (_api, _fx, m) => m.flush({ invalidate: "yes" as never }),
  },
  {
    name: "flush({ async: true, invalidate: 1 })",
    code: "EINVAL",
    setup: mapRead,
    call: (_api, _fx, m) => m.flush({ async: true, invalidate: 1 as never }),
  },
  {
    name: "flush({ invalidate: true }) on a private mapping",
    code: "EMODE",
    setup: mapPrivate,
    call: (_api, _fx, m) => m.flush({ invalidate: true }),
  },
  {
    name: "flush({ invalidate: true }) on anonymous memory",
    code: "EMODE",
    setup: mapAnon,
    call: (_api, _fx, m) => m.flush({ invalidate: true }),
  },
  { name: "remap(-1)", code: "ERANGE", setup: mapRead, call: (_api, _fx, m) => m.remap(-1) },
  { name: "remap(NaN)", code: "EINVAL", setup: mapRead, call: (_api, _fx, m) => m.remap(NaN) },
  { name: "remap(size + 1)", code: "ERANGE", setup: mapRead, call: (_api, fx, m) => m.remap(fx.size + 1) },
  {
    name: "remap(size + 1) on a write mapping",
    code: "ERANGE",
    setup: mapWriteAt,
    call: (_api, fx, m) => m.remap(fx.size + 1),
  },
  {
    name: "remap(0, maxWindow + 1)",
    code: "ERANGE",
    setup: mapRead,
    call: (_api, fx, m) => m.remap(0, fx.maxWindow + 1),
  },
  { name: "remap(1, size)", code: "ERANGE", setup: mapRead, call: (_api, fx, m) => m.remap(1, fx.size) },
  { name: "resize on a read mapping", code: "EMODE", setup: mapRead, call: (_api, fx, m) => m.resize(2 * fx.size) },
  {
    name: "resize on a private mapping",
    code: "EMODE",
    setup: mapPrivate,
    call: (_api, fx, m) => m.resize(2 * fx.size),
  },
  {
    name: "resize(offset - 1) of a mapping at offset > 0",
    code: "ERANGE",
    setup: mapWriteAt,
    call: (_api, _fx, m) => m.resize(m.offset - 1),
  },
  { name: "resize(-5)", code: "ERANGE", setup: mapWrite, call: (_api, _fx, m) => m.resize(-5) },
  { name: "resize(NaN)", code: "EINVAL", setup: mapWrite, call: (_api, _fx, m) => m.resize(NaN) },
  { name: 'resize("10")', code: "EINVAL", setup: mapWrite, call: (_api, _fx, m) => m.resize("10" as never) },
  {
    name: "resize past offset + maxWindow: the file is not grown",
    code: "ERANGE",
    setup: mapWriteAt,
    call: (_api, fx, m) => m.resize(m.offset + fx.maxWindow + 1),
  },
  // ---- anonymous() -----------------------------------------------------------------------------
  { name: "anonymous(0)", code: "EINVAL", call: (api, fx) => api.anonymous(0, fx.o()) },
  { name: "anonymous(-1)", code: "ERANGE", call: (api, fx) => api.anonymous(-1, fx.o()) },
  { name: "anonymous(NaN)", code: "EINVAL", call: (api, fx) => api.anonymous(NaN, fx.o()) },
  { name: "anonymous(1.5)", code: "EINVAL", call: (api, fx) => api.anonymous(1.5, fx.o()) },
  { name: 'anonymous("64")', code: "EINVAL", call: (api, fx) => api.anonymous("64" as never, fx.o()) },
  { name: "anonymous(maxWindow + 1)", code: "ERANGE", call: (api, fx) => api.anonymous(fx.maxWindow + 1, fx.o()) },
  { name: "anonymous: options is a number", code: "EINVAL", call: (api) => api.anonymous(4096, 5 as never) },
  {
    name: 'anonymous: hugePages "x"',
    code: "EINVAL",
    call: (api, fx) => api.anonymous(4096, fx.o({ hugePages: "x" })),
  },
  { name: 'anonymous: lock "x"', code: "EINVAL", call: (api, fx) => api.anonymous(4096, fx.o({ lock: "x" })) },
  {
    name: 'anonymous: a misspelt option ("hugepages")',
    code: "EINVAL",
    call: (api, fx) => api.anonymous(4096, fx.o({ hugepages: true })),
  },
  {
    name: "anonymous: unknown engine",
    code: "EINVAL",
    call: (api) => api.anonymous(4096, { engine: "fast" } as never),
  },
  { name: "anonymous().remap(0)", code: "EMODE", setup: mapAnon, call: (_api, _fx, m) => m.remap(0) },
  { name: "anonymous().resize(10)", code: "EMODE", setup: mapAnon, call: (_api, _fx, m) => m.resize(10) },
];

// ---- permission rows (EACCES) -------------------------------------------------------------------

interface Denied {
  readonly name: string;
  /** "secret": 0600 owned by root (0000 when not root); "readonly": 0444. */
  readonly file: "secret" | "readonly";
  /** "protect-write": open "read", then protect("write"). */
  readonly mode: "read" | "write" | "private" | "protect-write";
}

const DENIED: readonly Denied[] = [
  { name: "no read permission (read)", file: "secret", mode: "read" },
  { name: "no read permission (write)", file: "secret", mode: "write" },
  { name: "no read permission (private)", file: "secret", mode: "private" },
  { name: "a 0444 file (write)", file: "readonly", mode: "write" },
  { name: 'a 0444 file (read, then protect("write"))', file: "readonly", mode: "protect-write" },
];

const hasSetpriv = (): boolean => {
  try {
    execFileSync("setpriv", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/** The code the fixture reports for `open(path, { mode, engine })` run as user nobody. */
function openAsNobody(ctx: Ctx, home: string, path: string, mode: string, engine: Engine, where: string): void {
  const argv = [
    "setpriv",
    "--reuid=65534",
    "--regid=65534",
    "--clear-groups",
    ...ctx.spawnArgs("fixtures/try_open", [path, mode, engine]),
  ];
  const env = { ...process.env, HOME: home, DENO_DIR: join(home, "deno"), TMPDIR: home, XDG_CACHE_HOME: home };
  const r = spawnSync(argv[0] ?? "setpriv", argv.slice(1), { env, encoding: "utf8", timeout: 120_000 });
  const line = (r.stdout ?? "").split("\n").filter((l) => l.startsWith("{")).pop();
  assert.ok(line !== undefined, `${where}: the fixture printed no result (status ${r.status}): ${r.stderr}`);
  const out = JSON.parse(line ?? "{}") as { code: string | null; mmapError: boolean; message?: string };
  assert.ok(out.mmapError, `${where}: expected MmapError EACCES, got ${JSON.stringify(out)}`);
  assert.is(out.code, "EACCES", `${where}: code (message: ${out.message})`);
  checkMessage(out.message ?? "", "EACCES", where);
}

// ---- the suites ---------------------------------------------------------------------------------

/** Registers one suite per engine. */
export const register: Register = (ctx) => {
  tableSuite(ctx, "bad input", ROWS, (t, get, engine) => {
    t("close() twice and dispose after close do not throw", () => {
      const f = get();
      for (const setup of [mapRead, mapWrite, mapPrivate, mapAnon]) {
        const m = setup(ctx.api, f);
        m.close();
        m.close();
        m[Symbol.dispose]();
        assert.ok(m.closed);
      }
      checkAlive(ctx.api, f, "close twice");
    });

    t("permission denied (EACCES), file unchanged", () => {
      if (WINDOWS) {
        console.log(`  # skip permission rows [${engine}]: Windows has no permission bits (chmod sets read-only only)`);
        return;
      }
      const f = get();
      const root = process.getuid?.() === 0;
      if (root && !hasSetpriv()) {
        skip(`permission denied (EACCES) [${engine}]`, "running as root and setpriv is missing");
        return;
      }
      // A fresh 0755 directory, so path lookup works for anyone and only the file's own mode denies.
      const deny = fs.mkdtempSync(join(tmpdir(), "mmapkit-deny-"));
      const home = fs.mkdtempSync(join(tmpdir(), "mmapkit-nobody-"));
      try {
        fs.chmodSync(deny, 0o755);
        fs.chmodSync(home, 0o777);
        const files = { secret: join(deny, "secret.bin"), readonly: join(deny, "readonly.bin") };
        fs.writeFileSync(files.secret, randomBytes(1000));
        fs.writeFileSync(files.readonly, randomBytes(1000));
        fs.chmodSync(files.secret, root ? 0o600 : 0o000);
        fs.chmodSync(files.readonly, 0o444);
        for (const row of DENIED) {
          const where = `${row.name} [${engine}]`;
          const before = snapshot(deny);
          if (root) openAsNobody(ctx, home, files[row.file], row.mode, engine, where);
          else {
            let threw = false;
            let thrown: unknown;
            try {
              const protect = row.mode === "protect-write";
              using m = ctx.api.open(files[row.file], f.o({ mode: protect ? "read" : row.mode }));
              if (protect) m.protect("write");
            } catch (e) {
              threw = true;
              thrown = e;
            }
            checkError(ctx.api, threw, thrown, "EACCES", where);
          }
          assert.equal(snapshot(deny), before, `${where}: the file must be unchanged`);
        }
        checkAlive(ctx.api, f, "permission rows");
      } finally {
        fs.rmSync(deny, { recursive: true, force: true });
        fs.rmSync(home, { recursive: true, force: true });
      }
    });
  });
};

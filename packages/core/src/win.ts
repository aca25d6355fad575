/**
 * `WinSys`: the kernel32 calls of {@link winSymbols} as an adapter binds them (koffi on Node,
 * bun:ffi on Bun, Deno.dlopen on Deno), plus what only the runtime can do: an ArrayBuffer over
 * memory at an address, and a path in the form kernel32 takes. The POSIX-shaped `Sys` is left
 * alone; core picks one or the other. Also the Windows constants and error numbers core uses.
 * @module
 */
import { hintFor } from "./_check.ts";
import { MmapError } from "./errors.ts";
import { bindTable, type Dialect } from "./ffi.ts";
import { type WinName, winSymbols } from "./win_symbols.ts";

/** An argument of a kernel32 call: a number (DWORD, SIZE_T, handle, address), a buffer, or null. */
export type WinArg = number | Uint8Array | null;
/** A bound kernel32 function; every result is a JS number (BOOL: 0 is failure). */
export type WinFn = (...args: WinArg[]) => number;

/** What a Windows adapter provides. */
export interface WinSys {
  /** `"node"`, `"deno"` or `"bun"`. */
  readonly runtime: string;
  /** `process.arch`-style CPU name. */
  readonly arch: string;
  /** The table's functions; an optional one the system lacks is undefined. */
  readonly fn: Readonly<Partial<Record<WinName, WinFn>>> & Readonly<Record<RequiredWinName, WinFn>>;
  /**
   * An ArrayBuffer over [addr, addr + length) that does not own the memory (koffi.view,
   * bun:ffi toArrayBuffer, Deno.UnsafePointerView.getArrayBuffer). It must be detachable, so
   * core can cut stale views off before the memory is unmapped.
   */
  view(addr: number, length: number): ArrayBuffer;
  /** The address of byte 0 of `buffer` (a WebAssembly.Memory's buffer). */
  addressOf(buffer: ArrayBuffer): number;
  /** `path` made absolute in the `\\?\` form, so long paths and any current directory work. */
  fullPath(path: string): string;
  /** A directory for the engine self-test's temporary file. */
  tmpdir(): string;
}

/** The functions no Windows adapter may lack: the rows not marked optional. */
export type RequiredWinName = {
  [K in WinName]: (typeof winSymbols)[K] extends { readonly optional: true } ? never : K;
}[WinName];

/** Every function of {@link winSymbols} from kernel32.dll through an adapter's FFI `dialect`; ENOFFI when a required one is missing. */
export function bindKernel32(dialect: Dialect): WinSys["fn"] {
  return bindTable(dialect, "kernel32.dll", winSymbols, "win32").fns as WinSys["fn"];
}

/** Windows constants from the SDK headers (winnt.h, fileapi.h, memoryapi.h). */
export const W = {
  GENERIC_READ: 0x80000000,
  GENERIC_WRITE: 0x40000000,
  FILE_SHARE_READ: 1,
  FILE_SHARE_WRITE: 2,
  FILE_SHARE_DELETE: 4,
  OPEN_EXISTING: 3,
  CREATE_NEW: 1,
  FILE_ATTRIBUTE_NORMAL: 0x80,
  FILE_FLAG_DELETE_ON_CLOSE: 0x04000000,
  INVALID_HANDLE_VALUE: -1,
  PAGE_READONLY: 0x02,
  PAGE_READWRITE: 0x04,
  PAGE_WRITECOPY: 0x08,
  SEC_COMMIT: 0x08000000,
  FILE_MAP_COPY: 0x01,
  FILE_MAP_WRITE: 0x02,
  FILE_MAP_READ: 0x04,
} as const;

/** Win32 error numbers (winerror.h) → the POSIX names MmapError uses everywhere. */
export const winErrorNames: Readonly<Record<number, string>> = {
  1: "ENOSYS", // ERROR_INVALID_FUNCTION
  2: "ENOENT", // ERROR_FILE_NOT_FOUND
  3: "ENOENT", // ERROR_PATH_NOT_FOUND
  4: "EMFILE", // ERROR_TOO_MANY_OPEN_FILES
  5: "EACCES", // ERROR_ACCESS_DENIED
  6: "EBADF", // ERROR_INVALID_HANDLE
  8: "ENOMEM", // ERROR_NOT_ENOUGH_MEMORY
  14: "ENOMEM", // ERROR_OUTOFMEMORY
  19: "EROFS", // ERROR_WRITE_PROTECT
  32: "EBUSY", // ERROR_SHARING_VIOLATION
  33: "EBUSY", // ERROR_LOCK_VIOLATION
  50: "EOPNOTSUPP", // ERROR_NOT_SUPPORTED
  80: "EEXIST", // ERROR_FILE_EXISTS
  87: "EINVAL", // ERROR_INVALID_PARAMETER
  112: "ENOSPC", // ERROR_DISK_FULL
  123: "EINVAL", // ERROR_INVALID_NAME
  183: "EEXIST", // ERROR_ALREADY_EXISTS
  206: "ENAMETOOLONG", // ERROR_FILENAME_EXCED_RANGE
  267: "ENOTDIR", // ERROR_DIRECTORY
  1006: "EFILECHANGED", // ERROR_FILE_INVALID: the file changed (shrank) under the mapping
  1224: "EBUSY", // ERROR_USER_MAPPED_FILE: a mapped file cannot be shrunk
  1453: "ENOMEM", // ERROR_WORKING_SET_QUOTA: VirtualLock over the working-set limit
  1455: "ENOMEM", // ERROR_COMMITMENT_LIMIT: the paging file is too small
  1920: "ELOOP", // ERROR_CANT_ACCESS_FILE: a reparse point that cannot be followed
};

/** What to do, in Windows words, where the POSIX hint would mislead. */
const winHints: Readonly<Record<number, string>> = {
  5: 'access denied; check the file\'s permissions (or whether it is read-only), or open it with mode "read"',
  8: "not enough memory or address space; map a smaller window (length) and slide it with remap()",
  32: "another process has the file open without sharing it; close it there first",
  33: "another process has locked a range of the file; try again once it unlocks",
  1224: "a section of the file is still mapped (here or in another process); close() those mappings first",
  1453: "the working set is too small to lock that much (SetProcessWorkingSetSize); lock less",
  1455: "the paging file is too small for this mapping; map a smaller window or enlarge the paging file",
};

/** The MmapError for Win32 error `code` from `call`. */
export function winError(code: number, call: string, path?: string): MmapError {
  const name = winErrorNames[code] ?? `EWIN${code}`;
  const hint = winHints[code] ?? hintFor(name);
  const where = path === undefined ? call : `${call} ${JSON.stringify(path)}`;
  return new MmapError(name, `${where}: ${hint} (Windows error ${code})`, {
    errno: code,
    syscall: call,
    ...(path === undefined ? {} : { path }),
  });
}

/** `s` as a NUL-terminated UTF-16LE string (LPCWSTR). */
export function wide(s: string): Uint8Array {
  const out = new Uint16Array(s.length + 1);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return new Uint8Array(out.buffer);
}

/** Page size and allocation granularity (SYSTEM_INFO: dwPageSize at 4, dwAllocationGranularity at 40). */
export function systemInfo(win: WinSys): { pageSize: number; granularity: number } {
  const info = new Uint8Array(64);
  win.fn.GetSystemInfo(info);
  const dv = new DataView(info.buffer);
  return { pageSize: dv.getUint32(4, true), granularity: dv.getUint32(40, true) };
}

/** Splits a 64-bit value into the (high, low) DWORDs kernel32 takes. */
export function hiLo(n: number): [number, number] {
  return [Math.floor(n / 0x100000000), n >>> 0];
}

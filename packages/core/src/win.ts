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
import { winAdvapiSymbols, type WinName, winSymbols } from "./win_symbols.ts";

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
  /** The `async` rows (WaitForSingleObject) on a thread of the runtime's own, where the FFI has one (koffi, Deno). */
  readonly fnAsync?: Readonly<Partial<Record<WinName, (...args: WinArg[]) => Promise<number>>>>;
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
  [K in keyof typeof winSymbols]: (typeof winSymbols)[K] extends { readonly optional: true } ? never : K;
}[keyof typeof winSymbols];

/**
 * Every function of {@link winSymbols} from kernel32.dll and of {@link winAdvapiSymbols} from
 * advapi32.dll through an adapter's FFI `dialect` (`fn`), and the threaded twins of the `async`
 * rows where the FFI has them (`fnAsync`); ENOFFI when a required one is missing.
 */
export function bindKernel32(dialect: Dialect): Pick<WinSys, "fn" | "fnAsync"> {
  const k = bindTable(dialect, "kernel32.dll", winSymbols, "win32");
  let advapi: Partial<Record<WinName, WinFn>> = {};
  try {
    advapi = bindTable(dialect, "advapi32.dll", winAdvapiSymbols, "win32").fns as typeof advapi;
  } catch { /* no advapi32: shared() says so */ }
  return {
    fn: { ...k.fns, ...advapi } as WinSys["fn"],
    fnAsync: k.async as NonNullable<WinSys["fnAsync"]>,
  };
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

/** The security descriptor's SECURITY_ATTRIBUTES per bound kernel32 (made once: its memory is never freed). */
const userOnly = new WeakMap<WinSys["fn"], Uint8Array>();

/** TOKEN_QUERY; TokenUser and TokenOwner: the process token's user and the owner it gives new objects. */
const TOKEN_QUERY = 8;
const TOKEN_USER = 1;
const TOKEN_OWNER = 4;

/** The SID at `at` of `b` in its string form (S-1-5-21-…), or undefined when the bytes are not one. */
function sidAt(b: Uint8Array, at: number): string | undefined {
  if (at + 8 > b.length || b[at] !== 1) return undefined;
  const count = b[at + 1]!;
  if (count > 15 || at + 8 + 4 * count > b.length) return undefined;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + b[at + i]!;
  const dv = new DataView(b.buffer, b.byteOffset);
  let s = `S-1-${authority}`;
  for (let i = 0; i < count; i++) s += `-${dv.getUint32(at + 8 + 4 * i, true)}`;
  return s;
}

/** The current user's SID (S-1-5-21-…) from the process token. */
export function currentUserSid(win: WinSys): string {
  return tokenSid(win, TOKEN_USER, 16);
}

/**
 * The owner the process token gives the objects it creates without a descriptor: the user on
 * Windows, Administrators for an elevated administrator, the user's primary group under Wine.
 */
export function defaultOwnerSid(win: WinSys): string {
  return tokenSid(win, TOKEN_OWNER, 8);
}

/** A SID from the process token: `cls` is TOKEN_USER or TOKEN_OWNER, whose struct of `header` bytes the SID follows. */
function tokenSid(win: WinSys, cls: number, header: number): string {
  const f = win.fn;
  const open = f.OpenProcessToken;
  const info = f.GetTokenInformation;
  if (open === undefined || info === undefined) {
    throw new MmapError("ENOSYS", "shared memory on Windows needs advapi32.dll (OpenProcessToken), which did not load");
  }
  const token = new Uint8Array(8);
  if (open(f.GetCurrentProcess(), TOKEN_QUERY, token) === 0) throw winError(f.GetLastError(), "OpenProcessToken");
  const h = Number(new DataView(token.buffer).getBigInt64(0, true));
  try {
    // TOKEN_USER { SID_AND_ATTRIBUTES { PSID; DWORD } } or TOKEN_OWNER { PSID }, then the SID.
    const buf = new Uint8Array(256);
    const needed = new Uint8Array(4);
    if (info(h, cls, buf, buf.length, needed) === 0) throw winError(f.GetLastError(), "GetTokenInformation");
    // The SID follows the struct in the same buffer: it ends where the answer ends.
    const end = new DataView(needed.buffer).getUint32(0, true);
    for (let at = header; at + 8 <= end; at += 4) {
      const sid = sidAt(buf.subarray(0, end), at);
      if (sid !== undefined && at + 8 + 4 * buf[at + 1]! === end) return sid;
    }
    throw new MmapError("EINVAL", `GetTokenInformation(${cls}) gave no SID this code can read`);
  } finally {
    f.CloseHandle(h);
  }
}

/**
 * SECURITY_ATTRIBUTES whose descriptor (SDDL `O:<user>D:P(A;;GA;;;<user>)`) makes the current
 * user the owner and gives that user alone any access, inheriting nothing: what named shared
 * memory and its wake-up events are created with.
 */
export function userOnlySecurity(win: WinSys): Uint8Array {
  let sa = userOnly.get(win.fn);
  if (sa !== undefined) return sa;
  const convert = win.fn.ConvertStringSecurityDescriptorToSecurityDescriptorW;
  if (convert === undefined) {
    throw new MmapError(
      "ENOSYS",
      "shared memory on Windows needs advapi32.dll (ConvertStringSecurityDescriptorToSecurityDescriptorW), which did not load",
    );
  }
  const sid = currentUserSid(win);
  const out = new Uint8Array(8);
  if (convert(wide(`O:${sid}D:P(A;;GA;;;${sid})`), 1, out, 0) === 0) {
    throw winError(win.fn.GetLastError(), "ConvertStringSecurityDescriptorToSecurityDescriptorW");
  }
  sa = new Uint8Array(24); // SECURITY_ATTRIBUTES { DWORD nLength; LPVOID lpSecurityDescriptor; BOOL bInheritHandle; }
  const dv = new DataView(sa.buffer);
  dv.setUint32(0, 24, true);
  dv.setBigUint64(8, new DataView(out.buffer).getBigUint64(0, true), true);
  userOnly.set(win.fn, sa);
  return sa;
}

/** Who owns a kernel object and whom its DACL allows (SIDs), as GetKernelObjectSecurity reports them. */
export interface ObjectSecurity {
  owner: string | undefined;
  /** The SIDs of its access-allowed entries; undefined for no DACL at all (everyone may). */
  allowed: string[] | undefined;
}

/** The owner and DACL of the object `handle` (opened with READ_CONTROL). */
export function objectSecurity(win: WinSys, handle: number): ObjectSecurity {
  const get = win.fn.GetKernelObjectSecurity;
  if (get === undefined) {
    throw new MmapError("ENOSYS", "shared memory on Windows needs advapi32.dll (GetKernelObjectSecurity)");
  }
  const OWNER = 1, DACL = 4;
  let sd = new Uint8Array(512);
  const needed = new Uint8Array(4);
  if (get(handle, OWNER | DACL, sd, sd.length, needed) === 0) {
    const n = new DataView(needed.buffer).getUint32(0, true);
    if (n <= sd.length) throw winError(win.fn.GetLastError(), "GetKernelObjectSecurity");
    sd = new Uint8Array(n);
    if (get(handle, OWNER | DACL, sd, sd.length, needed) === 0) {
      throw winError(win.fn.GetLastError(), "GetKernelObjectSecurity");
    }
  }
  // SECURITY_DESCRIPTOR_RELATIVE { BYTE Revision, Sbz1; WORD Control; DWORD Owner, Group, Sacl, Dacl; }
  const dv = new DataView(sd.buffer);
  const control = dv.getUint16(2, true);
  const ownerAt = dv.getUint32(4, true);
  const daclAt = dv.getUint32(16, true);
  const owner = ownerAt === 0 ? undefined : sidAt(sd, ownerAt);
  const SE_DACL_PRESENT = 4;
  if ((control & SE_DACL_PRESENT) === 0 || daclAt === 0) return { owner, allowed: undefined };
  // ACL { BYTE AclRevision, Sbz1; WORD AclSize, AceCount, Sbz2; } then ACEs
  // { BYTE AceType, AceFlags; WORD AceSize; ACCESS_MASK Mask; SID } — type 0 allows.
  const count = dv.getUint16(daclAt + 4, true);
  const allowed: string[] = [];
  let at = daclAt + 8;
  for (let i = 0; i < count && at + 8 <= sd.length; i++) {
    const size = dv.getUint16(at + 2, true);
    if (sd[at] === 0) allowed.push(sidAt(sd, at + 8) ?? "?");
    if (size === 0) break;
    at += size;
  }
  return { owner, allowed };
}

/** FNV-1a (64-bit) of `s`, as 16 hex digits: a short stand-in for a name too long for an event's. */
function fnv64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(s.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, "0");
}

/**
 * The handle of the named auto-reset event a word of shared memory is slept on; 0 when it cannot
 * be made (waits then poll). `region` is a section's name (`Local\<name>`: the event goes in the
 * same namespace) or a file's full path; `offset` is the word's byte offset in it. Every process
 * derives the same name: `<namespace>\mmapkit-wake:<offset>:<name>` (a long name, or a path,
 * hashed). Created with the same user-only descriptor as shared memory.
 */
export function wakeEvent(win: WinSys, region: string, section: boolean, offset: number): number {
  const slash = region.indexOf("\\");
  const ns = section && slash > 0 ? region.slice(0, slash) : "Local";
  const rest = section ? region.slice(slash + 1) : region.toLowerCase();
  const key = !section || rest.length > 200 ? fnv64(rest) : rest;
  try {
    const h = win.fn.CreateEventW(userOnlySecurity(win), 0, 0, wide(`${ns}\\mmapkit-wake:${offset}:${key}`));
    return h === W.INVALID_HANDLE_VALUE ? 0 : h;
  } catch {
    return 0;
  }
}

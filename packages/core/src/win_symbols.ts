/**
 * The Windows calls mmapkit makes, as data: one row per kernel32 function with its C prototype,
 * the neutral types each adapter translates to its FFI's own (koffi, bun:ffi, Deno.dlopen), and
 * whether the runtime can do without it. All are `__stdcall` (the one x64 calling convention).
 * @module
 */

/**
 * Neutral argument and result types. `handle` and `addr` are pointer-sized integers passed as JS
 * numbers (handles are small, user addresses below 2^47); `buf` is a Uint8Array passed by address
 * (NUL-terminated UTF-16 for wide strings, a struct for out-parameters); `u32` is a DWORD, `usize`
 * a SIZE_T, `bool` a BOOL (nonzero: success).
 */
export type WinType = "handle" | "addr" | "buf" | "u32" | "usize" | "bool" | "void";

/** One kernel32 function. */
export interface WinSymbol {
  /** The C prototype, as in the Windows SDK headers (documentation, and koffi's declaration). */
  readonly c: string;
  readonly args: readonly WinType[];
  readonly result: WinType;
  /** Missing on older Windows (or Wine): the feature that needs it refuses with an MmapError instead. */
  readonly optional?: boolean;
}

/** The names of the table. */
export type WinName =
  | "CreateFileW"
  | "CreateFileMappingW"
  | "MapViewOfFile"
  | "UnmapViewOfFile"
  | "CloseHandle"
  | "FlushViewOfFile"
  | "FlushFileBuffers"
  | "VirtualLock"
  | "VirtualUnlock"
  | "GetSystemInfo"
  | "GetLastError"
  | "GetCurrentProcess"
  | "GetFileSizeEx"
  | "PrefetchVirtualMemory"
  | "K32QueryWorkingSetEx";

/** Every kernel32 symbol, by name. */
export const winSymbols: Readonly<Record<WinName, WinSymbol>> = {
  CreateFileW: {
    c: "HANDLE CreateFileW(LPCWSTR name, DWORD access, DWORD share, LPSECURITY_ATTRIBUTES sa, DWORD disposition, DWORD flags, HANDLE template)",
    args: ["buf", "u32", "u32", "addr", "u32", "u32", "handle"],
    result: "handle",
  },
  CreateFileMappingW: {
    c: "HANDLE CreateFileMappingW(HANDLE file, LPSECURITY_ATTRIBUTES sa, DWORD protect, DWORD maxHigh, DWORD maxLow, LPCWSTR name)",
    args: ["handle", "addr", "u32", "u32", "u32", "addr"],
    result: "handle",
  },
  MapViewOfFile: {
    c: "LPVOID MapViewOfFile(HANDLE mapping, DWORD access, DWORD offsetHigh, DWORD offsetLow, SIZE_T bytes)",
    args: ["handle", "u32", "u32", "u32", "usize"],
    result: "addr",
  },
  UnmapViewOfFile: { c: "BOOL UnmapViewOfFile(LPCVOID base)", args: ["addr"], result: "bool" },
  CloseHandle: { c: "BOOL CloseHandle(HANDLE h)", args: ["handle"], result: "bool" },
  FlushViewOfFile: { c: "BOOL FlushViewOfFile(LPCVOID base, SIZE_T bytes)", args: ["addr", "usize"], result: "bool" },
  FlushFileBuffers: { c: "BOOL FlushFileBuffers(HANDLE file)", args: ["handle"], result: "bool" },
  VirtualLock: { c: "BOOL VirtualLock(LPVOID addr, SIZE_T bytes)", args: ["addr", "usize"], result: "bool" },
  VirtualUnlock: { c: "BOOL VirtualUnlock(LPVOID addr, SIZE_T bytes)", args: ["addr", "usize"], result: "bool" },
  GetSystemInfo: { c: "void GetSystemInfo(LPSYSTEM_INFO info)", args: ["buf"], result: "void" },
  GetLastError: { c: "DWORD GetLastError(void)", args: [], result: "u32" },
  GetCurrentProcess: { c: "HANDLE GetCurrentProcess(void)", args: [], result: "handle" },
  GetFileSizeEx: { c: "BOOL GetFileSizeEx(HANDLE file, PLARGE_INTEGER size)", args: ["handle", "buf"], result: "bool" },
  PrefetchVirtualMemory: {
    c: "BOOL PrefetchVirtualMemory(HANDLE process, ULONG_PTR count, PWIN32_MEMORY_RANGE_ENTRY entries, ULONG flags)",
    args: ["handle", "usize", "buf", "u32"],
    result: "bool",
    optional: true, // Windows 8 and later
  },
  K32QueryWorkingSetEx: {
    c: "BOOL K32QueryWorkingSetEx(HANDLE process, PVOID info, DWORD bytes)",
    args: ["handle", "buf", "u32"],
    result: "bool",
    optional: true, // kernel32 exports it from Windows 7 (psapi's QueryWorkingSetEx before)
  },
};

/**
 * The Windows calls mmapkit makes, as data: one row per kernel32 function with its C prototype,
 * its neutral types (see `CType`; each adapter translates them to its FFI's own: koffi, bun:ffi,
 * Deno.dlopen), and whether the runtime can do without it. All are `__stdcall` (the one x64
 * calling convention). Handles are `isize` (INVALID_HANDLE_VALUE is -1), BOOL an `i32` (nonzero:
 * success), DWORD a `u32`, SIZE_T and addresses `usize`; wide strings and structs are `buf`.
 * @module
 */
/** Every kernel32 symbol, by name (checked against `CTable` where `bindKernel32` binds it). */
export const winSymbols = {
  CreateFileW: {
    c: "HANDLE CreateFileW(LPCWSTR name, DWORD access, DWORD share, LPSECURITY_ATTRIBUTES sa, DWORD disposition, DWORD flags, HANDLE template)",
    args: ["buf", "u32", "u32", "usize", "u32", "u32", "isize"],
    result: "isize",
  },
  CreateFileMappingW: {
    c: "HANDLE CreateFileMappingW(HANDLE file, LPSECURITY_ATTRIBUTES sa, DWORD protect, DWORD maxHigh, DWORD maxLow, LPCWSTR name)",
    args: ["isize", "buf", "u32", "u32", "u32", "buf"],
    result: "isize",
  },
  OpenFileMappingW: {
    c: "HANDLE OpenFileMappingW(DWORD access, BOOL inherit, LPCWSTR name)",
    args: ["u32", "i32", "buf"],
    result: "isize",
  },
  MapViewOfFile: {
    c: "LPVOID MapViewOfFile(HANDLE mapping, DWORD access, DWORD offsetHigh, DWORD offsetLow, SIZE_T bytes)",
    args: ["isize", "u32", "u32", "u32", "usize"],
    result: "usize",
  },
  UnmapViewOfFile: { c: "BOOL UnmapViewOfFile(LPCVOID base)", args: ["usize"], result: "i32" },
  CloseHandle: { c: "BOOL CloseHandle(HANDLE h)", args: ["isize"], result: "i32" },
  FlushViewOfFile: { c: "BOOL FlushViewOfFile(LPCVOID base, SIZE_T bytes)", args: ["usize", "usize"], result: "i32" },
  FlushFileBuffers: { c: "BOOL FlushFileBuffers(HANDLE file)", args: ["isize"], result: "i32" },
  VirtualLock: { c: "BOOL VirtualLock(LPVOID addr, SIZE_T bytes)", args: ["usize", "usize"], result: "i32" },
  VirtualUnlock: { c: "BOOL VirtualUnlock(LPVOID addr, SIZE_T bytes)", args: ["usize", "usize"], result: "i32" },
  GetSystemInfo: { c: "void GetSystemInfo(LPSYSTEM_INFO info)", args: ["buf"], result: "void" },
  GetLastError: { c: "DWORD GetLastError(void)", args: [], result: "u32" },
  GetCurrentProcess: { c: "HANDLE GetCurrentProcess(void)", args: [], result: "isize" },
  GetFileSizeEx: { c: "BOOL GetFileSizeEx(HANDLE file, PLARGE_INTEGER size)", args: ["isize", "buf"], result: "i32" },
  PrefetchVirtualMemory: {
    c: "BOOL PrefetchVirtualMemory(HANDLE process, ULONG_PTR count, PWIN32_MEMORY_RANGE_ENTRY entries, ULONG flags)",
    args: ["isize", "usize", "buf", "u32"],
    result: "i32",
    optional: true, // Windows 8 and later
  },
  VirtualQuery: {
    c: "SIZE_T VirtualQuery(LPCVOID addr, PMEMORY_BASIC_INFORMATION info, SIZE_T bytes)",
    args: ["usize", "buf", "usize"],
    result: "usize",
  },
  CreateEventW: {
    c: "HANDLE CreateEventW(LPSECURITY_ATTRIBUTES sa, BOOL manualReset, BOOL initialState, LPCWSTR name)",
    args: ["buf", "i32", "i32", "buf"],
    result: "isize",
  },
  SetEvent: { c: "BOOL SetEvent(HANDLE event)", args: ["isize"], result: "i32" },
  WaitForSingleObject: {
    c: "DWORD WaitForSingleObject(HANDLE h, DWORD ms)",
    args: ["isize", "u32"],
    result: "u32",
    async: true, // lockAsync, receiveAsync: the wait on the runtime's own thread where the FFI has one
  },
  GetCurrentProcessId: { c: "DWORD GetCurrentProcessId(void)", args: [], result: "u32" },
  OpenProcess: {
    c: "HANDLE OpenProcess(DWORD access, BOOL inherit, DWORD pid)",
    args: ["u32", "i32", "u32"],
    result: "isize",
  },
  GetExitCodeProcess: {
    c: "BOOL GetExitCodeProcess(HANDLE process, LPDWORD code)",
    args: ["isize", "buf"],
    result: "i32",
  },
  GetProcessTimes: {
    c: "BOOL GetProcessTimes(HANDLE process, LPFILETIME creation, LPFILETIME exit, LPFILETIME kernel, LPFILETIME user)",
    args: ["isize", "buf", "buf", "buf", "buf"],
    result: "i32",
  },
  LocalFree: { c: "HLOCAL LocalFree(HLOCAL mem)", args: ["usize"], result: "usize" },
  K32QueryWorkingSetEx: {
    c: "BOOL K32QueryWorkingSetEx(HANDLE process, PVOID info, DWORD bytes)",
    args: ["isize", "buf", "u32"],
    result: "i32",
    optional: true, // kernel32 exports it from Windows 7 (psapi's QueryWorkingSetEx before)
  },
} as const;

/**
 * The advapi32 calls of shared memory's security descriptor (a DACL that gives the current user
 * only): the user's SID from the process token, the descriptor from an SDDL string, and the
 * descriptor of an existing object read back. Optional: without them shared() refuses (ENOSYS).
 */
export const winAdvapiSymbols = {
  OpenProcessToken: {
    c: "BOOL OpenProcessToken(HANDLE process, DWORD access, PHANDLE token)",
    args: ["isize", "u32", "buf"],
    result: "i32",
    optional: true,
  },
  GetTokenInformation: {
    c: "BOOL GetTokenInformation(HANDLE token, TOKEN_INFORMATION_CLASS cls, LPVOID info, DWORD bytes, PDWORD needed)",
    args: ["isize", "u32", "buf", "u32", "buf"],
    result: "i32",
    optional: true,
  },
  ConvertStringSecurityDescriptorToSecurityDescriptorW: {
    c: "BOOL ConvertStringSecurityDescriptorToSecurityDescriptorW(LPCWSTR sddl, DWORD revision, PSECURITY_DESCRIPTOR *sd, PULONG size)",
    args: ["buf", "u32", "buf", "usize"],
    result: "i32",
    optional: true,
  },
  GetKernelObjectSecurity: {
    c: "BOOL GetKernelObjectSecurity(HANDLE h, SECURITY_INFORMATION what, PSECURITY_DESCRIPTOR sd, DWORD bytes, LPDWORD needed)",
    args: ["isize", "u32", "buf", "u32", "buf"],
    result: "i32",
    optional: true,
  },
} as const;

/** The names of both tables. */
export type WinName = keyof typeof winSymbols | keyof typeof winAdvapiSymbols;

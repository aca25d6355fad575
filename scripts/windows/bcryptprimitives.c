/*
 * A stand-in for bcryptprimitives.dll, which Wine 8 lacks and the Windows build of Bun imports
 * for one function: ProcessPrng (fill a buffer with cryptographically random bytes), here served
 * by RtlGenRandom (advapi32's SystemFunction036). Built by scripts/test-windows.mjs with MinGW;
 * used only to run the test suite under Wine.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
    if (!SystemFunction036(data, n)) return FALSE;
    data += n;
    length -= n;
  }
  return TRUE;
}

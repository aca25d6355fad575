/**
 * The Node.js adapter on Windows: core's kernel32 table bound through koffi, plus `koffi.view`
 * for ArrayBuffers over mapped views.
 * @module
 */
import { tmpdir } from "node:os";
import { resolve, toNamespacedPath } from "node:path";
import { bindKernel32, bindTable, memmoveSymbol, type WinSys } from "@mmapkit/core";
import { koffiDialect, requireKoffi } from "./_ffi.ts";

/** kernel32 through koffi on Windows; undefined on any other OS. Throws `ENOFFI` when koffi cannot load. */
export function loadWinSys(): WinSys | undefined {
  if (process.platform !== "win32") return undefined;
  const koffi = requireKoffi();
  // memmove(p, p, 0) returns p: the address koffi passed for a buffer (the C runtime's memmove).
  const { memmove } = bindTable(koffiDialect(koffi), "msvcrt.dll", memmoveSymbol, "win32").fns;
  return {
    runtime: "node",
    arch: process.arch,
    ...bindKernel32(koffiDialect(koffi, "__stdcall ")),
    view: (addr, length) => koffi.view(addr, length),
    addressOf: (buffer) => memmove!(buffer, buffer, 0),
    fullPath: (path) => toNamespacedPath(resolve(path)),
    tmpdir: () => tmpdir(),
  };
}

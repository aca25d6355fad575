/**
 * The Node.js adapter on Windows: kernel32 through koffi, declared from core's neutral table
 * (`winSymbols`), plus `koffi.view` for ArrayBuffers over mapped views.
 * @module
 */
import { tmpdir } from "node:os";
import { resolve, toNamespacedPath } from "node:path";
import {
  MmapError,
  type WinFn,
  type WinName,
  type WinSymbol,
  winSymbols,
  type WinSys,
  type WinType,
} from "@mmapkit/core";
import { requireKoffi } from "./_koffi.ts";

interface Koffi {
  load(path: string): { func(decl: string): (...args: unknown[]) => unknown };
  view(ptr: unknown, length: number): ArrayBuffer;
}

/** koffi's spelling of each neutral type. */
const koffiType: Record<WinType, string> = {
  handle: "intptr_t",
  addr: "intptr_t",
  buf: "void *",
  u32: "uint32_t",
  usize: "size_t",
  bool: "int",
  void: "void",
};

/** kernel32 through koffi on Windows; undefined on any other OS. Throws `ENOFFI` when koffi cannot load. */
export function loadWinSys(): WinSys | undefined {
  if (process.platform !== "win32") return undefined;
  const koffi = requireKoffi<Koffi>();
  const lib = koffi.load("kernel32.dll");
  const fn: Partial<Record<WinName, WinFn>> = {};
  for (const [name, s] of Object.entries(winSymbols) as [WinName, WinSymbol][]) {
    const decl = `${koffiType[s.result]} __stdcall ${name}(${s.args.map((a) => koffiType[a]).join(", ")})`;
    try {
      const f = lib.func(decl);
      fn[name] = (...args) => Number(f(...args) ?? 0);
    } catch (cause) {
      if (s.optional === true) continue;
      throw new MmapError("ENOFFI", `kernel32 has no ${name}: ${String(cause)}`, { cause });
    }
  }
  // memmove(p, p, 0) returns p: the address koffi passed for a buffer (the C runtime's memmove).
  const memmove = koffi.load("msvcrt.dll").func("intptr_t memmove(void *dst, void *src, size_t n)");
  return {
    runtime: "node",
    arch: process.arch,
    fn: fn as WinSys["fn"],
    view: (addr, length) => koffi.view(addr, length),
    addressOf: (buffer) => Number(memmove(buffer, buffer, 0)),
    fullPath: (path) => toNamespacedPath(resolve(path)),
    tmpdir: () => tmpdir(),
  };
}

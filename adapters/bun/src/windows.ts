/**
 * The Bun adapter on Windows: kernel32 through `bun:ffi`, declared from core's neutral table
 * (`winSymbols`), plus `toArrayBuffer` for ArrayBuffers over mapped views.
 * @module
 */
import { dlopen, FFIType, ptr, toArrayBuffer } from "bun:ffi";
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

/** bun:ffi's spelling of each neutral type (the `_fast` ones give numbers, not bigints). */
const bunType: Record<WinType, FFIType> = {
  handle: FFIType.i64_fast,
  addr: FFIType.u64_fast,
  buf: FFIType.ptr,
  u32: FFIType.u32,
  usize: FFIType.u64_fast,
  bool: FFIType.i32,
  void: FFIType.void,
};

/** kernel32 through bun:ffi on Windows; undefined on any other OS. */
export function loadWinSys(): WinSys | undefined {
  if (process.platform !== "win32") return undefined;
  const fn: Partial<Record<WinName, WinFn>> = {};
  for (const [name, s] of Object.entries(winSymbols) as [WinName, WinSymbol][]) {
    try {
      const lib = dlopen("kernel32.dll", {
        [name]: { args: s.args.map((a) => bunType[a]), returns: bunType[s.result] },
      });
      const f = lib.symbols[name] as unknown as (...args: unknown[]) => unknown;
      fn[name] = (...args) => Number(f(...args) ?? 0);
    } catch (cause) {
      if (s.optional === true) continue;
      throw new MmapError("ENOFFI", `kernel32 has no ${name}: ${String(cause)}`, { cause });
    }
  }
  return {
    runtime: "bun",
    arch: process.arch,
    fn: fn as WinSys["fn"],
    view: (addr, length) => toArrayBuffer(addr as never, 0, length),
    addressOf: (buffer) => ptr(buffer),
    fullPath: (path) => toNamespacedPath(resolve(path)),
    tmpdir: () => tmpdir(),
  };
}

/**
 * The Deno adapter on Windows: kernel32 through `Deno.dlopen`, declared from core's neutral table
 * (`winSymbols`), plus `Deno.UnsafePointerView.getArrayBuffer` for ArrayBuffers over mapped views.
 * Written and type-checked only: Deno does not start under Wine 8 (it needs placeholder
 * reservations), so this file has not run on Windows.
 * @module
 */
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

/** Deno's spelling of each neutral type. */
const denoType: Record<WinType, Deno.NativeType | "void"> = {
  handle: "isize",
  addr: "usize",
  buf: "buffer",
  u32: "u32",
  usize: "usize",
  bool: "i32",
  void: "void",
};

/** kernel32 through Deno.dlopen on Windows; undefined on any other OS. Throws `ENOFFI` without --allow-ffi. */
export function loadWinSys(): WinSys | undefined {
  if (Deno.build.os !== "windows") return undefined;
  const fn: Partial<Record<WinName, WinFn>> = {};
  for (const [name, s] of Object.entries(winSymbols) as [WinName, WinSymbol][]) {
    try {
      const def = { parameters: s.args.map((a) => denoType[a] as Deno.NativeType), result: denoType[s.result] };
      const f = Deno.dlopen("kernel32.dll", { [name]: def } as Deno.ForeignLibraryInterface)
        .symbols[name] as unknown as (...args: unknown[]) => unknown;
      fn[name] = (...args) => Number(f(...args) ?? 0);
    } catch (cause) {
      if (cause instanceof Deno.errors.NotCapable || cause instanceof Deno.errors.PermissionDenied) {
        throw new MmapError(
          "ENOFFI",
          "Deno could not open kernel32.dll; run Deno with --allow-ffi (or -A) to map files",
          {
            cause,
          },
        );
      }
      if (s.optional === true) continue;
      throw new MmapError("ENOFFI", `kernel32 has no ${name}: ${String(cause)}`, { cause });
    }
  }
  return {
    runtime: "deno",
    arch: Deno.build.arch === "x86_64" ? "x64" : "arm64",
    fn: fn as WinSys["fn"],
    view: (addr, length) => {
      const p = Deno.UnsafePointer.create(BigInt(addr));
      if (p === null) throw new MmapError("EINVAL", "a view of address 0 was asked for");
      return new Deno.UnsafePointerView(p).getArrayBuffer(length);
    },
    addressOf: (buffer) => Number(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer))),
    fullPath: (path) => toNamespacedPath(resolve(path)),
    tmpdir: () => Deno.env.get("TEMP") ?? Deno.env.get("TMP") ?? "C:\\Windows\\Temp",
  };
}

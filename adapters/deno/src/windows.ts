/**
 * The Deno adapter on Windows: core's kernel32 table bound through `Deno.dlopen`, plus
 * `Deno.UnsafePointerView.getArrayBuffer` for ArrayBuffers over mapped views.
 * Written and type-checked only: Deno does not start under Wine 8 (it needs placeholder
 * reservations), so this file has not run on Windows.
 * @module
 */
import { resolve, toNamespacedPath } from "node:path";
import { bindKernel32, MmapError, type WinSys } from "@mmapkit/core";
import { denoDialect } from "./_ffi.ts";

/** kernel32 through Deno.dlopen on Windows; undefined on any other OS. Throws `ENOFFI` without --allow-ffi. */
export function loadWinSys(): WinSys | undefined {
  if (Deno.build.os !== "windows") return undefined;
  return {
    runtime: "deno",
    arch: Deno.build.arch === "x86_64" ? "x64" : "arm64",
    ...bindKernel32(denoDialect),
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

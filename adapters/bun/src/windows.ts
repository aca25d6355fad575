/**
 * The Bun adapter on Windows: core's kernel32 table bound through `bun:ffi`, plus `toArrayBuffer`
 * for ArrayBuffers over mapped views.
 * @module
 */
import { ptr, toArrayBuffer } from "bun:ffi";
import { tmpdir } from "node:os";
import { resolve, toNamespacedPath } from "node:path";
import { bindKernel32, type WinSys } from "@mmapkit/core";
import { bunDialect } from "./_ffi.ts";

/** kernel32 through bun:ffi on Windows; undefined on any other OS. */
export function loadWinSys(): WinSys | undefined {
  if (process.platform !== "win32") return undefined;
  return {
    runtime: "bun",
    arch: process.arch,
    ...bindKernel32(bunDialect),
    view: (addr, length) => toArrayBuffer(addr as never, 0, length),
    addressOf: (buffer) => ptr(buffer),
    fullPath: (path) => toNamespacedPath(resolve(path)),
    tmpdir: () => tmpdir(),
  };
}

/**
 * The Bun adapter: core's libc table bound through `bun:ffi`, plus `addressOf`, `errno` and the
 * prefetch worker.
 * @module
 */
import { Worker } from "node:worker_threads";
import { ptr, read } from "bun:ffi";
import { tmpdir } from "node:os";
import { bindTable, type Dialect, errnoSymbols, libcSys, MmapError, openLibc, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";
import { bunDialect } from "./_ffi.ts";

/** Loads libc through bun:ffi; throws `ENOFFI` when it cannot. */
export function loadSys(): Sys {
  const libc = openLibc(bunDialect, process.platform);
  const { __errno_location, __error } = bindTable(bunDialect, libc.file, errnoSymbols, process.platform).fns;
  const errnoAt = (__errno_location ?? __error) as unknown as (() => number | null) | undefined;
  if (errnoAt === undefined) throw new MmapError("ENOFFI", `${libc.file} exports no errno location`);
  return libcSys(libc, {
    runtime: "bun",
    os: process.platform,
    arch: process.arch,
    errno: () => {
      const p = errnoAt();
      return p === null || p === 0 ? 0 : read.i32(p as never, 0);
    },
    addressOf: (buffer) => ptr(buffer),
    tmpdir: () => tmpdir(),
    prefetch: { Worker, url: besideModule(import.meta.url, "prefetch_worker_bun") },
  });
}
/** This runtime's translation of core's FFI tables (for tests that bind a table of their own). */
export const dialect = (): Dialect => bunDialect;

export { loadWinSys } from "./windows.ts";
export { nativeHash } from "./hash.ts";

/** Bun compiles WebAssembly with JavaScriptCore: the kernel takes the code shapes that suit it. */
export const wasmEngine = "javascriptcore" as const;

/**
 * The Node.js adapter: core's libc table bound through koffi, plus `addressOf`, `errno` and the
 * prefetch worker. No logic that belongs in core.
 * @module
 */
import { Worker } from "node:worker_threads";
import { tmpdir } from "node:os";
import { bindTable, type Dialect, libcSys, memmoveSymbol, openLibc, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";
import { koffiDialect, requireKoffi } from "./_ffi.ts";

/** Loads libc through koffi; throws `ENOFFI` when it cannot. */
export function loadSys(): Sys {
  const koffi = requireKoffi();
  const ffi = koffiDialect(koffi);
  const libc = openLibc(ffi, process.platform);
  // memmove(p, p, 0) returns p: the address koffi passed for a buffer.
  const { memmove } = bindTable(ffi, libc.file, memmoveSymbol, process.platform).fns;
  return libcSys(libc, {
    runtime: "node",
    os: process.platform,
    arch: process.arch,
    errno: () => koffi.errno(),
    addressOf: (buffer) => memmove!(buffer, buffer, 0),
    tmpdir: () => tmpdir(),
    prefetch: { Worker, url: besideModule(import.meta.url, "prefetch_worker_node") },
  });
}

/** This runtime's translation of core's FFI tables (for tests that bind a table of their own). */
export const dialect = (): Dialect => koffiDialect(requireKoffi());

export { loadWinSys } from "./windows.ts";

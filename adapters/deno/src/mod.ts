/**
 * The Deno adapter: core's libc table bound through `Deno.dlopen`, plus `addressOf`, `errno` and
 * the prefetch worker. Needs `--allow-ffi` (and read/write for the files you map); without it,
 * {@link loadSys} throws `ENOFFI` and mmapkit uses the buffered engine.
 * @module
 */
import { Worker } from "node:worker_threads";
import { bindTable, type Dialect, errnoSymbols, libcSys, MmapError, openLibc, type Sys } from "@mmapkit/core";
import { besideModule } from "@mmapkit/core/worker";
import { denoDialect } from "./_ffi.ts";

/** Opens libc; throws `ENOFFI` with the flag to add when FFI is not allowed. */
export function loadSys(): Sys {
  const os = Deno.build.os;
  const libc = openLibc(denoDialect, os);
  const { __errno_location, __error } = bindTable(denoDialect, libc.file, errnoSymbols, os).fns;
  const errnoAt = (__errno_location ?? __error) as unknown as (() => Deno.PointerValue) | undefined;
  if (errnoAt === undefined) throw new MmapError("ENOFFI", `${libc.file} exports no errno location`);
  return libcSys(libc, {
    runtime: "deno",
    os,
    arch: Deno.build.arch === "x86_64" ? "x64" : Deno.build.arch === "aarch64" ? "arm64" : Deno.build.arch,
    errno: () => {
      const p = errnoAt();
      return p === null ? 0 : new Deno.UnsafePointerView(p).getInt32();
    },
    addressOf: (buffer) => Number(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buffer))),
    // Without --allow-env, TMPDIR is not readable (and asking would prompt on a terminal): /tmp.
    tmpdir: () =>
      Deno.permissions.querySync({ name: "env", variable: "TMPDIR" }).state === "granted"
        ? Deno.env.get("TMPDIR") ?? "/tmp"
        : "/tmp",
    prefetch: { Worker, url: besideModule(import.meta.url, "prefetch_worker_deno") },
  });
}
/** This runtime's translation of core's FFI tables (for tests that bind a table of their own). */
export const dialect = (): Dialect => denoDialect;

export { loadWinSys } from "./windows.ts";

/**
 * Refuses a `Deno.FsFile`: Deno 2 gives it no public file descriptor (`rid` was removed, and the
 * resource id it keeps privately is not an OS descriptor), so it cannot be duplicated and mapped.
 */
export function refuseHandle(handle: object): void {
  if (handle instanceof Deno.FsFile) {
    throw new MmapError(
      "EINVAL",
      "a Deno.FsFile has no public file descriptor in Deno 2, so it cannot be mapped; pass the file's path to open() instead (or a node:fs descriptor)",
    );
  }
}

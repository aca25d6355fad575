/**
 * @mmapkit/core/worker: the little a prefetch worker and an adapter's FFI translation need (the
 * loop, the libc table and how to bind a table), kept apart from the rest of core so that a
 * worker loads only this.
 * @module
 */
export { runPrefetchLoop, runPrefetchWorker } from "./prefetch.ts";
export { errnoSymbols, libcNames, libcSymbols, memmoveSymbol, openLibc } from "./libc.ts";
export {
  type Binding,
  bindTable,
  type BoundTable,
  type CArg,
  type CFn,
  type CSymbol,
  type CTable,
  type CType,
  type Dialect,
} from "./ffi.ts";
export { MmapError } from "./errors.ts";

/**
 * The URL of the module `stem` beside the module at `base` (its `import.meta.url`), with the same
 * extension: `.ts` where the runtime runs the sources (Deno, JSR), `.js` where it runs the built
 * package. The built package keeps every module, workers included, in one folder.
 */
export function besideModule(base: string, stem: string): URL {
  const ext = /\.[cm]?[jt]s$/.exec(new URL(base).pathname)?.[0] ?? ".js";
  return new URL(`./${stem}${ext}`, base);
}

/** The Deno adapter's FFI: core's neutral tables translated for `Deno.dlopen`. @module */
import { type CType, type Dialect, MmapError } from "@mmapkit/core/worker";

/** Deno's spelling of each neutral type. */
const denoType: Record<CType, Deno.NativeResultType> = {
  i32: "i32",
  u32: "u32",
  i64: "i64",
  isize: "isize",
  usize: "usize",
  buf: "buffer",
  ptr: "pointer",
  void: "void",
};

/**
 * Core's tables through one `Deno.dlopen` per library: every row optional (core decides what a
 * missing one means), an `async` row also as a `nonblocking` twin. Without --allow-ffi, ENOFFI
 * saying so.
 */
export const denoDialect: Dialect = (file, rows) => {
  const defs: Record<string, Deno.ForeignFunction> = {};
  for (const [name, s] of Object.entries(rows)) {
    const def = { name, parameters: s.args.map((a) => denoType[a] as Deno.NativeType), result: denoType[s.result] };
    defs[name] = { ...def, optional: true };
    if (s.async === true) defs[`${name} async`] = { ...def, optional: true, nonblocking: true };
  }
  let lib: Deno.DynamicLibrary<Record<string, Deno.ForeignFunction>>;
  try {
    lib = Deno.dlopen(file, defs);
  } catch (cause) {
    if (cause instanceof Deno.errors.NotCapable || cause instanceof Deno.errors.PermissionDenied) {
      throw new MmapError("ENOFFI", `Deno could not open ${file}; run Deno with --allow-ffi (or -A) to map files`, {
        cause,
      });
    }
    throw cause;
  }
  const fns = lib.symbols as Record<string, ((...args: never[]) => unknown) | null>;
  return Object.fromEntries(
    Object.entries(rows).map(([name, s]) => {
      const call = fns[name];
      const threaded = fns[`${name} async`] as ((...args: never[]) => Promise<unknown>) | null | undefined;
      // Deno's fast calls take 64-bit integers as bigints: a number sends the call down a slower path.
      const args = s.args.map((t) => t === "i64" || t === "isize" || t === "usize" ? BigInt : undefined);
      return [name, call == null ? undefined : { call, async: threaded ?? undefined, args }];
    }),
  );
};

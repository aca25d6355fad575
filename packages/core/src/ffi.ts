/**
 * Foreign functions as data. A library's functions are one table of rows ({@link CSymbol}: the C
 * prototype, its argument and result types in a neutral vocabulary, whether the library may lack
 * it, on which OSes it exists). Each adapter translates the vocabulary into its FFI's own (koffi,
 * `Deno.dlopen`, `bun:ffi`) in one {@link Dialect}; {@link bindTable} does the rest the same way for
 * every runtime and library: which rows apply, what a missing one means, numbers out.
 * @module
 */
import { MmapError } from "./errors.ts";

/**
 * Neutral argument and result types. `i32`/`u32`: int, unsigned; `i64`: a 64-bit integer (off_t,
 * long); `isize`/`usize`: pointer-sized signed and unsigned (ssize_t, intptr_t; size_t, addresses,
 * handles as numbers: user addresses are below 2^47); `buf`: a Uint8Array (or null) passed by
 * address (a NUL-terminated string, a struct to fill); `ptr`: an opaque pointer result the
 * adapter reads itself; `void`: no result (0).
 */
export type CType = "i32" | "u32" | "i64" | "isize" | "usize" | "buf" | "ptr" | "void";

/** One C function. */
export interface CSymbol {
  /** The C prototype, as in the system headers (documentation). */
  readonly c: string;
  readonly args: readonly CType[];
  readonly result: CType;
  /** The library may lack it: it is then left unbound (undefined) and the feature that needs it does without. */
  readonly optional?: boolean;
  /** `process.platform` names of the OSes that have it; absent: all. Elsewhere it is not bound. */
  readonly platforms?: readonly string[];
  /** Also bound to run on a thread of the runtime's own where the FFI can (koffi `.async`, Deno `nonblocking`). */
  readonly async?: boolean;
}

/** A library's functions by name. */
export type CTable = Readonly<Record<string, CSymbol>>;

/** An argument as core passes it: a number for the integer types, a buffer (or null) for `buf`. */
export type CArg = number | ArrayBufferView | ArrayBuffer | null;

/** A function of the table as core calls it; every result but a `ptr` is a JS number. */
export type CFn = (...args: CArg[]) => number;

/** A value as core holds it turned into what the FFI takes, or a result into what core holds. */
export type Convert = (value: never) => unknown;

/** What a dialect bound for one row: the call, and for an `async` row the call on another thread if the FFI has one. */
export interface Binding {
  readonly call: (...args: never[]) => unknown;
  readonly async?: ((...args: never[]) => Promise<unknown>) | undefined;
  /** How the FFI wants each argument, where it is not as core passes it (Deno: 64-bit ones as bigints). */
  readonly args?: readonly (Convert | undefined)[];
}

/**
 * One FFI's translation: opens the library `file` and binds each row it has. A row the library
 * lacks is undefined in the answer; a library that cannot be opened throws.
 */
export type Dialect = (file: string, rows: CTable) => Record<string, Binding | undefined>;

/** What {@link bindTable} returns: the functions by name, their threaded twins, and the names bound. */
export interface BoundTable<T extends CTable> {
  /** Each row's function; an optional one the library lacks, or one of another OS, is undefined. */
  readonly fns: { readonly [K in keyof T]: CFn | undefined };
  /** The threaded twin of each `async` row where the FFI has one. */
  readonly async: { readonly [K in keyof T]?: (...args: CArg[]) => Promise<number> };
  /** The names of the rows bound, in table order. */
  readonly names: readonly string[];
  /** The library they come from. */
  readonly file: string;
}

/** The rows of `table` that exist on `os`. */
function rowsFor<T extends CTable>(table: T, os: string): Partial<T> {
  const out: Record<string, CSymbol> = {};
  for (const [name, s] of Object.entries(table)) {
    if (s.platforms === undefined || s.platforms.includes(os)) out[name] = s;
  }
  return out as Partial<T>;
}

/** Result types an FFI may give as a bigint (64-bit) or undefined (void). */
const notNumber = (r: CType): boolean => r === "i64" || r === "isize" || r === "usize" || r === "void";
const same = (v: unknown): unknown => v;
const toNumber = (v: unknown): number => Number(v ?? 0);

/**
 * `f` called with exactly `n` arguments, each through its converter in `args`, its result through
 * `result`; `f` itself when nothing is converted. The arity is fixed on purpose: V8 makes an FFI's
 * fast call only from a call with the callee's exact argument count (a spread call takes Deno's
 * slow path, two to three times slower).
 */
function fixedArity(
  f: (...a: never[]) => unknown,
  n: number,
  args: readonly (Convert | undefined)[] = [],
  result: Convert = same,
): (...a: never[]) => unknown {
  if (result === same && args.every((c) => c === undefined)) return f;
  const g = f as (...a: unknown[]) => unknown;
  const r = result as (v: unknown) => unknown;
  const [c0 = same, c1 = same, c2 = same, c3 = same, c4 = same, c5 = same, c6 = same] =
    args as ((v: unknown) => unknown)[];
  switch (n) {
    case 0:
      return () => r(g());
    case 1:
      return (a) => r(g(c0(a)));
    case 2:
      return (a, b) => r(g(c0(a), c1(b)));
    case 3:
      return (a, b, c) => r(g(c0(a), c1(b), c2(c)));
    case 4:
      return (a, b, c, d) => r(g(c0(a), c1(b), c2(c), c3(d)));
    case 5:
      return (a, b, c, d, e) => r(g(c0(a), c1(b), c2(c), c3(d), c4(e)));
    case 6:
      return (a, b, c, d, e, h) => r(g(c0(a), c1(b), c2(c), c3(d), c4(e), c5(h)));
    case 7:
      return (a, b, c, d, e, h, i) => r(g(c0(a), c1(b), c2(c), c3(d), c4(e), c5(h), c6(i)));
  }
  throw new MmapError("ENOFFI", `a C function of ${n} arguments: mmapkit binds at most 7; declare fewer`);
}

/**
 * Binds `table`'s rows for `os` from the library `file` through `dialect`. Throws what the dialect
 * throws when the library cannot be opened, ENOFFI when it lacks a required row.
 */
export function bindTable<T extends CTable>(dialect: Dialect, file: string, table: T, os: string): BoundTable<T> {
  const rows = rowsFor(table, os) as CTable;
  const got = dialect(file, rows);
  const fns: Record<string, CFn | undefined> = {};
  const async: Record<string, (...args: CArg[]) => Promise<number>> = {};
  const names: string[] = [];
  for (const name of Object.keys(table)) {
    const b = name in rows ? got[name] : undefined;
    if (b === undefined) {
      if (name in rows && rows[name]!.optional !== true) {
        throw new MmapError(
          "ENOFFI",
          `${file} has no ${name}, which mapping needs; use a C library that has it (the buffered engine works without)`,
        );
      }
      fns[name] = undefined;
      continue;
    }
    const { args, result } = table[name]!;
    // 64-bit results may come as bigints (Deno, koffi), void ones as undefined: numbers for core.
    fns[name] = fixedArity(b.call, args.length, b.args, notNumber(result) ? toNumber : same) as CFn;
    if (b.async !== undefined) {
      const threaded = fixedArity(b.async, args.length, b.args) as (...a: CArg[]) => Promise<unknown>;
      async[name] = (...a) => threaded(...a).then(toNumber);
    }
    names.push(name);
  }
  return { fns: fns as BoundTable<T>["fns"], async, names, file };
}

/** The Bun adapter's FFI: core's neutral tables translated for `bun:ffi`. @module */
import { dlopen, FFIType } from "bun:ffi";
import type { CSymbol, CTable, CType, Dialect } from "@mmapkit/core/worker";

/** bun:ffi's spelling of each neutral type (the `_fast` ones give numbers, not bigints). */
const bunType: Record<CType, FFIType> = {
  i32: FFIType.i32,
  u32: FFIType.u32,
  i64: FFIType.i64_fast,
  isize: FFIType.i64_fast,
  usize: FFIType.u64_fast,
  buf: FFIType.ptr,
  ptr: FFIType.ptr,
  void: FFIType.void,
};

const open = (file: string, rows: CTable) =>
  dlopen(
    file,
    Object.fromEntries(
      Object.entries(rows).map(([name, s]: [string, CSymbol]) => [name, {
        args: s.args.map((a) => bunType[a]),
        returns: bunType[s.result],
      }]),
    ),
  ).symbols as Record<string, (...args: unknown[]) => unknown>;

/**
 * Core's tables through one `dlopen` per library. bun:ffi fails a whole dlopen for one missing
 * symbol (macOS has no posix_fadvise): then each row is opened on its own, and a library none of
 * whose rows opens is one that cannot be opened. bun:ffi has no call on another thread.
 */
export const bunDialect: Dialect = (file, rows) => {
  try {
    const fns = open(file, rows);
    return Object.fromEntries(Object.keys(rows).map((name) => [name, { call: fns[name]! }]));
  } catch (whole) {
    const one = Object.fromEntries(
      Object.entries(rows).map(([name, s]) => {
        try {
          return [name, { call: open(file, { [name]: s })[name]! }];
        } catch {
          return [name, undefined];
        }
      }),
    );
    if (Object.values(one).every((b) => b === undefined)) throw whole;
    return one;
  }
};

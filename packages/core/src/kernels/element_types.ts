/**
 * The element types of the `add` transform, one row each: `AddType`, the API's check and message,
 * the kernel call, the parallel split's element width and the command line's `--type` all read
 * this table. Elements are little-endian; integers wrap.
 * @module
 */

/** One element type. */
export interface ElementTypeRow {
  /** Bytes of one element. */
  readonly bytes: 1 | 2 | 4 | 8;
  /** A floating-point type (the value is a number), else an integer type (a whole number, wrapping). */
  readonly float: boolean;
  /**
   * The kernel export that adds to each element: `(ptr, count, value)`, an 8-byte integer's value
   * as its low and high 32 bits `(ptr, count, lo, hi)`.
   */
  readonly add: string;
}

/** Every element type, in the order messages list them. */
export const ELEMENT_TYPES = {
  u8: { bytes: 1, float: false, add: "addU8" },
  i16: { bytes: 2, float: false, add: "addI16" },
  i32: { bytes: 4, float: false, add: "addI32" },
  i64: { bytes: 8, float: false, add: "addI64" },
  f32: { bytes: 4, float: true, add: "addF32" },
  f64: { bytes: 8, float: true, add: "addF64" },
} as const;

/** Element types of `add`. */
export type AddType = keyof typeof ELEMENT_TYPES;

/** Every element type's name, in the table's order. */
export const ADD_TYPES: readonly AddType[] = Object.keys(ELEMENT_TYPES) as AddType[];

/** Whether `name` is an element type's name. */
export const isAddType = (name: unknown): name is AddType =>
  typeof name === "string" && Object.hasOwn(ELEMENT_TYPES, name);

/** The row of `type`, widened to {@link ElementTypeRow} (which checks every row against it). */
export const elementTypeOf = (type: AddType): ElementTypeRow => ELEMENT_TYPES[type];

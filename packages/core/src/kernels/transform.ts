/** In-place transforms over any target: xor, add (u8…f64, little-endian), map, swap. @module */
import { MmapError, shown } from "../errors.ts";
import type { KernelExports } from "../wasm/exports.ts";
import type { Runtime } from "../runtime.ts";
import { InputSlot, toByte } from "./_needle.ts";
import { runOptionNames, runOptions, type TransformOptions, walk } from "./walk.ts";
import { MappedFile } from "../mapped_file.ts";
import { ADD_TYPES, type AddType, elementTypeOf, isAddType } from "./element_types.ts";

/** A transform. */
export type TransformOp =
  | { xor: number | Uint8Array }
  | { add: number | bigint; type: AddType }
  | { map: Uint8Array }
  | { swap: 2 | 4 | 8 };

/** The element types for a message: `"u8", "i16", …, "f32" or "f64"`. */
const TYPE_LIST = ADD_TYPES.slice(0, -1).map((t) => JSON.stringify(t)).join(", ") + ` or "${ADD_TYPES.at(-1)}"`;

type Apply = (k: KernelExports, ptr: number, len: number, phase: number, input: number) => void;

interface Plan {
  size: number;
  input?: Uint8Array;
  apply: Apply;
  name: string;
}

function wholeNumber(v: unknown, what: string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isSafeInteger(v)) return BigInt(v);
  throw new MmapError("EINVAL", `${what} must be a whole number for integer types, got ${shown(v)}`);
}

function planOf(op: unknown): Plan {
  if (op === null || typeof op !== "object") {
    throw new MmapError("EINVAL", "transform: op must be one of { xor }, { add, type }, { map }, { swap }");
  }
  const keys = Object.keys(op).filter((k) => k !== "type");
  const misplaced = keys.filter((k) => runOptionNames("transform").includes(k));
  if (misplaced.length > 0) {
    const one = misplaced.length === 1;
    const missing = keys.length === misplaced.length
      ? "; the op itself is missing: one of { xor }, { add, type }, { map }, { swap }"
      : "";
    throw new MmapError(
      "EINVAL",
      `transform: ${misplaced.join(", ")} ${one ? "is an option" : "are options"}, not part of the op; pass ${
        one ? "it" : "them"
      } as the third argument: transform(target, op, { ${misplaced.join(", ")} })${missing}`,
    );
  }
  if (keys.length !== 1 || !["xor", "add", "map", "swap"].includes(keys[0]!) || ("type" in op && keys[0] !== "add")) {
    throw new MmapError(
      "EINVAL",
      `transform: op must be one of { xor }, { add, type }, { map }, { swap } (got { ${
        Object.keys(op).join(", ")
      } }); use one of those`,
    );
  }
  const o = op as Record<string, unknown>;
  if ("xor" in o) {
    const key = typeof o.xor === "number" ? Uint8Array.of(toByte(o.xor, "transform: xor")) : o.xor;
    if (!(key instanceof Uint8Array) || key.length === 0 || key.length > 65536) {
      throw new MmapError("EINVAL", "transform: xor takes a byte (0–255) or a key of 1–65536 bytes; pass one of those");
    }
    return {
      size: 1,
      input: key,
      name: "xor",
      apply: (k, p, l, phase, input) => k.xorKey(p, l, input, key.length, phase),
    };
  }
  if ("map" in o) {
    const table = o.map;
    if (!(table instanceof Uint8Array) || table.length !== 256) {
      throw new MmapError(
        "EINVAL",
        `transform: map takes a 256-byte table, got ${
          table instanceof Uint8Array ? table.length + " bytes" : typeof table
        }`,
      );
    }
    return { size: 1, input: table, name: "map", apply: (k, p, l, _phase, input) => k.mapBytes(p, l, input) };
  }
  if ("swap" in o) {
    const w = o.swap;
    if (w === 2) return { size: 2, name: "swap 2", apply: (k, p, l) => k.swap2(p, l / 2) };
    if (w === 4) return { size: 4, name: "swap 4", apply: (k, p, l) => k.swap4(p, l / 4) };
    if (w === 8) return { size: 8, name: "swap 8", apply: (k, p, l) => k.swap8(p, l / 8) };
    throw new MmapError("EINVAL", `transform: swap takes 2, 4 or 8, got ${String(w)}; use one of those`);
  }
  const type = o.type;
  if (!isAddType(type)) {
    throw new MmapError("EINVAL", `transform: add needs type ${TYPE_LIST}, got ${JSON.stringify(type)}`);
  }
  const { bytes: size, float, add } = elementTypeOf(type);
  const v = o.add;
  const name = `add ${type}`;
  type Add = (ptr: number, count: number, value: number, valueHi?: number) => void;
  const addOf = (k: KernelExports): Add => (k as unknown as Record<string, Add>)[add]!;
  if (float) {
    if (typeof v !== "number") throw new MmapError("EINVAL", `transform: add for ${type} must be a number`);
    return { size, name, apply: (k, p, l) => addOf(k)(p, l / size, v) };
  }
  const n = BigInt.asUintN(64, wholeNumber(v, `transform: add for ${type}`));
  const lo = Number(n & 0xffffffffn) | 0;
  const hi = Number(n >> 32n) | 0;
  if (size === 8) return { size, name, apply: (k, p, l) => addOf(k)(p, l / 8, lo, hi) };
  // The low `size` bytes of the value: what wraps into one element.
  const low = size === 4 ? lo : lo & ((1 << (8 * size)) - 1);
  return { size, name, apply: (k, p, l) => addOf(k)(p, l / size, low) };
}

/** Applies `op` in place to the range of `target`; a path is opened "write", walked and flushed. */
export function transformIn(rt: Runtime, target: unknown, op: unknown, options?: TransformOptions): void {
  const plan = planOf(op);
  const o = runOptions(options, "transform");
  const what = `transform (${plan.name})`;
  if (target instanceof MappedFile && !target.closed && target.mode === "read") {
    throw new MmapError("EMODE", `${what}: the mapping is "read"; open it with mode "write" (or "private")`);
  }
  const slot = plan.input === undefined ? undefined : new InputSlot(plan.input);
  const keyLen = plan.input?.length ?? 1;
  let start = -1;
  const check = (_start: number, length: number): void => {
    if (length % plan.size !== 0) {
      throw new MmapError(
        "ERANGE",
        `${what}: the range is ${length} bytes, not a whole number of ${plan.size}-byte elements; pass a length that is a multiple of ${plan.size}`,
      );
    }
  };
  walk(rt, target, o, { what, write: true, align: plan.size, check }, (c) => {
    if (start < 0) start = c.pos;
    plan.apply(c.kernel, c.ptr, c.len, (c.pos - start) % keyLen, slot?.in(c.arena) ?? 0);
  });
}

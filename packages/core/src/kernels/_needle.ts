/** Needles, keys and tables copied into a kernel Memory's INPUT area. @module */
import { MmapError, shown } from "../errors.ts";
import type { Arena } from "../arena.ts";
import { INPUT_BYTES, INPUT_OFFSET } from "../wasm/layout.ts";

const utf8 = new TextEncoder();

/** A byte 0–255 from a whole number, or an MmapError. */
export function toByte(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 255) {
    const code = typeof value === "string" && value.length === 1 && value.charCodeAt(0) < 256
      ? `; pass its byte code, ${value.charCodeAt(0)}`
      : "; pass a whole number from 0 to 255";
    throw new MmapError("EINVAL", `${what} must be a whole number from 0 to 255, got ${shown(value)}${code}`);
  }
  return value;
}

/** Needle bytes from a byte, a string (UTF-8) or bytes; never empty, at most INPUT_BYTES. */
export function toNeedle(value: unknown, what: string): Uint8Array {
  let bytes: Uint8Array;
  if (typeof value === "number") bytes = Uint8Array.of(toByte(value, what));
  else if (typeof value === "string") bytes = utf8.encode(value);
  else if (value instanceof Uint8Array) bytes = value;
  else throw new MmapError("EINVAL", `${what} must be a byte (0–255), a string or a Uint8Array`);
  if (bytes.length === 0) throw new MmapError("EINVAL", `${what} is empty; pass at least one byte`);
  if (bytes.length > INPUT_BYTES) {
    throw new MmapError("ERANGE", `${what} is ${bytes.length} bytes; pass at most ${INPUT_BYTES}`);
  }
  return bytes;
}

/** Copies `bytes` into `arena`'s INPUT area once per arena; returns its pointer. */
export class InputSlot {
  readonly #bytes: Uint8Array;
  #arena: Arena | undefined;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /** The pointer of the bytes inside `arena`. */
  in(arena: Arena): number {
    if (this.#arena !== arena) {
      new Uint8Array(arena.buffer, INPUT_OFFSET, this.#bytes.length).set(this.#bytes);
      this.#arena = arena;
    }
    return INPUT_OFFSET;
  }
}

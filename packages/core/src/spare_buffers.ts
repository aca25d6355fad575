/**
 * Spare ArrayBuffers for small windows that live on a buffer of their own (engine_buffered.ts):
 * a window that moves or closes detaches its views with `transfer()`, which hands back the same
 * memory in a new buffer; that one waits here for the next small window. Allocating a fresh 4 KiB
 * buffer for every open costs V8 4–8 µs (external memory, then GCs), a transfer under 1 µs.
 * @module
 */

/** The smallest buffer kept; windows are rounded up to a power of two from here. */
const MIN_BYTES = 4096;
/** Spare buffers kept per size: enough for a few files open at once, little memory held. */
const PER_SIZE = 4;

/** `ArrayBuffer.prototype.transfer` (ES2024; not in Node 20). */
export const canTransfer: boolean = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === "function";

/** Detaches every view of `buffer` and returns a buffer over the same bytes. */
export const transfer = (buffer: ArrayBuffer): ArrayBuffer =>
  (buffer as ArrayBuffer & { transfer(): ArrayBuffer }).transfer();

/** The size of the buffer that holds `length` bytes. */
export function sizeFor(length: number): number {
  let size = MIN_BYTES;
  while (size < length) size *= 2;
  return size;
}

const spare = new Map<number, ArrayBuffer[]>();

/** A zeroed buffer of {@link sizeFor}(length) bytes, with no view. */
export function takeBuffer(length: number): ArrayBuffer {
  const size = sizeFor(length);
  return spare.get(size)?.pop() ?? new ArrayBuffer(size);
}

/**
 * Detaches the views of `buffer` and keeps its memory for a later window; `used`: how many bytes
 * from the start may be non-zero (zeroed here, so no window sees another's bytes).
 */
export function giveBuffer(buffer: ArrayBuffer, used: number): void {
  const kept = transfer(buffer);
  let list = spare.get(kept.byteLength);
  if (list === undefined) spare.set(kept.byteLength, list = []);
  if (list.length >= PER_SIZE) return;
  new Uint8Array(kept, 0, Math.min(used, kept.byteLength)).fill(0);
  list.push(kept);
}

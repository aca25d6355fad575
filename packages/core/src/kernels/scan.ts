/** Scan kernels over any source: count, indexOf, findAll. @module */
import { toIndex } from "../_args.ts";
import { RESULTS_CAPACITY, RESULTS_OFFSET } from "../kernel/layout.ts";
import type { Runtime } from "../runtime.ts";
import { InputSlot, toByte, toNeedle } from "./_needle.ts";
import { type RunOptions, runOptions, walk } from "./_walk.ts";

/** Options of indexOf. */
export interface IndexOfOptions extends RunOptions {
  /** Position (relative to the source's start) the search begins at. */
  from?: number;
}

/** How many bytes of the range equal `byte`. */
export function countIn(rt: Runtime, source: unknown, byte: unknown, options?: RunOptions): number {
  const b = toByte(byte, "count: byte");
  let total = 0;
  walk(rt, source, runOptions(options, "count"), { what: "count" }, (c) => {
    total += c.kernel.count(c.ptr, c.len, b) >>> 0;
  });
  return total;
}

/** The first position ≥ from (relative to the source's start) where `needle` starts, or −1. */
export function indexOfIn(rt: Runtime, source: unknown, needle: unknown, options?: IndexOfOptions): number {
  const n = toNeedle(needle, "indexOf: needle");
  const o = runOptions(options, "indexOf") as IndexOfOptions;
  const from = o.from === undefined ? 0 : toIndex(o.from, "indexOf: from");
  const slot = new InputSlot(n);
  let found = -1;
  walk(rt, source, o, { what: "indexOf", overlap: n.length - 1 }, (c) => {
    const skip = Math.max(0, from - c.pos);
    if (skip >= c.len) return false;
    const at = n.length === 1
      ? c.kernel.indexOfByte(c.ptr + skip, c.len - skip, n[0]!)
      : c.kernel.indexOfBytes(c.ptr + skip, c.len - skip, slot.in(c.arena), n.length);
    if (at >= 0) {
      found = c.pos + skip + at;
      return true;
    }
    return false;
  });
  return found;
}

/** Every position (ascending, overlapping matches included) where `needle` starts. */
export function findAllIn(rt: Runtime, source: unknown, needle: unknown, options?: RunOptions): number[] {
  const n = toNeedle(needle, "findAll: needle");
  const slot = new InputSlot(n);
  const out: number[] = [];
  walk(rt, source, runOptions(options, "findAll"), { what: "findAll", overlap: n.length - 1 }, (c) => {
    const results = new Uint32Array(c.arena.buffer, RESULTS_OFFSET, RESULTS_CAPACITY);
    let skip = 0;
    while (skip < c.len) {
      const got =
        c.kernel.findAll(c.ptr + skip, c.len - skip, slot.in(c.arena), n.length, RESULTS_OFFSET, RESULTS_CAPACITY) >>>
        0;
      for (let i = 0; i < got; i++) out.push(c.pos + skip + results[i]!);
      if (got < RESULTS_CAPACITY) break;
      skip += results[got - 1]! + 1;
    }
  });
  return out;
}

/** Scan kernels over any source: count, indexOf, findAll. @module */
import { toIndex } from "../args.ts";
import { MmapError } from "../errors.ts";
import { RESULTS_CAPACITY, RESULTS_OFFSET } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import { InputSlot, toByte, toNeedle } from "./_needle.ts";
import { type RunOptions, runOptions, walk } from "./walk.ts";

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

/** Options of lastIndexOf. */
export interface LastIndexOfOptions extends RunOptions {
  /**
   * The last start position (relative to the source's start) considered, like the `fromIndex`
   * of `Array.prototype.lastIndexOf`; default: every position. Past the end is the same as the end.
   */
  to?: number;
}

/**
 * The last position ≤ to (relative to the source's start) where `needle` starts, or −1. The
 * range is walked from its end backwards, window by window, so a match near the end of a large
 * file is found without reading the rest.
 */
export function lastIndexOfIn(rt: Runtime, source: unknown, needle: unknown, options?: LastIndexOfOptions): number {
  const n = toNeedle(needle, "lastIndexOf: needle");
  const o = runOptions(options, "lastIndexOf") as LastIndexOfOptions;
  const to = o.to === undefined ? undefined : toIndex(o.to, "lastIndexOf: to");
  const slot = new InputSlot(n);
  let found = -1;
  // A match starting at `to` ends at to + n.length: nothing after that is read.
  const until = to === undefined ? undefined : to + n.length;
  const plan = {
    what: "lastIndexOf",
    overlap: n.length - 1,
    backward: true,
    ...(until === undefined ? {} : { until }),
  };
  walk(rt, source, o, plan, (c) => {
    // The walk cut the range at `until`: every chunk ends at or before it.
    const at = n.length === 1
      ? c.kernel.lastIndexOfByte(c.ptr, c.len, n[0]!)
      : c.kernel.lastIndexOfBytes(c.ptr, c.len, slot.in(c.arena), n.length);
    if (at >= 0) {
      found = c.pos + at;
      return true;
    }
    return false;
  });
  return found;
}

/**
 * The most offsets one findAll returns: 100 million numbers are an 800 MB array, near what an
 * engine gives one array (V8 a little over 134 million doubles), and more crashed the process
 * (Node: "invalid table size", out of memory) where a file of 1 GiB can hold a billion matches.
 */
export const MAX_MATCHES = 100_000_000;

/**
 * Option key (tests only): a lower limit than {@link MAX_MATCHES} for one findAll, so that a test
 * reaches it without collecting 100 million offsets (8 s and 2 GB on this machine).
 */
export const MATCH_LIMIT: unique symbol = Symbol.for("mmapkit.matchLimit") as never;

/** The limit of a findAll given `options`. */
export function matchLimitOf(options: unknown): number {
  const v = (options as { [MATCH_LIMIT]?: unknown } | undefined)?.[MATCH_LIMIT];
  return typeof v === "number" && v < MAX_MATCHES ? v : MAX_MATCHES;
}

function tooMany(): MmapError {
  return new MmapError(
    "EOVERFLOW",
    `findAll: more than ${MAX_MATCHES.toLocaleString("en-US")} matches, more than one array of numbers can hold; ` +
      "count them with count() (one byte) or indexOf() from each match on, or find them a range at a time (offset, length)",
  );
}

/**
 * One array of every number in `pieces`, in order (plus `shift`), allocated once at its final size
 * and kind: growing one by push() for ~200k matches took 15 ms on Node (each larger copy is fresh
 * memory, faulted in). It is filled with a fraction first: on V8 a `new Array(n)` of more than
 * ~16k places starts as a dictionary, which the first store turns into small integers and the
 * first non-integer into doubles — two more arrays of the full size; filled with a double, it is
 * one array of doubles from the start. 208k offsets: 14 ms → 8 on Node 20 after a threaded call
 * (Deno and Bun: under 1 ms either way).
 *
 * `room`, an array made by {@link roomFor} while other threads were still scanning, is filled and
 * cut to length instead where it holds them all and is at most twice their number (so it keeps
 * no more than as much again).
 */
export function joinPieces(
  pieces: readonly ArrayLike<number>[],
  shift = 0,
  limit: number = MAX_MATCHES,
  room?: number[],
): number[] {
  let total = 0;
  for (const p of pieces) total += p.length;
  if (total > limit) throw tooMany();
  const fits = room !== undefined && total <= room.length && room.length <= 2 * total;
  const out = fits ? room : roomFor(total);
  let k = 0;
  for (const p of pieces) for (let i = 0; i < p.length; i++) out[k++] = p[i]! + shift;
  out.length = total; // cutting a large array's length leaves its memory in place: no copy
  return out;
}

/**
 * An array of `places` numbers for {@link joinPieces} to fill, made ahead of the join (internal).
 * On Node a large array is fresh memory: its pages fault in as it is first written (~4 ms for
 * 200k places on a virtual machine, where each fault costs ~10 µs; Deno and Bun reuse theirs).
 * A threaded findAll makes it on the calling thread while a worker still scans, instead of after.
 */
export function roomFor(places: number): number[] {
  return new Array<number>(places).fill(0.5);
}

/**
 * Where a findAll run on one slice of a threaded call puts its offsets (internal): the first
 * `into.length` go straight into `into` (a slice's part of shared memory the calling thread reads),
 * the rest, if any, into `rest`, each plus `shift`; `count` is how many were found in all. No
 * array of numbers is built on the slice's thread, and none is copied into shared memory after.
 */
export interface OffsetSink {
  into: Float64Array;
  shift: number;
  count?: number;
  rest?: Float64Array;
}

/** Option key (internal) under which a findAll is given its {@link OffsetSink}. */
export const OFFSET_SINK: unique symbol = Symbol.for("mmapkit.offsetSink") as never;

/** Offsets kept for the next findAll: most calls need no new buffer (see {@link Offsets}). */
let spare: Float64Array | undefined = new Float64Array(1024);
/** The largest buffer kept (4 MiB: half a million offsets). */
const SPARE_MAX = 1 << 19;

/**
 * The offsets a findAll collects, chunk by chunk: first into a fixed place of its caller's, if
 * given (a threaded slice's shared memory), then into a Float64Array that doubles when full,
 * reused from call to call: on Bun, allocating and growing a new one per call took a fifth of a
 * resident findAll with a match every 5 KiB (a large new buffer is fresh pages, each faulted in).
 * A findAll started from another's onProgress gets a buffer of its own.
 */
class Offsets {
  #buf: Float64Array;
  #first: Float64Array<ArrayBufferLike>;
  #inFirst = 0;
  #shift: number;
  #limit: number;
  /** How many are in the growing buffer. */
  length = 0;
  constructor(limit: number, first: Float64Array<ArrayBufferLike> = new Float64Array(0), shift = 0) {
    this.#limit = limit;
    this.#buf = spare ?? new Float64Array(1024);
    spare = undefined;
    this.#first = first;
    this.#shift = shift;
  }
  get count(): number {
    return this.#inFirst + this.length;
  }
  add(at: number, results: Uint32Array, got: number): void {
    if (this.count + got > this.#limit) throw tooMany();
    const base = at + this.#shift;
    let i = 0;
    const first = this.#first;
    if (this.#inFirst < first.length) {
      let k = this.#inFirst;
      i = Math.min(got, first.length - k);
      for (let j = 0; j < i; j++) first[k++] = base + results[j]!;
      this.#inFirst = k;
      if (i === got) return;
    }
    const need = this.length + got - i;
    if (need > this.#buf.length) {
      const grown = new Float64Array(Math.max(2 * this.#buf.length, need));
      grown.set(this.#buf.subarray(0, this.length));
      this.#buf = grown;
    }
    const buf = this.#buf;
    let k = this.length;
    for (; i < got; i++) buf[k++] = base + results[i]!;
    this.length = k;
  }
  /**
   * The offsets of the growing buffer, as an array or as a Float64Array of their own; the buffer
   * goes back for reuse.
   */
  take(typed: boolean): number[] | Float64Array {
    const view = this.#buf.subarray(0, this.length);
    const out = typed ? view.slice() : joinPieces([view], 0, this.#limit);
    if (this.#buf.length <= SPARE_MAX) spare = this.#buf;
    return out;
  }
}

/** Every position (ascending, overlapping matches included) where `needle` starts. */
export function findAllIn(rt: Runtime, source: unknown, needle: unknown, options?: RunOptions): number[] {
  const n = toNeedle(needle, "findAll: needle");
  const slot = new InputSlot(n);
  const sink = (options as { [OFFSET_SINK]?: OffsetSink } | undefined)?.[OFFSET_SINK];
  const found = new Offsets(matchLimitOf(options), sink?.into, sink?.shift);
  walk(rt, source, runOptions(options, "findAll"), { what: "findAll", overlap: n.length - 1 }, (c) => {
    const results = new Uint32Array(c.arena.buffer, RESULTS_OFFSET, RESULTS_CAPACITY);
    let skip = 0;
    while (skip < c.len) {
      const got =
        c.kernel.findAll(c.ptr + skip, c.len - skip, slot.in(c.arena), n.length, RESULTS_OFFSET, RESULTS_CAPACITY) >>>
        0;
      found.add(c.pos + skip, results, got);
      if (got < RESULTS_CAPACITY) break;
      skip += results[got - 1]! + 1;
    }
  });
  if (sink === undefined) return found.take(false) as number[];
  sink.count = found.count;
  sink.rest = found.take(true) as Float64Array;
  return [];
}

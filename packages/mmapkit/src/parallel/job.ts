/**
 * One parallel job as the threads see it: a range cut into slices, and a SharedArrayBuffer that
 * every thread taking part reads and writes without messages — which slice to take next, how
 * many are done, the abort flag, the best hit so far (so searches stop early), and per slice its
 * state, numeric result and bytes done. Only results that are not one number (a digest, findAll's
 * offsets where they do not fit their {@link OffsetArea}) and errors travel as messages.
 *
 * Slices are claimed, not assigned: each thread takes the next unclaimed one until none is
 * left, so a thread that starts late (a worker still booting) or runs slowly takes fewer, and a
 * job never waits for a thread that took nothing.
 * @module
 */
import type { EngineChoice } from "@mmapkit/core";

/** What a job computes. */
export type OpKind = "count" | "indexOf" | "lastIndexOf" | "findAll" | "checksum" | "transform";

/** A slice: [start, start + length) of the source, plus the bytes after it a match may run into. */
export interface Slice {
  start: number;
  length: number;
  /** Bytes read past the slice so that a match starting inside it is seen whole. */
  overlap: number;
}

/** What a worker receives. The source is a path the worker opens itself, or bytes in shared memory. */
export interface JobMessage {
  id: number;
  op: OpKind;
  path: string | Uint8Array;
  engine: EngineChoice;
  /** The op's own arguments: byte, needle, algorithm, transform op. */
  arg: unknown;
  slices: Slice[];
  sab: SharedArrayBuffer;
  /** lastIndexOf claims from the end. */
  backward: boolean;
  /** Where the range starts in the path (a repeating xor key starts there). */
  origin: number;
  /** Send a reply after every slice (a promise waits for them; a blocked caller reads the block). */
  notify?: boolean;
  /** The source is a mapping of the calling thread: a worker may keep its own mapping of it (see {@link Reuse}). */
  reuse?: Reuse;
  /** findAll: where each slice's offsets go when they fit (see {@link OffsetArea}). */
  offsets?: OffsetArea;
}

/**
 * Shared memory for findAll's offsets: `perSlice` Float64 places per slice, slice i's from place
 * i × perSlice. A slice whose offsets fit writes them there before it marks itself done, and its
 * count is its numeric result; more than fit travel as a message. Deno delivers a worker's message
 * 2–30 ms after it was posted (Node: under 0.05 ms), and the calling thread waited for it.
 */
export interface OffsetArea {
  sab: SharedArrayBuffer;
  perSlice: number;
}

/** Slice `i`'s `count` places of `area`. */
export function offsetsOf(area: OffsetArea, i: number, count: number): Float64Array {
  return new Float64Array(area.sab, i * area.perSlice * 8, count);
}

/**
 * A mapping of the calling thread that `path` reaches. A worker maps [offset, offset + length) of
 * the path once and keeps that mapping for the following jobs with the same `id`: pages it has
 * touched stay in its page tables, so repeated calls on one resident mapping run at memory speed
 * on every thread instead of faulting the same pages in again. It lets go when the calling
 * thread's mapping closes (a {@link ForgetMessage}) or a job for another mapping arrives.
 */
export interface Reuse {
  /** Names the calling thread's mapping, its window and mode: another window is another key. */
  key: string;
  /** The mapping's own id (what a {@link ForgetMessage} names). */
  id: number;
  offset: number;
  length: number;
  /**
   * The calling thread's mapping is populated (resident): the worker populates its own too, once,
   * so its later jobs run at memory speed from the first slice instead of faulting in the pages
   * of the slices it happens to claim, a few more at each call.
   */
  populate?: boolean;
}

/** Tells the workers that the mapping `forget` closed: drop their own mapping of it. */
export interface ForgetMessage {
  forget: number;
}

/**
 * `job` as it travels: bytes in shared memory go as their SharedArrayBuffer and range, not as a
 * Uint8Array over it — Deno's worker_threads took 3.9 s to post a view of 16 MiB (and failed
 * past 128 MiB), 4 ms for the buffer itself. {@link received} turns it back.
 */
export function posted(job: JobMessage): JobMessage | PostedJob {
  if (typeof job.path === "string") return job;
  const { path, ...rest } = job;
  return {
    ...rest,
    shared: { buffer: path.buffer as SharedArrayBuffer, offset: path.byteOffset, length: path.length },
  };
}

/** A job as posted when its source is bytes in shared memory. */
export interface PostedJob extends Omit<JobMessage, "path"> {
  shared: { buffer: SharedArrayBuffer; offset: number; length: number };
}

/** The job a worker received, its shared bytes a Uint8Array again. */
export function received(message: JobMessage | PostedJob): JobMessage {
  if (!("shared" in message)) return message;
  const { shared, ...rest } = message;
  return { ...rest, path: new Uint8Array(shared.buffer, shared.offset, shared.length) };
}

/**
 * What a worker sends back: a slice's findAll offsets or digest, an error, that a slice settled,
 * that it has finished taking part, or (once, first) that its runtime is loaded.
 */
export type ReplyMessage =
  | { id: number; slice: number; value: Float64Array | string }
  | { id: number; slice: number; error: { code: string; message: string } }
  | { id: number; slice: number; settled: true }
  | { id: number; finished: true }
  | { ready: true };

const NEXT = 0;
const DONE = 1;
const ABORT = 2;
const BEST = 3;
const HEAD_INTS = 4;

/** Slice states. */
export const PENDING = 0;
export const OK = 1;
export const FAILED = 2;
export const SKIPPED = 3;

/** The shared control block of a job. */
export class JobState {
  readonly sab: SharedArrayBuffer;
  readonly slices: number;
  readonly #ctrl: Int32Array;
  readonly #state: Int32Array;
  readonly #result: Float64Array;
  readonly #done: Float64Array;

  /** A new block for `slices` slices, or the block of `sab` (in a worker). */
  constructor(slices: number, sab?: SharedArrayBuffer) {
    const ints = HEAD_INTS + slices + (slices % 2); // keep the Float64 arrays 8-byte aligned
    this.sab = sab ?? new SharedArrayBuffer(ints * 4 + slices * 16);
    this.slices = slices;
    this.#ctrl = new Int32Array(this.sab, 0, HEAD_INTS);
    this.#state = new Int32Array(this.sab, HEAD_INTS * 4, slices);
    this.#result = new Float64Array(this.sab, ints * 4, slices);
    this.#done = new Float64Array(this.sab, ints * 4 + slices * 8, slices);
    if (sab === undefined) Atomics.store(this.#ctrl, BEST, -1);
  }

  /** The next slice to run (its index), or -1 when every slice is taken. */
  claim(backward: boolean): number {
    const n = Atomics.add(this.#ctrl, NEXT, 1);
    if (n >= this.slices) return -1;
    return backward ? this.slices - 1 - n : n;
  }

  /** Records slice `i`'s outcome and wakes anyone waiting for the job. */
  finish(i: number, state: number, result = 0): void {
    this.#result[i] = result;
    Atomics.store(this.#state, i, state);
    Atomics.add(this.#ctrl, DONE, 1);
    Atomics.notify(this.#ctrl, DONE);
  }

  /** How many slices have finished. */
  get finished(): number {
    return Atomics.load(this.#ctrl, DONE);
  }

  /** Blocks (a thread that may block) until more than `seen` slices finished, or `ms` passed. */
  waitPast(seen: number, ms: number): void {
    Atomics.wait(this.#ctrl, DONE, seen, ms);
  }

  state(i: number): number {
    return Atomics.load(this.#state, i);
  }

  result(i: number): number {
    return this.#result[i]!;
  }

  /** Bytes done in slice `i` (progress). */
  setDone(i: number, bytes: number): void {
    this.#done[i] = bytes;
  }

  /** Bytes done over every slice. */
  doneBytes(): number {
    let sum = 0;
    for (let i = 0; i < this.slices; i++) sum += this.#done[i]!;
    return sum;
  }

  abort(): void {
    Atomics.store(this.#ctrl, ABORT, 1);
  }

  get aborted(): boolean {
    return Atomics.load(this.#ctrl, ABORT) !== 0;
  }

  /**
   * A search found a hit in slice `i`: slices that cannot hold a better one need not run. For
   * a forward search "better" is a lower slice, for a backward one a higher slice.
   */
  hit(i: number, backward: boolean): void {
    for (;;) {
      const best = Atomics.load(this.#ctrl, BEST);
      if (best !== -1 && (backward ? best >= i : best <= i)) return;
      if (Atomics.compareExchange(this.#ctrl, BEST, best, i) === best) return;
    }
  }

  /** Whether slice `i` can no longer hold the answer of a search. */
  beaten(i: number, backward: boolean): boolean {
    const best = Atomics.load(this.#ctrl, BEST);
    return best !== -1 && (backward ? i < best : i > best);
  }
}

/**
 * One checksum in progress, fed chunk by chunk from walks: the one-shot `checksum` runs one walk
 * over its source, a streaming {@link Checksum} one walk per `update`. Between walks the state
 * lives in this object, not in a Memory: the arena a walk used goes back to the pool, and the
 * next walk may get another one.
 * @module
 */
import type { Arena } from "../arena.ts";
import { MmapError, shown } from "../errors.ts";
import type { KernelExports } from "../wasm/exports.ts";
import { STATE_BYTES, STATE_OFFSET } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import type { Chunk } from "./walk.ts";
import { type Algorithm, type AlgorithmRow, ALGORITHMS, algorithmsWhere } from "./algorithms.ts";
import { type NativeUpdate, nativeUpdate } from "./native.ts";
import { xxh32Flags } from "./loops.ts";

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");

/** Where digests are written: the end of the STATE area, after every state (each ≤ 1 KiB). */
const OUT = STATE_OFFSET + STATE_BYTES - 16;

/** The algorithms whose seed is a previous value, for messages: "crc32/crc32c/adler32". */
const CONTINUED = algorithmsWhere((r) => r.seed === "previous").join("/");

/** The kernel calls of a streamed state, which sits at STATE_OFFSET. */
interface Streamed {
  size(k: KernelExports): number;
  reset(k: KernelExports, lo: number, hi: number): void;
  update(k: KernelExports, ptr: number, len: number): void;
  digest(k: KernelExports, buffer: ArrayBuffer): string;
}

type Call = (...args: number[]) => number;
const call = (k: KernelExports, name: string): Call => (k as unknown as Record<string, Call>)[name]!;

/** The digest of `bytes` bytes at OUT, a little-endian number, as hex (most significant first). */
function hexAt(buffer: ArrayBuffer, bytes: number): string {
  const v = new DataView(buffer, OUT, bytes);
  let text = "";
  for (let at = bytes - 4; at >= 0; at -= 4) text += hex8(v.getUint32(at, true));
  return text;
}

/** Each streamed algorithm's kernel calls, made once. */
const streamed = new Map<Algorithm, Streamed>();

/** The kernel calls of a streamed algorithm. */
function streamedOf(algorithm: Algorithm): Streamed {
  let s = streamed.get(algorithm);
  if (s === undefined) streamed.set(algorithm, s = callsOf(ALGORITHMS[algorithm]));
  return s;
}

/** The kernel calls of a streamed row. */
function callsOf(row: AlgorithmRow): Streamed {
  const names = row.kernel as Extract<AlgorithmRow["kernel"], { stateSize: string }>;
  const bytes = row.digestBytes;
  return {
    size: (k) => call(k, names.stateSize)(),
    reset: (k, lo, hi) => call(k, names.reset)(STATE_OFFSET, lo, hi),
    update: (k, p, n) => call(k, names.update)(STATE_OFFSET, p, n),
    digest: row.digestIn === "result"
      ? (k) => hex8(call(k, names.digest)(STATE_OFFSET))
      : (k, b) => (call(k, names.digest)(STATE_OFFSET, OUT), hexAt(b, bytes)),
  };
}

/** The seed as a whole number in [0, 2^bits): EINVAL for another type, ERANGE out of range. */
function seedOf(seed: unknown, bits: 32 | 64, algorithm: string, what: string): bigint {
  if (seed === undefined) return 0n;
  let v: bigint;
  if (typeof seed === "bigint") v = seed;
  else if (typeof seed === "number" && Number.isSafeInteger(seed)) v = BigInt(seed);
  else if (typeof seed === "number" && Number.isInteger(seed)) {
    // 2^53 and up: a number may already have lost the low bits of what was meant.
    throw new MmapError(
      "EINVAL",
      `${what}: seed ${seed} is past 2^53 − 1, where a number cannot hold every whole value; pass it as a bigint (${
        BigInt(seed)
      }n)`,
    );
  } else {
    throw new MmapError("EINVAL", `${what}: seed must be a whole number or a bigint, got ${shown(seed)}`);
  }
  if (v < 0n || v >= 1n << BigInt(bits)) {
    throw new MmapError("ERANGE", `${what}: the ${algorithm} seed must be in [0, 2^${bits}); got ${v}`);
  }
  return v;
}

/** crc32/crc32c/adler32 (`seed: "previous"`): the seed is a previous checksum to continue from. */
function previousOf(seed: unknown, start: number, what: string): number {
  if (seed === undefined) return start;
  const whole = typeof seed === "bigint" || (typeof seed === "number" && Number.isInteger(seed));
  // Another type is EINVAL (as for the seeded algorithms); a whole number out of range ERANGE.
  const v = typeof seed === "bigint" ? seed : whole && Number.isSafeInteger(seed) ? BigInt(seed as number) : -1n;
  if (!whole || v < 0n || v >= 1n << 32n) {
    const digest = typeof seed === "string" ? ` (a digest string from checksum() is one: parseInt(digest, 16))` : "";
    throw new MmapError(
      whole ? "ERANGE" : "EINVAL",
      `${what}: for ${CONTINUED} the seed is a previous checksum; pass a whole number in [0, 2^32)${digest}`,
    );
  }
  return Number(v);
}

/**
 * A checksum in progress. Feed it the chunks of a walk; then either `digest` (the one-shot path,
 * which reads the state where the walk left it), or `commit` the walk (the state leaves the arena
 * for this object) or `abandon` it (a walk that failed: the state is as before it).
 */
export class ChecksumState {
  readonly algorithm: Algorithm;
  /** A running value's `update` export (`seed: "previous"`), else undefined. */
  readonly #running: string | undefined;
  readonly #streamed: Streamed | undefined;
  readonly #lo: number;
  readonly #hi: number;
  /** A running value: the value after the last committed walk, and during a walk. */
  #value = 0;
  #pending = 0;
  /** A streamed state: its bytes after the last committed walk (undefined: nothing committed yet). */
  #saved: Uint8Array | undefined;
  /** A streamed state: the arena whose STATE area holds it during (and right after) a walk. */
  #home: Arena | undefined;
  /** The runtime's own implementation, where it has one for this algorithm. */
  readonly #native: NativeUpdate | undefined;
  /** xxh32 with a runtime: the runtime whose choice of loop (kernels/loops.ts) each chunk takes. */
  readonly #loopsOf: Runtime | undefined;

  constructor(algorithm: Algorithm, seed: unknown, what: string, rt?: Runtime) {
    this.algorithm = algorithm;
    this.#native = rt === undefined ? undefined : nativeUpdate(rt, algorithm);
    this.#loopsOf = algorithm === "xxh32" ? rt : undefined;
    const row: AlgorithmRow = ALGORITHMS[algorithm];
    if (row.seed === "previous") {
      this.#running = row.kernel.update;
      this.#value = this.#pending = previousOf(seed, row.start ?? 0, what);
      this.#lo = this.#hi = 0;
    } else {
      this.#streamed = streamedOf(algorithm);
      const v = seedOf(seed, row.seed, algorithm, what);
      this.#lo = Number(v & 0xffffffffn) | 0;
      this.#hi = Number(v >> 32n) | 0;
    }
  }

  /** A running value's value before anything is fed (crc32/crc32c/adler32: the seed, or the start). */
  get start(): number {
    return this.#value;
  }

  /** The seed of a seeded algorithm (xxh32/xxh64/xxh3/xxh128) as checked, 0n for the others. */
  get seed(): bigint {
    return (BigInt(this.#hi >>> 0) << 32n) | BigInt(this.#lo >>> 0);
  }

  /** Adds one chunk of a walk. */
  feed(c: Chunk): void {
    const k = c.kernel;
    if (this.#native !== undefined) {
      this.#pending = this.#native(this.#pending, c);
      return;
    }
    if (this.#running !== undefined) {
      this.#pending = call(k, this.#running)(this.#pending, c.ptr, c.len);
      return;
    }
    this.#enter(c.arena);
    if (this.#loopsOf !== undefined) k.setTuning(xxh32Flags(this.#loopsOf, c.len));
    this.#streamed!.update(k, c.ptr, c.len);
  }

  /** Puts the live state in `arena`'s STATE area: from the arena it was in, the saved bytes, or a reset. */
  #enter(arena: Arena): void {
    if (this.#home === arena) return;
    const s = this.#streamed!;
    const n = s.size(arena.kernel);
    const here = new Uint8Array(arena.buffer, STATE_OFFSET, n);
    // A walk that moves to another Memory carries the state over; a new walk starts from the saved one.
    if (this.#home !== undefined) here.set(new Uint8Array(this.#home.buffer, STATE_OFFSET, n));
    else if (this.#saved !== undefined) here.set(this.#saved);
    else s.reset(arena.kernel, this.#lo, this.#hi);
    this.#home = arena;
  }

  /** The walk completed: keep what it fed, in this object. */
  commit(): void {
    this.#value = this.#pending;
    const home = this.#home;
    if (home === undefined) return;
    const n = this.#streamed!.size(home.kernel);
    this.#saved ??= new Uint8Array(n);
    this.#saved.set(new Uint8Array(home.buffer, STATE_OFFSET, n));
    this.#home = undefined;
  }

  /** The walk failed: forget what it fed. */
  abandon(): void {
    this.#pending = this.#value;
    this.#home = undefined;
  }

  /**
   * The digest as lowercase hex of everything fed so far. Right after a walk it reads the state
   * in the arena the walk left it in: that arena is back in the pool, but nothing ran in it since.
   */
  digest(rt: Runtime): string {
    if (this.#running !== undefined) return hex8(this.#pending);
    const s = this.#streamed!;
    const home = this.#home;
    if (home !== undefined) return s.digest(home.kernel, home.buffer);
    const arena = rt.pool.acquire(STATE_OFFSET + STATE_BYTES);
    try {
      this.#enter(arena);
      return s.digest(arena.kernel, arena.buffer);
    } finally {
      this.#home = undefined;
      rt.pool.release(arena);
    }
  }
}

/**
 * One checksum in progress, fed chunk by chunk from walks: the one-shot `checksum` runs one walk
 * over its source, a streaming {@link Checksum} one walk per `update`. Between walks the state
 * lives in this object, not in a Memory: the arena a walk used goes back to the pool, and the
 * next walk may get another one.
 * @module
 */
import type { Arena } from "../arena.ts";
import { MmapError } from "../errors.ts";
import type { KernelExports } from "../kernel/exports.ts";
import { STATE_BYTES, STATE_OFFSET } from "../kernel/layout.ts";
import type { Runtime } from "../runtime.ts";
import type { Chunk } from "./_walk.ts";
import { type NativeUpdate, nativeUpdate } from "./_native.ts";

/** The algorithms. */
export type Algorithm = "crc32" | "crc32c" | "adler32" | "xxh32" | "xxh64" | "xxh3" | "xxh128";

/** Every algorithm, in the order messages list them. */
export const ALGORITHMS: readonly Algorithm[] = ["crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"];

/** `algorithm` if it names one, else EINVAL listing them. */
export function toAlgorithm(algorithm: unknown, what: string): Algorithm {
  if (typeof algorithm !== "string" || !(ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new MmapError(
      "EINVAL",
      `${what}: unknown checksum ${JSON.stringify(algorithm)}; use one of ${ALGORITHMS.join(", ")}`,
    );
  }
  return algorithm as Algorithm;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");

/** Where digests are written: the end of the STATE area, after every state (each ≤ 1 KiB). */
const OUT = STATE_OFFSET + STATE_BYTES - 16;

/** zlib-style checksums whose whole state is the 32-bit value itself. */
type Word = "crc32" | "crc32c" | "adler32";
const isWord = (a: Algorithm): a is Word => a === "crc32" || a === "crc32c" || a === "adler32";

/** The kernel calls of a streaming xxHash, its state at STATE_OFFSET. */
interface Streamed {
  size(k: KernelExports): number;
  reset(k: KernelExports, lo: number, hi: number): void;
  update(k: KernelExports, ptr: number, len: number): void;
  digest(k: KernelExports, buffer: ArrayBuffer): string;
}

/** The 64-bit digest at OUT, as xxhsum prints it (big-endian hex). */
const hex64 = (buffer: ArrayBuffer, at = OUT): string => {
  const v = new DataView(buffer, at, 8);
  return hex8(v.getUint32(4, true)) + hex8(v.getUint32(0, true));
};

const STREAMED: Record<Exclude<Algorithm, Word>, Streamed> = {
  xxh32: {
    size: (k) => k.xxh32StateSize(),
    reset: (k, lo) => k.xxh32Reset(STATE_OFFSET, lo),
    update: (k, p, n) => k.xxh32Update(STATE_OFFSET, p, n),
    digest: (k) => hex8(k.xxh32Digest(STATE_OFFSET)),
  },
  xxh64: {
    size: (k) => k.xxh64StateSize(),
    reset: (k, lo, hi) => k.xxh64Reset(STATE_OFFSET, lo, hi),
    update: (k, p, n) => k.xxh64Update(STATE_OFFSET, p, n),
    digest: (k, b) => (k.xxh64Digest(STATE_OFFSET, OUT), hex64(b)),
  },
  xxh3: {
    size: (k) => k.xxh3StateSize(),
    reset: (k, lo, hi) => k.xxh3Reset(STATE_OFFSET, lo, hi),
    update: (k, p, n) => k.xxh3Update(STATE_OFFSET, p, n),
    digest: (k, b) => (k.xxh3Digest(STATE_OFFSET, OUT), hex64(b)),
  },
  xxh128: {
    size: (k) => k.xxh128StateSize(),
    reset: (k, lo, hi) => k.xxh128Reset(STATE_OFFSET, lo, hi),
    update: (k, p, n) => k.xxh128Update(STATE_OFFSET, p, n),
    // The canonical form: high 64 bits first.
    digest: (k, b) => (k.xxh128Digest(STATE_OFFSET, OUT), hex64(b, OUT + 8) + hex64(b, OUT)),
  },
};

/** The seed as a whole number in [0, 2^bits): EINVAL for another type, ERANGE out of range. */
function seedOf(seed: unknown, bits: 32 | 64, algorithm: string, what: string): bigint {
  if (seed === undefined) return 0n;
  let v: bigint;
  if (typeof seed === "bigint") v = seed;
  else if (typeof seed === "number" && Number.isSafeInteger(seed)) v = BigInt(seed);
  else {
    throw new MmapError("EINVAL", `${what}: seed must be a whole number or a bigint, got ${String(seed)}`);
  }
  if (v < 0n || v >= 1n << BigInt(bits)) {
    throw new MmapError("ERANGE", `${what}: the ${algorithm} seed must be in [0, 2^${bits}); got ${v}`);
  }
  return v;
}

/** crc32/crc32c/adler32: the seed is a previous checksum to continue from. */
function previousOf(seed: unknown, start: number, what: string): number {
  if (seed === undefined) return start;
  const v = typeof seed === "bigint"
    ? seed
    : typeof seed === "number" && Number.isSafeInteger(seed)
    ? BigInt(seed)
    : -1n;
  if (v < 0n || v >= 1n << 32n) {
    throw new MmapError(
      "ERANGE",
      `${what}: for crc32/crc32c/adler32 the seed is a previous checksum; pass a whole number in [0, 2^32)`,
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
  readonly #word: Word | undefined;
  readonly #streamed: Streamed | undefined;
  readonly #lo: number;
  readonly #hi: number;
  /** crc32/crc32c/adler32: the value after the last committed walk, and during a walk. */
  #value = 0;
  #pending = 0;
  /** xxHash: the state bytes after the last committed walk (undefined: nothing committed yet). */
  #saved: Uint8Array | undefined;
  /** xxHash: the arena whose STATE area holds the live state during (and right after) a walk. */
  #home: Arena | undefined;
  /** The runtime's own implementation, where it has one for this algorithm. */
  readonly #native: NativeUpdate | undefined;

  constructor(algorithm: Algorithm, seed: unknown, what: string, rt?: Runtime) {
    this.algorithm = algorithm;
    this.#native = rt === undefined ? undefined : nativeUpdate(rt, algorithm);
    if (isWord(algorithm)) {
      this.#word = algorithm;
      this.#value = this.#pending = previousOf(seed, algorithm === "adler32" ? 1 : 0, what);
      this.#lo = this.#hi = 0;
    } else {
      this.#streamed = STREAMED[algorithm];
      const v = seedOf(seed, algorithm === "xxh32" ? 32 : 64, algorithm, what);
      this.#lo = Number(v & 0xffffffffn) | 0;
      this.#hi = Number(v >> 32n) | 0;
    }
  }

  /** Adds one chunk of a walk. */
  feed(c: Chunk): void {
    const k = c.kernel;
    if (this.#native !== undefined) {
      this.#pending = this.#native(this.#pending, c);
      return;
    }
    switch (this.#word) {
      case "crc32":
        this.#pending = k.crc32Update(this.#pending, c.ptr, c.len);
        return;
      case "crc32c":
        this.#pending = k.crc32cUpdate(this.#pending, c.ptr, c.len);
        return;
      case "adler32":
        this.#pending = k.adler32Update(this.#pending, c.ptr, c.len);
        return;
    }
    this.#enter(c.arena);
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
    if (this.#word !== undefined) return hex8(this.#pending);
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

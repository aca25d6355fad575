/**
 * Streaming checksums, for data that arrives in pieces (a pipe, a socket, standard input): each
 * `update` is walked through a pooled Memory in bounded chunks, the way a Uint8Array source of
 * `checksum` is, and the state stays in the object between updates.
 * @module
 */
import { toOptions } from "../args.ts";
import { MmapError } from "../errors.ts";
import type { Runtime } from "../runtime.ts";
import { ChecksumState } from "./_checksum_state.ts";
import { walk, WALK_SIZES, type WithWalkSizes } from "./walk.ts";
import { type Algorithm, toAlgorithm } from "./algorithms.ts";

/** Options of createChecksum. */
export interface CreateChecksumOptions {
  /**
   * xxh64/xxh3/xxh128: the 64-bit seed, in [0, 2^64). xxh32: the 32-bit seed, in [0, 2^32).
   * crc32/crc32c/adler32: a previous checksum to continue from.
   */
  seed?: number | bigint;
}

/** A checksum fed in pieces: `update` as often as needed, then `digest` once. */
export interface Checksum {
  /** The algorithm it computes. */
  readonly algorithm: Algorithm;
  /**
   * Adds `bytes` (any length, empty included). A large array is hashed in place when it is a
   * view of a mapping, else copied through a bounded buffer chunk by chunk, never whole. An
   * update that throws leaves the checksum as it was. After {@link Checksum.digest}: ECLOSED.
   */
  update(bytes: Uint8Array): this;
  /**
   * The digest of everything added, as lowercase hex — the same string `checksum` gives for the
   * concatenation. Ends the checksum: later calls return the same string, `update` throws.
   */
  digest(): string;
}

/** What a value is, for a message: "null", "a string", "an ArrayBuffer", "a DataView". */
function describe(v: unknown): string {
  if (v === null) return "null";
  const name = typeof v === "object" ? (v.constructor?.name ?? "object") : typeof v;
  return `${/^[aeiouAEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

class StreamingChecksum implements Checksum {
  readonly algorithm: Algorithm;
  readonly #rt: Runtime;
  readonly #state: ChecksumState;
  /** What each update's walk is given: nothing, or the walk sizes a test passed to createChecksum. */
  readonly #sizes: WithWalkSizes;
  #digest: string | undefined;

  constructor(rt: Runtime, algorithm: Algorithm, seed: unknown, sizes: WithWalkSizes) {
    this.#rt = rt;
    this.algorithm = algorithm;
    this.#state = new ChecksumState(algorithm, seed, "createChecksum", rt);
    this.#sizes = sizes;
  }

  update(bytes: Uint8Array): this {
    if (this.#digest !== undefined) {
      throw new MmapError(
        "ECLOSED",
        `${this.algorithm} checksum: update() after digest(); create a new one with createChecksum()`,
      );
    }
    if (!(bytes instanceof Uint8Array)) {
      throw new MmapError(
        "EINVAL",
        `${this.algorithm} checksum: update() takes a Uint8Array, got ${
          describe(bytes)
        }; pass one (an ArrayBuffer: new Uint8Array(buffer))`,
      );
    }
    try {
      walk(this.#rt, bytes, this.#sizes, { what: `${this.algorithm} checksum update` }, (c) => this.#state.feed(c));
    } catch (e) {
      this.#state.abandon();
      throw e;
    }
    this.#state.commit();
    return this;
  }

  digest(): string {
    this.#digest ??= this.#state.digest(this.#rt);
    return this.#digest;
  }
}

/** A new streaming checksum of `algorithm` (EINVAL for an unknown one; the seed as `checksum` takes it). */
export function createChecksumIn(rt: Runtime, algorithm: unknown, options?: CreateChecksumOptions): Checksum {
  const algo = toAlgorithm(algorithm, "createChecksum");
  const o = toOptions<CreateChecksumOptions>(options, "createChecksum options", ["seed"]);
  const sizes = (o as WithWalkSizes)[WALK_SIZES];
  return new StreamingChecksum(rt, algo, o.seed, sizes === undefined ? {} : { [WALK_SIZES]: sizes });
}

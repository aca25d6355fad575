/**
 * Checksums over any source, streamed window by window, of every algorithm in the table
 * (algorithms.ts).
 * @module
 */
import type { Runtime } from "../runtime.ts";
import { ChecksumState } from "./_checksum_state.ts";
import { type RunOptions, runOptions, walk, wholeRange } from "./walk.ts";
import { isOneShot, nativeDigest } from "./native_hash.ts";
import { NATIVE_MIN, nativeCrc32Whole } from "./native.ts";
import { type Algorithm, toAlgorithm } from "./algorithms.ts";

/** Options of checksum. */
export interface ChecksumOptions extends RunOptions {
  /**
   * xxh64/xxh3/xxh128: the 64-bit seed, in [0, 2^64). xxh32: the 32-bit seed, in [0, 2^32).
   * crc32/crc32c/adler32: a previous checksum to continue from.
   */
  seed?: number | bigint;
}

/** A checksum's name in its walk and messages (and in a read's engine choice, kept per kernel). */
export const checksumWhat = (algorithm: string): string => `checksum ${algorithm}`;

/**
 * The checksum of the range as lowercase hex: crc32/crc32c/adler32 as `%08x`, xxh32/xxh64/xxh3/
 * xxh128 as `xxhsum -H0/-H1/-H3/-H2` print them.
 */
export function checksumOf(rt: Runtime, source: unknown, algorithm: unknown, options?: ChecksumOptions): string {
  const algo = toAlgorithm(algorithm, "checksum");
  const o = runOptions(options, "checksum") as ChecksumOptions;
  const state = new ChecksumState(algo, o.seed, "checksum", rt);
  const what = checksumWhat(algo);
  const direct = directDigest(rt, algo, source, o, state, what);
  if (direct !== undefined) return direct;
  walk(rt, source, o, { what }, (c) => state.feed(c));
  return state.digest(rt);
}

/**
 * The digest of a range that is one array in memory (a MappedFile, a Uint8Array) by the runtime's
 * own function in one call — crc32 through its zlib, xxh32/xxh64/xxh3 through Bun.hash — where that was
 * chosen as the faster (kernels/native.ts, kernels/native_hash.ts); undefined: walk it.
 */
function directDigest(
  rt: Runtime,
  algo: Algorithm,
  source: unknown,
  o: ChecksumOptions,
  state: ChecksumState,
  what: string,
): string | undefined {
  const crc = algo === "crc32" && rt.nativeCrc32 !== undefined;
  const oneShot = isOneShot(algo) && rt.nativeHash?.[algo] !== undefined;
  // With onProgress, the walk: it reports after every chunk, one call only at the end.
  if ((!crc && !oneShot) || o.onProgress !== undefined) return undefined;
  const whole = wholeRange(rt, source, o, what, NATIVE_MIN);
  if (whole === undefined) return undefined;
  let digest: string | undefined;
  if (crc) {
    const v = nativeCrc32Whole(rt, whole, state.start);
    digest = v === undefined ? undefined : v.toString(16).padStart(8, "0");
  } else digest = nativeDigest(rt, algo, whole, state.seed);
  return digest;
}

/**
 * Checksums over any source, streamed window by window, of every algorithm in the table
 * (algorithms.ts).
 * @module
 */
import type { Runtime } from "../runtime.ts";
import { ChecksumState } from "./_checksum_state.ts";
import { type RunOptions, runOptions, walk, wholeRange } from "./walk.ts";
import { nativeDigest } from "./native_hash.ts";
import { toAlgorithm } from "./algorithms.ts";

/** Options of checksum. */
export interface ChecksumOptions extends RunOptions {
  /**
   * xxh64/xxh3/xxh128: the 64-bit seed, in [0, 2^64). xxh32: the 32-bit seed, in [0, 2^32).
   * crc32/crc32c/adler32: a previous checksum to continue from.
   */
  seed?: number | bigint;
}

/**
 * The checksum of the range as lowercase hex: crc32/crc32c/adler32 as `%08x`, xxh32/xxh64/xxh3/
 * xxh128 as `xxhsum -H0/-H1/-H3/-H2` print them.
 */
export function checksumOf(rt: Runtime, source: unknown, algorithm: unknown, options?: ChecksumOptions): string {
  const algo = toAlgorithm(algorithm, "checksum");
  const o = runOptions(options, "checksum") as ChecksumOptions;
  const state = new ChecksumState(algo, o.seed, "checksum", rt);
  const what = `checksum ${algo}`;
  // xxh64/xxh3 of one array in memory: the runtime's one-shot function, where it is the faster.
  const oneShot = (algo === "xxh64" || algo === "xxh3") && rt.nativeHash?.[algo] !== undefined;
  const whole = oneShot ? wholeRange(rt, source, o, what) : undefined;
  const native = whole === undefined ? undefined : nativeDigest(rt, algo, whole, state.seed);
  if (native !== undefined) {
    o.onProgress?.(whole!.length, whole!.length);
    return native;
  }
  walk(rt, source, o, { what }, (c) => state.feed(c));
  return state.digest(rt);
}

/**
 * The checksum algorithms, one row each. Everything else reads this table: the `Algorithm` type,
 * the check of an `algorithm` argument and its message, the kernel calls and how the digest is
 * read and printed, the seed rules, whether digests of pieces combine (the parallel split), and
 * the command line's names (`--algo`, `xxhsum -H`, BSD tags, how `--check` reads a line).
 *
 * Adding an algorithm: its kernel in wasm/assembly/<name>.ts, its export line in
 * wasm/assembly/index.ts, one row here, and its independent oracle in tests/_oracles.ts — the
 * tests that enumerate algorithms iterate this table. `KernelExports` types the exports a row
 * names, so nothing else is written by hand.
 * @module
 */
import { MmapError } from "../errors.ts";

/**
 * One algorithm. Two kinds: a running 32-bit value (`seed: "previous"`: the zlib convention,
 * `update(previous, ptr, len)` returns the next value) or a streamed state (`seed` in bits: the
 * state lives in the STATE area, `stateSize()` bytes, driven by `reset`/`update`/`digest`).
 */
export interface AlgorithmRow {
  /** The kernel's exports it calls (wasm/assembly/index.ts). */
  readonly kernel:
    | { readonly update: string }
    | { readonly stateSize: string; readonly reset: string; readonly update: string; readonly digest: string };
  /**
   * Bytes of the digest. The hex printed is the digest as one little-endian number, most
   * significant digit first (`%08x` for 4 bytes; xxhsum's canonical form for the xxHashes).
   */
  readonly digestBytes: 4 | 8 | 16;
  /** A streamed state's `digest(state)` returns the digest (u32), or `digest(state, out)` writes it at `out`. */
  readonly digestIn?: "result" | "memory";
  /** "previous": the seed is a previous digest to continue from; a number: a seed of that many bits. */
  readonly seed: "previous" | 32 | 64;
  /** The running value of the empty input (`seed: "previous"`). */
  readonly start?: number;
  /**
   * How digests of consecutive pieces join without the bytes (combine.ts): a CRC by its reflected
   * polynomial, or Adler-32's sums. Without it the algorithm is sequential: never split.
   */
  readonly combine?: { readonly crc: number } | "adler32";
  /** The BSD-style line's tag: `TAG (file) = hex`. */
  readonly tag: string;
  /** `xxhsum -H<n>` selects it. */
  readonly xxhsum?: string;
  /** The digest width xxhsum also accepts as `-H<bits>`. */
  readonly xxhsumBits?: string;
  /** Lines are always BSD-style, as xxhsum writes them. */
  readonly bsdOnly?: boolean;
  /** The prefix of its digest in a GNU line, as newer xxhsum writes it (`XXH3_<hex>  file`). */
  readonly gnuPrefix?: string;
}

/** Every algorithm, in the order messages list them. */
export const ALGORITHMS = {
  crc32: {
    kernel: { update: "crc32Update" },
    digestBytes: 4,
    seed: "previous",
    start: 0,
    combine: { crc: 0xedb88320 },
    tag: "CRC32",
  },
  crc32c: {
    kernel: { update: "crc32cUpdate" },
    digestBytes: 4,
    seed: "previous",
    start: 0,
    combine: { crc: 0x82f63b78 },
    tag: "CRC32C",
  },
  adler32: {
    kernel: { update: "adler32Update" },
    digestBytes: 4,
    seed: "previous",
    start: 1,
    combine: "adler32",
    tag: "ADLER32",
  },
  xxh32: {
    kernel: { stateSize: "xxh32StateSize", reset: "xxh32Reset", update: "xxh32Update", digest: "xxh32Digest" },
    digestBytes: 4,
    digestIn: "result",
    seed: 32,
    tag: "XXH32",
    xxhsum: "0",
    xxhsumBits: "32",
  },
  xxh64: {
    kernel: { stateSize: "xxh64StateSize", reset: "xxh64Reset", update: "xxh64Update", digest: "xxh64Digest" },
    digestBytes: 8,
    digestIn: "memory",
    seed: 64,
    tag: "XXH64",
    xxhsum: "1",
    xxhsumBits: "64",
  },
  xxh3: {
    kernel: { stateSize: "xxh3StateSize", reset: "xxh3Reset", update: "xxh3Update", digest: "xxh3Digest" },
    digestBytes: 8,
    digestIn: "memory",
    seed: 64,
    tag: "XXH3",
    xxhsum: "3",
    bsdOnly: true,
    gnuPrefix: "XXH3_",
  },
  xxh128: {
    kernel: { stateSize: "xxh128StateSize", reset: "xxh128Reset", update: "xxh128Update", digest: "xxh128Digest" },
    digestBytes: 16,
    digestIn: "memory",
    seed: 64,
    tag: "XXH128",
    xxhsum: "2",
    xxhsumBits: "128",
  },
} as const;

/** A checksum algorithm's name. */
export type Algorithm = keyof typeof ALGORITHMS;

/** Every algorithm's name, in the table's order. */
export const ALGORITHM_NAMES: readonly Algorithm[] = Object.keys(ALGORITHMS) as Algorithm[];

/** The row of `algorithm`, widened to {@link AlgorithmRow} for code that handles any of them. */
export const rowOf = (algorithm: Algorithm): AlgorithmRow => ALGORITHMS[algorithm];

/** Whether `name` is an algorithm's name. */
export const isAlgorithm = (name: unknown): name is Algorithm =>
  typeof name === "string" && Object.hasOwn(ALGORITHMS, name);

/** The algorithms whose row has `fact`, in the table's order. */
export const algorithmsWhere = (fact: (row: AlgorithmRow) => boolean): Algorithm[] =>
  ALGORITHM_NAMES.filter((a) => fact(ALGORITHMS[a]));

/** `algorithm` if it names one, else EINVAL listing them. */
export function toAlgorithm(algorithm: unknown, what: string): Algorithm {
  if (!isAlgorithm(algorithm)) {
    throw new MmapError(
      "EINVAL",
      `${what}: unknown checksum ${JSON.stringify(algorithm)}; use one of ${ALGORITHM_NAMES.join(", ")}`,
    );
  }
  return algorithm;
}

/**
 * The checksum algorithms as the command line names them: the tag of BSD-style lines, the digest
 * length that identifies an untagged line, and the `xxhsum -H` number. `--algo`, `-H`, `--check`
 * and the help text all read this one table.
 * @module
 */
import type { Algorithm } from "../api.ts";

/** One algorithm's names on the command line. */
export interface AlgorithmInfo {
  /** BSD-style lines: `TAG (file) = hex`. */
  readonly tag: string;
  /** Hex digits of the digest. */
  readonly digits: number;
  /** `xxhsum -H<n>` selects it (also -H32/-H64/-H128 for 0, 1, 2). */
  readonly xxhsum?: string;
  /** The width `xxhsum -H` also accepts for it. */
  readonly bits?: string;
  /** Lines without a tag are written in BSD form, as `xxhsum -H3` writes them. */
  readonly bsdOnly?: boolean;
}

/** Every algorithm, in the order help lists them. */
export const ALGORITHMS: Readonly<Record<Algorithm, AlgorithmInfo>> = {
  xxh64: { tag: "XXH64", digits: 16, xxhsum: "1", bits: "64" },
  xxh32: { tag: "XXH32", digits: 8, xxhsum: "0", bits: "32" },
  xxh128: { tag: "XXH128", digits: 32, xxhsum: "2", bits: "128" },
  xxh3: { tag: "XXH3", digits: 16, xxhsum: "3", bsdOnly: true },
  crc32: { tag: "CRC32", digits: 8 },
  crc32c: { tag: "CRC32C", digits: 8 },
  adler32: { tag: "ADLER32", digits: 8 },
};

/** The names, for messages. */
export const NAMES = Object.keys(ALGORITHMS) as Algorithm[];

/** The algorithm a BSD tag names, if any (case-insensitive). */
export function byTag(tag: string): Algorithm | undefined {
  const upper = tag.toUpperCase();
  return NAMES.find((a) => ALGORITHMS[a].tag === upper);
}

/** The algorithm `xxhsum -c` reads an untagged digest of `digits` hex digits as. */
export function byLength(digits: number): Algorithm | undefined {
  return digits === 8 ? "xxh32" : digits === 16 ? "xxh64" : digits === 32 ? "xxh128" : undefined;
}

/** The algorithm `-H<n>` selects (`0`–`3`, or `32`, `64`, `128`). */
export function byXxhsum(n: string): Algorithm | undefined {
  return NAMES.find((a) => ALGORITHMS[a].xxhsum === n || ALGORITHMS[a].bits === n);
}

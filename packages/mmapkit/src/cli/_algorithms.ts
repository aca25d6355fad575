/**
 * The checksum algorithms as the command line names them, all read from the core's algorithm
 * table (its tags, digest widths and `xxhsum -H` numbers): `--algo`, `-H`, `--check` and the help
 * text of `hash`.
 * @module
 */
import { type Algorithm, ALGORITHM_NAMES, algorithmsWhere, isAlgorithm, rowOf } from "@mmapkit/core";

/** `hash` without `-H` or `--algo`: xxhsum's default, so the two tools read each other's lists. */
export const DEFAULT_ALGORITHM: Algorithm = "xxh64";

/** The algorithms `xxhsum -H` selects, in its numbering (-H0, -H1, …). */
export const XXHSUM: readonly Algorithm[] = algorithmsWhere((r) => r.xxhsum !== undefined)
  .sort((a, b) => Number(rowOf(a).xxhsum) - Number(rowOf(b).xxhsum));

/** Every algorithm, in the order help lists them: the default, then as xxhsum numbers them, then the rest. */
export const NAMES: readonly Algorithm[] = [
  DEFAULT_ALGORITHM,
  ...XXHSUM.filter((a) => a !== DEFAULT_ALGORITHM),
  ...ALGORITHM_NAMES.filter((a) => a !== DEFAULT_ALGORITHM && !XXHSUM.includes(a)),
];

/** `--algo NAME` (any case), or undefined. */
export function byName(name: string): Algorithm | undefined {
  const lower = name.toLowerCase();
  return isAlgorithm(lower) ? lower : undefined;
}

/** The algorithm a BSD tag names, if any (case-insensitive). */
export function byTag(tag: string): Algorithm | undefined {
  const upper = tag.toUpperCase();
  return NAMES.find((a) => rowOf(a).tag === upper);
}

/** The algorithm whose GNU lines prefix the digest with `prefix` (`XXH3_`), if any. */
export function byGnuPrefix(prefix: string): Algorithm | undefined {
  return NAMES.find((a) => rowOf(a).gnuPrefix === prefix);
}

/** Every GNU-line digest prefix, for the line parser. */
export const GNU_PREFIXES: readonly string[] = NAMES.flatMap((a) => rowOf(a).gnuPrefix ?? []);

/** Hex digits of the digest of `algorithm`. */
export const digitsOf = (algorithm: Algorithm): number => rowOf(algorithm).digestBytes * 2;

/** Whether lines of `algorithm` are always BSD-style, as xxhsum writes them. */
export const bsdOnly = (algorithm: Algorithm): boolean => rowOf(algorithm).bsdOnly === true;

/**
 * How `xxhsum -c` reads an untagged digest: by its length, as the xxhsum algorithm that writes
 * untagged (GNU) lines with digests that long (8 hex digits: XXH32, 16: XXH64, 32: XXH128).
 */
export const BY_LENGTH: readonly Algorithm[] = XXHSUM.filter((a) => !bsdOnly(a));

/** The algorithm `xxhsum -c` reads an untagged digest of `digits` hex digits as. */
export function byLength(digits: number): Algorithm | undefined {
  return BY_LENGTH.find((a) => digitsOf(a) === digits);
}

/** The algorithm `-H<n>` selects (the xxhsum number, or the digest width xxhsum accepts too). */
export function byXxhsum(n: string): Algorithm | undefined {
  return XXHSUM.find((a) => rowOf(a).xxhsum === n || rowOf(a).xxhsumBits === n);
}

/** `a, b and c` (`or` with `word`). */
export function listed(items: readonly string[], word = "and"): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items.at(-1)}`;
}

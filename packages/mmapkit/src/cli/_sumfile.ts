/**
 * Reading checksum lists for `mmapkit hash --check`: GNU lines (`<hex>  <file>`, `<hex> *<file>`,
 * as xxhsum -H1 and sha256sum write) and BSD lines (`XXH3 (<file>) = <hex>`, as xxhsum -H3 and
 * `--tag` write). Blank lines and `#` comments are skipped.
 * @module
 */
import { UsageError } from "./_errors.ts";
import type { Algo } from "./hash.ts";

const BY_TAG: Record<string, Algo> = {
  CRC32: "crc32",
  CRC32C: "crc32c",
  ADLER32: "adler32",
  XXH64: "xxh64",
  XXH3: "xxh3",
};
const DIGITS: Record<Algo, number> = { crc32: 8, crc32c: 8, adler32: 8, xxh64: 16, xxh3: 16 };

/** One line to verify. */
export interface CheckEntry {
  file: string;
  algo: Algo;
  digest: string;
}

/** The entries of a list, and how many lines could not be read (wrong shape, unknown tag, wrong length). */
export function readCheckList(text: string, name: string, given: Algo | undefined): {
  entries: CheckEntry[];
  malformed: number;
} {
  const entries: CheckEntry[] = [];
  let malformed = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (line.trim() === "" || line.startsWith("#")) continue;
    const bsd = /^([A-Za-z0-9]+) \((.+)\) = ([0-9a-fA-F]+)$/.exec(line);
    const gnu = /^(?:XXH3_)?([0-9a-fA-F]+) [ *](.+)$/.exec(line);
    let algo: Algo | undefined;
    let file: string;
    let digest: string;
    if (bsd !== null) {
      algo = BY_TAG[bsd[1]!.toUpperCase()];
      file = bsd[2]!;
      digest = bsd[3]!;
    } else if (gnu !== null) {
      file = gnu[2]!;
      digest = gnu[1]!;
      algo = line.startsWith("XXH3_") ? "xxh3" : given ?? inferred(digest, name, i + 1);
    } else {
      malformed++;
      continue;
    }
    if (algo === undefined || DIGITS[algo] !== digest.length) {
      malformed++;
      continue;
    }
    entries.push({ file, algo, digest: digest.toLowerCase() });
  }
  return { entries, malformed };
}

function inferred(digest: string, name: string, line: number): Algo | undefined {
  if (digest.length === 16) return "xxh64";
  if (digest.length === 8) {
    throw new UsageError(
      `${name}:${line}: an 8-digit digest may be crc32, crc32c or adler32; pass --algo to say which`,
    );
  }
  return undefined;
}

/**
 * Checksum lists, written and read as coreutils and xxhsum write and read them:
 * - GNU lines `<hex>  <file>` (`<hex> *<file>` read too; `XXH3_<hex>  <file>` as newer xxhsum
 *   writes XXH3) and BSD lines `TAG (<file>) = <hex>`;
 * - a name holding a backslash, a newline or a carriage return is escaped (`\\`, `\n`, `\r`)
 *   and its line starts with a backslash, as `sha256sum` does;
 * - reading, the algorithm of a line is its BSD tag, else `--algo`, else its digest length as
 *   `xxhsum -c` decides it (8 hex digits: XXH32, 16: XXH64, 32: XXH128).
 * Blank lines are skipped; any other line that does not parse is counted as improperly formatted.
 * @module
 */
import { rowOf } from "@mmapkit/core";
import type { Algorithm } from "../api.ts";
import { bsdOnly, byGnuPrefix, byLength, byTag, digitsOf, GNU_PREFIXES } from "./_algorithms.ts";

/** One line to verify. */
export interface CheckEntry {
  /** 1-based line number in the list. */
  line: number;
  file: string;
  algorithm: Algorithm;
  digest: string;
  /** The algorithm was read off the digest's length (no tag, prefix or `--algo`). */
  byLength: boolean;
}

/** A list's entries, and the numbers of the lines that could not be read. */
export interface CheckList {
  entries: CheckEntry[];
  malformed: number[];
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r" };
const UNESCAPES: Record<string, string> = { "\\": "\\", n: "\n", r: "\r" };

/** `name` escaped as coreutils writes it in a list, and whether it needed escaping. */
export function escapeName(name: string): { text: string; escaped: boolean } {
  if (!/[\\\n\r]/.test(name)) return { text: name, escaped: false };
  return { text: name.replace(/[\\\n\r]/g, (c) => ESCAPES[c]!), escaped: true };
}

/** A name as `--check` reports it: escaped, behind a backslash, only when it holds a newline (as coreutils). */
export function reportedName(name: string): string {
  return name.includes("\n") ? "\\" + escapeName(name).text : name;
}

/** One line of a list for `digest` of `file`: GNU form, or BSD form with `tag` (or where the algorithm is BSD-only). */
export function formatLine(algorithm: Algorithm, digest: string, file: string, tag: boolean): string {
  const { text, escaped } = escapeName(file);
  const lead = escaped ? "\\" : "";
  return tag || bsdOnly(algorithm)
    ? `${lead}${rowOf(algorithm).tag} (${text}) = ${digest}\n`
    : `${lead}${digest}  ${text}\n`;
}

function unescape(text: string): string | undefined {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    const next = UNESCAPES[text[++i] ?? ""];
    if (next === undefined) return undefined;
    out += next;
  }
  return out;
}

/** Reads a list; `given` (from `--algo`) decides the algorithm of untagged lines. */
export function readCheckList(text: string, given: Algorithm | undefined): CheckList {
  const entries: CheckEntry[] = [];
  const malformed: number[] = [];
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (const [i, raw] of lines.entries()) {
    const entry = readLine(raw.endsWith("\r") ? raw.slice(0, -1) : raw, given);
    if (entry === "blank") continue;
    if (entry === undefined) malformed.push(i + 1);
    else entries.push({ line: i + 1, ...entry });
  }
  return { entries, malformed };
}

/** BSD lines: `TAG (name) = hex`. */
const BSD = /^([A-Za-z0-9]+) \((.*)\) = ([0-9a-fA-F]+)$/;
/** GNU lines: `hex  name` or `hex *name`, the digest perhaps behind an algorithm's prefix (`XXH3_`). */
const GNU = new RegExp(`^(${GNU_PREFIXES.join("|")})?([0-9a-fA-F]+) [ *](.+)$`);

function readLine(
  line: string,
  given: Algorithm | undefined,
): Omit<CheckEntry, "line"> | "blank" | undefined {
  if (line.trim() === "") return "blank";
  const escaped = line.startsWith("\\");
  const body = escaped ? line.slice(1) : line;
  let algorithm: Algorithm | undefined;
  let name: string;
  let digest: string;
  let guessed = false;
  const bsd = BSD.exec(body);
  const gnu = GNU.exec(body);
  if (bsd !== null) {
    algorithm = byTag(bsd[1]!);
    name = bsd[2]!;
    digest = bsd[3]!;
  } else if (gnu !== null) {
    digest = gnu[2]!;
    name = gnu[3]!;
    guessed = !gnu[1] && given === undefined;
    algorithm = gnu[1] ? byGnuPrefix(gnu[1]) : given ?? byLength(digest.length);
  } else return undefined;
  if (algorithm === undefined || digitsOf(algorithm) !== digest.length || name === "") return undefined;
  const file = escaped ? unescape(name) : name;
  if (file === undefined) return undefined;
  return { file, algorithm, digest: digest.toLowerCase(), byLength: guessed };
}

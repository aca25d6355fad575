/**
 * Argument parsing for every command: `node:util` `parseArgs` (Node, Deno and Bun all have it),
 * strict, with `--help`/`-h` added, and the value parsers the commands share — whole numbers
 * (decimal or 0x hex), bytes, sizes with K/M/G suffixes. Every failure is a {@link UsageError}.
 * @module
 */
import { parseArgs } from "node:util";
import { UsageError } from "./_errors.ts";

/** A command's options, as `parseArgs` takes them. */
export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** Parsed arguments. */
export interface Parsed {
  readonly positionals: readonly string[];
  /** Whether a boolean option was given. */
  flag(name: string): boolean;
  /** A string option's value (the last one if given twice). */
  string(name: string): string | undefined;
  /** Every value of a `multiple` string option. */
  strings(name: string): string[];
  /** Which of `names` was given last on the command line (for options that override each other). */
  last(names: readonly string[]): string | undefined;
}

/**
 * Parses `argv` against `options` (plus `--help` and `--no-progress`, which every command takes);
 * unknown options and missing values are usage errors.
 */
export function parse(argv: readonly string[], options: OptionSpec): Parsed {
  let values: Record<string, unknown>;
  let positionals: string[];
  let order: string[];
  try {
    let tokens: { kind: string; name?: string }[] | undefined;
    ({ values, positionals, tokens } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: "boolean", short: "h" }, "no-progress": { type: "boolean" } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    }));
    order = (tokens ?? []).flatMap((t) => (t.kind === "option" && t.name !== undefined ? [t.name] : []));
  } catch (e) {
    throw new UsageError(parseFailure(e));
  }
  return {
    positionals,
    flag: (name) => values[name] === true,
    string: (name) => {
      const v = values[name];
      return typeof v === "string" ? v : undefined;
    },
    strings: (name) => {
      const v = values[name];
      return Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
    },
    last: (names) => order.findLast((n) => names.includes(n)),
  };
}

/**
 * `parseArgs`' complaint in the CLI's own words. Its unknown-option message ends in an unbalanced
 * quote (`as in '-- "--x"`), and Bun names `-xyz` as `x`; the option is named as typed here.
 */
function parseFailure(e: unknown): string {
  const message = e instanceof Error ? e.message.split("\n").join(" ") : String(e);
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (unknown !== null) {
    const option = unknown[1]!.startsWith("-") ? unknown[1]! : `-${unknown[1]}`;
    return `unknown option '${option}'; to name a file that starts with '-', put it after '--': -- ${option}`;
  }
  const missing = /^Option '(?:-\w, )?(--?[\w-]+)[^']*' argument missing/.exec(message);
  if (missing !== null) return `${missing[1]} needs a value`;
  const extra = /^Option '(?:-\w, )?(--?[\w-]+)[^']*' does not take an argument/.exec(message);
  if (extra !== null) return `${extra[1]} takes no value`;
  return message;
}

/** A whole number: decimal or 0x hex, optionally signed. */
export function parseInteger(text: string, what: string): bigint {
  const m = /^([+-]?)(0x[0-9a-f]+|0b[01]+|0o[0-7]+|[0-9]+)$/i.exec(text.trim());
  if (m === null) throw new UsageError(`${what} must be a whole number (decimal or 0x hex), got '${text}'`);
  const n = BigInt(m[2]!);
  return m[1] === "-" ? -n : n;
}

/** Bytes written as pairs of hex digits ("de ad" once spaces are taken out); undefined if `digits` is not that. */
export function hexBytes(digits: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(digits)) return undefined;
  return Uint8Array.from(digits.match(/../g) ?? [], (h) => parseInt(h, 16));
}

/** A byte: a whole number from 0 to 255, or one ASCII character that is not a digit ("a", ":"). */
export function parseByte(text: string, what: string): number {
  if (text.length === 1 && !/[0-9]/.test(text) && text.charCodeAt(0) < 128) return text.charCodeAt(0);
  let n: bigint;
  try {
    n = parseInteger(text, what);
  } catch {
    throw new UsageError(`${what} must be a byte (0–255, decimal or 0x hex) or one ASCII character, got '${text}'`);
  }
  if (n < 0n || n > 255n) throw new UsageError(`${what} must be a byte from 0 to 255, got '${text}'`);
  return Number(n);
}

const UNITS: Record<string, number> = { "": 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };

/** A size in bytes: a number with an optional K, M, G or T suffix (powers of 1024; "256M", "1.5G", "64KiB"). */
export function parseSize(text: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  const n = m === null ? NaN : Number(m[1]) * UNITS[m[2]!.toUpperCase()]!;
  if (!Number.isFinite(n) || n < 1 || !Number.isSafeInteger(Math.round(n))) {
    throw new UsageError(`${what} must be a size such as 4096, 64K, 256M or 2G, got '${text}'`);
  }
  return Math.round(n);
}

/** Bytes for people: "512 B", "1.5 KiB", "256.0 MiB", "2.00 GiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024, i++);
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${units[i]}`;
}

/** `--threads`: a whole number ≥ 1, or "auto". */
export function parseThreads(text: string | undefined): number | "auto" {
  if (text === undefined || text === "auto") return "auto";
  if (/^[1-9][0-9]{0,3}$/.test(text)) return Number(text);
  throw new UsageError(`--threads must be a whole number from 1 or "auto", got '${text}'`);
}

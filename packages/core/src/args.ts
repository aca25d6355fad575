/** Validation of user arguments: numbers, modes, advice. Every failure is an MmapError. @module */
import { MmapError } from "./errors.ts";

/** Mapping kinds. */
export type Mode = "read" | "write" | "private";
/**
 * A `file:` URL: the `URL` class of the runtime (Node, Deno and Bun all have one). Written so that
 * the published declarations need no DOM library and no @types/node: where the consumer's types
 * declare no global `URL`, paths are strings only.
 */
export type FileURL = typeof globalThis extends { URL: { prototype: infer U } } ? U : never;

/**
 * madvise advice names, each with the Linux release that added it (a kernel before it answers
 * EINVAL). The first six are hints; the rest: "free" (MADV_FREE, anonymous memory only: the
 * kernel may drop the pages, which then read as zeros), "remove" (MADV_REMOVE: punches a hole in
 * the FILE — the range reads as zeros from then on, for every process; "write" mappings only),
 * "populate_read"/"populate_write" (prefault now), "cold" (MADV_COLD) and "pageout"
 * (MADV_PAGEOUT: reclaim now).
 */
export const ADVICE = {
  normal: "1.x",
  sequential: "2.4",
  random: "2.4",
  willneed: "2.4",
  dontneed: "2.4",
  hugepage: "2.6.38",
  free: "4.5",
  remove: "2.6.16",
  populate_read: "5.14",
  populate_write: "5.14",
  cold: "5.4",
  pageout: "5.4",
} as const;

/** An advice name: a key of {@link ADVICE}. */
export type Advice = keyof typeof ADVICE;

/** The Linux release that added each advice value (a kernel before it answers EINVAL). */
export const ADVICE_SINCE: Readonly<Record<Advice, string>> = ADVICE;

/**
 * The engines a caller may ask for, each with what it means. "auto" decides per call (see
 * engine.ts: maps where the self-test passes, except where reading measured cheaper).
 */
export const ENGINES = {
  auto: "map where it works and is cheaper, else read",
  mapped: "zero-copy: the file's pages are the bytes (needs FFI)",
  buffered: "pread/pwrite into memory (works everywhere)",
} as const;

/** What a caller may ask for: a key of {@link ENGINES}. */
export type EngineChoice = keyof typeof ENGINES;
/** An engine a window runs on: what "auto" resolves to. */
export type Engine = Exclude<EngineChoice, "auto">;

const MODES: readonly string[] = ["read", "write", "private"];

/** `value` as a key of `table`, or EINVAL naming `what` (after `where`, a caller's name) and listing the keys. */
function oneOf<K extends string>(table: Readonly<Record<K, unknown>>, value: unknown, what: string, where = ""): K {
  if (typeof value === "string" && Object.hasOwn(table, value)) return value as K;
  const keys = Object.keys(table).map((k) => JSON.stringify(k));
  const list = keys.length > 3 ? `one of ${keys.join(", ")}` : `${keys.slice(0, -1).join(", ")} or ${keys.at(-1)}`;
  throw new MmapError("EINVAL", `${where}unknown ${what} ${JSON.stringify(value)}; use ${list}`);
}

/**
 * A safe integer ≥ `min` (default 0) from a number or bigint, or an MmapError naming `what`; the
 * messages name the least value accepted.
 */
export function toIndex(value: unknown, what: string, min = 0): number {
  if (typeof value === "bigint") {
    if (value < 0n) throw new MmapError("ERANGE", `${what} is negative (${value}); pass a value ≥ ${min}`);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new MmapError(
        "ERANGE",
        `${what} ${value} is past 2^53 − 1, the largest offset mmapkit handles; pass a smaller value`,
      );
    }
    return Number(value);
  }
  if (typeof value !== "number") {
    throw new MmapError("EINVAL", `${what} must be a number or bigint, got ${typeof value}`);
  }
  if (Number.isNaN(value)) throw new MmapError("EINVAL", `${what} is NaN; pass a whole number ≥ ${min}`);
  if (!Number.isFinite(value)) throw new MmapError("ERANGE", `${what} is ${value}; pass a finite whole number`);
  if (!Number.isInteger(value)) throw new MmapError("EINVAL", `${what} is fractional (${value}); pass a whole number`);
  if (value < 0) throw new MmapError("ERANGE", `${what} is negative (${value}); pass a value ≥ ${min}`);
  if (value > Number.MAX_SAFE_INTEGER) {
    throw new MmapError("ERANGE", `${what} ${value} is past 2^53 − 1; pass a smaller value`);
  }
  return value;
}

/** An optional index: undefined stays undefined. */
export function toOptIndex(value: unknown, what: string): number | undefined {
  return value === undefined ? undefined : toIndex(value, what);
}

/** A mode name, default "read". */
export function toMode(value: unknown): Mode {
  if (value === undefined) return "read";
  if (typeof value !== "string" || !MODES.includes(value)) {
    throw new MmapError("EINVAL", `unknown mode ${JSON.stringify(value)}; use "read", "write" or "private"`);
  }
  return value as Mode;
}

/** An advice name. */
export function toAdvice(value: unknown): Advice {
  return oneOf(ADVICE, value, "advice");
}

/** An engine choice, default "auto"; `what` prefixes the message (a kernel's name). */
export function toEngine(value: unknown, what?: string): EngineChoice {
  return value === undefined ? "auto" : oneOf(ENGINES, value, "engine", what === undefined ? "" : `${what}: `);
}

/**
 * A path from a string or a file: URL. `windows`: a URL's drive-letter path (`/C:/dir/f`) is
 * spelled as Windows does (`C:\dir\f`), as fileURLToPath does there.
 */
export function toPath(value: unknown, windows = false): string {
  let path: string;
  if (value instanceof URL) {
    if (value.protocol !== "file:") {
      throw new MmapError("EINVAL", `only file: URLs can be mapped, got ${value.protocol}`);
    }
    if (value.hostname !== "" && value.hostname !== "localhost") {
      throw new MmapError(
        "EINVAL",
        `file: URL host must be empty or localhost, got ${value.hostname}; map local files only`,
      );
    }
    try {
      path = decodeURIComponent(value.pathname);
      if (windows && /^\/[A-Za-z]:(\/|$)/.test(path)) path = path.slice(1).replaceAll("/", "\\");
    } catch (cause) {
      throw new MmapError("EINVAL", "the file: URL has a malformed %-escape; build it with pathToFileURL()", { cause });
    }
  } else if (typeof value === "string") {
    path = value;
  } else {
    throw new MmapError(
      "EINVAL",
      `path must be a string or a file: URL, got ${value === null ? "null" : typeof value}`,
    );
  }
  if (path.length === 0) throw new MmapError("ENOENT", "the path is empty; pass a file path");
  if (path.includes("\0")) {
    throw new MmapError("EINVAL", "the path contains a NUL byte; remove it (C paths end at NUL)");
  }
  return path;
}

/**
 * An options bag: undefined → {}, anything but an object → EINVAL. With `known`, an option name
 * it does not list is EINVAL too (a misspelt `{ sed: 1 }` would otherwise mean "no seed"), naming
 * the nearest known name and listing them all. Symbol keys are internal and pass.
 */
export function toOptions<T extends object>(value: unknown, what: string, known?: readonly string[]): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object") throw new MmapError("EINVAL", `${what} must be an object`);
  if (known !== undefined) {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const near = nearest(key, known);
      throw new MmapError(
        "EINVAL",
        `${what}: there is no option ${JSON.stringify(key)}${
          near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`
        }; use one of ${known.map((k) => JSON.stringify(k)).join(", ")}`,
      );
    }
  }
  return value as Partial<T>;
}

/** The name in `names` within two edits of `key` (case aside), if one is. */
function nearest(key: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCost = 3;
  for (const name of names) {
    const cost = editDistance(key.toLowerCase(), name.toLowerCase());
    if (cost < bestCost) (best = name, bestCost = cost);
  }
  return best;
}

/** Levenshtein distance (option names are short). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

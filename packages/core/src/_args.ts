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
 * madvise advice names. The first six are hints; the rest: "free" (MADV_FREE, anonymous memory
 * only: the kernel may drop the pages, which then read as zeros), "remove" (MADV_REMOVE: punches
 * a hole in the FILE — the range reads as zeros from then on, for every process; "write" mappings
 * only), "populate_read"/"populate_write" (prefault now), "cold" (MADV_COLD) and "pageout"
 * (MADV_PAGEOUT: reclaim now).
 */
export type Advice =
  | "normal"
  | "sequential"
  | "random"
  | "willneed"
  | "dontneed"
  | "hugepage"
  | "free"
  | "remove"
  | "populate_read"
  | "populate_write"
  | "cold"
  | "pageout";

const MODES: readonly string[] = ["read", "write", "private"];
const ADVICE: readonly string[] = [
  "normal",
  "sequential",
  "random",
  "willneed",
  "dontneed",
  "hugepage",
  "free",
  "remove",
  "populate_read",
  "populate_write",
  "cold",
  "pageout",
];

/** The Linux release that added each advice value (a kernel before it answers EINVAL). */
export const ADVICE_SINCE: Readonly<Record<Advice, string>> = {
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
};

/** A non-negative safe integer from a number or bigint, or an MmapError naming `what`. */
export function toIndex(value: unknown, what: string): number {
  if (typeof value === "bigint") {
    if (value < 0n) throw new MmapError("ERANGE", `${what} is negative (${value}); pass a value ≥ 0`);
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
  if (Number.isNaN(value)) throw new MmapError("EINVAL", `${what} is NaN; pass a whole number ≥ 0`);
  if (!Number.isFinite(value)) throw new MmapError("ERANGE", `${what} is ${value}; pass a finite whole number`);
  if (!Number.isInteger(value)) throw new MmapError("EINVAL", `${what} is fractional (${value}); pass a whole number`);
  if (value < 0) throw new MmapError("ERANGE", `${what} is negative (${value}); pass a value ≥ 0`);
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
  if (typeof value !== "string" || !ADVICE.includes(value)) {
    throw new MmapError("EINVAL", `unknown advice ${JSON.stringify(value)}; use one of ${ADVICE.join(", ")}`);
  }
  return value as Advice;
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
    throw new MmapError("EINVAL", `path must be a string or a file: URL, got ${typeof value}`);
  }
  if (path.length === 0) throw new MmapError("ENOENT", "the path is empty; pass a file path");
  if (path.includes("\0")) {
    throw new MmapError("EINVAL", "the path contains a NUL byte; remove it (C paths end at NUL)");
  }
  return path;
}

/** An options bag: undefined → {}, anything but a plain object → EINVAL. */
export function toOptions<T extends object>(value: unknown, what: string): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object") throw new MmapError("EINVAL", `${what} must be an object`);
  return value as Partial<T>;
}

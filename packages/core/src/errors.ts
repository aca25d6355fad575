/**
 * The one error type mmapkit throws: {@link MmapError}, with the OS name of what went wrong
 * (`ENOENT`, `EACCES`, …) or one of ours (`ECLOSED`, `ERANGE`, `EMODE`), and a hint that says
 * what to do.
 *
 * @example
 * ```ts
 * import { open, MmapError } from "mmapkit";
 * try { open("missing.bin"); } catch (e) { if (e instanceof MmapError) console.log(e.code); }
 * ```
 * @module
 */

/** Codes of our own, beside the OS errno names. */
export type OwnCode = "ECLOSED" | "ERANGE" | "EMODE" | "EFILECHANGED" | "ENOFFI";

/** Details attached to an {@link MmapError}. */
export interface MmapErrorDetails {
  errno?: number;
  syscall?: string;
  path?: string;
  cause?: unknown;
}

/** An error from mmapkit: `code` is the OS errno name or one of mmapkit's own (ECLOSED, ERANGE, EMODE, EFILECHANGED, ENOFFI). */
export class MmapError extends Error {
  /** `ENOENT`, `EACCES`, `EINVAL`, … or `ECLOSED`, `ERANGE`, `EMODE`, `EFILECHANGED`, `ENOFFI`. */
  readonly code: string;
  /** The numeric errno, when the OS reported one. */
  readonly errno?: number;
  /** The libc call that failed, when one did. */
  readonly syscall?: string;
  /** The path involved, when there is one. */
  readonly path?: string;

  constructor(code: string, message: string, details: MmapErrorDetails = {}) {
    super(`mmapkit: ${code}: ${message}`, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "MmapError";
    this.code = code;
    if (details.errno !== undefined) this.errno = details.errno;
    if (details.syscall !== undefined) this.syscall = details.syscall;
    if (details.path !== undefined) this.path = details.path;
  }
}

/**
 * A value the caller passed, as a message shows it: a string quoted and escaped (`"\n"`, never
 * a line break inside the message), a bigint with its `n`, anything else as `String()` gives it.
 */
export function shown(value: unknown): string {
  if (typeof value === "string") {
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  }
  if (typeof value === "bigint") return `${value}n`;
  return String(value);
}

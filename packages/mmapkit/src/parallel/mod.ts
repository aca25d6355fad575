/**
 * Kernels on several threads. The API's functions ask {@link threaded} first: a plan means the
 * call splits (run it with `runBlocking`, or `runAway` for a promise); undefined means it runs on
 * the calling thread as before.
 * @module
 */
import type { OpKind } from "./_job.ts";
import { type Plan, planOf, threadsOption } from "./_plan.ts";

export { runAway, runBlocking } from "./_run.ts";
export type { Plan } from "./_plan.ts";
export type { SliceApi } from "./_slice.ts";
export { cores, workerCount } from "./_pool.ts";

/** The options object of a call, whatever was passed (a bad one is the single-threaded call's to refuse). */
export function optionsOf(options: unknown): Record<string, unknown> {
  return typeof options === "object" && options !== null ? options as Record<string, unknown> : {};
}

/** The plan of a call if it runs on several threads; checks `threads` either way. */
export function threaded(op: OpKind, source: unknown, arg: unknown, options: unknown, what: string): Plan | undefined {
  const o = optionsOf(options);
  threadsOption(o.threads, what);
  return planOf(op, source, arg, o, what);
}

/**
 * A checksum job's argument: crc32/crc32c/adler32 with a good seed split, each slice hashed from
 * scratch and joined from `start` (the seed, or the empty input's value); anything else runs
 * whole, the seed passed on as given.
 */
export function sumArg(algorithm: unknown, seed: unknown): { algorithm: unknown; start?: number; seed?: unknown } {
  if (algorithm !== "crc32" && algorithm !== "crc32c" && algorithm !== "adler32") {
    return seed === undefined ? { algorithm } : { algorithm, seed };
  }
  if (seed === undefined) return { algorithm, start: algorithm === "adler32" ? 1 : 0 };
  const v = typeof seed === "bigint"
    ? seed
    : typeof seed === "number" && Number.isSafeInteger(seed)
    ? BigInt(seed)
    : -1n;
  return v >= 0n && v < 1n << 32n ? { algorithm, start: Number(v) } : { algorithm, seed };
}

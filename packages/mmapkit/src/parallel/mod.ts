/**
 * Kernels on several threads. The synchronous API's functions go through {@link runCall}, which
 * splits a call when its plan says so and otherwise runs it on the calling thread as before; the
 * promise API plans with `planOf` and runs on workers with `runAway`.
 * @module
 */
import { Handover, handover, isAlgorithm, knownRunOptions, rowOf, timedCall } from "@mmapkit/core";
import type { OpKind } from "./job.ts";
import { AUTO_MIN_BYTES, planOf, splitsHere, threadsOption } from "./plan.ts";
import { runBlocking } from "./_run.ts";

import type { SliceApi } from "./_slice.ts";

export { runAway, runBlocking } from "./_run.ts";
export type { Plan } from "./plan.ts";
export type { SliceApi } from "./_slice.ts";
export { cores, workerCount } from "./_pool.ts";
export { crc32Auto } from "./plan.ts";

const worthSplitting = (length: number): boolean => length >= AUTO_MIN_BYTES;

/** The options object of a call, whatever was passed (a bad one is the single-threaded call's to refuse). */
export function optionsOf(options: unknown): Record<string, unknown> {
  return typeof options === "object" && options !== null ? options as Record<string, unknown> : {};
}

/**
 * Runs a call of the synchronous API: `single` (the single-threaded call, with the options it is
 * given), or split over threads when the plan says so (`check` first: refusals before any slice
 * starts). For "auto" on a path, the single-threaded call itself learns the size from its own
 * fstat and hands the call back when it is large enough — so "auto" costs a small call nothing.
 */
export function runCall<T>(
  op: OpKind,
  source: unknown,
  arg: unknown,
  options: unknown,
  what: string,
  slices: SliceApi,
  single: (options: unknown) => T,
  check?: () => void,
): T {
  if (options !== undefined) knownRunOptions(options, what); // a misspelt option is an error, split or not
  const o = optionsOf(options);
  const wanted = threadsOption(o.threads, what);
  const split = (): T =>
    timedCall(() => {
      const plan = planOf(op, source, arg, o, what, false, single);
      if (plan === undefined) return single(options);
      check?.();
      return runBlocking(slices, plan, o.onProgress as ((d: number, t: number) => void) | undefined) as T;
    });
  const path = typeof source === "string" || source instanceof URL;
  const shaped = options === undefined || (typeof options === "object" && options !== null);
  if (wanted !== "auto" || !path || !shaped || op === "indexOf" || op === "lastIndexOf") {
    return wanted === 1 ? single(options) : split();
  }
  if (!splitsHere(op)) return single(options);
  handover.ask = worthSplitting;
  try {
    return single(options);
  } catch (e) {
    if (!(e instanceof Handover)) throw e;
  } finally {
    handover.ask = undefined; // a call that failed before its walk leaves no question behind
  }
  return split();
}

/**
 * A checksum job's argument: an algorithm whose pieces combine (crc32/crc32c/adler32), with a good
 * seed, splits, each slice hashed from scratch and joined from `start` (the seed, or the empty
 * input's value); anything else runs whole, the seed passed on as given.
 */
export function sumArg(algorithm: unknown, seed: unknown): { algorithm: unknown; start?: number; seed?: unknown } {
  const row = isAlgorithm(algorithm) ? rowOf(algorithm) : undefined;
  if (row?.combine === undefined) return seed === undefined ? { algorithm } : { algorithm, seed };
  if (seed === undefined) return { algorithm, start: row.start ?? 0 };
  const v = typeof seed === "bigint"
    ? seed
    : typeof seed === "number" && Number.isSafeInteger(seed)
    ? BigInt(seed)
    : -1n;
  return v >= 0n && v < 1n << 32n ? { algorithm, start: Number(v) } : { algorithm, seed };
}

/**
 * `mmapkit/promises`: the kernels as promises, run off the calling thread — as `node:fs/promises`
 * is to `node:fs`. Same names, same arguments, same results and errors as the synchronous API,
 * plus `signal` (an AbortSignal: the promise rejects with its reason at once and the workers stop
 * within one chunk). The work runs on kernel workers: a path or a file mapping is opened by the
 * workers themselves (split over several when it splits, as `threads` says); a Uint8Array on an
 * ordinary ArrayBuffer, anonymous memory or a private mapping is copied once into shared memory
 * (and back, after a transform). The event loop stays free meanwhile.
 *
 * @example
 * ```ts
 * import { checksum } from "mmapkit/promises";
 * const digest = await checksum("big.iso", "xxh3", { signal: AbortSignal.timeout(60_000) });
 * ```
 * @module
 */
import {
  type Algorithm,
  type ChecksumOptions,
  type FileURL,
  type IndexOfOptions,
  knownRunOptions,
  type LastIndexOfOptions,
  MappedFile,
  MmapError,
  type RunOptions,
  type Source,
  type TransformOp,
  type TransformOptions,
} from "@mmapkit/core";
import * as sync from "./api.ts";
import type { OpKind } from "./parallel/job.ts";
import { guardBytes, planOf } from "./parallel/plan.ts";
import { optionsOf, runAway, sumArg } from "./parallel/mod.ts";

/**
 * An `AbortSignal`, described by what mmapkit uses of it, so that the declarations need neither
 * the DOM library nor @types/node.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What every promise takes besides the synchronous call's options. */
export interface AsyncOptions {
  /** Aborts the call (an AbortSignal): the promise rejects with the signal's reason, the workers stop within one chunk. */
  signal?: AbortSignalLike;
}

function isSignal(v: unknown): v is AbortSignalLike {
  const s = v as Partial<AbortSignalLike> | null;
  return typeof s === "object" && s !== null && typeof s.aborted === "boolean" &&
    typeof s.addEventListener === "function" && typeof s.removeEventListener === "function";
}

async function away(
  op: OpKind,
  source: unknown,
  arg: unknown,
  options: unknown,
  what: string,
  fallback: (options: unknown) => unknown,
): Promise<unknown> {
  if (options !== undefined) knownRunOptions(options, what, ["signal"]);
  const o = optionsOf(options);
  const signal = o.signal;
  if (signal !== undefined && !isSignal(signal)) {
    throw new MmapError("EINVAL", `${what}: signal must be an AbortSignal`);
  }
  if (signal?.aborted === true) throw signal.reason;
  const onProgress = typeof o.onProgress === "function" ? o.onProgress as (d: number, t: number) => void : undefined;
  const plan = planOf(op, source, arg, o, what, true);
  // No plan: a bad argument or a closed mapping; the synchronous call words the error.
  if (plan === undefined) {
    // The synchronous call takes no signal (it cannot stop midway): it gets the other options.
    const { signal: _, ...rest } = o;
    return fallback(options === undefined || signal === undefined ? options : rest);
  }
  // A call that fails or is aborted leaves its copy to the collector: a worker may still be
  // finishing a chunk in it. One that succeeded had every worker done: the copy is reused.
  const result = await runAway(plan, {
    ...(signal === undefined ? {} : { signal }),
    ...(onProgress ? { onProgress } : {}),
  });
  try {
    return copyBack(plan, op, source, what, result);
  } finally {
    plan.release?.();
  }
}

/** A transform's result written back where the copy came from (other calls: `result` as it is). */
function copyBack(
  plan: NonNullable<ReturnType<typeof planOf>>,
  op: OpKind,
  source: unknown,
  what: string,
  result: unknown,
): unknown {
  if (plan.copiedFrom !== undefined && op === "transform") {
    if (source instanceof MappedFile && source.closed) {
      throw new MmapError("ECLOSED", `${what}: the mapping was closed meanwhile`);
    }
    // The bytes may be a mapping's, and its file may have shrunk meanwhile: writing a page past
    // the new end would raise SIGBUS. The window re-checks the size first (EFILECHANGED).
    guardBytes(plan.copiedFrom, what);
    if (plan.copiedFrom.length > 0) plan.copiedFrom.set(plan.job.path as Uint8Array);
  }
  return result;
}

/** {@link sync.count} off the calling thread. */
export async function count(source: Source, byte: number, options?: RunOptions & AsyncOptions): Promise<number> {
  return await away("count", source, byte, options, "count", (o) => sync.count(source, byte, o as never)) as number;
}

/** {@link sync.indexOf} off the calling thread. */
export async function indexOf(
  source: Source,
  needle: number | string | Uint8Array,
  options?: IndexOfOptions & AsyncOptions,
): Promise<number> {
  return await away(
    "indexOf",
    source,
    needle,
    options,
    "indexOf",
    (o) => sync.indexOf(source, needle, o as never),
  ) as number;
}

/** {@link sync.lastIndexOf} off the calling thread. */
export async function lastIndexOf(
  source: Source,
  needle: number | string | Uint8Array,
  options?: LastIndexOfOptions & AsyncOptions,
): Promise<number> {
  const f = (o: unknown) => sync.lastIndexOf(source, needle, o as never);
  return await away("lastIndexOf", source, needle, options, "lastIndexOf", f) as number;
}

/** {@link sync.findAll} off the calling thread. */
export async function findAll(
  source: Source,
  needle: number | string | Uint8Array,
  options?: RunOptions & AsyncOptions,
): Promise<number[]> {
  return await away(
    "findAll",
    source,
    needle,
    options,
    "findAll",
    (o) => sync.findAll(source, needle, o as never),
  ) as number[];
}

/** {@link sync.checksum} off the calling thread. */
export async function checksum(
  source: Source,
  algorithm: Algorithm,
  options?: ChecksumOptions & AsyncOptions,
): Promise<string> {
  const arg = sumArg(algorithm, (options as { seed?: unknown } | undefined)?.seed);
  const f = (o: unknown) => sync.checksum(source, algorithm, o as never);
  return await away("checksum", source, arg, options, "checksum", f) as string;
}

/** {@link sync.transform} off the calling thread. */
export async function transform(
  target: MappedFile | Uint8Array | string | FileURL,
  op: TransformOp,
  options?: TransformOptions & AsyncOptions,
): Promise<void> {
  const sync_ = (options as { sync?: unknown } | undefined)?.sync === true;
  sync.transform(new Uint8Array(0), op); // a bad op is refused before anything starts
  await away(
    "transform",
    target,
    { op, sync: sync_ },
    options,
    "transform",
    (o) => sync.transform(target, op, o as never),
  );
}

/**
 * Running one slice of a job, the same on a worker and on the calling thread: the public API's
 * own function on [start, start + length + overlap) of the path, single-threaded, with progress
 * written to the job's shared block and a check between chunks that stops it when the job was
 * aborted or another slice already holds a better hit.
 * @module
 */
import { type MappedFile, OFFSET_SINK, type OffsetSink } from "@mmapkit/core";
import type * as Api from "../api.ts";
import { runtime } from "../runtime.ts";
import { FAILED, type JobMessage, type JobState, offsetsOf, OK, SKIPPED } from "./job.ts";

/** The API functions a slice calls. */
export type SliceApi = Pick<typeof Api, "count" | "indexOf" | "lastIndexOf" | "findAll" | "checksum" | "transform">;

/** Where a slice's outcome that is not one number (findAll's offsets, a digest) goes. */
export interface SliceSink {
  value(slice: number, value: Float64Array | string): void;
  error(slice: number, error: { code: string; message: string }): void;
}

const STOP = Symbol("stop");

/** A transform's op for a slice `phase` bytes into the range: a repeating xor key rotated to line up. */
function opAt(op: Parameters<SliceApi["transform"]>[1], phase: number): Parameters<SliceApi["transform"]>[1] {
  if (!("xor" in op) || typeof op.xor === "number" || phase % op.xor.length === 0) return op;
  const key = op.xor;
  const p = phase % key.length;
  const rotated = new Uint8Array(key.length);
  rotated.set(key.subarray(p));
  rotated.set(key.subarray(0, p), key.length - p);
  return { xor: rotated };
}

/** A mapping this thread already holds of the job's path: slices run on it, not on a new one. */
export interface LocalSource {
  source: MappedFile;
  /** The path position of the mapping's byte 0. */
  base: number;
}

/**
 * Runs slice `i` of `job` and records its outcome in `state`; `tick` is called as bytes are
 * done (the calling thread reports progress from it). With `local`, the slice runs on that
 * mapping (pages this thread has touched are in its page tables already); positions it finds
 * are reported as path positions all the same.
 */
export function runSlice(
  api: SliceApi,
  job: JobMessage,
  i: number,
  state: JobState,
  sink: SliceSink,
  tick?: () => void,
  local?: LocalSource,
): void {
  const s = job.slices[i]!;
  const search = job.op === "indexOf" || job.op === "lastIndexOf";
  const moot = (): boolean => state.aborted || (search && state.beaten(i, job.backward));
  if (moot()) return state.finish(i, SKIPPED);
  const source = local?.source ?? job.path;
  const base = local?.base ?? 0;
  const at = (position: number): number => position < 0 ? position : position + base;
  const options = {
    offset: s.start - base,
    length: s.length + s.overlap,
    // "mapped" chosen by the calling thread, where this thread cannot map (its self-test failed):
    // the copying the single-threaded call falls back to.
    ...(local === undefined
      ? { engine: job.engine === "mapped" && !runtime().mappedWorks() ? "auto" : job.engine }
      : {}),
    threads: 1,
    onProgress: (done: number) => {
      state.setDone(i, Math.min(done, s.length));
      tick?.();
      if (moot()) throw STOP;
    },
  };
  try {
    let result = 0;
    const arg = job.arg as never;
    switch (job.op) {
      case "count":
        result = api.count(source, arg, options);
        break;
      case "indexOf":
        result = at(api.indexOf(source, arg, options));
        if (result >= 0) state.hit(i, false);
        break;
      case "lastIndexOf":
        result = at(api.lastIndexOf(source, arg, options));
        if (result >= 0) state.hit(i, true);
        break;
      case "findAll": {
        // Offsets go straight into the slice's place in shared memory; what does not fit comes
        // back as a message (a worker transfers that buffer rather than copying numbers).
        const into = job.offsets === undefined ? new Float64Array(0) : offsetsOf(job.offsets, i, job.offsets.perSlice);
        const found: OffsetSink = { into, shift: base };
        api.findAll(source, arg, { ...options, [OFFSET_SINK]: found } as typeof options);
        result = found.count!;
        if (found.rest!.length > 0 || job.offsets === undefined) sink.value(i, found.rest!);
        break;
      }
      case "checksum": {
        const { algorithm, seed, start } = job.arg as {
          algorithm: Parameters<SliceApi["checksum"]>[1];
          seed?: number;
          start?: number;
        };
        const digest = api.checksum(source, algorithm, seed === undefined ? options : { ...options, seed });
        // A split checksum's piece is 32 bits: it goes back in the shared block, like a count. A
        // message would do too, but Deno delivers a worker's message 2-30 ms after it was posted,
        // and the calling thread would wait for it.
        if (start !== undefined) result = parseInt(digest, 16);
        else sink.value(i, digest);
        break;
      }
      case "transform": {
        const { op, sync } = job.arg as { op: Parameters<SliceApi["transform"]>[1]; sync: boolean };
        api.transform(source, opAt(op, s.start - job.origin), { ...options, sync });
        break;
      }
    }
    state.setDone(i, s.length);
    state.finish(i, OK, result);
  } catch (e) {
    if (e === STOP) return state.finish(i, SKIPPED);
    const code = (e as { code?: unknown }).code;
    sink.error(i, {
      code: typeof code === "string" ? code : "EIO",
      message: e instanceof Error ? e.message : String(e),
    });
    state.finish(i, FAILED);
  }
}

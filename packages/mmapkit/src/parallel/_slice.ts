/**
 * Running one slice of a job, the same on a worker and on the calling thread: the public API's
 * own function on [start, start + length + overlap) of the path, single-threaded, with progress
 * written to the job's shared block and a check between chunks that stops it when the job was
 * aborted or another slice already holds a better hit.
 * @module
 */
import type * as Api from "../api.ts";
import { FAILED, type JobMessage, type JobState, OK, SKIPPED } from "./job.ts";

/** The API functions a slice calls. */
export type SliceApi = Pick<typeof Api, "count" | "indexOf" | "lastIndexOf" | "findAll" | "checksum" | "transform">;

/** Where a slice's outcome that is not one number (findAll's offsets, a digest) goes. */
export interface SliceSink {
  value(slice: number, value: number[] | string): void;
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

/**
 * Runs slice `i` of `job` and records its outcome in `state`; `tick` is called as bytes are
 * done (the calling thread reports progress from it).
 */
export function runSlice(
  api: SliceApi,
  job: JobMessage,
  i: number,
  state: JobState,
  sink: SliceSink,
  tick?: () => void,
): void {
  const s = job.slices[i]!;
  const search = job.op === "indexOf" || job.op === "lastIndexOf";
  const moot = (): boolean => state.aborted || (search && state.beaten(i, job.backward));
  if (moot()) return state.finish(i, SKIPPED);
  const options = {
    offset: s.start,
    length: s.length + s.overlap,
    engine: job.engine,
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
        result = api.count(job.path, arg, options);
        break;
      case "indexOf":
        result = api.indexOf(job.path, arg, options);
        if (result >= 0) state.hit(i, false);
        break;
      case "lastIndexOf":
        result = api.lastIndexOf(job.path, arg, options);
        if (result >= 0) state.hit(i, true);
        break;
      case "findAll": {
        const offsets = api.findAll(job.path, arg, options);
        sink.value(i, offsets);
        result = offsets.length;
        break;
      }
      case "checksum": {
        const { algorithm, seed } = job.arg as { algorithm: Parameters<SliceApi["checksum"]>[1]; seed?: number };
        sink.value(i, api.checksum(job.path, algorithm, seed === undefined ? options : { ...options, seed }));
        break;
      }
      case "transform": {
        const { op, sync } = job.arg as { op: Parameters<SliceApi["transform"]>[1]; sync: boolean };
        api.transform(job.path, opAt(op, s.start - job.origin), { ...options, sync });
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

/**
 * Running a planned job: {@link runBlocking} takes part on the calling thread (the synchronous
 * API: it claims slices like any worker, then blocks until the slices workers took are done),
 * {@link runAway} leaves every slice to the workers (the promise API: the calling thread only
 * waits for replies, so its event loop stays free). Both end in {@link combine}, which joins
 * the slices' results into exactly what one thread would have computed.
 * @module
 */
import { type Algorithm, combinerOf, joinPieces, MmapError, prefetching, roomFor } from "@mmapkit/core";
import { FAILED, type JobMessage, JobState, offsetsOf, OK, type ReplyMessage } from "./job.ts";
import type { Plan } from "./plan.ts";
import { done, drain, jobId, listen, post } from "./_pool.ts";
import { runSlice, type SliceApi } from "./_slice.ts";
import type { AbortSignalLike } from "../promises.ts";
import { whenAborted } from "./_abort.ts";
import { staging } from "./_staging.ts";

/**
 * findAll: the offsets a slice returns in shared memory: one per 512 bytes of the longest slice, at
 * least 4,096 and at most 65,536 (512 KiB a slice); more come by message. A message costs Deno
 * 2-30 ms to deliver: with one place per 4 KiB, a findAll of a byte found every ~1 KiB in a
 * populated 200 MiB mapping took 14.4 ms on two threads against 9.0 on one (its slices' offsets
 * came by message); with one per 512 bytes, 5.9 ms. The area is reused from call to call.
 */
function offsetsPerSlice(slices: readonly { length: number }[]): number {
  let longest = 0;
  for (const s of slices) longest = Math.max(longest, s.length);
  return Math.min(65_536, Math.max(4096, Math.ceil(longest / 512)));
}

/** The job's shared offset area (findAll), reused from call to call, and the call that gives it back. */
function withOffsetArea(job: Plan["job"]): () => void {
  if (job.op !== "findAll") return () => {};
  const perSlice = offsetsPerSlice(job.slices);
  const area = staging(job.slices.length * perSlice * 8);
  job.offsets = { sab: area.bytes.buffer as SharedArrayBuffer, perSlice };
  return area.release;
}

/** What slices sent besides numbers. */
interface Collected {
  values: Map<number, Float64Array | string>;
  errors: Map<number, { code: string; message: string }>;
}

function collector(): Collected & { take(r: ReplyMessage): void } {
  const values = new Map<number, Float64Array | string>();
  const errors = new Map<number, { code: string; message: string }>();
  return {
    values,
    errors,
    take(r) {
      if ("value" in r) values.set(r.slice, r.value);
      else if ("error" in r) errors.set(r.slice, r.error);
    },
  };
}

/**
 * The error a slice reported, as the single-threaded call would have thrown it: a worker that
 * reached a mapping's file through /proc/self/fd names it by the mapping's own path.
 */
function rethrow(e: { code: string; message: string }, plan: Plan): never {
  const message = e.message.replace(/^mmapkit: [A-Z0-9_]+: /, "");
  const path = plan.local?.path;
  const proc = /"\/proc\/self\/fd\/\d+"/g;
  if (path === undefined || path === "" || !proc.test(message)) throw new MmapError(e.code, message);
  throw new MmapError(e.code, message.replaceAll(proc, JSON.stringify(path)), { path });
}

/**
 * findAll on the calling thread: the result's array, made while another thread still scans (on
 * Node its pages fault in as it is filled, ~4 ms per 200k places: after the slices, that time
 * would add to the call). Its size is what the slices done so far found per byte, over the whole
 * range, plus a sixteenth and 1,024: a file whose matches thin out or thicken makes the join
 * allocate anew, as it would without. Undefined while no slice is done; null where the join's own
 * array is cheap (under 16k places: young memory, reused) or the estimate is over 16M places.
 */
function presized(plan: Plan, state: JobState): number[] | null | undefined {
  const { slices } = plan.job;
  let found = 0;
  let bytes = 0;
  for (let i = 0; i < slices.length; i++) {
    if (state.state(i) !== OK) continue;
    found += state.result(i);
    bytes += slices[i]!.length;
  }
  if (bytes === 0) return undefined;
  const places = Math.ceil((found / bytes) * plan.total * 1.0625) + 1024;
  return places < 16_384 || places > Math.min(plan.matchLimit, 1 << 24) ? null : roomFor(places);
}

/** Joins the slices' outcomes; `room`: findAll's result array made ahead (see {@link presized}). */
export function combine(plan: Plan, state: JobState, got: Collected, room?: number[]): unknown {
  const { job } = plan;
  const n = job.slices.length;
  for (let i = 0; i < n; i++) {
    const e = got.errors.get(i);
    if (state.state(i) === FAILED && e !== undefined) rethrow(e, plan);
  }
  const ok = (i: number): boolean => state.state(i) === OK;
  switch (job.op) {
    case "count": {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += state.result(i);
      return sum;
    }
    case "indexOf":
      for (let i = 0; i < n; i++) if (ok(i) && state.result(i) >= 0) return state.result(i) - plan.base;
      return -1;
    case "lastIndexOf":
      for (let i = n - 1; i >= 0; i--) if (ok(i) && state.result(i) >= 0) return state.result(i) - plan.base;
      return -1;
    case "findAll": {
      // A slice's first offsets are in its place of the shared area, any more came by message.
      const area = job.offsets;
      const pieces: Float64Array[] = [];
      for (let i = 0; i < n; i++) {
        if (!ok(i)) continue;
        const found = state.result(i);
        if (area !== undefined) pieces.push(offsetsOf(area, i, Math.min(found, area.perSlice)));
        const rest = got.values.get(i) as Float64Array | undefined;
        if (rest !== undefined) pieces.push(rest);
      }
      return joinPieces(pieces, -plan.base, plan.matchLimit, room);
    }
    case "checksum": {
      // Split: each slice hashed from scratch, joined from `start` (the seed, or the empty input's
      // value). Whole: one slice that is the call itself.
      const { algorithm, start } = job.arg as { algorithm: Algorithm; start?: number };
      if (start === undefined) return got.values.get(0);
      const combine = combinerOf(algorithm)!; // a start is given only where pieces combine (sumArg)
      let acc = start;
      for (let i = 0; i < n; i++) acc = combine(acc, state.result(i), job.slices[i]!.length);
      return acc.toString(16).padStart(8, "0");
    }
    case "transform":
      return undefined;
  }
}

/** Every slice has its value (a worker posts it before it marks the slice done, but delivery may lag). */
function complete(plan: Plan, state: JobState, got: Collected): boolean {
  // A whole checksum's digest comes by message; a split one's pieces are in the shared block.
  // findAll's offsets come by message only where they did not fit the shared area.
  const { job } = plan;
  const digest = job.op === "checksum" && (job.arg as { start?: number }).start === undefined;
  const room = job.op === "findAll" ? job.offsets?.perSlice ?? -1 : Infinity;
  for (let i = 0; i < job.slices.length; i++) {
    if (state.state(i) === FAILED && !got.errors.has(i)) return false;
    const needsValue = digest || state.result(i) > room;
    if (needsValue && state.state(i) === OK && !got.values.has(i)) return false;
  }
  return true;
}

/** Runs `plan` with the calling thread taking part; blocks until done. */
export function runBlocking(
  api: SliceApi,
  plan: Plan,
  onProgress?: (done: number, total: number) => void,
): unknown {
  const release = withOffsetArea(plan.job);
  const state = new JobState(plan.job.slices.length);
  const job: JobMessage = { ...plan.job, id: jobId(), sab: state.sab };
  const chosen = post(job, plan.threads - 1);
  const got = collector();
  const sink = {
    value: (i: number, v: Float64Array | string) => got.values.set(i, v),
    error: got.errors.set.bind(got.errors),
  };
  const report = onProgress === undefined
    ? undefined
    : () => onProgress(Math.min(state.doneBytes(), plan.total), plan.total);
  const local = plan.local === undefined ? undefined : { source: plan.local, base: plan.base };
  // Every thread runs a slice: no prefetch thread of this one's on top (see `prefetching`).
  prefetching.on = false;
  let room: number[] | null | undefined = job.op === "findAll" ? undefined : null;
  try {
    for (let i = state.claim(job.backward); i >= 0; i = state.claim(job.backward)) {
      runSlice(api, job, i, state, sink, report, local);
      if (room === undefined) room = presized(plan, state);
    }
  } finally {
    prefetching.on = true;
  }
  for (let seen = state.finished; seen < state.slices; seen = state.finished) {
    state.waitPast(seen, 50);
    report?.();
  }
  drain(chosen, job.id, got.take);
  // The last replies can trail the shared block by a moment.
  for (let spins = 0; !complete(plan, state, got) && spins < 2000; spins++) {
    state.waitPast(state.finished, 1);
    drain(chosen, job.id, got.take);
  }
  done(chosen, job.id);
  onProgress?.(Math.min(state.doneBytes(), plan.total), plan.total);
  try {
    return combine(plan, state, got, room ?? undefined);
  } finally {
    release(); // every slice is done: nobody writes to the area any more
  }
}

/** Runs `plan` on workers only; resolves with the combined result. */
export function runAway(
  plan: Plan,
  options: { signal?: AbortSignalLike; onProgress?: (done: number, total: number) => void },
): Promise<unknown> {
  const { signal, onProgress } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason);
    // Given back only after success: after an abort a worker may still be in a slice.
    const release = withOffsetArea(plan.job);
    const state = new JobState(plan.job.slices.length);
    const job: JobMessage = { ...plan.job, id: jobId(), sab: state.sab, notify: true };
    const got = collector();
    const chosen = post(job, Math.max(1, Math.min(plan.threads, job.slices.length)));
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = listen(chosen, job.id, (r) => {
      got.take(r);
      if (state.finished === state.slices && complete(plan, state, got)) {
        done(chosen, job.id);
        end();
        onProgress?.(Math.min(state.doneBytes(), plan.total), plan.total);
        try {
          resolve(combine(plan, state, got));
          release();
        } catch (e) {
          reject(e);
        }
      }
    }, (reason) => {
      state.abort();
      end();
      reject(new MmapError("EIO", `a kernel worker stopped (${reason.message}); run the call again`));
    });
    let unwait: (() => void) | undefined;
    function end(): void {
      stop();
      if (timer !== undefined) clearInterval(timer);
      unwait?.();
    }
    if (signal !== undefined) {
      unwait = whenAborted(signal, () => {
        state.abort(); // workers stop at their next chunk
        end();
        reject(signal.reason);
      });
    }
    if (onProgress !== undefined) {
      timer = setInterval(() => onProgress(Math.min(state.doneBytes(), plan.total), plan.total), 100);
    }
  });
}

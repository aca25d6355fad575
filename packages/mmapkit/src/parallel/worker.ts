/**
 * The loop of a kernel worker: take each job posted to this thread, run slices of it until none
 * is left unclaimed, send back what is not a number (findAll's offsets, errors), then say it has
 * finished taking part. The entries `kernel_worker_{node,deno,bun}.ts` install their runtime and
 * call {@link serveJobs}.
 *
 * A job on a mapping of the calling thread (`reuse`) runs on this worker's own mapping of the
 * same window, kept for the next job on that mapping (see job.ts, `Reuse`): one at a time, let go
 * when the calling thread's mapping closes or another mapping's job arrives.
 * @module
 */
import type { MessagePort } from "node:worker_threads";
import type { MappedFile } from "@mmapkit/core";
import type { open } from "../api.ts";
import { type ForgetMessage, type JobMessage, JobState, type PostedJob, received, type ReplyMessage } from "./job.ts";
import { type LocalSource, runSlice, type SliceApi } from "./_slice.ts";

/** This worker's mapping of a calling thread's mapping. */
interface Kept {
  key: string;
  id: number;
  file: MappedFile;
}

/** Serves jobs arriving on `parent`, replying on `replies`, with `api` (single-threaded calls). */
export function serveJobs(
  api: SliceApi & { open: typeof open },
  parent: MessagePort,
  replies: MessagePort,
): void {
  const send = (m: ReplyMessage): void => replies.postMessage(m);
  // The entry installed the runtime before calling this (its FFI tables are loaded): say so. Until
  // then the pool keeps this worker referenced: a process that ended while a worker was loading
  // koffi aborted (koffi throws, for a symbol a library lacks, into a thread being terminated).
  // Nothing more is done here (the engine's self-test waits for a job): work a worker did at start,
  // on its own, would open files and handles in the middle of whatever the calling thread does.
  send({ ready: true });
  let kept: Kept | undefined;
  const drop = (): void => {
    kept?.file.close();
    kept = undefined;
  };
  /** This worker's mapping for `job`, opened or kept; undefined: run on the path. */
  const localFor = (job: JobMessage): LocalSource | undefined => {
    const reuse = job.reuse;
    if (reuse === undefined || typeof job.path !== "string") return undefined;
    if (kept?.key !== reuse.key) {
      drop();
      try {
        const mode = job.op === "transform" ? "write" : "read";
        const populate = reuse.populate === true;
        const file = api.open(job.path, { mode, offset: reuse.offset, length: reuse.length, populate });
        kept = { key: reuse.key, id: reuse.id, file };
      } catch {
        return undefined; // the slices open the path themselves and report what fails
      }
    }
    return { source: kept.file, base: reuse.offset };
  };
  parent.on("message", (message: JobMessage | PostedJob | ForgetMessage) => {
    if ("forget" in message) {
      if (kept?.id === message.forget) drop();
      return;
    }
    const job = received(message);
    const state = new JobState(job.slices.length, job.sab);
    const sink = {
      value: (slice: number, value: Float64Array | string) =>
        typeof value === "string"
          ? send({ id: job.id, slice, value })
          : replies.postMessage({ id: job.id, slice, value }, [value.buffer as ArrayBuffer]),
      error: (slice: number, error: { code: string; message: string }) => send({ id: job.id, slice, error }),
    };
    const local = localFor(job);
    for (let i = state.claim(job.backward); i >= 0; i = state.claim(job.backward)) {
      runSlice(api, job, i, state, sink, undefined, local);
      if (job.notify === true) send({ id: job.id, slice: i, settled: true });
    }
    send({ id: job.id, finished: true });
  });
}

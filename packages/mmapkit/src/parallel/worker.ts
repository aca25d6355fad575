/**
 * The loop of a kernel worker: take each job posted to this thread, run slices of it until none
 * is left unclaimed, send back what is not a number (findAll's offsets, errors), then say it has
 * finished taking part. The entries `kernel_worker_{node,deno,bun}.ts` install their runtime and
 * call {@link serveJobs}.
 * @module
 */
import type { MessagePort } from "node:worker_threads";
import { type JobMessage, JobState, type ReplyMessage } from "./job.ts";
import { runSlice, type SliceApi } from "./_slice.ts";

/** Serves jobs arriving on `parent`, replying on `replies`, with `api` (single-threaded calls). */
export function serveJobs(api: SliceApi, parent: MessagePort, replies: MessagePort): void {
  const send = (m: ReplyMessage): void => replies.postMessage(m);
  parent.on("message", (job: JobMessage) => {
    const state = new JobState(job.slices.length, job.sab);
    const sink = {
      value: (slice: number, value: number[] | string) => send({ id: job.id, slice, value }),
      error: (slice: number, error: { code: string; message: string }) => send({ id: job.id, slice, error }),
    };
    for (let i = state.claim(job.backward); i >= 0; i = state.claim(job.backward)) {
      runSlice(api, job, i, state, sink);
      if (job.notify === true) send({ id: job.id, slice: i, settled: true });
    }
    send({ id: job.id, finished: true });
  });
}

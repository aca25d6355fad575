/**
 * The kernel workers: created at first need (never more than the cores), reused by every job,
 * and never holding the process open — each worker and its reply port is unref'd, and only a
 * promise still waiting for a reply refs the port it listens on. A worker that dies is dropped
 * and replaced at the next need; the jobs it took part in fail with the reason.
 * @module
 */
import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import { besideModule } from "@mmapkit/core/worker";
import { runtimeName } from "../runtime.ts";
import { type ForgetMessage, type JobMessage, posted, type ReplyMessage } from "./job.ts";

interface Member {
  worker: Worker;
  replies: MessagePort;
  /** Async jobs waiting on this worker's replies (the port is ref'd while there are any). */
  waiting: number;
  /**
   * Ids of the jobs posted to it that still need it: until it says it finished, or until every
   * slice of the job is done (it then only has to find none left to claim). Counting a worker
   * busy until its "finished" reply arrives made the next call, made before the reply did, start
   * another worker (80–100 ms on Deno) although this one was free.
   */
  jobs: Set<number>;
  dead: boolean;
}

/** Listens for the replies of one job. */
export type ReplyHandler = (m: ReplyMessage) => void;

let members: Member[] = [];
const handlers = new Map<number, ReplyHandler>();
const deaths = new Set<(reason: Error) => void>();
let nextId = 1;

let coreCount: number | undefined;

/** The cores this process may use (asked once: it is a system call, and every call plans with it). */
export function cores(): number {
  if (coreCount === undefined) {
    try {
      coreCount = Math.max(1, availableParallelism());
    } catch {
      coreCount = 1;
    }
  }
  return coreCount;
}

/** Kernel workers alive. */
export function workerCount(): number {
  return members.length;
}

/** A fresh job id. */
export function jobId(): number {
  return nextId++;
}

function spawn(): Member {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(besideModule(import.meta.url, `kernel_worker_${runtimeName}`), {
    workerData: { replies: port2 },
    transferList: [port2],
  });
  const m: Member = { worker, replies: port1, waiting: 0, jobs: new Set(), dead: false };
  port1.on("message", (r: ReplyMessage) => {
    if (!settled(m, r)) handlers.get(r.id)?.(r);
  });
  // After the listener: adding one refs the port again. The worker stays referenced until it
  // says its runtime is loaded (see worker.ts): a process ending while a worker loads koffi aborts.
  port1.unref();
  const die = (e: unknown): void => {
    if (m.dead) return;
    m.dead = true;
    members = members.filter((x) => x !== m);
    const reason = e instanceof Error ? e : new Error(`a kernel worker exited (${String(e)})`);
    for (const d of deaths) d(reason);
  };
  worker.on("error", die);
  worker.on("exit", (code) => die(code));
  return m;
}

/**
 * Bookkeeping replies: "ready" (the worker may now be unreferenced) and "finished" (it is free of
 * that job). True when `r` is "ready", which concerns no job.
 */
function settled(m: Member, r: ReplyMessage): r is { ready: true } {
  if ("ready" in r) {
    m.worker.unref();
    return true;
  }
  if ("finished" in r) m.jobs.delete(r.id);
  return false;
}

/** Posts `job` to the `n` least busy workers (new ones first where none is idle, up to the cores); returns them. */
export function post(job: JobMessage, n: number): Member[] {
  const idle = members.filter((m) => m.jobs.size === 0).length;
  for (let add = Math.min(n - idle, cores() - members.length); add > 0; add--) members.push(spawn());
  const chosen = [...members].sort((a, b) => a.jobs.size - b.jobs.size).slice(0, n);
  const message = posted(job);
  for (const m of chosen) {
    m.jobs.add(job.id);
    m.worker.postMessage(message);
  }
  return chosen;
}

/** Every slice of job `id` is done: the workers it was posted to are free for the next job. */
export function done(chosen: readonly Member[], id: number): void {
  for (const m of chosen) m.jobs.delete(id);
}

/** Tells every worker that the calling thread's mapping `id` closed (they drop their own mapping of it). */
export function forget(id: number): void {
  const message: ForgetMessage = { forget: id };
  for (const m of members) m.worker.postMessage(message);
}

/** Takes the replies that arrived for `id` without waiting (a thread that blocked for a job). */
export function drain(chosen: readonly Member[], id: number, into: (m: ReplyMessage) => void): void {
  for (const m of chosen) {
    for (let r = receiveMessageOnPort(m.replies); r !== undefined; r = receiveMessageOnPort(m.replies)) {
      const reply = r.message as ReplyMessage;
      if (settled(m, reply)) continue;
      if (reply.id === id) into(reply);
      else handlers.get(reply.id)?.(reply);
    }
  }
}

/**
 * Routes replies for `id` to `handler` until the returned function is called, keeping the
 * process alive meanwhile; `onDeath` hears of a worker that died.
 */
export function listen(
  chosen: readonly Member[],
  id: number,
  handler: ReplyHandler,
  onDeath: (reason: Error) => void,
): () => void {
  handlers.set(id, handler);
  deaths.add(onDeath);
  for (const m of chosen) if (m.waiting++ === 0) m.replies.ref();
  return () => {
    handlers.delete(id);
    deaths.delete(onDeath);
    for (const m of chosen) if (--m.waiting === 0) m.replies.unref();
  };
}

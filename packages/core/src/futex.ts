/**
 * Sleeping on a 32-bit word in shared memory until another process changes it: Linux futex(2)
 * (FUTEX_WAIT / FUTEX_WAKE without FUTEX_PRIVATE_FLAG, so the kernel keys the wait on the file page
 * and any process mapping it can wake it). On Windows a word's "address" is the handle of its
 * named auto-reset event (see SharedSpan.addr): a wait is WaitForSingleObject, a wake SetEvent — an
 * event set before anyone waits stays set, so a wake-up that comes first is not lost, and a wake
 * of many wakes one (the others re-check within their bounded wait). Where the platform has
 * neither, waits sleep briefly and the caller re-checks (polling). Every wait may return early;
 * callers always re-check their word.
 * @module
 */
import { osError } from "./_check.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import { winError } from "./win.ts";

/** How long one asynchronous wait may hold a worker thread (ms) before the caller re-checks. */
export const ASYNC_SLICE_MS = 50;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** A `struct timespec` (64-bit time_t and long, as on Linux x86_64 and arm64) for `ms` from now. */
function timespec(ms: number): Uint8Array {
  const buf = new Uint8Array(16);
  const v = new DataView(buf.buffer);
  const whole = Math.floor(ms);
  v.setBigInt64(0, BigInt(Math.floor(whole / 1000)), true);
  v.setBigInt64(8, BigInt((whole % 1000) * 1_000_000 + Math.floor((ms - whole) * 1_000_000)), true);
  return buf;
}

/**
 * Sleeps while the u32 at `addr` equals `expected`, for at most `ms` (Infinity: no limit). Returns
 * when woken, when the word differs, on a signal or at the limit — the caller re-checks.
 */
export function futexWait(rt: Runtime, addr: number, expected: number, ms: number): void {
  const win = rt.win;
  if (win !== undefined && addr !== 0) {
    if (win.fn.WaitForSingleObject(addr, winMs(ms)) === WAIT_FAILED) {
      throw winError(win.fn.GetLastError(), "WaitForSingleObject");
    }
    return;
  }
  const sys = rt.sys;
  const f = rt.platform?.futex;
  if (sys === undefined || f === undefined) {
    Atomics.wait(sleeper, 0, 0, Math.min(ms, 1)); // no futex here: a short sleep, then the caller polls
    return;
  }
  const r = sys.futex(f.SYS_futex, addr, f.FUTEX_WAIT, expected | 0, ms === Infinity ? null : timespec(ms));
  if (r === 0) return;
  const code = rt.platform?.errnoNames[sys.errno()];
  if (code === "EAGAIN" || code === "ETIMEDOUT" || code === "EINTR") return;
  throw osError(rt.platform?.errnoNames ?? {}, sys.errno(), "futex");
}

/** Wakes up to `count` processes sleeping on the word at `addr`. */
export function futexWake(rt: Runtime, addr: number, count: number): void {
  const win = rt.win;
  if (win !== undefined) {
    if (addr !== 0 && win.fn.SetEvent(addr) === 0) throw winError(win.fn.GetLastError(), "SetEvent");
    return;
  }
  const sys = rt.sys;
  const f = rt.platform?.futex;
  if (sys === undefined || f === undefined) return; // pollers see the change themselves
  if (sys.futex(f.SYS_futex, addr, f.FUTEX_WAKE, count, null) < 0) {
    throw osError(rt.platform?.errnoNames ?? {}, sys.errno(), "futex");
  }
}

/**
 * {@link futexWait} without blocking the event loop, for at most `ms` (capped at
 * {@link ASYNC_SLICE_MS}). Node and Deno wait in the kernel on a worker thread; where the runtime
 * has no asynchronous FFI call (Bun) it sleeps with a timer for `backoffMs` instead and the caller polls.
 */
export async function futexWaitAsync(
  rt: Runtime,
  addr: number,
  expected: number,
  ms: number,
  backoffMs: number,
): Promise<void> {
  const sys = rt.sys;
  const f = rt.platform?.futex;
  const slice = Math.min(ms, ASYNC_SLICE_MS);
  const waitAsync = rt.win?.fnAsync?.WaitForSingleObject;
  if (waitAsync !== undefined && addr !== 0) {
    await waitAsync(addr, winMs(slice)); // every outcome means "re-check", as below
    return;
  }
  if (rt.win !== undefined || sys?.futexAsync === undefined || f === undefined) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(slice, backoffMs)));
    return;
  }
  // errno cannot be read for a call made on another thread; every outcome means "re-check".
  await sys.futexAsync(f.SYS_futex, addr, f.FUTEX_WAIT, expected | 0, timespec(slice));
}

/**
 * What a step function returns when its operation must sleep; the operation's `addr`, `expected`
 * and `ms` say on what. Mutex.lock and Channel.send/receive are each one step function holding
 * the whole protocol, run by {@link runSync} (the thread sleeps) or {@link runAsync} (the event
 * loop stays free): one algorithm, two ways to wait.
 */
export const WAIT: unique symbol = Symbol("wait");

/** An operation on shared memory in progress: what its step function keeps between steps. */
export interface Sleeper {
  /** Set by the step that returned WAIT: sleep while the u32 at `addr` equals `expected`, at most `ms`. */
  addr: number;
  expected: number;
  ms: number;
  /** Called when the sleep itself fails (the step is not called again): undo what is held. */
  abandon(): void;
}

/** Runs `step` on `op` until it returns a result, sleeping in the kernel between steps. */
export function runSync<O extends Sleeper, T>(rt: Runtime, step: (op: O) => T | typeof WAIT, op: O): T {
  for (;;) {
    const r = step(op);
    if (r !== WAIT) return r;
    try {
      futexWait(rt, op.addr, op.expected, op.ms);
    } catch (e) {
      op.abandon();
      throw e;
    }
  }
}

/**
 * {@link runSync} without blocking the event loop: each sleep is a {@link futexWaitAsync}; where it
 * polls (Bun), the timer backs off from 1 to 16 ms, from 1 again when the word slept on changes.
 */
export async function runAsync<O extends Sleeper, T>(rt: Runtime, step: (op: O) => T | typeof WAIT, op: O): Promise<T> {
  let on = NaN;
  let backoff = 1;
  for (;;) {
    const r = step(op);
    if (r !== WAIT) return r;
    if (op.addr !== on) {
      on = op.addr;
      backoff = 1;
    }
    try {
      await futexWaitAsync(rt, op.addr, op.expected, op.ms, backoff);
    } catch (e) {
      op.abandon();
      throw e;
    }
    backoff = Math.min(16, backoff * 2);
  }
}

/** Whether process `pid` exists (kill(pid, 0); EPERM means it exists but is not ours). */
export function processAlive(rt: Runtime, pid: number): boolean {
  const sys = rt.sys;
  if (sys === undefined) throw new MmapError("ENOFFI", "checking a lock holder needs FFI");
  if (sys.kill(pid, 0) === 0) return true;
  return rt.platform?.errnoNames[sys.errno()] !== "ESRCH";
}

/** WaitForSingleObject's result when the wait itself failed. */
const WAIT_FAILED = 0xffffffff;

/** A wait in ms as WaitForSingleObject takes it: whole ms, INFINITE for Infinity. */
function winMs(ms: number): number {
  return ms === Infinity ? 0xffffffff : Math.min(0xfffffffe, Math.ceil(ms));
}

/** A deadline in ms from a timeout (Infinity: none). */
export function deadline(timeoutMs: number): number {
  return timeoutMs === Infinity ? Infinity : performance.now() + timeoutMs;
}

/** Ms left until `end` (≥ 0; Infinity stays Infinity). */
export function remaining(end: number): number {
  return end === Infinity ? Infinity : Math.max(0, end - performance.now());
}

/** A timeout in ms: undefined → Infinity (wait without limit); otherwise a number ≥ 0. */
export function toTimeout(value: unknown, what: string): number {
  if (value === undefined) return Infinity;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new MmapError("EINVAL", `${what} must be a number of milliseconds (or undefined: no limit)`);
  }
  if (value < 0) throw new MmapError("ERANGE", `${what} is negative (${value}); pass a value ≥ 0`);
  return value;
}

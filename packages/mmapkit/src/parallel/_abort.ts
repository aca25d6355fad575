/**
 * One "abort" listener per AbortSignal, however many calls share the signal: Node warns
 * (MaxListenersExceededWarning) past ten listeners on one signal, and `Promise.all` over many
 * files with one timeout signal is an ordinary way to call mmapkit/promises.
 * @module
 */
import type { AbortSignalLike } from "../promises.ts";

interface Waiters {
  readonly calls: Set<() => void>;
  readonly listener: () => void;
}

const bySignal = new WeakMap<AbortSignalLike, Waiters>();

/**
 * Calls `onAbort` once when `signal` aborts; the returned function stops waiting (and removes the
 * signal's listener when no call waits on it any more).
 */
export function whenAborted(signal: AbortSignalLike, onAbort: () => void): () => void {
  let w = bySignal.get(signal);
  if (w === undefined) {
    const calls = new Set<() => void>();
    const listener = (): void => {
      bySignal.delete(signal);
      for (const call of [...calls]) call();
    };
    w = { calls, listener };
    bySignal.set(signal, w);
    signal.addEventListener("abort", listener, { once: true });
  }
  const waiters = w;
  waiters.calls.add(onAbort);
  return () => {
    if (!waiters.calls.delete(onAbort) || waiters.calls.size > 0) return;
    if (bySignal.get(signal) === waiters) bySignal.delete(signal);
    signal.removeEventListener("abort", waiters.listener);
  };
}

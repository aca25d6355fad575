/**
 * Shared memory for bytes the workers cannot reach (the promise API copies them), reused from call
 * to call. A fresh SharedArrayBuffer per call leaked on V8 (Node, Deno): a worker's reference to a
 * buffer it was posted is dropped only when that worker collects garbage, which an idle worker
 * that allocates little hardly ever does — 300 calls on 4 MiB arrays held 1.2 GiB. Reused buffers
 * keep the memory to the few in use. A buffer comes back only once every worker is done with it
 * (the call succeeded; after an error or an abort a worker may still be finishing a chunk in it).
 * @module
 */

/** Idle buffers kept at most; the oldest goes when another comes back. */
const KEEP = 4;
/** Buffers are allocated in multiples of this. */
const GRAIN = 64 * 1024;

const idle: SharedArrayBuffer[] = [];

/** `n` bytes of shared memory (zeroed only when new) and the call that gives them back. */
export function staging(n: number): { bytes: Uint8Array; release: () => void } {
  // The smallest idle buffer that fits without wasting more than half of it.
  let best = -1;
  for (let i = 0; i < idle.length; i++) {
    const size = idle[i]!.byteLength;
    if (size >= n && size <= 2 * n + GRAIN && (best < 0 || size < idle[best]!.byteLength)) best = i;
  }
  const sab = best >= 0 ? idle.splice(best, 1)[0]! : new SharedArrayBuffer(Math.ceil(n / GRAIN) * GRAIN);
  let back = false;
  return {
    bytes: new Uint8Array(sab, 0, n),
    release: () => {
      if (back) return;
      back = true;
      idle.push(sab);
      if (idle.length > KEEP) idle.shift();
    },
  };
}

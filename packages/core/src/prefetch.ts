/**
 * Prefetching: page faults are about half the cost of a first pass over a mapping. A worker
 * thread faults the rest of a window in (MADV_POPULATE_READ, one call per 2 MiB) while the main
 * thread runs the kernel on its start, so the two overlap on two cores. Best effort: a request
 * the worker has not reached when the window moves is dropped (the epoch changes), and a
 * populate that would fault (a file shrunk meanwhile) fails with EFAULT instead of SIGBUS.
 *
 * The protocol is shared memory only: Int32 [0] = requests posted, [1] = current epoch;
 * Float64 [2..4] = address, length, epoch of the latest request.
 * @module
 */
import type { Dialect } from "./ffi.ts";
import { libcSymbols, openLibc } from "./libc.ts";

const SEQ = 0;
const EPOCH = 1;
const PIECE = 2 << 20;

/** The shared buffer of the protocol. */
export function prefetchBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(48);
}

/** The main thread's side: post the range to fault in; cancel when the window moves. */
export class Prefetcher {
  readonly #ctrl: Int32Array;
  readonly #req: Float64Array;

  constructor(sab: SharedArrayBuffer) {
    this.#ctrl = new Int32Array(sab, 0, 4);
    this.#req = new Float64Array(sab, 16, 3);
  }

  /** Asks the worker to fault in [address, address + length); replaces any earlier request. */
  request(address: number, length: number): void {
    const epoch = Atomics.add(this.#ctrl, EPOCH, 1) + 1;
    this.#req[0] = address;
    this.#req[1] = length;
    this.#req[2] = epoch; // written last: the worker ignores a request whose epoch is not current
    Atomics.add(this.#ctrl, SEQ, 1);
    Atomics.notify(this.#ctrl, SEQ);
  }

  /** Drops whatever is pending (before the window is unmapped or moved). */
  cancel(): void {
    Atomics.add(this.#ctrl, EPOCH, 1);
  }
}

/**
 * The worker's side, forever: wait for a request, fault it in piece by piece while it is still
 * current. `populate` is madvise(addr, len, MADV_POPULATE_READ) through the runtime's FFI.
 */
export function runPrefetchLoop(sab: SharedArrayBuffer, populate: (address: number, length: number) => void): never {
  const ctrl = new Int32Array(sab, 0, 4);
  const req = new Float64Array(sab, 16, 3);
  let seen = Atomics.load(ctrl, SEQ);
  for (;;) {
    Atomics.wait(ctrl, SEQ, seen);
    seen = Atomics.load(ctrl, SEQ);
    const epoch = Atomics.load(ctrl, EPOCH);
    const address = req[0]!;
    const length = req[1]!;
    if (req[2] !== epoch) continue; // half-written or already replaced
    for (let off = 0; off < length && Atomics.load(ctrl, EPOCH) === epoch; off += PIECE) {
      populate(address + off, Math.min(PIECE, length - off));
    }
  }
}

/**
 * A prefetch worker's whole body, given its runtime's FFI `dialect` and OS: binds madvise from the
 * C library and serves `workerData` ({ sab, advice }, as `Sys.spawnPrefetcher` passes it) forever.
 */
export function runPrefetchWorker(workerData: unknown, dialect: Dialect, os: string): never {
  const { sab, advice } = workerData as { sab: SharedArrayBuffer; advice: number };
  const madvise = openLibc(dialect, os, { madvise: libcSymbols.madvise }).fns.madvise!;
  return runPrefetchLoop(sab, (address, length) => void madvise(address, length, advice));
}

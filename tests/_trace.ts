/**
 * A recording spy over the calls that make data durable: installs the function core reports
 * msync, fsync, pwrite, madvise and posix_fadvise to (the global `Symbol.for("mmapkit.sysTrace")`,
 * the same for the source tree and the bundled package), runs `body`, and returns what was called.
 * The calls still run: the spy only records.
 * @module
 */

/** One recorded call: "sys.msync", "sys.fsync", "io.pwrite", "io.fsync", … and its arguments. */
export interface Call {
  readonly call: string;
  readonly args: readonly unknown[];
}

const KEY = Symbol.for("mmapkit.sysTrace");
const g = globalThis as { [KEY]?: (call: string, args: readonly unknown[]) => void };

/** Runs `body` with the spy installed; returns the calls it made, in order. */
export function traced(body: () => void): Call[] {
  const calls: Call[] = [];
  g[KEY] = (call, args) => {
    // Copy byte arguments: the caller may reuse the buffer after the call.
    calls.push({ call, args: args.map((a) => (a instanceof Uint8Array ? a.slice() : a)) });
  };
  try {
    body();
  } finally {
    delete g[KEY];
  }
  return calls;
}

/** msync(2) flags on Linux (asm-generic/mman-common.h). */
export const MS_ASYNC = 1;
/** msync(2) flags on Linux. */
export const MS_INVALIDATE = 2;
/** msync(2) flags on Linux. */
export const MS_SYNC = 4;

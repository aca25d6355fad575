/**
 * A runtime's own implementation of a checksum, used instead of the kernel where it gives the
 * same results and runs faster: today crc32 through `node:zlib`'s `crc32(data, value)`, which
 * Deno and Bun build on carry-less multiplication (WebAssembly has none; Node 20's is a table
 * CRC, slower than the kernel). The adapter offers the function (`RuntimeOptions.nativeCrc32`);
 * this file decides, once per runtime and thread, the first time it matters (a crc32 chunk of
 * 64 KiB or more, a large call deciding whether to split, or `runtimeInfo()`). The function must
 * first agree with the kernel on unaligned, odd-length inputs with seeds. Then both run in turn
 * on the same resident 256 KiB piece of a pooled Memory until the kernel's best time stops
 * improving (it starts in the engine's baseline tier and is moved to the optimizing tier after a
 * few calls): the native function is used if its best beats the kernel's best by a margin.
 * Timing resident bytes, not the caller's pages, keeps page faults (which slow both alike and
 * squeeze the difference) out of the choice; it costs 1–5 ms once. Checksums never depend on the
 * choice.
 * @module
 */
import { INPUT_OFFSET, RESERVED_BYTES } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import type { Chunk } from "./walk.ts";
import { MmapError } from "../errors.ts";
import { type Algorithm, ALGORITHM_NAMES } from "./algorithms.ts";

/** `node:zlib`'s `crc32(data, value)`: the CRC-32 of `bytes` continued from `value`. */
export type NativeCrc32 = (bytes: Uint8Array, value: number) => number;

/** What computes an algorithm: the WebAssembly kernel or the runtime's `node:zlib`. */
export type Implementation = "wasm" | "node:zlib";

/** A checksum's update of the running value by one chunk of a walk. */
export type NativeUpdate = (value: number, c: Chunk) => number;

/** Chunks shorter than this stay in the kernel: a native call costs more than it saves there. */
export const NATIVE_MIN: number = 64 * 1024;
/** At most this much per native call: Deno's `crc32` takes the length as 32 bits. */
const PIECE = 1 << 30;
/** The piece both implementations hash in turn while timed. */
export const SAMPLE: number = 256 * 1024;
/** Timed turns each takes at least, and at most. */
const MIN_ROUNDS = 8;
const MAX_ROUNDS = 40;
/** The kernel's best counts as settled once this many turns in a row did not improve it by 5%. */
const SETTLED = 6;
/**
 * How much faster the native function's best must be. Where it has carry-less multiply it is
 * 3–4× the kernel on resident bytes (Deno, Bun); Node 20's table CRC is ~0.3× it. The margin
 * keeps a kernel that had not reached its optimizing tier from losing to a slower function.
 */
const MARGIN = 1.5;

/** The choice per runtime (a worker thread has its own runtime, so its own choice). */
const choices = new WeakMap<Runtime, Implementation>();

/**
 * The best time of `native` and of `kernel`, run in turn on the same resident bytes until the
 * kernel's best has settled — it starts in the engine's baseline tier and moves up after a few
 * calls — or MAX_ROUNDS. For every runtime function measured against the kernel.
 */
export function timeInTurn(
  native: () => void,
  kernel: () => void,
): { nativeMs: number; wasmMs: number; rounds: number } {
  let nativeMs = Infinity;
  let wasmMs = Infinity;
  let still = 0;
  let rounds = 0;
  while (rounds < MAX_ROUNDS && (rounds < MIN_ROUNDS || still < SETTLED)) {
    rounds++;
    let t = performance.now();
    native();
    nativeMs = Math.min(nativeMs, performance.now() - t);
    t = performance.now();
    kernel();
    const ms = performance.now() - t;
    still = ms < wasmMs * 0.95 ? 0 : still + 1;
    wasmMs = Math.min(wasmMs, ms);
  }
  return { nativeMs, wasmMs, rounds };
}

/** Whether `fn` gives the kernel's CRC on small unaligned, odd-length inputs with seeds. */
function agrees(rt: Runtime, fn: NativeCrc32): boolean {
  const arena = rt.pool.acquire(0);
  const k = arena.kernel;
  // INPUT scratch: nothing else runs in an idle pooled arena.
  const base = INPUT_OFFSET;
  const area = new Uint8Array(arena.buffer, base, 4096 + 64);
  try {
    let x = 0x9e3779b9;
    for (let i = 0; i < area.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      area[i] = x;
    }
    for (const [off, len] of [[0, 0], [1, 1], [3, 7], [5, 63], [7, 4096 + 13]] as const) {
      for (const seed of [0, 0xffffffff, 0x2d6f1c37]) {
        const want = k.crc32Update(seed, base + off, len) >>> 0;
        if ((fn(area.subarray(off, off + len), seed) >>> 0) !== want) return false;
      }
    }
    return true;
  } catch {
    return false;
  } finally {
    area.fill(0);
    rt.pool.release(arena);
  }
}

/**
 * The best time of each on one resident piece, taken in turn. Runs until the kernel's best has
 * settled (or MAX_ROUNDS). Exported for the benchmark, which reports the rates.
 */
export function timeCrc32(rt: Runtime, fn: NativeCrc32): { nativeMs: number; wasmMs: number; rounds: number } {
  const arena = rt.pool.acquire(RESERVED_BYTES + SAMPLE);
  const k = arena.kernel;
  const piece = new Uint8Array(arena.buffer, RESERVED_BYTES, SAMPLE);
  try {
    for (let i = 0; i < SAMPLE; i += 4096) piece[i] = i >>> 12; // touched: resident, not the zero page
    let value = 0;
    return timeInTurn(
      () => void (value = fn(piece, value >>> 0)),
      () => void (value = k.crc32Update(value, RESERVED_BYTES, SAMPLE)),
    );
  } finally {
    piece.fill(0);
    rt.pool.release(arena);
  }
}

/** What computes crc32 on `rt`: decided (and timed) on the first call. */
export function crc32Implementation(rt: Runtime): Implementation {
  let c = choices.get(rt);
  if (c === undefined) {
    const fn = rt.nativeCrc32;
    c = "wasm";
    if (fn !== undefined && agrees(rt, fn)) {
      const { nativeMs, wasmMs } = timeCrc32(rt, fn);
      if (MARGIN * Math.max(nativeMs, 1e-6) < wasmMs) c = "node:zlib";
    }
    choices.set(rt, c);
  }
  return c;
}

/**
 * Fixes the choice for `rt` (tests and benchmarks compare both sides). "node:zlib" where the
 * runtime offers no native function, or one that disagrees, is refused.
 */
export function chooseCrc32(rt: Runtime, impl: Implementation): void {
  if (impl !== "wasm" && (rt.nativeCrc32 === undefined || !agrees(rt, rt.nativeCrc32))) {
    throw new MmapError("ENOTSUP", 'this runtime has no native crc32 that agrees with the kernel; choose "wasm"');
  }
  choices.set(rt, impl);
}

/** The implementation of each algorithm on `rt` (all but crc32 are always the kernel). */
export function implementations(rt: Runtime): Record<Algorithm, Implementation> {
  const all = Object.fromEntries(ALGORITHM_NAMES.map((a) => [a, "wasm"])) as Record<Algorithm, Implementation>;
  all.crc32 = crc32Implementation(rt);
  return all;
}

/**
 * The CRC-32 of all of `bytes` continued from `value` by the runtime's own crc32 (in pieces of at
 * most 1 GiB), or undefined when the kernel is to compute it (a short range, or the kernel chosen).
 */
export function nativeCrc32Whole(rt: Runtime, bytes: Uint8Array, value: number): number | undefined {
  const fn = rt.nativeCrc32;
  if (fn === undefined || bytes.length < NATIVE_MIN || crc32Implementation(rt) === "wasm") return undefined;
  for (let at = 0; at < bytes.length; at += PIECE) value = fn(bytes.subarray(at, at + PIECE), value >>> 0);
  return value >>> 0;
}

/**
 * The update a checksum state uses instead of the kernel's for `algorithm`, or undefined when
 * the kernel is all there is. Small chunks stay in the kernel.
 */
export function nativeUpdate(rt: Runtime, algorithm: string): NativeUpdate | undefined {
  const fn = rt.nativeCrc32;
  if (algorithm !== "crc32" || fn === undefined) return undefined;
  const native = (value: number, buffer: ArrayBuffer, ptr: number, len: number): number => {
    for (let at = 0; at < len; at += PIECE) {
      value = fn(new Uint8Array(buffer, ptr + at, Math.min(PIECE, len - at)), value >>> 0);
    }
    return value;
  };
  return (value, c) => {
    if (c.len < NATIVE_MIN || crc32Implementation(rt) === "wasm") return c.kernel.crc32Update(value, c.ptr, c.len);
    return native(value, c.arena.buffer, c.ptr, c.len);
  };
}

/**
 * A runtime's own implementation of a checksum, used instead of the kernel where it gives the
 * same results and runs faster: today crc32 through `node:zlib`'s `crc32(data, value)`, which
 * Deno and Bun build on carry-less multiplication (WebAssembly has none; Node 20's is a table
 * CRC, slower than the kernel). The adapter offers the function (`RuntimeOptions.nativeCrc32`);
 * this file decides, once per runtime and thread. The function must first agree with the kernel
 * on unaligned, odd-length inputs with seeds. Then the first large chunks are hashed in 1 MiB
 * pieces taken in turn by each implementation, timed: the native one keeps the work if its best
 * piece beats the kernel's by a margin. Timing real pieces costs no extra hashing, and many short
 * calls let the engine move the kernel to its optimizing tier before its best time counts (a
 * one-off timing of a cold kernel measures the baseline tier). Checksums never depend on the
 * choice.
 * @module
 */
import { INPUT_OFFSET } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import type { Chunk } from "./walk.ts";
import { type Algorithm, ALGORITHM_NAMES } from "./algorithms.ts";

/** `node:zlib`'s `crc32(data, value)`: the CRC-32 of `bytes` continued from `value`. */
export type NativeCrc32 = (bytes: Uint8Array, value: number) => number;

/** What computes an algorithm: the WebAssembly kernel, the runtime's `node:zlib`, or both in turn while timing them. */
export type Implementation = "wasm" | "node:zlib" | "measuring";

/** A checksum's update of the running value by one chunk of a walk. */
export type NativeUpdate = (value: number, c: Chunk) => number;

/** Chunks shorter than this stay in the kernel: a native call costs more than it saves there. */
const NATIVE_MIN = 64 * 1024;
/** At most this much per native call: Deno's `crc32` takes the length as 32 bits. */
const PIECE = 1 << 30;
/** While measuring, pieces of this size alternate between the two. */
const SAMPLE = 1 << 20;
/** Timed pieces each implementation runs before the choice is made. */
const ROUNDS = 12;
/**
 * How much faster the native function's best piece must be. The kernel's first calls run in the
 * engine's baseline tier (V8: 0.6–1.2 ms per MiB, then 0.18 once optimised, 1–4 calls later;
 * Node 20's table CRC takes ~0.65): a margin keeps a cold kernel from losing to a slower native
 * function. Where the native function has carry-less multiply it is 2–9× faster.
 */
const MARGIN = 1.5;

interface Choice {
  impl: Implementation;
  /** Best rate (bytes per ms) and timed pieces of each, while measuring. */
  nativeRate: number;
  wasmRate: number;
  turns: number;
}

const choices = new WeakMap<Runtime, Choice>();

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

function choiceOf(rt: Runtime): Choice {
  let c = choices.get(rt);
  if (c === undefined) {
    const ok = rt.nativeCrc32 !== undefined && agrees(rt, rt.nativeCrc32);
    c = { impl: ok ? "measuring" : "wasm", nativeRate: 0, wasmRate: 0, turns: 0 };
    choices.set(rt, c);
  }
  return c;
}

/** What computes crc32 on `rt` now ("measuring" until enough large chunks were timed). */
export function crc32Implementation(rt: Runtime): Implementation {
  return choiceOf(rt).impl;
}

/**
 * Fixes the choice for `rt` (tests and benchmarks compare both sides); "measuring" times again.
 * "node:zlib" where the runtime offers no native function, or one that disagrees, is refused.
 */
export function chooseCrc32(rt: Runtime, impl: Implementation): void {
  const c = choiceOf(rt);
  if (impl !== "wasm" && (rt.nativeCrc32 === undefined || !agrees(rt, rt.nativeCrc32))) {
    throw new Error("this runtime has no native crc32 that agrees with the kernel");
  }
  Object.assign(c, { impl, nativeRate: 0, wasmRate: 0, turns: 0 });
}

/** The implementation of each algorithm on `rt` (all but crc32 are always the kernel). */
export function implementations(rt: Runtime): Record<Algorithm, Implementation> {
  const all = Object.fromEntries(ALGORITHM_NAMES.map((a) => [a, "wasm"])) as Record<Algorithm, Implementation>;
  all.crc32 = crc32Implementation(rt);
  return all;
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
    const k = c.kernel;
    if (c.len < NATIVE_MIN) return k.crc32Update(value, c.ptr, c.len);
    const choice = choiceOf(rt);
    if (choice.impl === "wasm") return k.crc32Update(value, c.ptr, c.len);
    if (choice.impl === "node:zlib") return native(value, c.arena.buffer, c.ptr, c.len);
    let at = 0;
    while (at < c.len && choice.impl === "measuring") {
      const n = Math.min(SAMPLE, c.len - at);
      const useNative = (choice.turns++ & 1) === 0;
      const t = performance.now();
      value = useNative ? native(value, c.arena.buffer, c.ptr + at, n) : k.crc32Update(value, c.ptr + at, n);
      const rate = n / Math.max(performance.now() - t, 1e-6);
      if (n >= NATIVE_MIN) {
        if (useNative) choice.nativeRate = Math.max(choice.nativeRate, rate);
        else choice.wasmRate = Math.max(choice.wasmRate, rate);
      }
      if (choice.turns >= 2 * ROUNDS) choice.impl = choice.nativeRate > MARGIN * choice.wasmRate ? "node:zlib" : "wasm";
      at += n;
    }
    if (at >= c.len) return value;
    return choice.impl === "wasm"
      ? k.crc32Update(value, c.ptr + at, c.len - at)
      : native(value, c.arena.buffer, c.ptr + at, c.len - at);
  };
}

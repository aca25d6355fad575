/**
 * A runtime's own one-shot xxHash (Bun's `Bun.hash.xxHash32`, `xxHash64` and `xxHash3`), used instead of the
 * kernel for a checksum whose whole range is one array in memory — a MappedFile, a view of one,
 * any Uint8Array — where it gives the same digest and runs faster. It cannot continue a hash, so
 * a path (walked window by window) and a streaming checksum always use the kernel.
 *
 * Decided once per runtime, thread and algorithm, the first time it matters (a range of 64 KiB or
 * more, or `runtimeInfo()`): the function must first give the kernel's digest on unaligned,
 * odd-length inputs with seeds — short and long inputs take different paths in both — then both
 * hash the same resident 256 KiB piece of a pooled Memory in turn until the kernel's best time
 * stops improving; the native function is used if its best beats the kernel's by a margin.
 * Digests never depend on the choice.
 * @module
 */
import type { Arena } from "../arena.ts";
import { RESERVED_BYTES } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import { MmapError } from "../errors.ts";
import type { Algorithm } from "./algorithms.ts";
import { ChecksumState } from "./_checksum_state.ts";
import { NATIVE_MIN, SAMPLE, timeInTurn } from "./native.ts";

/**
 * The digest of `bytes` with `seed` as a whole number (32 bits for xxh32, 64 for xxh64/xxh3), as a
 * runtime computes it in one call; undefined for a seed it cannot take (the kernel then hashes).
 */
export type NativeHash = (bytes: Uint8Array, seed: bigint) => bigint | undefined;

/** The algorithms a runtime may hash in one call. */
export type OneShot = "xxh32" | "xxh64" | "xxh3";

/** A runtime's one-shot hashes, by algorithm. */
export type NativeHashes = Partial<Record<OneShot, NativeHash>>;

/** What hashes a one-shot algorithm: the kernel, or the runtime's function. */
export type HashImplementation = "wasm" | "Bun.hash";

/**
 * How much faster the native best must be: both compute the same function, so a small lead is
 * noise; measured on Bun (AMD Zen 4), xxHash3 leads the kernel by ~1.5×, xxHash32 by ~1.35×,
 * xxHash64 by ~1.1×.
 */
const MARGIN = 1.2;

const ONE_SHOT: readonly OneShot[] = ["xxh32", "xxh64", "xxh3"];
/** The seeds the check hashes with, per seed width: 0, 1, a large one and the largest. */
const SEEDS: Record<OneShot, readonly bigint[]> = {
  xxh32: [0n, 1n, 0x9e3779b1n, 0xffff_ffffn],
  xxh64: [0n, 1n, 0x9e3779b185ebca87n, (1n << 64n) - 1n],
  xxh3: [0n, 1n, 0x9e3779b185ebca87n, (1n << 64n) - 1n],
};

/** The choices per runtime (a worker thread has its own runtime, so its own choices). */
const choices = new WeakMap<Runtime, Map<OneShot, HashImplementation>>();

/** Whether `a` is an algorithm a runtime may hash in one call. */
export const isOneShot = (a: string): a is OneShot => (ONE_SHOT as readonly string[]).includes(a);

/** A native digest as the kernel's reads (`%08x` for xxh32, `%016x` otherwise); undefined stays. */
function hexOf(algorithm: OneShot, v: bigint | undefined): string | undefined {
  if (v === undefined) return undefined;
  const bits = algorithm === "xxh32" ? 32 : 64;
  return BigInt.asUintN(bits, v).toString(16).padStart(bits / 4, "0");
}

/** The kernel's digest of [ptr, ptr + len) of `rt`'s arena with `seed`. */
function kernelDigest(rt: Runtime, algorithm: OneShot, arena: Arena, ptr: number, len: number, seed: bigint): string {
  const s = new ChecksumState(algorithm, seed, "self-check");
  s.feed({ kernel: arena.kernel, arena, ptr, len, pos: 0 });
  return s.digest(rt);
}

/**
 * Runs `check` on a pooled arena's resident piece of SAMPLE pseudo-random bytes at RESERVED_BYTES,
 * then zeroes it and gives the arena back.
 */
function onSample<T>(rt: Runtime, check: (arena: Arena, piece: Uint8Array) => T): T {
  const arena = rt.pool.acquire(RESERVED_BYTES + SAMPLE);
  const piece = new Uint8Array(arena.buffer, RESERVED_BYTES, SAMPLE);
  try {
    let x = 0x9e3779b9;
    for (let i = 0; i < SAMPLE; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      piece[i] = x;
    }
    return check(arena, piece);
  } finally {
    piece.fill(0);
    rt.pool.release(arena);
  }
}

/** Whether `fn` gives the kernel's digest on unaligned, odd-length inputs with seeds. */
function agrees(rt: Runtime, algorithm: OneShot, fn: NativeHash): boolean {
  try {
    return onSample(rt, (arena, piece) => {
      for (
        const [off, len] of [[0, 0], [1, 1], [3, 17], [5, 129], [7, 240], [9, 241], [11, 1023], [13, 70001]] as const
      ) {
        for (const seed of SEEDS[algorithm]) {
          const got = hexOf(algorithm, fn(piece.subarray(off, off + len), seed));
          // A seed the function declines is left to the kernel; seeds 0 and 1 must be taken.
          if (got === undefined && seed > 1n) continue;
          if (got !== kernelDigest(rt, algorithm, arena, RESERVED_BYTES + off, len, seed)) return false;
        }
      }
      return true;
    });
  } catch {
    return false;
  }
}

/**
 * The best time of each on one resident piece, taken in turn, until the kernel's best has settled
 * (timeInTurn); also whether every turn gave the same digest. Exported for the benchmark.
 */
export function timeHash(
  rt: Runtime,
  algorithm: OneShot,
  fn: NativeHash,
): { nativeMs: number; wasmMs: number; rounds: number; same: boolean } {
  return onSample(rt, (arena, piece) => {
    let same = true;
    let seed = 0n;
    let native: string | undefined;
    const timed = timeInTurn(
      () => void (native = hexOf(algorithm, fn(piece, ++seed))),
      () => void (same &&= native === kernelDigest(rt, algorithm, arena, RESERVED_BYTES, SAMPLE, seed)),
    );
    return { ...timed, same };
  });
}

/** What hashes `algorithm` on `rt`: decided (and timed) the first time it is asked. */
export function hashImplementation(rt: Runtime, algorithm: OneShot): HashImplementation {
  let map = choices.get(rt);
  if (map === undefined) choices.set(rt, map = new Map());
  let c = map.get(algorithm);
  if (c === undefined) {
    const fn = rt.nativeHash?.[algorithm];
    c = "wasm";
    if (fn !== undefined && agrees(rt, algorithm, fn)) {
      const { nativeMs, wasmMs, same } = timeHash(rt, algorithm, fn);
      if (same && MARGIN * Math.max(nativeMs, 1e-6) < wasmMs) c = "Bun.hash";
    }
    map.set(algorithm, c);
  }
  return c;
}

/**
 * Fixes the choice for `rt` (tests and benchmarks compare both sides). "Bun.hash" where the
 * runtime has no such function, or one that disagrees with the kernel, is refused.
 */
export function chooseHash(rt: Runtime, algorithm: OneShot, impl: HashImplementation): void {
  const fn = rt.nativeHash?.[algorithm];
  if (impl !== "wasm" && (fn === undefined || !agrees(rt, algorithm, fn))) {
    throw new MmapError(
      "ENOTSUP",
      `this runtime has no one-shot ${algorithm} that agrees with the kernel; choose "wasm"`,
    );
  }
  let map = choices.get(rt);
  if (map === undefined) choices.set(rt, map = new Map());
  map.set(algorithm, impl);
}

/** The implementation of each one-shot algorithm on `rt`. */
export function hashImplementations(rt: Runtime): Record<OneShot, HashImplementation> {
  return {
    xxh32: hashImplementation(rt, "xxh32"),
    xxh64: hashImplementation(rt, "xxh64"),
    xxh3: hashImplementation(rt, "xxh3"),
  };
}

/**
 * The digest of all of `bytes` by the runtime's own function, as the kernel's digest reads, or
 * undefined when the kernel is to hash it (another algorithm, a short range, no function, or a
 * slower or disagreeing one).
 */
export function nativeDigest(rt: Runtime, algorithm: Algorithm, bytes: Uint8Array, seed: bigint): string | undefined {
  if (!isOneShot(algorithm) || bytes.length < NATIVE_MIN) return undefined;
  const fn = rt.nativeHash?.[algorithm];
  if (fn === undefined || hashImplementation(rt, algorithm) === "wasm") return undefined;
  return hexOf(algorithm, fn(bytes, seed));
}

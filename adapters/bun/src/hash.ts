/**
 * Bun's own one-shot xxHash32, xxHash64 and XXH3-64 (`Bun.hash`), offered to core, which uses them only
 * where they give the kernel's digests and run faster (packages/core/src/kernels/native_hash.ts).
 * They read the array's bytes where they are: a view of a mapping is hashed without a copy.
 * Bun 1.4.5's `xxHash3` gives wrong digests for seeds of 2^32 and more (checked against hash-wasm;
 * `xxHash64` takes every 64-bit seed right): those seeds are declined, and the kernel hashes them.
 * @module
 */
import type { NativeHashes } from "@mmapkit/core";

interface BunHash {
  xxHash32(data: Uint8Array, seed?: number): number;
  xxHash64(data: Uint8Array, seed?: bigint): bigint;
  xxHash3(data: Uint8Array, seed?: bigint): bigint;
}

const hash = (globalThis as { Bun?: { hash?: Partial<BunHash> } }).Bun?.hash;

/** Bun's one-shot xxh32, xxh64 and xxh3, where this Bun has them. */
export const nativeHash: NativeHashes = {
  ...(typeof hash?.xxHash32 === "function"
    ? { xxh32: (b: Uint8Array, s: bigint) => BigInt(hash.xxHash32!(b, Number(s))) }
    : {}),
  ...(typeof hash?.xxHash64 === "function" ? { xxh64: (b: Uint8Array, s: bigint) => hash.xxHash64!(b, s) } : {}),
  ...(typeof hash?.xxHash3 === "function"
    ? { xxh3: (b: Uint8Array, s: bigint) => s < 1n << 32n ? hash.xxHash3!(b, s) : undefined }
    : {}),
};

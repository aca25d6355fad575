/** Checksums over any source, streamed window by window: crc32, crc32c, adler32, xxh64, xxh3. @module */
import { MmapError } from "../errors.ts";
import type { Arena } from "../arena.ts";
import { STATE_BYTES, STATE_OFFSET } from "../kernel/layout.ts";
import type { Runtime } from "../runtime.ts";
import { type RunOptions, runOptions, walk } from "./_walk.ts";

/** The algorithms. */
export type Algorithm = "crc32" | "crc32c" | "adler32" | "xxh64" | "xxh3";
const ALGORITHMS: readonly string[] = ["crc32", "crc32c", "adler32", "xxh64", "xxh3"];

/** Options of checksum. */
export interface ChecksumOptions extends RunOptions {
  /** xxh64/xxh3: the 64-bit seed. crc32/crc32c/adler32: a previous checksum to continue from. */
  seed?: number | bigint;
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");

function seed64(seed: unknown): { lo: number; hi: number } {
  if (seed === undefined) return { lo: 0, hi: 0 };
  let v: bigint;
  if (typeof seed === "bigint") v = seed;
  else if (typeof seed === "number" && Number.isSafeInteger(seed)) v = BigInt(seed);
  else throw new MmapError("EINVAL", `checksum: seed must be a whole number or a bigint, got ${String(seed)}`);
  if (v < 0n || v >= 1n << 64n) throw new MmapError("ERANGE", "checksum: seed must be in [0, 2^64)");
  return { lo: Number(v & 0xffffffffn), hi: Number(v >> 32n) };
}

function seed32(seed: unknown, start: number): number {
  if (seed === undefined) return start;
  const v = typeof seed === "bigint"
    ? seed
    : typeof seed === "number" && Number.isSafeInteger(seed)
    ? BigInt(seed)
    : -1n;
  if (v < 0n || v >= 1n << 32n) {
    throw new MmapError(
      "ERANGE",
      "checksum: for crc32/crc32c/adler32 the seed is a previous checksum; pass a whole number in [0, 2^32)",
    );
  }
  return Number(v);
}

/** The checksum of the range as lowercase hex (crc32 as `%08x`, xxh64/xxh3 as `xxhsum` prints). */
export function checksumOf(rt: Runtime, source: unknown, algorithm: unknown, options?: ChecksumOptions): string {
  if (typeof algorithm !== "string" || !ALGORITHMS.includes(algorithm)) {
    throw new MmapError("EINVAL", `unknown checksum ${JSON.stringify(algorithm)}; use one of ${ALGORITHMS.join(", ")}`);
  }
  const o = runOptions(options, "checksum") as ChecksumOptions;
  const plan = { what: `checksum ${algorithm}` };
  if (algorithm === "crc32" || algorithm === "crc32c" || algorithm === "adler32") {
    let state = seed32(o.seed, algorithm === "adler32" ? 1 : 0);
    walk(rt, source, o, plan, (c) => {
      const k = c.kernel;
      state = algorithm === "crc32"
        ? k.crc32Update(state, c.ptr, c.len)
        : algorithm === "crc32c"
        ? k.crc32cUpdate(state, c.ptr, c.len)
        : k.adler32Update(state, c.ptr, c.len);
    });
    return hex8(state);
  }
  const { lo, hi } = seed64(o.seed);
  const xxh3 = algorithm === "xxh3";
  let home: Arena | undefined;
  let saved: Uint8Array | undefined;
  let digest = "";
  const finish = (arena: Arena): void => {
    const out = STATE_OFFSET + STATE_BYTES - 8;
    if (xxh3) arena.kernel.xxh3Digest(STATE_OFFSET, out);
    else arena.kernel.xxh64Digest(STATE_OFFSET, out);
    const v = new DataView(arena.buffer, out, 8);
    digest = hex8(v.getUint32(4, true)) + hex8(v.getUint32(0, true));
  };
  walk(rt, source, o, plan, (c) => {
    const k = c.kernel;
    if (home === undefined) {
      if (xxh3) k.xxh3Reset(STATE_OFFSET, lo, hi);
      else k.xxh64Reset(STATE_OFFSET, lo, hi);
    } else if (home !== c.arena) {
      // The walk moved to another Memory: carry the streaming state over.
      saved ??= new Uint8Array(STATE_BYTES);
      saved.set(new Uint8Array(home.buffer, STATE_OFFSET, STATE_BYTES));
      new Uint8Array(c.arena.buffer, STATE_OFFSET, STATE_BYTES).set(saved);
    }
    home = c.arena;
    if (xxh3) k.xxh3Update(STATE_OFFSET, c.ptr, c.len);
    else k.xxh64Update(STATE_OFFSET, c.ptr, c.len);
  });
  // The arena is back in the pool but untouched since: its reserved area still holds the state.
  if (home !== undefined) finish(home);
  else {
    // An empty range visits no chunk: digest the empty input with a staging walk of nothing.
    walk(rt, new Uint8Array(1), { length: 1 }, plan, (c) => {
      if (xxh3) c.kernel.xxh3Reset(STATE_OFFSET, lo, hi);
      else c.kernel.xxh64Reset(STATE_OFFSET, lo, hi);
      finish(c.arena);
    });
  }
  return digest;
}

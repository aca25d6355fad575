/** Independent oracles for the kernels: plain JS loops, node:zlib, hash-wasm. @module */
import zlib from "node:zlib";
import { adler32, crc32, xxhash128, xxhash3, xxhash32, xxhash64 } from "hash-wasm";

/** Plain-loop count. */
export function countLoop(data: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === byte) n++;
  return n;
}

/** Plain-loop search for every (overlapping) match at or after `from`. */
export function matchesLoop(data: Uint8Array, needle: Uint8Array, from = 0): number[] {
  const out: number[] = [];
  outer: for (let i = from; i + needle.length <= data.length; i++) {
    for (let j = 0; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    out.push(i);
  }
  return out;
}

/** The digest an independent implementation gives. */
export async function checksumOracle(algorithm: string, data: Uint8Array, seed = 0n): Promise<string> {
  const lo = Number(seed & 0xffffffffn);
  const hi = Number(seed >> 32n);
  switch (algorithm) {
    case "crc32":
      return (zlib.crc32(data) >>> 0).toString(16).padStart(8, "0");
    case "crc32c":
      return await crc32(data, 0x82f63b78);
    case "adler32":
      return await adler32(data);
    case "xxh64":
      return await xxhash64(data, lo, hi);
    case "xxh3":
      return await xxhash3(data, lo, hi);
    case "xxh32":
      return await xxhash32(data, Number(seed));
    case "xxh128":
      // hash-wasm prints the canonical form (high 64 bits first), as xxhsum -H2 does.
      return await xxhash128(data, lo, hi);
  }
  throw new Error(`no oracle for ${algorithm}`);
}

/** A transform op applied with DataView loops (little-endian), on a copy. */
export function transformLoop(data: Uint8Array, op: Record<string, unknown>): Uint8Array {
  const out = data.slice();
  const v = new DataView(out.buffer, out.byteOffset, out.byteLength);
  if ("xor" in op) {
    const key = typeof op.xor === "number" ? Uint8Array.of(op.xor) : op.xor as Uint8Array;
    for (let i = 0; i < out.length; i++) out[i] = out[i]! ^ key[i % key.length]!;
  } else if ("map" in op) {
    const table = op.map as Uint8Array;
    for (let i = 0; i < out.length; i++) out[i] = table[out[i]!]!;
  } else if ("swap" in op) {
    const w = op.swap as number;
    for (let i = 0; i + w <= out.length; i += w) out.subarray(i, i + w).reverse();
  } else {
    const t = op.type as string;
    const a = op.add as number;
    const n = t === "i64" ? BigInt(a) : 0n;
    for (let i = 0; i < out.length;) {
      if (t === "u8") (v.setUint8(i, (v.getUint8(i) + a) & 0xff), i += 1);
      else if (t === "i16") (v.setInt16(i, v.getInt16(i, true) + a, true), i += 2);
      else if (t === "i32") (v.setInt32(i, (v.getInt32(i, true) + a) | 0, true), i += 4);
      else if (t === "i64") (v.setBigInt64(i, BigInt.asIntN(64, v.getBigInt64(i, true) + n), true), i += 8);
      else if (t === "f32") (v.setFloat32(i, Math.fround(v.getFloat32(i, true) + a), true), i += 4);
      else (v.setFloat64(i, v.getFloat64(i, true) + a, true), i += 8);
    }
  }
  return out;
}

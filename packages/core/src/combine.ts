/**
 * Joining checksums of consecutive pieces without the bytes: the crc of A‖B from crc(A), crc(B)
 * and the length of B (as zlib's `crc32_combine` and `adler32_combine` do), so pieces hashed on
 * different threads give exactly the single-thread digest.
 *
 * A reflected CRC of B appended to A is crc(A)·x^(8·len(B)) mod P xor crc(B), so combining is one
 * multiplication by x^(8n) modulo the polynomial. x^(8n) is built from the powers x^(2^k), which
 * are computed once per polynomial by squaring.
 * @module
 */

import { type Algorithm, rowOf } from "./kernels/algorithms.ts";

/** Reflected polynomials: crc32's (zlib). */
export const CRC32_POLY: number = 0xedb88320;
/** Castagnoli (crc32c), reflected. */
export const CRC32C_POLY: number = 0x82f63b78;

const powers = new Map<number, Uint32Array>();

/** a·b mod P, both reflected 32-bit polynomials (bit 31 is x^0). */
function mulmod(a: number, b: number, poly: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if ((a & bit) !== 0) product ^= b;
    b = (b & 1) !== 0 ? (b >>> 1) ^ poly : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) mod P for k = 0…63. */
function powersOf(poly: number): Uint32Array {
  let table = powers.get(poly);
  if (table === undefined) {
    table = new Uint32Array(64);
    let p = 0x40000000; // x^1
    for (let k = 0; k < 64; k++) {
      table[k] = p;
      p = mulmod(p, p, poly);
    }
    powers.set(poly, table);
  }
  return table;
}

/** x^(8·bytes) mod P. `bytes` is a whole number below 2^53. */
function shiftOf(bytes: number, poly: number): number {
  const table = powersOf(poly);
  let result = 0x80000000; // x^0
  let k = 3; // 8·bytes = bytes shifted by 3 bits
  for (let n = bytes; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) result = mulmod(table[k]!, result, poly);
  }
  return result;
}

/** The CRC (of polynomial `poly`: {@link CRC32_POLY} or {@link CRC32C_POLY}) of A‖B from crc(A), crc(B) and len(B). */
export function crcCombine(poly: number, crcA: number, crcB: number, lengthB: number): number {
  return (mulmod(shiftOf(lengthB, poly), crcA >>> 0, poly) ^ crcB) >>> 0;
}

const BASE = 65521;

/** The Adler-32 of A‖B from adler(A), adler(B) and len(B). */
export function adler32Combine(adlerA: number, adlerB: number, lengthB: number): number {
  const rem = lengthB % BASE;
  const a1 = adlerA & 0xffff;
  const b1 = adlerA >>> 16;
  const a2 = adlerB & 0xffff;
  const b2 = adlerB >>> 16;
  // a = a1 + a2 − 1; b = b1 + b2 + rem·a1 − rem  (mod BASE); each term kept non-negative.
  const a = (a1 + a2 + BASE - 1) % BASE;
  const b = (b1 + b2 + ((rem * a1) % BASE) + BASE - rem) % BASE;
  return ((b << 16) | a) >>> 0;
}

/**
 * How the algorithm table says digests of `algorithm` join: `(a, b, lengthB)` → the digest of
 * A‖B as a u32, or undefined for an algorithm whose pieces do not combine (it never splits).
 */
export function combinerOf(algorithm: Algorithm): ((a: number, b: number, lengthB: number) => number) | undefined {
  const how = rowOf(algorithm).combine;
  if (how === undefined) return undefined;
  if (how === "adler32") return adler32Combine;
  return (a, b, lengthB) => crcCombine(how.crc, a, b, lengthB);
}

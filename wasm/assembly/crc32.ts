// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// CRC-32 (zlib/gzip, reflected 0xEDB88320) and CRC-32C (Castagnoli, reflected 0x82F63B78), zlib
// convention: start with 0, pass the previous result to continue (the pre/post inversion is inside).
// Inputs of 4 KiB or more (SIMD build): two Chorba streams in one v128 (the two halves), combined as
// zlib's crc32_combine; 256 bytes or more: scalar Chorba (table-free 64-bit shifts and xors) with a
// short table run-out; shorter: slice-by-16. Tables (built by init()): [TABLES_OFFSET, +32.5 KiB).
import { TABLES_OFFSET } from "./layout";

/** 16 tables of 256 u32 (16 KiB) per polynomial. */
const TABLE_BYTES: u32 = 16 * 1024;
/** CRC-32 tables: [TABLES_OFFSET, TABLES_OFFSET + 16 KiB). */
export const CRC32_TABLES: u32 = TABLES_OFFSET;
/** CRC-32C tables: the next 16 KiB. */
export const CRC32C_TABLES: u32 = TABLES_OFFSET + TABLE_BYTES;
/** x^(2^k) mod P for k = 0..63 (reflected), per polynomial, for combining two CRCs. */
const CRC32_X2N: u32 = TABLES_OFFSET + 2 * TABLE_BYTES;
const CRC32C_X2N: u32 = CRC32_X2N + 256;
/** End of the CRC tables (TABLES_OFFSET + 32 KiB + 512 bytes). */
export const CRC_TABLES_END: u32 = CRC32C_X2N + 256;

/** Table k (0..15) at base + 1024·k: t_k[b] = CRC of byte b followed by k zero bytes (no inversion). */
function buildTables(base: usize, poly: u32): void {
  for (let i: u32 = 0; i < 256; i++) {
    let c = i;
    for (let j = 0; j < 8; j++) c = (c >>> 1) ^ (poly & (0 - (c & 1)));
    store<u32>(base + (<usize>i << 2), c);
  }
  for (let k: usize = 1; k < 16; k++) {
    for (let i: usize = 0; i < 256; i++) {
      const prev = load<u32>(base + ((k - 1) << 10) + (i << 2));
      store<u32>(base + (k << 10) + (i << 2), (prev >>> 8) ^ load<u32>(base + (<usize>(prev & 0xff) << 2)));
    }
  }
}

/** a·b mod P, both reflected (bit 31 is x^0), as zlib's multmodp. */
function multModP(poly: u32, aIn: u32, bIn: u32): u32 {
  let a = aIn;
  let b = bIn;
  let p: u32 = 0;
  for (let m: u32 = 0x80000000; m != 0; m >>>= 1) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) == 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ poly : b >>> 1;
  }
  return p;
}

function buildX2n(base: usize, poly: u32): void {
  let p: u32 = 0x40000000; // x^1
  store<u32>(base, p);
  for (let k: usize = 1; k < 64; k++) {
    p = multModP(poly, p, p);
    store<u32>(base + (k << 2), p);
  }
}

/** crc(A‖B) from crc(A), crc(B) and |B| (zlib's crc32_combine). */
function combine(poly: u32, x2n: usize, crcA: u32, crcB: u32, lenB: usize): u32 {
  // x^(8·lenB) mod P by squaring: lenB·8 = lenB·2^3.
  let p: u32 = 0x80000000; // x^0
  let n = lenB;
  let k: usize = 3;
  while (n != 0) {
    if (n & 1) p = multModP(poly, load<u32>(x2n + (k << 2)), p);
    n >>= 1;
    k++;
  }
  return multModP(poly, p, crcA) ^ crcB;
}

/** Builds both polynomials' tables (called from init()). */
export function buildCrcTables(): void {
  buildTables(CRC32_TABLES, 0xedb88320);
  buildTables(CRC32C_TABLES, 0x82f63b78);
  buildX2n(CRC32_X2N, 0xedb88320);
  buildX2n(CRC32C_X2N, 0x82f63b78);
}

// Table k entry for byte index i: offsets are compile-time constants, so each lookup is one load.
// @ts-ignore: decorator
@inline function t(base: usize, k: usize, i: u32): u32 {
  return load<u32>(base + (k << 10) + (<usize>(i & 0xff) << 2));
}

/** Slice-by-16: 16 bytes per step through 16 tables, then a byte at a time. c is the raw state. */
// @ts-ignore: decorator
@inline function sliced(base: usize, cIn: u32, ptr: usize, end: usize): u32 {
  let c = cIn;
  let p = ptr;
  while (end - p >= 16) {
    const a = load<u32>(p) ^ c;
    const b = load<u32>(p, 4);
    const d = load<u32>(p, 8);
    const e = load<u32>(p, 12);
    c = t(base, 15, a) ^ t(base, 14, a >>> 8) ^ t(base, 13, a >>> 16) ^ t(base, 12, a >>> 24) ^
      t(base, 11, b) ^ t(base, 10, b >>> 8) ^ t(base, 9, b >>> 16) ^ t(base, 8, b >>> 24) ^
      t(base, 7, d) ^ t(base, 6, d >>> 8) ^ t(base, 5, d >>> 16) ^ t(base, 4, d >>> 24) ^
      t(base, 3, e) ^ t(base, 2, e >>> 8) ^ t(base, 1, e >>> 16) ^ t(base, 0, e >>> 24);
    p += 16;
  }
  while (p < end) {
    c = (c >>> 8) ^ t(base, 0, c ^ <u32>load<u8>(p));
    p++;
  }
  return c;
}

/** The raw state after 8 more bytes (the u64 w, little-endian), slice-by-8. */
// @ts-ignore: decorator
@inline function word(base: usize, c: u32, w: u64): u32 {
  const lo = <u32>w ^ c;
  const hi = <u32>(w >> 32);
  return t(base, 7, lo) ^ t(base, 6, lo >>> 8) ^ t(base, 5, lo >>> 16) ^ t(base, 4, lo >>> 24) ^
    t(base, 3, hi) ^ t(base, 2, hi >>> 8) ^ t(base, 1, hi >>> 16) ^ t(base, 0, hi >>> 24);
}

// ---- Chorba (arXiv 2412.16398) ----------------------------------------------------------------------
// If Q = x^n + Σ x^e_i is a multiple of the CRC polynomial P, a message bit can be cancelled by XORing
// it into the bits that follow it at the distances n − e_i and n: the message's remainder mod Q, hence
// mod P, and so its CRC, do not change. Walking the message word by word this way leaves only the
// last words (with their pending XORs) for the tables. Distances in bits, all ≥ 128 so that two
// consecutive words never feed each other:
//   CRC-32:  Q = x^300 + x^155 + x^117 + x^89 + 1            → 145, 183, 211, 300
//   CRC-32C: Q = x^290 + x^136 + x^113 + x^107 + x^32 + 1    → 154, 177, 183, 258, 290
// Both Q were checked to be multiples of 0x104C11DB7 and 0x11EDC6F41 (the CRC-32C one comes from a
// search over weight-6 polynomials; no weight-5 multiple with these constraints exists below x^640).

/** The part of word w, moved d bits later in the message, that lands k words later. */
// @ts-ignore: decorator
@inline function seg(w: u64, d: i32, k: i32): u64 {
  const q = d >> 6;
  const r = d & 63;
  if (k == q) return w << <u64>r;
  if (k == q + 1 && r != 0) return w >> <u64>(64 - r);
  return 0;
}

/** Everything word w contributes to the word k words later (constants fold after inlining). */
// @ts-ignore: decorator
@inline function part(c32c: bool, w: u64, k: i32): u64 {
  if (c32c) return seg(w, 154, k) ^ seg(w, 177, k) ^ seg(w, 183, k) ^ seg(w, 258, k) ^ seg(w, 290, k);
  return seg(w, 145, k) ^ seg(w, 183, k) ^ seg(w, 211, k) ^ seg(w, 300, k);
}

/** part() on two independent words at once (i64x2 shifts by constants are single instructions). */
// @ts-ignore: decorator
@inline function segV(w: v128, d: i32, k: i32): v128 {
  const q = d >> 6;
  const r = d & 63;
  if (k == q) return i64x2.shl(w, r);
  if (k == q + 1 && r != 0) return i64x2.shr_u(w, 64 - r);
  return i64x2.splat(0);
}

// @ts-ignore: decorator
@inline function partV(c32c: bool, w: v128, k: i32): v128 {
  if (c32c) {
    return v128.xor(
      v128.xor(v128.xor(segV(w, 154, k), segV(w, 177, k)), v128.xor(segV(w, 183, k), segV(w, 258, k))),
      segV(w, 290, k),
    );
  }
  return v128.xor(v128.xor(segV(w, 145, k), segV(w, 183, k)), v128.xor(segV(w, 211, k), segV(w, 300, k)));
}

/** The pending XORs (lane 0: first half, lane 1: second half) and the run-out of one lane. */
// @ts-ignore: decorator
@inline function runOut(base: usize, p: usize, m0: u64, m1: u64, m2: u64, m3: u64, m4: u64): u32 {
  let c = word(base, 0, load<u64>(p) ^ m0);
  c = word(base, c, load<u64>(p, 8) ^ m1);
  c = word(base, c, load<u64>(p, 16) ^ m2);
  c = word(base, c, load<u64>(p, 24) ^ m3);
  return word(base, c, load<u64>(p, 32) ^ m4);
}

/** Inputs at least this long take two Chorba streams in one v128 (SIMD build), then combine. */
const DUAL_MIN: usize = 4096;

/**
 * SIMD build, len ≥ DUAL_MIN: Chorba on both halves at once, lane 0 on [ptr, mid) starting from the
 * given state, lane 1 on [mid, end) from 0; the two CRCs are then combined. Returns the final CRC.
 */
// @ts-ignore: decorator
@inline function dual(base: usize, c32c: bool, crc: u32, ptr: usize, len: usize): u32 {
  const half = (len >> 1) & ~(<usize>15);
  const mid = ptr + half;
  const end = ptr + len;
  let a = ptr;
  let b = mid;
  // Lane 0 starts from the caller's state, lane 1 from zlib's start value (raw state 0xffffffff).
  let n0 = i64x2(<i64>~crc, 0xffffffff);
  let n1 = i64x2.splat(0);
  let n2 = i64x2.splat(0);
  let n3 = i64x2.splat(0);
  let n4 = i64x2.splat(0);
  // Both lanes advance together; the first half is the shorter one and keeps its ≥ 40-byte run-out.
  const stop = mid - 72;
  while (a <= stop) {
    const va = v128.load(a);
    const vb = v128.load(b);
    const w0 = v128.xor(i64x2.shuffle(va, vb, 0, 2), n0);
    const w1 = v128.xor(i64x2.shuffle(va, vb, 1, 3), n1);
    n0 = v128.xor(n2, partV(c32c, w0, 2));
    n1 = v128.xor(v128.xor(n3, partV(c32c, w0, 3)), partV(c32c, w1, 2));
    n2 = v128.xor(v128.xor(n4, partV(c32c, w0, 4)), partV(c32c, w1, 3));
    n3 = v128.xor(partV(c32c, w0, 5), partV(c32c, w1, 4));
    n4 = partV(c32c, w1, 5);
    a += 16;
    b += 16;
  }
  let ca = runOut(base, a,
    i64x2.extract_lane(n0, 0), i64x2.extract_lane(n1, 0), i64x2.extract_lane(n2, 0),
    i64x2.extract_lane(n3, 0), i64x2.extract_lane(n4, 0));
  let cb = runOut(base, b,
    i64x2.extract_lane(n0, 1), i64x2.extract_lane(n1, 1), i64x2.extract_lane(n2, 1),
    i64x2.extract_lane(n3, 1), i64x2.extract_lane(n4, 1));
  ca = ~sliced(base, ca, a + 40, mid);
  cb = ~sliced(base, cb, b + 40, end);
  return combine(c32c ? 0x82f63b78 : 0xedb88320, c32c ? CRC32C_X2N : CRC32_X2N, ca, cb, end - mid);
}

/** Inputs at least this long take the Chorba path. */
const CHORBA_MIN: usize = 256;

// @ts-ignore: decorator
@inline function update(base: usize, c32c: bool, crc: u32, ptr: usize, len: usize): u32 {
  if (ASC_FEATURE_SIMD) {
    if (len >= DUAL_MIN) return dual(base, c32c, crc, ptr, len);
  }
  let c = ~crc;
  let p = ptr;
  const end = ptr + len;
  if (len >= CHORBA_MIN) {
    // n0..n4: the XORs pending for the words at p, p+8, …, p+32 (no distance reaches a sixth word).
    // The CRC state enters as the first word's pending XOR; the table run-out restarts from 0.
    let n0: u64 = <u64>c;
    let n1: u64 = 0;
    let n2: u64 = 0;
    let n3: u64 = 0;
    let n4: u64 = 0;
    // Two words per half-step; each loop leaves ≥ 40 bytes, the reach of the pending XORs.
    while (end - p >= 72) {
      const w0 = load<u64>(p) ^ n0;
      const w1 = load<u64>(p, 8) ^ n1;
      n0 = n2 ^ part(c32c, w0, 2);
      n1 = n3 ^ part(c32c, w0, 3) ^ part(c32c, w1, 2);
      n2 = n4 ^ part(c32c, w0, 4) ^ part(c32c, w1, 3);
      n3 = part(c32c, w0, 5) ^ part(c32c, w1, 4);
      n4 = part(c32c, w1, 5);
      const w2 = load<u64>(p, 16) ^ n0;
      const w3 = load<u64>(p, 24) ^ n1;
      n0 = n2 ^ part(c32c, w2, 2);
      n1 = n3 ^ part(c32c, w2, 3) ^ part(c32c, w3, 2);
      n2 = n4 ^ part(c32c, w2, 4) ^ part(c32c, w3, 3);
      n3 = part(c32c, w2, 5) ^ part(c32c, w3, 4);
      n4 = part(c32c, w3, 5);
      p += 32;
    }
    c = word(base, 0, load<u64>(p) ^ n0);
    c = word(base, c, load<u64>(p, 8) ^ n1);
    c = word(base, c, load<u64>(p, 16) ^ n2);
    c = word(base, c, load<u64>(p, 24) ^ n3);
    c = word(base, c, load<u64>(p, 32) ^ n4);
    p += 40;
  }
  return ~sliced(base, c, p, end);
}

/** CRC-32 (zlib's crc32(crc, buf, len)). */
export function crc32Update(crc: u32, ptr: usize, len: usize): u32 {
  return update(CRC32_TABLES, false, crc, ptr, len);
}

/** CRC-32C (Castagnoli), same convention. */
export function crc32cUpdate(crc: u32, ptr: usize, len: usize): u32 {
  return update(CRC32C_TABLES, true, crc, ptr, len);
}

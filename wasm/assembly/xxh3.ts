// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// XXH3 64-bit (default secret, 64-bit seed), streaming, as `xxhsum -H3` prints (xxh128.ts shares
// its state, updates and accumulators). Inputs of at most 240 bytes take the short paths with the
// default secret and the seed; longer inputs take the stripe/block path with the secret derived
// from the seed (the default secret when the seed is 0).
// The SIMD build accumulates two lanes per v128 with i64x2.extmul_low/high_i32x4_u.
//
// State (host-owned, any alignment), XXH3_STATE_SIZE bytes:
//   0..64 acc[8]   64..256 secret   256..512 buffered bytes   512..576 the last 64 consumed bytes
//   576 total length (u64)   584 seed (u64)   592 buffered count (u32)   596 stripes into the block (u32)

import { SINGLE_SHUFFLES, tuning } from "./tuning";

export const P32_1: u64 = 0x9e3779b1;
export const P32_2: u64 = 0x85ebca77;
const P32_3: u64 = 0xc2b2ae3d;
export const P64_1: u64 = 0x9e3779b185ebca87;
export const P64_2: u64 = 0xc2b2ae3d27d4eb4f;
export const P64_3: u64 = 0x165667b19e3779f9;
export const P64_4: u64 = 0x85ebca77c2b2ae63;
export const P64_5: u64 = 0x27d4eb2f165667c5;
export const PRIME_MX1: u64 = 0x165667919e3779f9;
export const PRIME_MX2: u64 = 0x9fb21c651e98df25;

export const SECRET_SIZE: usize = 192;
const STRIPES_PER_BLOCK: u32 = 16; // (192 − 64) / 8
const BUFFER_SIZE: usize = 256;

const S_ACC: usize = 0;
export const S_SECRET: usize = 64;
export const S_BUF: usize = 256;
const S_LAST: usize = 512;
export const S_TOTAL: usize = 576;
export const S_SEED: usize = 584;
export const S_BUFLEN: usize = 592;
const S_STRIPES: usize = 596;
const XXH3_STATE_SIZE: u32 = 600;

/** The default secret (kSecret, from FARSH). */
export const K_SECRET: usize = memory.data<u8>([
  0xb8, 0xfe, 0x6c, 0x39, 0x23, 0xa4, 0x4b, 0xbe, 0x7c, 0x01, 0x81, 0x2c, 0xf7, 0x21, 0xad, 0x1c,
  0xde, 0xd4, 0x6d, 0xe9, 0x83, 0x90, 0x97, 0xdb, 0x72, 0x40, 0xa4, 0xa4, 0xb7, 0xb3, 0x67, 0x1f,
  0xcb, 0x79, 0xe6, 0x4e, 0xcc, 0xc0, 0xe5, 0x78, 0x82, 0x5a, 0xd0, 0x7d, 0xcc, 0xff, 0x72, 0x21,
  0xb8, 0x08, 0x46, 0x74, 0xf7, 0x43, 0x24, 0x8e, 0xe0, 0x35, 0x90, 0xe6, 0x81, 0x3a, 0x26, 0x4c,
  0x3c, 0x28, 0x52, 0xbb, 0x91, 0xc3, 0x00, 0xcb, 0x88, 0xd0, 0x65, 0x8b, 0x1b, 0x53, 0x2e, 0xa3,
  0x71, 0x64, 0x48, 0x97, 0xa2, 0x0d, 0xf9, 0x4e, 0x38, 0x19, 0xef, 0x46, 0xa9, 0xde, 0xac, 0xd8,
  0xa8, 0xfa, 0x76, 0x3f, 0xe3, 0x9c, 0x34, 0x3f, 0xf9, 0xdc, 0xbb, 0xc7, 0xc7, 0x0b, 0x4f, 0x1d,
  0x8a, 0x51, 0xe0, 0x4b, 0xcd, 0xb4, 0x59, 0x31, 0xc8, 0x9f, 0x7e, 0xc9, 0xd9, 0x78, 0x73, 0x64,
  0xea, 0xc5, 0xac, 0x83, 0x34, 0xd3, 0xeb, 0xc3, 0xc5, 0x81, 0xa0, 0xff, 0xfa, 0x13, 0x63, 0xeb,
  0x17, 0x0d, 0xdd, 0x51, 0xb7, 0xf0, 0xda, 0x49, 0xd3, 0x16, 0x55, 0x26, 0x29, 0xd4, 0x68, 0x9e,
  0x2b, 0x16, 0xbe, 0x58, 0x7d, 0x47, 0xa1, 0xfc, 0x8f, 0xf8, 0xb8, 0xd1, 0x7a, 0xd0, 0x31, 0xce,
  0x45, 0xcb, 0x3a, 0x8f, 0x95, 0x16, 0x04, 0x28, 0xaf, 0xd7, 0xfb, 0xca, 0xbb, 0x4b, 0x40, 0x7e,
]);

/** Digest scratch: a copy of acc[8] (64), the stripe counter (8) and a 64-byte last stripe. */
const SCRATCH: usize = memory.data(144);

// ---- 64-bit helpers -------------------------------------------------------------------------

/** Low 64 bits xor high 64 bits of the 128-bit product a·b. */
export function mul128Fold64(a: u64, b: u64): u64 {
  const aLo = a & 0xffffffff;
  const aHi = a >> 32;
  const bLo = b & 0xffffffff;
  const bHi = b >> 32;
  const loLo = aLo * bLo;
  const hiLo = aHi * bLo;
  const loHi = aLo * bHi;
  const hiHi = aHi * bHi;
  const cross = (loLo >> 32) + (hiLo & 0xffffffff) + loHi;
  const upper = (hiLo >> 32) + (cross >> 32) + hiHi;
  const lower = (cross << 32) | (loLo & 0xffffffff);
  return upper ^ lower;
}

// @ts-ignore: decorator
@inline export function xxh64Avalanche(hIn: u64): u64 {
  let h = hIn;
  h ^= h >> 33;
  h *= P64_2;
  h ^= h >> 29;
  h *= P64_3;
  h ^= h >> 32;
  return h;
}

// @ts-ignore: decorator
@inline export function avalanche(hIn: u64): u64 {
  let h = hIn;
  h ^= h >> 37;
  h *= PRIME_MX1;
  h ^= h >> 32;
  return h;
}

// @ts-ignore: decorator
@inline function rrmxmx(hIn: u64, len: u64): u64 {
  let h = hIn;
  h ^= rotl<u64>(h, 49) ^ rotl<u64>(h, 24);
  h *= PRIME_MX2;
  h ^= (h >> 35) + len;
  h *= PRIME_MX2;
  return h ^ (h >> 28);
}

// @ts-ignore: decorator
@inline export function mix16B(p: usize, s: usize, seed: u64): u64 {
  return mul128Fold64(load<u64>(p) ^ (load<u64>(s) + seed), load<u64>(p, 8) ^ (load<u64>(s, 8) - seed));
}

// ---- inputs of at most 240 bytes (default secret + seed) --------------------------------------

function hashShort(p: usize, len: usize, seed: u64): u64 {
  const s = K_SECRET;
  if (len <= 16) {
    if (len > 8) {
      const bitflip1 = (load<u64>(s, 24) ^ load<u64>(s, 32)) + seed;
      const bitflip2 = (load<u64>(s, 40) ^ load<u64>(s, 48)) - seed;
      const lo = load<u64>(p) ^ bitflip1;
      const hi = load<u64>(p + len - 8) ^ bitflip2;
      return avalanche(<u64> len + bswap<u64>(lo) + hi + mul128Fold64(lo, hi));
    }
    if (len >= 4) {
      const sd = seed ^ (<u64> bswap<u32>(<u32> seed) << 32);
      const in1 = <u64> load<u32>(p);
      const in2 = <u64> load<u32>(p + len - 4);
      const bitflip = (load<u64>(s, 8) ^ load<u64>(s, 16)) - sd;
      return rrmxmx((in2 + (in1 << 32)) ^ bitflip, <u64> len);
    }
    if (len > 0) {
      const c1 = <u32> load<u8>(p);
      const c2 = <u32> load<u8>(p + (len >> 1));
      const c3 = <u32> load<u8>(p + len - 1);
      const combined = (c1 << 16) | (c2 << 24) | c3 | (<u32> len << 8);
      const bitflip = <u64> (load<u32>(s) ^ load<u32>(s, 4)) + seed;
      return xxh64Avalanche(<u64> combined ^ bitflip);
    }
    return xxh64Avalanche(seed ^ (load<u64>(s, 56) ^ load<u64>(s, 64)));
  }
  let acc = <u64> len * P64_1;
  if (len <= 128) {
    if (len > 32) {
      if (len > 64) {
        if (len > 96) {
          acc += mix16B(p + 48, s + 96, seed);
          acc += mix16B(p + len - 64, s + 112, seed);
        }
        acc += mix16B(p + 32, s + 64, seed);
        acc += mix16B(p + len - 48, s + 80, seed);
      }
      acc += mix16B(p + 16, s + 32, seed);
      acc += mix16B(p + len - 32, s + 48, seed);
    }
    acc += mix16B(p, s, seed);
    acc += mix16B(p + len - 16, s + 16, seed);
    return avalanche(acc);
  }
  // 129..240
  for (let i: usize = 0; i < 8; i++) acc += mix16B(p + 16 * i, s + 16 * i, seed);
  let accEnd = mix16B(p + len - 16, s + 136 - 17, seed);
  acc = avalanche(acc);
  const rounds = len >> 4;
  for (let i: usize = 8; i < rounds; i++) accEnd += mix16B(p + 16 * i, s + 16 * (i - 8) + 3, seed);
  return avalanche(acc + accEnd);
}

// ---- long inputs: stripes of 64 bytes, blocks of 16 stripes -----------------------------------

/** One stripe into acc[8] at accPtr (scalar). */
// @ts-ignore: decorator
@inline function accumulate512Scalar(acc: usize, p: usize, s: usize): void {
  for (let i: usize = 0; i < 8; i++) {
    const v = load<u64>(p + 8 * i);
    const k = v ^ load<u64>(s + 8 * i);
    store<u64>(acc + 8 * (i ^ 1), load<u64>(acc + 8 * (i ^ 1)) + v);
    store<u64>(acc + 8 * i, load<u64>(acc + 8 * i) + (k & 0xffffffff) * (k >> 32));
  }
}

/** Scrambles acc[8] with the secret's last 64 bytes. */
function scramble(acc: usize, secret: usize): void {
  const s = secret + SECRET_SIZE - 64;
  for (let i: usize = 0; i < 8; i++) {
    let a = load<u64>(acc + 8 * i);
    a ^= a >> 47;
    a ^= load<u64>(s + 8 * i);
    store<u64>(acc + 8 * i, a * P32_1);
  }
}

// SIMD: one stripe into four accumulators (lanes 0-1, 2-3, 4-5, 6-7).
// product = (key lo 32) · (key hi 32) per lane. Pairs (V8): gather lo halves and hi halves of two
// vectors with one two-input shuffle each, then extmul_low gives the first vector's lanes and
// extmul_high the second's. Single (JavaScriptCore, see tuning.ts): two single-input shuffles per
// vector and extmul_low.

/** The SIMD body of consumeStripes; `single` is a constant at each call, so each call is one loop. */
// @ts-ignore: decorator
@inline function consumeSimd(single: bool, acc: usize, cnt: usize, secret: usize, pIn: usize, nIn: usize): void {
  let p = pIn;
  let n = nIn;
  let s = load<u32>(cnt);
  let a0 = v128.load(acc, 0);
  let a1 = v128.load(acc, 16);
  let a2 = v128.load(acc, 32);
  let a3 = v128.load(acc, 48);
  while (n > 0) {
    let k = <usize> (STRIPES_PER_BLOCK - s);
    if (k > n) k = n;
    let sec = secret + (<usize> s << 3);
    const end = p + (k << 6);
    while (p < end) {
      const d0 = v128.load(p, 0);
      const d1 = v128.load(p, 16);
      const d2 = v128.load(p, 32);
      const d3 = v128.load(p, 48);
      const k0 = v128.xor(d0, v128.load(sec, 0));
      const k1 = v128.xor(d1, v128.load(sec, 16));
      const k2 = v128.xor(d2, v128.load(sec, 32));
      const k3 = v128.xor(d3, v128.load(sec, 48));
      if (single) {
        a0 = i64x2.add(a0, i64x2.add(i64x2.shuffle(d0, d0, 1, 0), halvesProduct(k0)));
        a1 = i64x2.add(a1, i64x2.add(i64x2.shuffle(d1, d1, 1, 0), halvesProduct(k1)));
        a2 = i64x2.add(a2, i64x2.add(i64x2.shuffle(d2, d2, 1, 0), halvesProduct(k2)));
        a3 = i64x2.add(a3, i64x2.add(i64x2.shuffle(d3, d3, 1, 0), halvesProduct(k3)));
      } else {
        const lo01 = i32x4.shuffle(k0, k1, 0, 2, 4, 6);
        const hi01 = i32x4.shuffle(k0, k1, 1, 3, 5, 7);
        const lo23 = i32x4.shuffle(k2, k3, 0, 2, 4, 6);
        const hi23 = i32x4.shuffle(k2, k3, 1, 3, 5, 7);
        a0 = i64x2.add(a0, i64x2.add(i64x2.shuffle(d0, d0, 1, 0), i64x2.extmul_low_i32x4_u(lo01, hi01)));
        a1 = i64x2.add(a1, i64x2.add(i64x2.shuffle(d1, d1, 1, 0), i64x2.extmul_high_i32x4_u(lo01, hi01)));
        a2 = i64x2.add(a2, i64x2.add(i64x2.shuffle(d2, d2, 1, 0), i64x2.extmul_low_i32x4_u(lo23, hi23)));
        a3 = i64x2.add(a3, i64x2.add(i64x2.shuffle(d3, d3, 1, 0), i64x2.extmul_high_i32x4_u(lo23, hi23)));
      }
      p += 64;
      sec += 8;
    }
    n -= k;
    s += <u32> k;
    if (s == STRIPES_PER_BLOCK) {
      const ss = secret + SECRET_SIZE - 64;
      const prime = i64x2.splat(P32_1);
      a0 = i64x2.mul(v128.xor(v128.xor(a0, i64x2.shr_u(a0, 47)), v128.load(ss, 0)), prime);
      a1 = i64x2.mul(v128.xor(v128.xor(a1, i64x2.shr_u(a1, 47)), v128.load(ss, 16)), prime);
      a2 = i64x2.mul(v128.xor(v128.xor(a2, i64x2.shr_u(a2, 47)), v128.load(ss, 32)), prime);
      a3 = i64x2.mul(v128.xor(v128.xor(a3, i64x2.shr_u(a3, 47)), v128.load(ss, 48)), prime);
      s = 0;
    }
  }
  v128.store(acc, a0, 0);
  v128.store(acc, a1, 16);
  v128.store(acc, a2, 32);
  v128.store(acc, a3, 48);
  store<u32>(cnt, s);
}

/** (lo 32 · hi 32) of each 64-bit lane of k. */
// @ts-ignore: decorator
@inline function halvesProduct(k: v128): v128 {
  return i64x2.extmul_low_i32x4_u(i32x4.shuffle(k, k, 0, 2, 0, 2), i32x4.shuffle(k, k, 1, 3, 1, 3));
}

/**
 * Consumes n stripes at p into the accumulators at acc (stripe counter at cnt, secret at secret),
 * scrambling at every block end. The caller guarantees that more input follows the last stripe.
 */
function consumeStripes(acc: usize, cnt: usize, secret: usize, pIn: usize, nIn: usize): void {
  if (ASC_FEATURE_SIMD) {
    if (tuning & SINGLE_SHUFFLES) consumeSimd(true, acc, cnt, secret, pIn, nIn);
    else consumeSimd(false, acc, cnt, secret, pIn, nIn);
    return;
  }
  let p = pIn;
  let n = nIn;
  let s = load<u32>(cnt);
  {
    let a0 = load<u64>(acc, 0);
    let a1 = load<u64>(acc, 8);
    let a2 = load<u64>(acc, 16);
    let a3 = load<u64>(acc, 24);
    let a4 = load<u64>(acc, 32);
    let a5 = load<u64>(acc, 40);
    let a6 = load<u64>(acc, 48);
    let a7 = load<u64>(acc, 56);
    while (n > 0) {
      let k = <usize> (STRIPES_PER_BLOCK - s);
      if (k > n) k = n;
      let sec = secret + (<usize> s << 3);
      const end = p + (k << 6);
      while (p < end) {
        const d0 = load<u64>(p, 0);
        const d1 = load<u64>(p, 8);
        const d2 = load<u64>(p, 16);
        const d3 = load<u64>(p, 24);
        const d4 = load<u64>(p, 32);
        const d5 = load<u64>(p, 40);
        const d6 = load<u64>(p, 48);
        const d7 = load<u64>(p, 56);
        const k0 = d0 ^ load<u64>(sec, 0);
        const k1 = d1 ^ load<u64>(sec, 8);
        const k2 = d2 ^ load<u64>(sec, 16);
        const k3 = d3 ^ load<u64>(sec, 24);
        const k4 = d4 ^ load<u64>(sec, 32);
        const k5 = d5 ^ load<u64>(sec, 40);
        const k6 = d6 ^ load<u64>(sec, 48);
        const k7 = d7 ^ load<u64>(sec, 56);
        a0 += d1 + (k0 & 0xffffffff) * (k0 >> 32);
        a1 += d0 + (k1 & 0xffffffff) * (k1 >> 32);
        a2 += d3 + (k2 & 0xffffffff) * (k2 >> 32);
        a3 += d2 + (k3 & 0xffffffff) * (k3 >> 32);
        a4 += d5 + (k4 & 0xffffffff) * (k4 >> 32);
        a5 += d4 + (k5 & 0xffffffff) * (k5 >> 32);
        a6 += d7 + (k6 & 0xffffffff) * (k6 >> 32);
        a7 += d6 + (k7 & 0xffffffff) * (k7 >> 32);
        p += 64;
        sec += 8;
      }
      n -= k;
      s += <u32> k;
      if (s == STRIPES_PER_BLOCK) {
        const ss = secret + SECRET_SIZE - 64;
        a0 = (a0 ^ (a0 >> 47) ^ load<u64>(ss, 0)) * P32_1;
        a1 = (a1 ^ (a1 >> 47) ^ load<u64>(ss, 8)) * P32_1;
        a2 = (a2 ^ (a2 >> 47) ^ load<u64>(ss, 16)) * P32_1;
        a3 = (a3 ^ (a3 >> 47) ^ load<u64>(ss, 24)) * P32_1;
        a4 = (a4 ^ (a4 >> 47) ^ load<u64>(ss, 32)) * P32_1;
        a5 = (a5 ^ (a5 >> 47) ^ load<u64>(ss, 40)) * P32_1;
        a6 = (a6 ^ (a6 >> 47) ^ load<u64>(ss, 48)) * P32_1;
        a7 = (a7 ^ (a7 >> 47) ^ load<u64>(ss, 56)) * P32_1;
        s = 0;
      }
    }
    store<u64>(acc, a0, 0);
    store<u64>(acc, a1, 8);
    store<u64>(acc, a2, 16);
    store<u64>(acc, a3, 24);
    store<u64>(acc, a4, 32);
    store<u64>(acc, a5, 40);
    store<u64>(acc, a6, 48);
    store<u64>(acc, a7, 56);
  }
  store<u32>(cnt, s);
}

// ---- streaming API ----------------------------------------------------------------------------

/** Bytes the host reserves for a state. */
export function xxh3StateSize(): u32 {
  return XXH3_STATE_SIZE;
}

/** Starts a hash with the 64-bit seed hi:lo. */
export function xxh3Reset(state: usize, seedLo: u32, seedHi: u32): void {
  const seed = (<u64> seedHi << 32) | <u64> seedLo;
  store<u64>(state + S_ACC, P32_3, 0);
  store<u64>(state + S_ACC, P64_1, 8);
  store<u64>(state + S_ACC, P64_2, 16);
  store<u64>(state + S_ACC, P64_3, 24);
  store<u64>(state + S_ACC, P64_4, 32);
  store<u64>(state + S_ACC, P32_2, 40);
  store<u64>(state + S_ACC, P64_5, 48);
  store<u64>(state + S_ACC, P32_1, 56);
  // The long-input secret: kSecret with the seed added to even words and subtracted from odd ones.
  for (let i: usize = 0; i < SECRET_SIZE; i += 16) {
    store<u64>(state + S_SECRET + i, load<u64>(K_SECRET + i) + seed);
    store<u64>(state + S_SECRET + i, load<u64>(K_SECRET + i, 8) - seed, 8);
  }
  store<u64>(state + S_TOTAL, 0);
  store<u64>(state + S_SEED, seed);
  store<u32>(state + S_BUFLEN, 0);
  store<u32>(state + S_STRIPES, 0);
}

/** Adds len bytes at ptr. */
export function xxh3Update(state: usize, ptr: usize, len: usize): void {
  if (len == 0) return;
  store<u64>(state + S_TOTAL, load<u64>(state + S_TOTAL) + <u64> len);
  let p = ptr;
  let rem = len;
  let buffered = <usize> load<u32>(state + S_BUFLEN);
  const buf = state + S_BUF;
  if (buffered + rem <= BUFFER_SIZE) {
    memory.copy(buf + buffered, p, rem);
    store<u32>(state + S_BUFLEN, <u32> (buffered + rem));
    return;
  }
  // From here on, a stripe is consumed only when at least one more byte follows it: the digest
  // treats the final stripe differently.
  if (buffered > 0) {
    const fill = BUFFER_SIZE - buffered;
    memory.copy(buf + buffered, p, fill);
    p += fill;
    rem -= fill; // > 0
    consumeStripes(state + S_ACC, state + S_STRIPES, state + S_SECRET, buf, BUFFER_SIZE >> 6);
    memory.copy(state + S_LAST, buf + BUFFER_SIZE - 64, 64);
    buffered = 0;
  }
  if (rem > BUFFER_SIZE) {
    const n = (rem - 1) >> 6;
    consumeStripes(state + S_ACC, state + S_STRIPES, state + S_SECRET, p, n);
    p += n << 6;
    rem -= n << 6;
    memory.copy(state + S_LAST, p - 64, 64);
  }
  memory.copy(buf, p, rem);
  store<u32>(state + S_BUFLEN, <u32> rem);
}

/**
 * For a total over 240 bytes: consumes what the state still buffers, and the last stripe, into a
 * copy of the accumulators in SCRATCH; returns where they are. The state is left unchanged.
 */
export function finishLong(state: usize): usize {
  const secret = state + S_SECRET;
  const buf = state + S_BUF;
  const buffered = <usize> load<u32>(state + S_BUFLEN);
  const acc = SCRATCH;
  const cnt = SCRATCH + 64;
  const last = SCRATCH + 80;
  memory.copy(acc, state + S_ACC, 64);
  store<u32>(cnt, load<u32>(state + S_STRIPES));
  // buffered ≥ 1 here: every stripe with a byte after it, then the last 64 bytes.
  consumeStripes(acc, cnt, secret, buf, (buffered - 1) >> 6);
  let lastPtr: usize;
  if (buffered >= 64) {
    lastPtr = buf + buffered - 64;
  } else {
    memory.copy(last, state + S_LAST + buffered, 64 - buffered);
    memory.copy(last + 64 - buffered, buf, buffered);
    lastPtr = last;
  }
  accumulate512Scalar(acc, lastPtr, secret + SECRET_SIZE - 64 - 7);
  return acc;
}

/** Folds the eight accumulators at acc into 64 bits with 64 bytes of secret at key. */
export function mergeAccs(acc: usize, key: usize, start: u64): u64 {
  let h = start;
  for (let i: usize = 0; i < 4; i++) {
    h += mul128Fold64(
      load<u64>(acc + 16 * i) ^ load<u64>(key + 16 * i),
      load<u64>(acc + 16 * i, 8) ^ load<u64>(key + 16 * i, 8),
    );
  }
  return avalanche(h);
}

/** Writes the digest (8 bytes, little-endian) at out. The state stays usable. */
export function xxh3Digest(state: usize, out: usize): void {
  const total = load<u64>(state + S_TOTAL);
  const h = total <= 240
    ? hashShort(state + S_BUF, <usize> total, load<u64>(state + S_SEED))
    : mergeAccs(finishLong(state), state + S_SECRET + 11, total * P64_1);
  store<u64>(out, h);
}

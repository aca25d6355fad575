// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// XXH3 128-bit (default secret, 64-bit seed), streaming, as `xxhsum -H2` prints. The state, the
// updates and the stripe/block accumulation are XXH3's (xxh3.ts): only the inputs of at most 240
// bytes and the final merge differ, so long inputs run exactly as fast as xxh3.

import {
  avalanche, finishLong, K_SECRET, mergeAccs, mix16B, P32_2, P64_1, P64_2, P64_4, PRIME_MX2,
  S_BUF, S_SECRET, S_SEED, S_TOTAL, SECRET_SIZE, xxh3Reset, xxh3StateSize, xxh3Update, xxh64Avalanche,
} from "./xxh3";

/** High 64 bits of the 128-bit product a·b. */
function mulHi(a: u64, b: u64): u64 {
  const aLo = a & 0xffffffff;
  const aHi = a >> 32;
  const bLo = b & 0xffffffff;
  const bHi = b >> 32;
  const loLo = aLo * bLo;
  const hiLo = aHi * bLo;
  const cross = (loLo >> 32) + (hiLo & 0xffffffff) + aLo * bHi;
  return (hiLo >> 32) + (cross >> 32) + aHi * bHi;
}

// The two halves of the 128-bit accumulator of the 17..240-byte paths.
let accLo: u64 = 0;
let accHi: u64 = 0;

/** Mixes 32 bytes (16 at a, 16 at b) with 32 bytes of secret at s into accLo/accHi. */
// @ts-ignore: decorator
@inline function mix32B(a: usize, b: usize, s: usize, seed: u64): void {
  accLo += mix16B(a, s, seed);
  accLo ^= load<u64>(b) + load<u64>(b, 8);
  accHi += mix16B(b, s + 16, seed);
  accHi ^= load<u64>(a) + load<u64>(a, 8);
}

/** Inputs of at most 240 bytes, default secret and seed: low half at out, high half at out + 8. */
function hashShort128(p: usize, len: usize, seed: u64, out: usize): void {
  const s = K_SECRET;
  let lo: u64;
  let hi: u64;
  if (len > 16) {
    accLo = <u64> len * P64_1;
    accHi = 0;
    if (len <= 128) {
      if (len > 32) {
        if (len > 64) {
          if (len > 96) mix32B(p + 48, p + len - 64, s + 96, seed);
          mix32B(p + 32, p + len - 48, s + 64, seed);
        }
        mix32B(p + 16, p + len - 32, s + 32, seed);
      }
      mix32B(p, p + len - 16, s, seed);
    } else {
      for (let i: usize = 0; i < 4; i++) mix32B(p + 32 * i, p + 32 * i + 16, s + 32 * i, seed);
      accLo = avalanche(accLo);
      accHi = avalanche(accHi);
      const rounds = len >> 5;
      for (let i: usize = 4; i < rounds; i++) mix32B(p + 32 * i, p + 32 * i + 16, s + 3 + 32 * (i - 4), seed);
      mix32B(p + len - 16, p + len - 32, s + 136 - 17 - 16, 0 - seed);
    }
    lo = avalanche(accLo + accHi);
    hi = 0 - avalanche(accLo * P64_1 + accHi * P64_4 + (<u64> len - seed) * P64_2);
  } else if (len > 8) {
    const bitflipLo = (load<u64>(s, 32) ^ load<u64>(s, 40)) - seed;
    const bitflipHi = (load<u64>(s, 48) ^ load<u64>(s, 56)) + seed;
    const inLo = load<u64>(p);
    const inHi = load<u64>(p + len - 8) ^ bitflipHi;
    const k = inLo ^ load<u64>(p + len - 8) ^ bitflipLo;
    let mLo = k * P64_1 + (<u64> (len - 1) << 54);
    const mHi = mulHi(k, P64_1) + inHi + (inHi & 0xffffffff) * <u64> (<u32> P32_2 - 1);
    mLo ^= bswap<u64>(mHi);
    lo = avalanche(mLo * P64_2);
    hi = avalanche(mulHi(mLo, P64_2) + mHi * P64_2);
  } else if (len >= 4) {
    const sd = seed ^ (<u64> bswap<u32>(<u32> seed) << 32);
    const in64 = <u64> load<u32>(p) + (<u64> load<u32>(p + len - 4) << 32);
    const keyed = in64 ^ ((load<u64>(s, 16) ^ load<u64>(s, 24)) + sd);
    const m = P64_1 + (<u64> len << 2);
    let mLo = keyed * m;
    const mHi = mulHi(keyed, m) + (mLo << 1);
    mLo ^= mHi >> 3;
    mLo ^= mLo >> 35;
    mLo *= PRIME_MX2;
    mLo ^= mLo >> 28;
    lo = mLo;
    hi = avalanche(mHi);
  } else if (len > 0) {
    const c1 = <u32> load<u8>(p);
    const c2 = <u32> load<u8>(p + (len >> 1));
    const c3 = <u32> load<u8>(p + len - 1);
    const combinedLo = (c1 << 16) | (c2 << 24) | c3 | (<u32> len << 8);
    const combinedHi = rotl<u32>(bswap<u32>(combinedLo), 13);
    lo = xxh64Avalanche(<u64> combinedLo ^ (<u64> (load<u32>(s) ^ load<u32>(s, 4)) + seed));
    hi = xxh64Avalanche(<u64> combinedHi ^ (<u64> (load<u32>(s, 8) ^ load<u32>(s, 12)) - seed));
  } else {
    lo = xxh64Avalanche(seed ^ load<u64>(s, 64) ^ load<u64>(s, 72));
    hi = xxh64Avalanche(seed ^ load<u64>(s, 80) ^ load<u64>(s, 88));
  }
  store<u64>(out, lo);
  store<u64>(out, hi, 8);
}

/** Bytes the host reserves for a state (XXH3's state). */
export function xxh128StateSize(): u32 {
  return xxh3StateSize();
}

/** Starts a hash with the 64-bit seed hi:lo. */
export function xxh128Reset(state: usize, seedLo: u32, seedHi: u32): void {
  xxh3Reset(state, seedLo, seedHi);
}

/** Adds len bytes at ptr. */
export function xxh128Update(state: usize, ptr: usize, len: usize): void {
  xxh3Update(state, ptr, len);
}

/** Writes the digest at out: the low 64 bits, then the high 64 bits, each little-endian. The state stays usable. */
export function xxh128Digest(state: usize, out: usize): void {
  const total = load<u64>(state + S_TOTAL);
  if (total <= 240) {
    hashShort128(state + S_BUF, <usize> total, load<u64>(state + S_SEED), out);
    return;
  }
  const acc = finishLong(state);
  const secret = state + S_SECRET;
  store<u64>(out, mergeAccs(acc, secret + 11, total * P64_1));
  store<u64>(out, mergeAccs(acc, secret + SECRET_SIZE - 64 - 11, ~(total * P64_2)), 8);
}

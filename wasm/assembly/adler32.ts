// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// Adler-32, zlib convention: start with 1, pass the previous result to continue.
// SIMD: 64 bytes per iteration, each byte widened to u16 once; the loop only adds (per-position
// column sums and the running byte sum), and the position weights are applied once per chunk with
// i32x4.dot_i16x8_s — multiplying every block by its weights ran at half the speed on V8. The modulo
// is taken once per chunk of at most NMAX bytes (the bounds are noted where they matter).

const BASE: u32 = 65521;
/** zlib's NMAX: the largest n with 255·n·(n+1)/2 + (n+1)·(BASE−1) ≤ 2^32−1. */
const NMAX: usize = 5552;

/** Adler-32 (zlib's adler32(adler, buf, len)). */
export function adler32Update(adler: u32, ptr: usize, len: usize): u32 {
  let s1: u32 = adler & 0xffff;
  let s2: u32 = adler >>> 16;
  let p = ptr;
  let rem = len;
  if (ASC_FEATURE_SIMD) {
    // Weights 64..1 for the bytes of a 64-byte block, as i16 lanes.
    const w0 = i16x8(64, 63, 62, 61, 60, 59, 58, 57);
    const w1 = i16x8(56, 55, 54, 53, 52, 51, 50, 49);
    const w2 = i16x8(48, 47, 46, 45, 44, 43, 42, 41);
    const w3 = i16x8(40, 39, 38, 37, 36, 35, 34, 33);
    const w4 = i16x8(32, 31, 30, 29, 28, 27, 26, 25);
    const w5 = i16x8(24, 23, 22, 21, 20, 19, 18, 17);
    const w6 = i16x8(16, 15, 14, 13, 12, 11, 10, 9);
    const w7 = i16x8(8, 7, 6, 5, 4, 3, 2, 1);
    while (rem >= 64) {
      // Blocks per chunk: at most NMAX bytes, so every lane and the u64 sums below stay in range
      // (column lane ≤ 86·255 < 2^15 for the signed dot, vs1 lane ≤ 86·16·255, vps lane ≤
      // 86²/2·16·255, vs2 lane ≤ 8·2·86·255·64: all < 2^31).
      let blocks = rem >> 6;
      if (blocks > NMAX / 64) blocks = NMAX / 64;
      let vs1 = i32x4.splat(0);
      let vps = i32x4.splat(0);
      // Column sums: the bytes at each of the 64 positions of a block, summed over the blocks;
      // weighted by 64..1 once per chunk below.
      let c0 = i16x8.splat(0);
      let c1 = i16x8.splat(0);
      let c2 = i16x8.splat(0);
      let c3 = i16x8.splat(0);
      let c4 = i16x8.splat(0);
      let c5 = i16x8.splat(0);
      let c6 = i16x8.splat(0);
      let c7 = i16x8.splat(0);
      const end = p + (blocks << 6);
      while (p < end) {
        const a = v128.load(p);
        const b = v128.load(p, 16);
        const c = v128.load(p, 32);
        const d = v128.load(p, 48);
        vps = i32x4.add(vps, vs1);
        const a0 = i16x8.extend_low_i8x16_u(a);
        const a1 = i16x8.extend_high_i8x16_u(a);
        const b0 = i16x8.extend_low_i8x16_u(b);
        const b1 = i16x8.extend_high_i8x16_u(b);
        const e0 = i16x8.extend_low_i8x16_u(c);
        const e1 = i16x8.extend_high_i8x16_u(c);
        const d0 = i16x8.extend_low_i8x16_u(d);
        const d1 = i16x8.extend_high_i8x16_u(d);
        c0 = i16x8.add(c0, a0);
        c1 = i16x8.add(c1, a1);
        c2 = i16x8.add(c2, b0);
        c3 = i16x8.add(c3, b1);
        c4 = i16x8.add(c4, e0);
        c5 = i16x8.add(c5, e1);
        c6 = i16x8.add(c6, d0);
        c7 = i16x8.add(c7, d1);
        const s16 = i16x8.add(
          i16x8.add(i16x8.add(a0, a1), i16x8.add(b0, b1)),
          i16x8.add(i16x8.add(e0, e1), i16x8.add(d0, d1)),
        );
        vs1 = i32x4.add(vs1, i32x4.extadd_pairwise_i16x8_u(s16));
        p += 64;
      }
      const vs2a = i32x4.add(
        i32x4.add(i32x4.dot_i16x8_s(c0, w0), i32x4.dot_i16x8_s(c1, w1)),
        i32x4.add(i32x4.dot_i16x8_s(c2, w2), i32x4.dot_i16x8_s(c3, w3)),
      );
      const vs2b = i32x4.add(
        i32x4.add(i32x4.dot_i16x8_s(c4, w4), i32x4.dot_i16x8_s(c5, w5)),
        i32x4.add(i32x4.dot_i16x8_s(c6, w6), i32x4.dot_i16x8_s(c7, w7)),
      );
      const vs2 = i32x4.add(vs2a, vs2b);
      const sum1 = <u64> i32x4.extract_lane(vs1, 0) + <u64> i32x4.extract_lane(vs1, 1) +
        <u64> i32x4.extract_lane(vs1, 2) + <u64> i32x4.extract_lane(vs1, 3);
      const sumps = <u64> i32x4.extract_lane(vps, 0) + <u64> i32x4.extract_lane(vps, 1) +
        <u64> i32x4.extract_lane(vps, 2) + <u64> i32x4.extract_lane(vps, 3);
      const sum2 = <u64> i32x4.extract_lane(vs2, 0) + <u64> i32x4.extract_lane(vs2, 1) +
        <u64> i32x4.extract_lane(vs2, 2) + <u64> i32x4.extract_lane(vs2, 3);
      // s2 += 64·blocks·s1 + 64·Σ(s1 at each block start, relative) + Σ weighted bytes.
      s2 = <u32> ((<u64> s2 + (<u64> blocks << 6) * <u64> s1 + (sumps << 6) + sum2) % BASE);
      s1 = <u32> ((<u64> s1 + sum1) % BASE);
      rem -= blocks << 6;
    }
  }
  while (rem > 0) {
    const n = rem < NMAX ? rem : NMAX;
    const end = p + n;
    while (end - p >= 8) {
      const w = load<u64>(p);
      s1 += <u32> (w & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 8) & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 16) & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 24) & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 32) & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 40) & 0xff);
      s2 += s1;
      s1 += <u32> ((w >> 48) & 0xff);
      s2 += s1;
      s1 += <u32> (w >> 56);
      s2 += s1;
      p += 8;
    }
    while (p < end) {
      s1 += <u32> load<u8>(p);
      s2 += s1;
      p++;
    }
    s1 %= BASE;
    s2 %= BASE;
    rem -= n;
  }
  return (s2 << 16) | s1;
}

// Scan kernels: count a byte, find a byte, find a byte string, find every (overlapping) match.
//
// Every pointer is a byte offset into the imported Memory, at any alignment. Loops are written
// on indexes (i < len), never on end pointers: a window may end exactly at 4 GiB, where
// `ptr + len` wraps to 0 in 32 bits. Nothing here reads outside [ptr, ptr + len) (the needle:
// [needlePtr, needlePtr + needleLen)); tails shorter than a vector use one overlapping vector
// load that ends at ptr + len, or a scalar loop when the whole input is shorter than a vector.
//
// The SIMD build (`ASC_FEATURE_SIMD`) and the scalar build compile from this one source and must
// give identical results; the scalar build works 8 bytes at a time (SWAR) where that is exact.
// Results that are u32 come back as i32: the host reads them with `>>> 0`. indexOf* returns -1
// for "none" (a window is below 4 GiB − 256 KiB, so no index is 0xFFFFFFFF).

// ---------------------------------------------------------------------------------------------
// SWAR helpers (scalar build)

const LO: u64 = 0x0101010101010101;
const HI: u64 = 0x8080808080808080;
const LOW7: u64 = 0x7f7f7f7f7f7f7f7f;

/** Exact: bit 7 of each byte is set iff that byte of x is zero. */
// @ts-ignore: decorator

@inline
function zeroBytes(x: u64): u64 {
  return ~(((x & LOW7) + LOW7) | x | LOW7);
}

/** Bit k set iff byte k of the 64 at p equals each lane of s; 0 at the cost of one test when none does. SIMD build. */
// @ts-ignore: decorator
@inline
function eqMask64(p: usize, s: v128): u64 {
  const e0 = i8x16.eq(v128.load(p, 0, 1), s);
  const e1 = i8x16.eq(v128.load(p, 16, 1), s);
  const e2 = i8x16.eq(v128.load(p, 32, 1), s);
  const e3 = i8x16.eq(v128.load(p, 48, 1), s);
  if (!v128.any_true(v128.or(v128.or(e0, e1), v128.or(e2, e3)))) return 0;
  return <u64> (<u32> i8x16.bitmask(e0)) |
    (<u64> (<u32> i8x16.bitmask(e1)) << 16) |
    (<u64> (<u32> i8x16.bitmask(e2)) << 32) |
    (<u64> (<u32> i8x16.bitmask(e3)) << 48);
}

/** First index in [from, to) (relative to ptr) where ptr[i] == b, or `to`. Scalar build. */
function findByteScalar(ptr: usize, from: usize, to: usize, b: u32): usize {
  let i = from;
  const pat = <u64> (b & 0xff) * LO;
  while (to - i >= 8) {
    const x = load<u64>(ptr + i) ^ pat;
    // (x - LO) & ~x & HI: the lowest flagged byte is exact (higher ones may be false positives).
    const z = (x - LO) & ~x & HI;
    if (z != 0) return i + <usize> (ctz(z) >> 3);
    i += 8;
  }
  while (i < to) {
    if (<u32> load<u8>(ptr + i) == (b & 0xff)) return i;
    i++;
  }
  return to;
}

/** Whether n ≥ 1 bytes at a and b are equal (reads only [a, a+n) and [b, b+n)). */
// @ts-ignore: decorator

function memeq(a: usize, b: usize, n: usize): bool {
  if (n >= 8) {
    let k: usize = 0;
    while (n - k > 8) {
      if (load<u64>(a + k) != load<u64>(b + k)) return false;
      k += 8;
    }
    return load<u64>(a + n - 8) == load<u64>(b + n - 8);
  }
  if (n >= 4) {
    return load<u32>(a) == load<u32>(b) && load<u32>(a + n - 4) == load<u32>(b + n - 4);
  }
  const h = n >> 1;
  return (
    load<u8>(a) == load<u8>(b) && load<u8>(a + h) == load<u8>(b + h) && load<u8>(a + n - 1) == load<u8>(b + n - 1)
  );
}

// ---------------------------------------------------------------------------------------------
// count

/** How many bytes in [ptr, ptr+len) equal `byte` (low 8 bits). */
export function count(ptr: usize, len: usize, byte: u32): u32 {
  let i: usize = 0;
  let n: u32 = 0;
  if (ASC_FEATURE_SIMD) {
    const s = i8x16.splat(<i8> byte);
    if (len >= 64) {
      let total = i32x4.splat(0);
      const zero = i8x16.splat(0);
      while (len - i >= 64) {
        // At most 255 iterations per round, so no u8 lane overflows.
        let blocks = (len - i) >> 6;
        if (blocks > 255) blocks = 255;
        const stop = i + (blocks << 6);
        let a0 = zero;
        let a1 = zero;
        let a2 = zero;
        let a3 = zero;
        do {
          const p = ptr + i;
          a0 = i8x16.sub(a0, i8x16.eq(v128.load(p, 0, 1), s));
          a1 = i8x16.sub(a1, i8x16.eq(v128.load(p, 16, 1), s));
          a2 = i8x16.sub(a2, i8x16.eq(v128.load(p, 32, 1), s));
          a3 = i8x16.sub(a3, i8x16.eq(v128.load(p, 48, 1), s));
          i += 64;
        } while (i < stop);
        // Each u16 lane ≤ 4 × 510: no overflow.
        const w = i16x8.add(
          i16x8.add(i16x8.extadd_pairwise_i8x16_u(a0), i16x8.extadd_pairwise_i8x16_u(a1)),
          i16x8.add(i16x8.extadd_pairwise_i8x16_u(a2), i16x8.extadd_pairwise_i8x16_u(a3)),
        );
        total = i32x4.add(total, i32x4.extadd_pairwise_i16x8_u(w));
      }
      n = <u32> i32x4.extract_lane(total, 0) +
        <u32> i32x4.extract_lane(total, 1) +
        <u32> i32x4.extract_lane(total, 2) +
        <u32> i32x4.extract_lane(total, 3);
    }
    if (len >= 16) {
      while (len - i >= 16) {
        n += <u32> popcnt(i8x16.bitmask(i8x16.eq(v128.load(ptr + i, 0, 1), s)));
        i += 16;
      }
      const r = len - i;
      if (r != 0) {
        // One overlapping load ending at ptr+len; keep only the r new lanes (the high ones).
        const m = <u32> i8x16.bitmask(i8x16.eq(v128.load(ptr + len - 16, 0, 1), s));
        n += popcnt(m >> (16 - <u32> r));
      }
      return n;
    }
  } else {
    const pat = <u64> (byte & 0xff) * LO;
    // Per-byte counts accumulate in a u64 of 8 lanes; flush before any lane can pass 255.
    while (len - i >= 8) {
      let blocks = (len - i) >> 3;
      if (blocks > 255) blocks = 255;
      const stop = i + (blocks << 3);
      let acc: u64 = 0;
      do {
        acc += zeroBytes(load<u64>(ptr + i) ^ pat) >> 7;
        i += 8;
      } while (i < stop);
      // Horizontal sum of 8 u8 lanes.
      acc = (acc & 0x00ff00ff00ff00ff) + ((acc >> 8) & 0x00ff00ff00ff00ff);
      n += <u32> ((acc * 0x0001000100010001) >> 48);
    }
  }
  const b = byte & 0xff;
  while (i < len) {
    n += u32(<u32> load<u8>(ptr + i) == b);
    i++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// indexOfByte

/** First index (relative to ptr) of `byte` in [ptr, ptr+len), or -1. */
export function indexOfByte(ptr: usize, len: usize, byte: u32): i32 {
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    if (len >= 16) {
      const s = i8x16.splat(<i8> byte);
      while (len - i >= 64) {
        const p = ptr + i;
        const m = eqMask64(p, s);
        if (m != 0) return <i32> (i + <usize> ctz(m));
        i += 64;
      }
      while (len - i >= 16) {
        const m = <u32> i8x16.bitmask(i8x16.eq(v128.load(ptr + i, 0, 1), s));
        if (m != 0) return <i32> (i + ctz(m));
        i += 16;
      }
      const r = len - i;
      if (r != 0) {
        const m = (<u32> i8x16.bitmask(i8x16.eq(v128.load(ptr + len - 16, 0, 1), s))) >> (16 - <u32> r);
        if (m != 0) return <i32> (i + ctz(m));
      }
      return -1;
    }
    const b = byte & 0xff;
    while (i < len) {
      if (<u32> load<u8>(ptr + i) == b) return <i32> i;
      i++;
    }
    return -1;
  } else {
    const at = findByteScalar(ptr, 0, len, byte);
    return at == len ? -1 : <i32> at;
  }
}

// ---------------------------------------------------------------------------------------------
// indexOfBytes and findAll share one search loop. `out == 0` would be a valid address, so the
// mode is a separate flag: findAll writes up to `cap` offsets; indexOf stops at the first.

// @ts-ignore: decorator

function search(ptr: usize, len: usize, needle: usize, m: usize, out: usize, cap: u32, all: bool): u32 {
  // Caller guarantees 2 ≤ m ≤ len. Candidate positions: [0, P).
  const P = len - m + 1;
  const first = <u32> load<u8>(needle);
  const last = <u32> load<u8>(needle + m - 1);
  let n: u32 = 0;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    if (P >= 16) {
      const f = i8x16.splat(<i8> first);
      const l = i8x16.splat(<i8> last);
      const mm = m - 1;
      // 64 positions per iteration: loads reach i + 63 + m - 1 ≤ len - 1 while P - i ≥ 64.
      while (P - i >= 64) {
        const p = ptr + i;
        const q = p + mm;
        const c0 = v128.and(i8x16.eq(v128.load(p, 0, 1), f), i8x16.eq(v128.load(q, 0, 1), l));
        const c1 = v128.and(i8x16.eq(v128.load(p, 16, 1), f), i8x16.eq(v128.load(q, 16, 1), l));
        const c2 = v128.and(i8x16.eq(v128.load(p, 32, 1), f), i8x16.eq(v128.load(q, 32, 1), l));
        const c3 = v128.and(i8x16.eq(v128.load(p, 48, 1), f), i8x16.eq(v128.load(q, 48, 1), l));
        if (v128.any_true(v128.or(v128.or(c0, c1), v128.or(c2, c3)))) {
          let bits = <u64> (<u32> i8x16.bitmask(c0)) |
            (<u64> (<u32> i8x16.bitmask(c1)) << 16) |
            (<u64> (<u32> i8x16.bitmask(c2)) << 32) |
            (<u64> (<u32> i8x16.bitmask(c3)) << 48);
          do {
            const pos = i + <usize> ctz(bits);
            if (m <= 2 || memeq(ptr + pos + 1, needle + 1, m - 2)) {
              if (!all) return <u32> pos;
              store<u32>(out + (<usize> n << 2), <u32> pos, 0, 1);
              if (++n == cap) return n;
            }
            bits &= bits - 1;
          } while (bits != 0);
        }
        i += 64;
      }
      // 16 positions at a time; the last block overlaps and masks the positions already done.
      while (i < P) {
        let base = i;
        let bits: u32;
        if (P - i >= 16) {
          bits = 0xffff;
        } else {
          base = P - 16;
          bits = <u32> 0xffff << <u32> (i - base);
        }
        const p = ptr + base;
        bits &= <u32> i8x16.bitmask(
          v128.and(i8x16.eq(v128.load(p, 0, 1), f), i8x16.eq(v128.load(p + mm, 0, 1), l)),
        );
        while (bits != 0) {
          const pos = base + <usize> ctz(bits);
          if (m <= 2 || memeq(ptr + pos + 1, needle + 1, m - 2)) {
            if (!all) return <u32> pos;
            store<u32>(out + (<usize> n << 2), <u32> pos, 0, 1);
            if (++n == cap) return n;
          }
          bits &= bits - 1;
        }
        i = base + 16;
      }
      return all ? n : <u32> -1;
    }
    // Fewer than 16 positions: scalar.
    while (i < P) {
      if (<u32> load<u8>(ptr + i) == first && <u32> load<u8>(ptr + i + m - 1) == last) {
        if (m <= 2 || memeq(ptr + i + 1, needle + 1, m - 2)) {
          if (!all) return <u32> i;
          store<u32>(out + (<usize> n << 2), <u32> i, 0, 1);
          if (++n == cap) return n;
        }
      }
      i++;
    }
    return all ? n : <u32> -1;
  } else {
    // SWAR filter: 8 positions at a time, exact candidates where both the first and the last
    // needle byte match (loads reach i + 7 + m - 1 ≤ len - 1 while P - i ≥ 8).
    const pf = <u64>first * LO;
    const pl = <u64>last * LO;
    const mm = m - 1;
    while (P - i >= 8) {
      const p = ptr + i;
      let bits = zeroBytes(load<u64>(p) ^ pf) & zeroBytes(load<u64>(p + mm) ^ pl);
      while (bits != 0) {
        const pos = i + <usize>(ctz(bits) >> 3);
        if (m <= 2 || memeq(ptr + pos + 1, needle + 1, m - 2)) {
          if (!all) return <u32>pos;
          store<u32>(out + (<usize>n << 2), <u32>pos, 0, 1);
          if (++n == cap) return n;
        }
        bits &= bits - 1;
      }
      i += 8;
    }
    while (i < P) {
      i = findByteScalar(ptr, i, P, first);
      if (i == P) break;
      if (<u32> load<u8>(ptr + i + m - 1) == last && (m <= 2 || memeq(ptr + i + 1, needle + 1, m - 2))) {
        if (!all) return <u32> i;
        store<u32>(out + (<usize> n << 2), <u32> i, 0, 1);
        if (++n == cap) return n;
      }
      i++;
    }
    return all ? n : <u32> -1;
  }
}

/**
 * First index i (relative to ptr) where the whole needle matches inside [ptr, ptr+len), or -1.
 * An empty needle matches at 0.
 */
export function indexOfBytes(ptr: usize, len: usize, needlePtr: usize, needleLen: usize): i32 {
  if (needleLen == 0) return 0;
  if (needleLen > len) return -1;
  if (needleLen == 1) return indexOfByte(ptr, len, <u32> load<u8>(needlePtr));
  return <i32> search(ptr, len, needlePtr, needleLen, 0, 0, false);
}

/** Every position of one byte, up to cap (cap ≥ 1). */
function findAllByte(ptr: usize, len: usize, b: u32, out: usize, cap: u32): u32 {
  let n: u32 = 0;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    if (len >= 16) {
      const s = i8x16.splat(<i8> b);
      while (len - i >= 64) {
        const p = ptr + i;
        let bits = eqMask64(p, s);
        if (bits != 0) {
          do {
            store<u32>(out + (<usize> n << 2), <u32> (i + <usize> ctz(bits)), 0, 1);
            if (++n == cap) return n;
            bits &= bits - 1;
          } while (bits != 0);
        }
        i += 64;
      }
      while (i < len) {
        let base = i;
        let bits: u32;
        if (len - i >= 16) {
          bits = 0xffff;
        } else {
          base = len - 16;
          bits = <u32> 0xffff << <u32> (i - base);
        }
        bits &= <u32> i8x16.bitmask(i8x16.eq(v128.load(ptr + base, 0, 1), s));
        while (bits != 0) {
          store<u32>(out + (<usize> n << 2), <u32> (base + <usize> ctz(bits)), 0, 1);
          if (++n == cap) return n;
          bits &= bits - 1;
        }
        i = base + 16;
      }
      return n;
    }
    const bb = b & 0xff;
    while (i < len) {
      if (<u32> load<u8>(ptr + i) == bb) {
        store<u32>(out + (<usize> n << 2), <u32> i, 0, 1);
        if (++n == cap) return n;
      }
      i++;
    }
    return n;
  } else {
    while (i < len) {
      i = findByteScalar(ptr, i, len, b);
      if (i == len) break;
      store<u32>(out + (<usize> n << 2), <u32> i, 0, 1);
      if (++n == cap) return n;
      i++;
    }
    return n;
  }
}

/**
 * Writes up to outCap u32 match offsets (relative to ptr, ascending, overlapping) at outPtr and
 * returns how many. When the result equals outCap the host resumes after the last offset.
 * An empty needle finds nothing (the host decides what an empty needle means).
 */
export function findAll(ptr: usize, len: usize, needlePtr: usize, needleLen: usize, outPtr: usize, outCap: u32): u32 {
  if (outCap == 0 || needleLen == 0 || needleLen > len) return 0;
  if (needleLen == 1) return findAllByte(ptr, len, <u32> load<u8>(needlePtr), outPtr, outCap);
  return search(ptr, len, needlePtr, needleLen, outPtr, outCap, true);
}

// ---------------------------------------------------------------------------------------------
// lastIndexOfByte and lastIndexOfBytes: the same scans, from the end backwards, so a match near
// the end of the input is found without reading what lies before it.

/** Last index in [0, to) (relative to ptr) where ptr[i] == b, or -1. Scalar build (SWAR). */
function findByteBackScalar(ptr: usize, to: usize, b: u32): i32 {
  let i = to;
  const pat = <u64> (b & 0xff) * LO;
  while (i >= 8) {
    // zeroBytes is exact for every byte (no borrow), so its highest flag is the last match.
    const z = zeroBytes(load<u64>(ptr + i - 8) ^ pat);
    if (z != 0) return <i32> (i - 8 + <usize> ((63 - <u32> clz(z)) >> 3));
    i -= 8;
  }
  while (i > 0) {
    i--;
    if (<u32> load<u8>(ptr + i) == (b & 0xff)) return <i32> i;
  }
  return -1;
}

/** Last index (relative to ptr) of `byte` in [ptr, ptr+len), or -1. */
export function lastIndexOfByte(ptr: usize, len: usize, byte: u32): i32 {
  if (ASC_FEATURE_SIMD) {
    let i = len;
    if (len >= 16) {
      const s = i8x16.splat(<i8> byte);
      while (i >= 64) {
        const p = ptr + i - 64;
        const m = eqMask64(p, s);
        if (m != 0) return <i32> (i - 64 + <usize> (63 - <u32> clz(m)));
        i -= 64;
      }
      while (i >= 16) {
        const m = <u32> i8x16.bitmask(i8x16.eq(v128.load(ptr + i - 16, 0, 1), s));
        if (m != 0) return <i32> (i - 16 + <usize> (31 - clz(m)));
        i -= 16;
      }
      if (i != 0) {
        // One overlapping load starting at ptr; keep only the i lanes not done yet (the low ones).
        const m = (<u32> i8x16.bitmask(i8x16.eq(v128.load(ptr, 0, 1), s))) & ((<u32> 1 << <u32> i) - 1);
        if (m != 0) return <i32> (31 - clz(m));
      }
      return -1;
    }
    const b = byte & 0xff;
    while (i > 0) {
      i--;
      if (<u32> load<u8>(ptr + i) == b) return <i32> i;
    }
    return -1;
  } else {
    return findByteBackScalar(ptr, len, byte);
  }
}

/** The last position in [0, P) where first and last needle bytes and the middle match, or -1. */
function searchBack(ptr: usize, len: usize, needle: usize, m: usize): i32 {
  // Caller guarantees 2 ≤ m ≤ len. Candidate positions: [0, P).
  const P = len - m + 1;
  const first = <u32> load<u8>(needle);
  const last = <u32> load<u8>(needle + m - 1);
  const mm = m - 1;
  let i = P; // positions [i, P) are done
  if (ASC_FEATURE_SIMD) {
    if (P >= 16) {
      const f = i8x16.splat(<i8> first);
      const l = i8x16.splat(<i8> last);
      // 16 positions [base, base + 16) at a time; loads reach base + 15 + m - 1 ≤ len - 1.
      while (i > 0) {
        let base: usize;
        let bits: u32;
        if (i >= 16) {
          base = i - 16;
          bits = 0xffff;
        } else {
          base = 0; // overlapping block: keep only positions below i
          bits = (<u32> 1 << <u32> i) - 1;
        }
        const p = ptr + base;
        bits &= <u32> i8x16.bitmask(v128.and(i8x16.eq(v128.load(p, 0, 1), f), i8x16.eq(v128.load(p + mm, 0, 1), l)));
        while (bits != 0) {
          const top = 31 - clz(bits);
          const pos = base + <usize> top;
          if (m <= 2 || memeq(ptr + pos + 1, needle + 1, m - 2)) return <i32> pos;
          bits &= ~(<u32> 1 << top);
        }
        i = base;
      }
      return -1;
    }
  } else {
    const pf = <u64> first * LO;
    const pl = <u64> last * LO;
    while (i >= 8) {
      const base = i - 8;
      const p = ptr + base;
      let bits = zeroBytes(load<u64>(p) ^ pf) & zeroBytes(load<u64>(p + mm) ^ pl);
      while (bits != 0) {
        const top = 63 - <u32> clz(bits);
        const pos = base + <usize> (top >> 3);
        if (m <= 2 || memeq(ptr + pos + 1, needle + 1, m - 2)) return <i32> pos;
        bits &= ~(<u64> 1 << <u64> top);
      }
      i = base;
    }
  }
  while (i > 0) {
    i--;
    if (
      <u32> load<u8>(ptr + i) == first && <u32> load<u8>(ptr + i + mm) == last &&
      (m <= 2 || memeq(ptr + i + 1, needle + 1, m - 2))
    ) return <i32> i;
  }
  return -1;
}

/**
 * Last index i (relative to ptr) where the whole needle matches inside [ptr, ptr+len), or -1.
 * An empty needle matches at len (as String.prototype.lastIndexOf does).
 */
export function lastIndexOfBytes(ptr: usize, len: usize, needlePtr: usize, needleLen: usize): i32 {
  if (needleLen == 0) return <i32> len;
  if (needleLen > len) return -1;
  if (needleLen == 1) return lastIndexOfByte(ptr, len, <u32> load<u8>(needlePtr));
  return searchBack(ptr, len, needlePtr, needleLen);
}

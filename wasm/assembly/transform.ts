// Transform kernels, in place: xor with a repeating key, add to little-endian elements, map bytes
// through a 256-byte table, reverse the byte order of elements.
//
// Pointers may be at any byte offset; counts of elements are elements, lengths are bytes. Loops
// run on indexes (never on end pointers, which can wrap at 4 GiB). A transform must touch every
// byte exactly once, so tails are scalar (no overlapping vectors). The SIMD build
// (`ASC_FEATURE_SIMD`) and the scalar build compile from this source and give identical bytes;
// for floats both use IEEE add on every element (NaN payloads are whatever the engine's add
// gives; wasm does not fix them).

// Static scratch for xorKey: the key repeated, so a vector load at any key offset sees the key
// stream. Static data, not an allocation; an instance is single-threaded (its Memory is not
// shared), so one buffer per instance is enough.
const XOR_MAX_SMALL_KEY: usize = 64;
const XOR_EXT: usize = memory.data(128, 16); // XOR_MAX_SMALL_KEY + 64

/** XOR 64 bytes at d with 64 bytes at k (any alignment). */
// @ts-ignore: decorator

@inline
function xor64(d: usize, k: usize): void {
  if (ASC_FEATURE_SIMD) {
    v128.store(d, v128.xor(v128.load(d, 0, 1), v128.load(k, 0, 1)), 0, 1);
    v128.store(d, v128.xor(v128.load(d, 16, 1), v128.load(k, 16, 1)), 16, 1);
    v128.store(d, v128.xor(v128.load(d, 32, 1), v128.load(k, 32, 1)), 32, 1);
    v128.store(d, v128.xor(v128.load(d, 48, 1), v128.load(k, 48, 1)), 48, 1);
  } else {
    store<u64>(d, load<u64>(d, 0, 1) ^ load<u64>(k, 0, 1), 0, 1);
    store<u64>(d, load<u64>(d, 8, 1) ^ load<u64>(k, 8, 1), 8, 1);
    store<u64>(d, load<u64>(d, 16, 1) ^ load<u64>(k, 16, 1), 16, 1);
    store<u64>(d, load<u64>(d, 24, 1) ^ load<u64>(k, 24, 1), 24, 1);
    store<u64>(d, load<u64>(d, 32, 1) ^ load<u64>(k, 32, 1), 32, 1);
    store<u64>(d, load<u64>(d, 40, 1) ^ load<u64>(k, 40, 1), 40, 1);
    store<u64>(d, load<u64>(d, 48, 1) ^ load<u64>(k, 48, 1), 48, 1);
    store<u64>(d, load<u64>(d, 56, 1) ^ load<u64>(k, 56, 1), 56, 1);
  }
}

/** d[j] ^= k[j] for j < n (both ranges any alignment; they do not overlap). */
function xorRun(d: usize, k: usize, n: usize): void {
  let j: usize = 0;
  while (n - j >= 64) {
    xor64(d + j, k + j);
    j += 64;
  }
  while (n - j >= 8) {
    store<u64>(d + j, load<u64>(d + j, 0, 1) ^ load<u64>(k + j, 0, 1), 0, 1);
    j += 8;
  }
  while (j < n) {
    store<u8>(d + j, load<u8>(d + j) ^ load<u8>(k + j));
    j++;
  }
}

/** XOR 64 bytes at d with one 64-bit pattern (any alignment). */
// @ts-ignore: decorator

@inline
function xorSplat64(d: usize, pat: u64): void {
  if (ASC_FEATURE_SIMD) {
    const v = i64x2.splat(pat);
    v128.store(d, v128.xor(v128.load(d, 0, 1), v), 0, 1);
    v128.store(d, v128.xor(v128.load(d, 16, 1), v), 16, 1);
    v128.store(d, v128.xor(v128.load(d, 32, 1), v), 32, 1);
    v128.store(d, v128.xor(v128.load(d, 48, 1), v), 48, 1);
  } else {
    store<u64>(d, load<u64>(d, 0, 1) ^ pat, 0, 1);
    store<u64>(d, load<u64>(d, 8, 1) ^ pat, 8, 1);
    store<u64>(d, load<u64>(d, 16, 1) ^ pat, 16, 1);
    store<u64>(d, load<u64>(d, 24, 1) ^ pat, 24, 1);
    store<u64>(d, load<u64>(d, 32, 1) ^ pat, 32, 1);
    store<u64>(d, load<u64>(d, 40, 1) ^ pat, 40, 1);
    store<u64>(d, load<u64>(d, 48, 1) ^ pat, 48, 1);
    store<u64>(d, load<u64>(d, 56, 1) ^ pat, 56, 1);
  }
}

/**
 * XOR with a repeating key: byte i is xored with key[(phase + i) % keyLen]. keyLen 0 does
 * nothing.
 */
export function xorKey(ptr: usize, len: usize, keyPtr: usize, keyLen: usize, phase: usize): void {
  if (keyLen == 0 || len == 0) return;
  let o = phase % keyLen; // key index for the next byte
  let i: usize = 0;
  if (keyLen == 1) {
    const pat = <u64> load<u8>(keyPtr) * 0x0101010101010101;
    while (len - i >= 64) {
      xorSplat64(ptr + i, pat);
      i += 64;
    }
    while (len - i >= 8) {
      store<u64>(ptr + i, load<u64>(ptr + i, 0, 1) ^ pat, 0, 1);
      i += 8;
    }
    const b = <u8> pat;
    while (i < len) {
      store<u8>(ptr + i, load<u8>(ptr + i) ^ b);
      i++;
    }
    return;
  }
  if (keyLen <= XOR_MAX_SMALL_KEY) {
    if (len >= 64) {
      // XOR_EXT[j] = key[j % keyLen] for j < keyLen + 64: a 64-byte load at any o < keyLen
      // gives the key stream from key index o.
      const e = XOR_EXT;
      const extLen = keyLen + 64;
      let k: usize = 0;
      for (let j: usize = 0; j < extLen; j++) {
        store<u8>(e + j, load<u8>(keyPtr + k));
        if (++k == keyLen) k = 0;
      }
      const step = (<usize> 64) % keyLen;
      while (len - i >= 64) {
        xor64(ptr + i, e + o);
        i += 64;
        o += step;
        if (o >= keyLen) o -= keyLen;
      }
    }
    while (i < len) {
      store<u8>(ptr + i, load<u8>(ptr + i) ^ load<u8>(keyPtr + o));
      i++;
      if (++o == keyLen) o = 0;
    }
    return;
  }
  // Long keys: runs of the key itself, each ≥ 1 byte (the first), then whole keys.
  while (i < len) {
    let run = keyLen - o;
    if (run > len - i) run = len - i;
    xorRun(ptr + i, keyPtr + o, run);
    i += run;
    o = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// add: little-endian elements, wrapping for integers.

/** ptr[i] += value for count bytes (wrapping). */
export function addU8(ptr: usize, count: usize, value: u32): void {
  const n = count;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = i8x16.splat(<i8> value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, i8x16.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, i8x16.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, i8x16.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, i8x16.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, i8x16.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  } else {
    // SWAR: add the low 7 bits of every lane, then fix each lane's top bit with xor.
    const v = <u64> (value & 0xff) * 0x0101010101010101;
    const vl = v & 0x7f7f7f7f7f7f7f7f;
    const vh = v & 0x8080808080808080;
    while (n - i >= 8) {
      const x = load<u64>(ptr + i, 0, 1);
      store<u64>(ptr + i, ((x & 0x7f7f7f7f7f7f7f7f) + vl) ^ ((x & 0x8080808080808080) ^ vh), 0, 1);
      i += 8;
    }
  }
  const b = <u8> value;
  while (i < n) {
    store<u8>(ptr + i, load<u8>(ptr + i) + b);
    i++;
  }
}

/** Each little-endian 16-bit element += value (wrapping). */
export function addI16(ptr: usize, count: usize, value: u32): void {
  const n = count << 1;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = i16x8.splat(<i16> value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, i16x8.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, i16x8.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, i16x8.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, i16x8.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, i16x8.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  } else {
    const v = <u64> (value & 0xffff) * 0x0001000100010001;
    const vl = v & 0x7fff7fff7fff7fff;
    const vh = v & 0x8000800080008000;
    while (n - i >= 8) {
      const x = load<u64>(ptr + i, 0, 1);
      store<u64>(ptr + i, ((x & 0x7fff7fff7fff7fff) + vl) ^ ((x & 0x8000800080008000) ^ vh), 0, 1);
      i += 8;
    }
  }
  const h = <u16> value;
  while (i < n) {
    store<u16>(ptr + i, load<u16>(ptr + i, 0, 1) + h, 0, 1);
    i += 2;
  }
}

/** Each little-endian 32-bit element += value (wrapping). */
export function addI32(ptr: usize, count: usize, value: u32): void {
  const n = count << 2;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = i32x4.splat(value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, i32x4.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, i32x4.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, i32x4.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, i32x4.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, i32x4.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  } else {
    while (n - i >= 16) {
      const p = ptr + i;
      store<u32>(p, load<u32>(p, 0, 1) + value, 0, 1);
      store<u32>(p, load<u32>(p, 4, 1) + value, 4, 1);
      store<u32>(p, load<u32>(p, 8, 1) + value, 8, 1);
      store<u32>(p, load<u32>(p, 12, 1) + value, 12, 1);
      i += 16;
    }
  }
  while (i < n) {
    store<u32>(ptr + i, load<u32>(ptr + i, 0, 1) + value, 0, 1);
    i += 4;
  }
}

/** Each little-endian 64-bit element += (valueHi << 32 | valueLo) (wrapping). */
export function addI64(ptr: usize, count: usize, valueLo: u32, valueHi: u32): void {
  const value = (<u64> valueHi << 32) | <u64> valueLo;
  const n = count << 3;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = i64x2.splat(value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, i64x2.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, i64x2.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, i64x2.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, i64x2.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, i64x2.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  } else {
    while (n - i >= 32) {
      const p = ptr + i;
      store<u64>(p, load<u64>(p, 0, 1) + value, 0, 1);
      store<u64>(p, load<u64>(p, 8, 1) + value, 8, 1);
      store<u64>(p, load<u64>(p, 16, 1) + value, 16, 1);
      store<u64>(p, load<u64>(p, 24, 1) + value, 24, 1);
      i += 32;
    }
  }
  while (i < n) {
    store<u64>(ptr + i, load<u64>(ptr + i, 0, 1) + value, 0, 1);
    i += 8;
  }
}

/** Each little-endian f32 element += value (IEEE, round to nearest even). */
export function addF32(ptr: usize, count: usize, value: f32): void {
  const n = count << 2;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = f32x4.splat(value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, f32x4.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, f32x4.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, f32x4.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, f32x4.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, f32x4.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  }
  while (i < n) {
    store<f32>(ptr + i, load<f32>(ptr + i, 0, 1) + value, 0, 1);
    i += 4;
  }
}

/** Each little-endian f64 element += value (IEEE, round to nearest even). */
export function addF64(ptr: usize, count: usize, value: f64): void {
  const n = count << 3;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    const v = f64x2.splat(value);
    while (n - i >= 64) {
      const p = ptr + i;
      v128.store(p, f64x2.add(v128.load(p, 0, 1), v), 0, 1);
      v128.store(p, f64x2.add(v128.load(p, 16, 1), v), 16, 1);
      v128.store(p, f64x2.add(v128.load(p, 32, 1), v), 32, 1);
      v128.store(p, f64x2.add(v128.load(p, 48, 1), v), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      v128.store(ptr + i, f64x2.add(v128.load(ptr + i, 0, 1), v), 0, 1);
      i += 16;
    }
  }
  while (i < n) {
    store<f64>(ptr + i, load<f64>(ptr + i, 0, 1) + value, 0, 1);
    i += 8;
  }
}

// ---------------------------------------------------------------------------------------------
// map

/** ptr[i] = table[ptr[i]] for i < len, with a 256-byte table at tablePtr. */
export function mapBytes(ptr: usize, len: usize, tablePtr: usize): void {
  const t = tablePtr;
  let i: usize = 0;
  // 8 lookups per iteration, one 64-bit load and store.
  while (len - i >= 8) {
    const p = ptr + i;
    const x = load<u64>(p, 0, 1);
    const y = <u64> load<u8>(t + <usize> (x & 0xff)) |
      (<u64> load<u8>(t + <usize> ((x >> 8) & 0xff)) << 8) |
      (<u64> load<u8>(t + <usize> ((x >> 16) & 0xff)) << 16) |
      (<u64> load<u8>(t + <usize> ((x >> 24) & 0xff)) << 24) |
      (<u64> load<u8>(t + <usize> ((x >> 32) & 0xff)) << 32) |
      (<u64> load<u8>(t + <usize> ((x >> 40) & 0xff)) << 40) |
      (<u64> load<u8>(t + <usize> ((x >> 48) & 0xff)) << 48) |
      (<u64> load<u8>(t + <usize> (x >> 56)) << 56);
    store<u64>(p, y, 0, 1);
    i += 8;
  }
  while (i < len) {
    store<u8>(ptr + i, load<u8>(t + <usize> load<u8>(ptr + i)));
    i++;
  }
}

// ---------------------------------------------------------------------------------------------
// swap: reverse the byte order of each element (constant-lane shuffles, not swizzle).

/** Reverse the bytes of each 2-byte element. */
export function swap2(ptr: usize, count: usize): void {
  const n = count << 1;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    while (n - i >= 64) {
      const p = ptr + i;
      const a = v128.load(p, 0, 1);
      const b = v128.load(p, 16, 1);
      const c = v128.load(p, 32, 1);
      const d = v128.load(p, 48, 1);
      v128.store(p, i8x16.shuffle(a, a, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14), 0, 1);
      v128.store(p, i8x16.shuffle(b, b, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14), 16, 1);
      v128.store(p, i8x16.shuffle(c, c, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14), 32, 1);
      v128.store(p, i8x16.shuffle(d, d, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      const a = v128.load(ptr + i, 0, 1);
      v128.store(ptr + i, i8x16.shuffle(a, a, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14), 0, 1);
      i += 16;
    }
  } else {
    while (n - i >= 8) {
      const x = load<u64>(ptr + i, 0, 1);
      store<u64>(ptr + i, ((x >> 8) & 0x00ff00ff00ff00ff) | ((x & 0x00ff00ff00ff00ff) << 8), 0, 1);
      i += 8;
    }
  }
  while (i < n) {
    store<u16>(ptr + i, bswap<u16>(load<u16>(ptr + i, 0, 1)), 0, 1);
    i += 2;
  }
}

/** Reverse the bytes of each 4-byte element. */
export function swap4(ptr: usize, count: usize): void {
  const n = count << 2;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    while (n - i >= 64) {
      const p = ptr + i;
      const a = v128.load(p, 0, 1);
      const b = v128.load(p, 16, 1);
      const c = v128.load(p, 32, 1);
      const d = v128.load(p, 48, 1);
      v128.store(p, i8x16.shuffle(a, a, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), 0, 1);
      v128.store(p, i8x16.shuffle(b, b, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), 16, 1);
      v128.store(p, i8x16.shuffle(c, c, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), 32, 1);
      v128.store(p, i8x16.shuffle(d, d, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      const a = v128.load(ptr + i, 0, 1);
      v128.store(ptr + i, i8x16.shuffle(a, a, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), 0, 1);
      i += 16;
    }
  }
  while (i < n) {
    store<u32>(ptr + i, bswap<u32>(load<u32>(ptr + i, 0, 1)), 0, 1);
    i += 4;
  }
}

/** Reverse the bytes of each 8-byte element. */
export function swap8(ptr: usize, count: usize): void {
  const n = count << 3;
  let i: usize = 0;
  if (ASC_FEATURE_SIMD) {
    while (n - i >= 64) {
      const p = ptr + i;
      const a = v128.load(p, 0, 1);
      const b = v128.load(p, 16, 1);
      const c = v128.load(p, 32, 1);
      const d = v128.load(p, 48, 1);
      v128.store(p, i8x16.shuffle(a, a, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8), 0, 1);
      v128.store(p, i8x16.shuffle(b, b, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8), 16, 1);
      v128.store(p, i8x16.shuffle(c, c, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8), 32, 1);
      v128.store(p, i8x16.shuffle(d, d, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8), 48, 1);
      i += 64;
    }
    while (n - i >= 16) {
      const a = v128.load(ptr + i, 0, 1);
      v128.store(ptr + i, i8x16.shuffle(a, a, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8), 0, 1);
      i += 16;
    }
  }
  while (i < n) {
    store<u64>(ptr + i, bswap<u64>(load<u64>(ptr + i, 0, 1)), 0, 1);
    i += 8;
  }
}

// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// XXH32, streaming, as `xxhsum -H0` prints. The four 32-bit accumulators fill one v128 exactly:
// the SIMD build runs a 16-byte stripe as one i32x4 multiply-add, a rotate by shifts and a second
// multiply; the scalar build, and the SIMD build tuned with XXH32_SCALAR, run the same stripe as
// four independent u32 chains: faster where the vector multiply's latency is long (AMD Zen 5 ran
// the scalar loop at 9.4–9.9 GB/s, the i32x4 one at 5.3–5.9; on Zen 4 the i32x4 one ran at 9.0).
import { tuning, XXH32_SCALAR } from "./tuning";
//
// State (host-owned, any alignment), XXH32_STATE_SIZE bytes:
//   0 v1  4 v2  8 v3  12 v4   16 total length (u64)   24 seed (u32)   28 buffered count (u32)
//   32..48 buffered bytes

const P1: u32 = 0x9e3779b1;
const P2: u32 = 0x85ebca77;
const P3: u32 = 0xc2b2ae3d;
const P4: u32 = 0x27d4eb2f;
const P5: u32 = 0x165667b1;

const S_TOTAL: usize = 16;
const S_SEED: usize = 24;
const S_BUFLEN: usize = 28;
const S_BUF: usize = 32;
const XXH32_STATE_SIZE: u32 = 48;

// @ts-ignore: decorator
@inline function round(acc: u32, input: u32): u32 {
  return rotl<u32>(acc + input * P2, 13) * P1;
}

/** Bytes the host reserves for a state. */
export function xxh32StateSize(): u32 {
  return XXH32_STATE_SIZE;
}

/** Starts a hash with the 32-bit seed. */
export function xxh32Reset(state: usize, seed: u32): void {
  store<u32>(state, seed + P1 + P2, 0);
  store<u32>(state, seed + P2, 4);
  store<u32>(state, seed, 8);
  store<u32>(state, seed - P1, 12);
  store<u64>(state + S_TOTAL, 0);
  store<u32>(state + S_SEED, seed);
  store<u32>(state + S_BUFLEN, 0);
}

/** Consumes 16-byte stripes from p while at least 16 bytes remain before end; returns the new pointer. */
function stripes(state: usize, p: usize, end: usize): usize {
  let q = p;
  if (ASC_FEATURE_SIMD && (tuning & XXH32_SCALAR) == 0) {
    let acc = v128.load(state);
    const p1 = i32x4.splat(P1);
    const p2 = i32x4.splat(P2);
    while (end - q >= 16) {
      const x = i32x4.add(acc, i32x4.mul(v128.load(q), p2));
      acc = i32x4.mul(v128.or(i32x4.shl(x, 13), i32x4.shr_u(x, 19)), p1);
      q += 16;
    }
    v128.store(state, acc);
  } else {
    let v1 = load<u32>(state, 0);
    let v2 = load<u32>(state, 4);
    let v3 = load<u32>(state, 8);
    let v4 = load<u32>(state, 12);
    while (end - q >= 16) {
      v1 = round(v1, load<u32>(q, 0));
      v2 = round(v2, load<u32>(q, 4));
      v3 = round(v3, load<u32>(q, 8));
      v4 = round(v4, load<u32>(q, 12));
      q += 16;
    }
    store<u32>(state, v1, 0);
    store<u32>(state, v2, 4);
    store<u32>(state, v3, 8);
    store<u32>(state, v4, 12);
  }
  return q;
}

/** Adds len bytes at ptr. */
export function xxh32Update(state: usize, ptr: usize, len: usize): void {
  if (len == 0) return;
  store<u64>(state + S_TOTAL, load<u64>(state + S_TOTAL) + <u64> len);
  let p = ptr;
  const end = ptr + len;
  const mem = <usize> load<u32>(state + S_BUFLEN);
  if (mem + len < 16) {
    memory.copy(state + S_BUF + mem, p, len);
    store<u32>(state + S_BUFLEN, <u32> (mem + len));
    return;
  }
  if (mem > 0) {
    const fill: usize = 16 - mem;
    memory.copy(state + S_BUF + mem, p, fill);
    p += fill;
    stripes(state, state + S_BUF, state + S_BUF + 16);
  }
  p = stripes(state, p, end);
  const rest = end - p;
  if (rest > 0) memory.copy(state + S_BUF, p, rest);
  store<u32>(state + S_BUFLEN, <u32> rest);
}

/** Returns the digest. The state stays usable. */
export function xxh32Digest(state: usize): u32 {
  const total = load<u64>(state + S_TOTAL);
  let h: u32;
  if (total >= 16) {
    h = rotl<u32>(load<u32>(state, 0), 1) + rotl<u32>(load<u32>(state, 4), 7) +
      rotl<u32>(load<u32>(state, 8), 12) + rotl<u32>(load<u32>(state, 12), 18);
  } else {
    h = load<u32>(state + S_SEED) + P5;
  }
  h += <u32> total;
  let p = state + S_BUF;
  let len = <usize> load<u32>(state + S_BUFLEN);
  while (len >= 4) {
    h += load<u32>(p) * P3;
    h = rotl<u32>(h, 17) * P4;
    p += 4;
    len -= 4;
  }
  while (len > 0) {
    h += <u32> load<u8>(p) * P5;
    h = rotl<u32>(h, 11) * P1;
    p++;
    len--;
  }
  h ^= h >> 15;
  h *= P2;
  h ^= h >> 13;
  h *= P3;
  h ^= h >> 16;
  return h;
}

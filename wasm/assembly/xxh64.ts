// deno-fmt-ignore-file -- `deno fmt` drops AssemblyScript decorators (@inline) from functions.
// XXH64, streaming, as `xxhsum -H1` prints. Scalar on purpose: four independent multiply chains
// (latency-bound), which SIMD without a 64-bit multiply cannot beat.
//
// State (host-owned, any alignment), XXH64_STATE_SIZE bytes:
//   0 v1  8 v2  16 v3  24 v4   32 total length   40 seed   48..80 buffered bytes   80 buffered count

const P1: u64 = 0x9e3779b185ebca87;
const P2: u64 = 0xc2b2ae3d27d4eb4f;
const P3: u64 = 0x165667b19e3779f9;
const P4: u64 = 0x85ebca77c2b2ae63;
const P5: u64 = 0x27d4eb2f165667c5;

const XXH64_STATE_SIZE: u32 = 88;

// @ts-ignore: decorator
@inline function round(acc: u64, input: u64): u64 {
  return rotl<u64>(acc + input * P2, 31) * P1;
}

// @ts-ignore: decorator
@inline function mergeRound(acc: u64, val: u64): u64 {
  return (acc ^ round(0, val)) * P1 + P4;
}

/** Bytes the host reserves for a state. */
export function xxh64StateSize(): u32 {
  return XXH64_STATE_SIZE;
}

/** Starts a hash with the 64-bit seed hi:lo. */
export function xxh64Reset(state: usize, seedLo: u32, seedHi: u32): void {
  const seed = (<u64> seedHi << 32) | <u64> seedLo;
  store<u64>(state, seed + P1 + P2, 0);
  store<u64>(state, seed + P2, 8);
  store<u64>(state, seed, 16);
  store<u64>(state, seed - P1, 24);
  store<u64>(state, 0, 32);
  store<u64>(state, seed, 40);
  store<u32>(state, 0, 80);
}

/** Consumes 32-byte stripes from p while at least 32 bytes remain; returns the new pointer. */
// @ts-ignore: decorator
@inline function stripes(state: usize, p: usize, end: usize): usize {
  let v1 = load<u64>(state, 0);
  let v2 = load<u64>(state, 8);
  let v3 = load<u64>(state, 16);
  let v4 = load<u64>(state, 24);
  let q = p;
  // Two stripes per iteration: halves the loop's fixed cost (Deno's V8 also checks bounds on
  // every load); the four multiply chains stay the limit.
  while (end - q >= 64) {
    v1 = round(v1, load<u64>(q, 0));
    v2 = round(v2, load<u64>(q, 8));
    v3 = round(v3, load<u64>(q, 16));
    v4 = round(v4, load<u64>(q, 24));
    v1 = round(v1, load<u64>(q, 32));
    v2 = round(v2, load<u64>(q, 40));
    v3 = round(v3, load<u64>(q, 48));
    v4 = round(v4, load<u64>(q, 56));
    q += 64;
  }
  while (end - q >= 32) {
    v1 = round(v1, load<u64>(q, 0));
    v2 = round(v2, load<u64>(q, 8));
    v3 = round(v3, load<u64>(q, 16));
    v4 = round(v4, load<u64>(q, 24));
    q += 32;
  }
  store<u64>(state, v1, 0);
  store<u64>(state, v2, 8);
  store<u64>(state, v3, 16);
  store<u64>(state, v4, 24);
  return q;
}

/** Adds len bytes at ptr. */
export function xxh64Update(state: usize, ptr: usize, len: usize): void {
  if (len == 0) return;
  store<u64>(state, load<u64>(state, 32) + <u64> len, 32);
  let p = ptr;
  const end = ptr + len;
  let mem = <usize> load<u32>(state, 80);
  if (mem + len < 32) {
    memory.copy(state + 48 + mem, p, len);
    store<u32>(state, <u32> (mem + len), 80);
    return;
  }
  if (mem > 0) {
    const fill: usize = 32 - mem;
    memory.copy(state + 48 + mem, p, fill);
    p += fill;
    stripes(state, state + 48, state + 80);
    mem = 0;
  }
  p = stripes(state, p, end);
  const rest = end - p;
  if (rest > 0) memory.copy(state + 48, p, rest);
  store<u32>(state, <u32> rest, 80);
}

/** Writes the digest (8 bytes, little-endian) at out. The state stays usable. */
export function xxh64Digest(state: usize, out: usize): void {
  const total = load<u64>(state, 32);
  let h: u64;
  if (total >= 32) {
    const v1 = load<u64>(state, 0);
    const v2 = load<u64>(state, 8);
    const v3 = load<u64>(state, 16);
    const v4 = load<u64>(state, 24);
    h = rotl<u64>(v1, 1) + rotl<u64>(v2, 7) + rotl<u64>(v3, 12) + rotl<u64>(v4, 18);
    h = mergeRound(h, v1);
    h = mergeRound(h, v2);
    h = mergeRound(h, v3);
    h = mergeRound(h, v4);
  } else {
    h = load<u64>(state, 40) + P5;
  }
  h += total;
  let p = state + 48;
  let len = <usize> load<u32>(state, 80);
  while (len >= 8) {
    h ^= round(0, load<u64>(p));
    h = rotl<u64>(h, 27) * P1 + P4;
    p += 8;
    len -= 8;
  }
  if (len >= 4) {
    h ^= <u64> load<u32>(p) * P1;
    h = rotl<u64>(h, 23) * P2 + P3;
    p += 4;
    len -= 4;
  }
  while (len > 0) {
    h ^= <u64> load<u8>(p) * P5;
    h = rotl<u64>(h, 11) * P1;
    p++;
    len--;
  }
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  store<u64>(out, h);
}

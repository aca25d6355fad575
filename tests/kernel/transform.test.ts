/**
 * The in-place transform kernels (xorKey, add*, mapBytes, swap*) on the raw kernel, both builds,
 * against DataView / plain JS loops as oracles. Every case checks the bytes around the target
 * range stay untouched.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Register } from "../_ctx.ts";
import { type K, kernels } from "./_builds.ts";
import { randomBytes, rng } from "../_rand.ts";
import { INPUT_OFFSET, RESERVED_BYTES } from "@mmapkit/core/wasm";

const PAGES = 16; // 1 MiB
const GUARD = 64;

function hex(b: Uint8Array): string {
  return Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");
}

/**
 * Copies `data` to ptr inside random guards, runs `op` on the kernel, applies `oracle` to a JS
 * copy, and compares everything from ptr − GUARD to ptr + len + GUARD.
 */
function check(
  x: K,
  ptr: number,
  data: Uint8Array,
  op: () => void,
  oracle: (d: Uint8Array) => void,
  what: string,
): void {
  const around = randomBytes(data.length + 2 * GUARD, ptr ^ data.length);
  around.set(data, GUARD);
  x.mem.set(around, ptr - GUARD);
  op();
  const want = around.slice();
  oracle(want.subarray(GUARD, GUARD + data.length));
  const got = x.mem.subarray(ptr - GUARD, ptr + data.length + GUARD);
  if (!bytesEqual(got, want)) {
    let at = 0;
    while (got[at] === want[at]) at++;
    assert.unreachable(
      `${what}: first difference at byte ${at - GUARD} of ${data.length} ` +
        `(got ${hex(got.subarray(at, at + 8))}, want ${hex(want.subarray(at, at + 8))})`,
    );
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---- oracles ----------------------------------------------------------------------------------

function jsXor(d: Uint8Array, key: Uint8Array, phase: number): void {
  for (let i = 0; i < d.length; i++) d[i] = d[i]! ^ key[(phase + i) % key.length]!;
}

function jsAddInt(d: Uint8Array, size: 1 | 2 | 4, value: number): void {
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const n = Math.floor(d.length / size);
  for (let i = 0; i < n; i++) {
    if (size === 1) dv.setUint8(i, (dv.getUint8(i) + value) & 0xff);
    else if (size === 2) dv.setUint16(i * 2, (dv.getUint16(i * 2, true) + value) & 0xffff, true);
    else dv.setUint32(i * 4, (dv.getUint32(i * 4, true) + value) >>> 0, true);
  }
}

function jsAddI64(d: Uint8Array, lo: number, hi: number): void {
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const v = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  for (let i = 0; i + 8 <= d.length; i += 8) dv.setBigUint64(i, BigInt.asUintN(64, dv.getBigUint64(i, true) + v), true);
}

function jsSwap(d: Uint8Array, size: 2 | 4 | 8): void {
  for (let i = 0; i + size <= d.length; i += size) d.subarray(i, i + size).reverse();
}

// ---- data -------------------------------------------------------------------------------------

const F32_SPECIAL = [
  0,
  -0,
  1,
  -1,
  1.5,
  Infinity,
  -Infinity,
  3.4028234663852886e38,
  -3.4028234663852886e38,
  1e-45,
  -1e-45,
  1.1754943508222875e-38,
  0.1,
  16777216,
  2 ** -24,
];
const F64_SPECIAL = [
  0,
  -0,
  1,
  -1,
  1.5,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  0.1,
  2 ** 53,
  2 ** -53,
];

/** Floats with specials (NaN, ±0, ±Infinity, subnormals, max) mixed with random values. */
function floats(n: number, size: 4 | 8, next: () => number): Uint8Array {
  const d = new Uint8Array(n * size);
  const dv = new DataView(d.buffer);
  const special = size === 4 ? F32_SPECIAL : F64_SPECIAL;
  for (let i = 0; i < n; i++) {
    const r = next() % 4;
    const v = r === 0
      ? NaN
      : r === 1
      ? special[next() % special.length]!
      : (next() / 2 ** 32 - 0.5) * 2 ** ((next() % 80) - 40);
    if (size === 4) dv.setFloat32(i * 4, v, true);
    else dv.setFloat64(i * 8, v, true);
  }
  return d;
}

/**
 * Float add compared bit-exactly, except where the correct result is NaN: wasm leaves NaN
 * payloads (and their sign) to the engine, so there the check is only that the result is a NaN.
 */
function checkFloat(x: K, ptr: number, data: Uint8Array, size: 4 | 8, value: number, what: string): void {
  const n = data.length / size;
  const around = randomBytes(data.length + 2 * GUARD, ptr ^ data.length);
  around.set(data, GUARD);
  x.mem.set(around, ptr - GUARD);
  if (size === 4) x.k.addF32(ptr, n, value);
  else x.k.addF64(ptr, n, value);
  const got = x.mem.slice(ptr - GUARD, ptr + data.length + GUARD);
  assert.ok(bytesEqual(got.subarray(0, GUARD), around.subarray(0, GUARD)), `${what}: guard before changed`);
  assert.ok(
    bytesEqual(got.subarray(GUARD + data.length), around.subarray(GUARD + data.length)),
    `${what}: guard after changed`,
  );
  const src = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const res = new DataView(got.buffer, GUARD, data.length);
  for (let i = 0; i < n; i++) {
    if (size === 4) {
      const want = Math.fround(src.getFloat32(i * 4, true) + Math.fround(value));
      const w = new DataView(new ArrayBuffer(4));
      w.setFloat32(0, want, true);
      if (Number.isNaN(want)) {
        assert.ok(Number.isNaN(res.getFloat32(i * 4, true)), `${what}: element ${i} should be NaN`);
      } else {assert.is(
          res.getUint32(i * 4, true),
          w.getUint32(0, true),
          `${what}: element ${i} (${src.getFloat32(i * 4, true)} + ${value})`,
        );}
    } else {
      const want = src.getFloat64(i * 8, true) + value;
      const w = new DataView(new ArrayBuffer(8));
      w.setFloat64(0, want, true);
      if (Number.isNaN(want)) {
        assert.ok(Number.isNaN(res.getFloat64(i * 8, true)), `${what}: element ${i} should be NaN`);
      } else {assert.is(
          res.getBigUint64(i * 8, true),
          w.getBigUint64(0, true),
          `${what}: element ${i} (${src.getFloat64(i * 8, true)} + ${value})`,
        );}
    }
  }
}

export const register: Register = (_ctx) => {
  for (const x of kernels(PAGES)) {
    const t = suite(`kernel transform (${x.name})`);
    const base = RESERVED_BYTES + 4096;

    t("xorKey: single-byte key, every alignment 0-63 x length 0-300", () => {
      for (let align = 0; align < 64; align++) {
        for (let len = 0; len <= 300; len++) {
          const ptr = base + align;
          const data = randomBytes(len, align * 1000 + len);
          const key = new Uint8Array([(align * 37 + len) & 0xff | 0x80]);
          x.mem.set(key, INPUT_OFFSET);
          check(
            x,
            ptr,
            data,
            () => x.k.xorKey(ptr, len, INPUT_OFFSET, 1, len),
            (d) => jsXor(d, key, 0),
            `xor1 align ${align} len ${len}`,
          );
        }
      }
    });

    t("xorKey: key lengths and phases", () => {
      const next = rng(0x0c0ffee);
      const keyLens = [1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 300, 4096];
      for (const kl of keyLens) {
        const key = randomBytes(kl, kl);
        key[0] = 0xff;
        x.mem.set(key, INPUT_OFFSET);
        for (const phase of [0, 1, kl - 1, kl, 12345, 0x7fffffff, 0xffffffff]) {
          for (const len of [0, 1, 63, 64, 65, 127, 128, 129, 1000, 5003]) {
            const align = next() % 64;
            const ptr = base + align;
            const data = randomBytes(len, next());
            check(
              x,
              ptr,
              data,
              () => x.k.xorKey(ptr, len, INPUT_OFFSET, kl, phase),
              (d) => jsXor(d, key, phase),
              `xor kl ${kl} phase ${phase} len ${len} align ${align}`,
            );
          }
        }
        // Every alignment for this key length, the phase continuing across two calls.
        for (let align = 0; align < 64; align++) {
          const len = 200 + align;
          const ptr = base + align;
          const split = (align * 13) % len;
          const data = randomBytes(len, align + kl);
          check(
            x,
            ptr,
            data,
            () => {
              x.k.xorKey(ptr, split, INPUT_OFFSET, kl, 5);
              x.k.xorKey(ptr + split, len - split, INPUT_OFFSET, kl, 5 + split);
            },
            (d) => jsXor(d, key, 5),
            `xor split kl ${kl} align ${align}`,
          );
        }
      }
    });

    t("addU8 / addI16 / addI32: every alignment 0-63 x length 0-300 bytes, wrapping", () => {
      const values = [1, 0xff, 0x80, -1, 0x7fff, 0x8000, 0x12345678, 0x7fffffff, 0x80000000, 0xffffffff];
      let vi = 0;
      for (let align = 0; align < 64; align++) {
        for (let bytes = 0; bytes <= 300; bytes++) {
          const ptr = base + align;
          const v = values[vi++ % values.length]!;
          const data = randomBytes(bytes, align * 7919 + bytes);
          check(
            x,
            ptr,
            data,
            () => x.k.addU8(ptr, bytes, v),
            (d) => jsAddInt(d, 1, v),
            `addU8 ${v} align ${align} n ${bytes}`,
          );
          const n16 = bytes >> 1;
          const d16 = data.subarray(0, n16 * 2);
          check(
            x,
            ptr,
            d16,
            () => x.k.addI16(ptr, n16, v),
            (d) => jsAddInt(d, 2, v),
            `addI16 ${v} align ${align} n ${n16}`,
          );
          const n32 = bytes >> 2;
          const d32 = data.subarray(0, n32 * 4);
          check(
            x,
            ptr,
            d32,
            () => x.k.addI32(ptr, n32, v),
            (d) => jsAddInt(d, 4, v),
            `addI32 ${v} align ${align} n ${n32}`,
          );
        }
      }
    });

    t("addI64: every alignment, odd counts, wraparound near 2^63 and 2^64", () => {
      // [lo, hi] pairs: 1, -1, 2^63 - 1, 2^63, 2^32, 2^32 - 1, a random one.
      const values: [number, number][] = [
        [1, 0],
        [0xffffffff, 0xffffffff],
        [0xffffffff, 0x7fffffff],
        [0, 0x80000000],
        [0, 1],
        [0xffffffff, 0],
        [0x9e3779b9, 0x7f4a7c15],
      ];
      const edge = new Uint8Array(8 * 8);
      const edv = new DataView(edge.buffer);
      [0n, 1n, (1n << 63n) - 1n, 1n << 63n, (1n << 64n) - 1n, 0xffffffffn, 1n << 32n, (1n << 63n) + 1n].forEach((
        v,
        i,
      ) => edv.setBigUint64(i * 8, v, true));
      let vi = 0;
      for (let align = 0; align < 64; align++) {
        for (const n of [0, 1, 2, 3, 7, 8, 9, 15, 17, 33]) {
          const ptr = base + align;
          const [lo, hi] = values[vi++ % values.length]!;
          const data = randomBytes(n * 8, align * 31 + n);
          data.set(edge.subarray(0, Math.min(edge.length, data.length)));
          check(
            x,
            ptr,
            data,
            () => x.k.addI64(ptr, n, lo, hi),
            (d) => jsAddI64(d, lo, hi),
            `addI64 ${hi}:${lo} align ${align} n ${n}`,
          );
        }
      }
    });

    t("addF32 / addF64: NaN, ±0, ±Infinity, subnormals, bit-exact vs DataView", () => {
      const next = rng(0xf10a7);
      const values = [
        0,
        -0,
        1,
        -1,
        0.5,
        Infinity,
        -Infinity,
        NaN,
        1e-45,
        3.4028234663852886e38,
        5e-324,
        Number.MAX_VALUE,
        1e10,
        0.1,
      ];
      let vi = 0;
      for (let align = 0; align < 64; align++) {
        for (const n of [0, 1, 3, 4, 5, 15, 16, 17, 31, 33, 70]) {
          const ptr = base + align;
          const v = values[vi++ % values.length]!;
          checkFloat(x, ptr, floats(n, 4, next), 4, v, `addF32 ${v} align ${align} n ${n}`);
          checkFloat(x, ptr, floats(n, 8, next), 8, v, `addF64 ${v} align ${align} n ${n}`);
        }
      }
      // -0 + -0 = -0; -0 + 0 = +0; Infinity + -Infinity = NaN.
      const d = new Uint8Array(8);
      new DataView(d.buffer).setFloat32(0, -0, true);
      new DataView(d.buffer).setFloat32(4, Infinity, true);
      checkFloat(x, base + 3, d, 4, -0, "addF32 -0 + -0");
      checkFloat(x, base + 3, d, 4, 0, "addF32 -0 + 0");
      checkFloat(x, base + 3, d, 4, -Infinity, "addF32 inf + -inf");
    });

    t("mapBytes: every alignment 0-63 x length 0-300", () => {
      const tables = [
        randomBytes(256, 1),
        Uint8Array.from({ length: 256 }, (_, i) => i),
        Uint8Array.from({ length: 256 }, (_, i) => 255 - i),
        Uint8Array.from({ length: 256 }, (_, i) => (i >= 0x41 && i <= 0x5a ? i + 32 : i)),
      ];
      for (let align = 0; align < 64; align++) {
        for (let len = 0; len <= 300; len++) {
          const ptr = base + align;
          const table = tables[(align + len) % tables.length]!;
          x.mem.set(table, INPUT_OFFSET);
          const data = randomBytes(len, align * 301 + len);
          check(
            x,
            ptr,
            data,
            () => x.k.mapBytes(ptr, len, INPUT_OFFSET),
            (d) => {
              for (let i = 0; i < d.length; i++) d[i] = table[d[i]!]!;
            },
            `map align ${align} len ${len}`,
          );
        }
      }
    });

    t("swap2 / swap4 / swap8: every alignment 0-63 x length 0-300 bytes", () => {
      for (let align = 0; align < 64; align++) {
        for (let bytes = 0; bytes <= 300; bytes++) {
          const ptr = base + align;
          const data = randomBytes(bytes, align * 977 + bytes);
          for (const size of [2, 4, 8] as const) {
            const n = Math.floor(bytes / size);
            const d = data.subarray(0, n * size);
            const op = size === 2
              ? () => x.k.swap2(ptr, n)
              : size === 4
              ? () => x.k.swap4(ptr, n)
              : () => x.k.swap8(ptr, n);
            check(x, ptr, d, op, (dd) => jsSwap(dd, size), `swap${size} align ${align} n ${n}`);
          }
        }
      }
    });

    t("long buffers at the very end of the Memory", () => {
      const n = 65536 + 13 * 8 + 1; // bytes; odd
      const ptr = x.mem.length - n - GUARD;
      const data = randomBytes(n, 99);
      const key = randomBytes(13, 13);
      x.mem.set(key, INPUT_OFFSET);
      check(x, ptr, data, () => x.k.xorKey(ptr, n, INPUT_OFFSET, 13, 7), (d) => jsXor(d, key, 7), "xor long");
      check(
        x,
        ptr,
        data,
        () => x.k.addI32(ptr, n >> 2, 0xdeadbeef),
        (d) => jsAddInt(d.subarray(0, (n >> 2) * 4), 4, 0xdeadbeef),
        "addI32 long",
      );
      check(x, ptr, data, () => x.k.swap8(ptr, n >> 3), (d) => jsSwap(d, 8), "swap8 long");
      check(
        x,
        ptr,
        data,
        () => x.k.addI64(ptr, n >> 3, 5, 0x80000000),
        (d) => jsAddI64(d, 5, 0x80000000),
        "addI64 long",
      );
      // Exactly at the end: nothing past the Memory is touched (a trap would throw).
      const end = x.mem.length;
      for (const len of [1, 15, 16, 17, 63, 64, 65, 1001]) {
        const p = end - len;
        const d = randomBytes(len, len);
        x.mem.set(d, p);
        x.k.xorKey(p, len, INPUT_OFFSET, 13, 0);
        jsXor(d, key, 0);
        assert.ok(bytesEqual(x.mem.subarray(p), d), `xor at end len ${len}`);
        x.k.addU8(p, len, 3);
        jsAddInt(d, 1, 3);
        x.k.swap2(p + (len & 1), len >> 1);
        jsSwap(d.subarray(len & 1), 2);
        assert.ok(bytesEqual(x.mem.subarray(p), d), `addU8/swap2 at end len ${len}`);
      }
    });

    t.run();
  }
};

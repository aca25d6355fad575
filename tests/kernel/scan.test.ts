/**
 * The scan kernels (count, indexOfByte, indexOfBytes, findAll, lastIndexOfByte, lastIndexOfBytes) on the raw kernel, both builds,
 * against plain JS loops (and Uint8Array.indexOf) as oracles.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Register } from "../_ctx.ts";
import { type K, kernels } from "./_builds.ts";
import { rng } from "../_rand.ts";
import { INPUT_OFFSET, RESERVED_BYTES, RESULTS_CAPACITY, RESULTS_OFFSET } from "@mmapkit/core/wasm";

const PAGES = 48; // 3 MiB
/** Alphabets for low-entropy data, including bytes ≥ 0x80 (signedness). */
const ALPHABETS: readonly (readonly number[])[] = [
  [0x61, 0x62],
  [0x00, 0xff, 0x80],
  [0x0a, 0x61, 0xe2, 0x7f],
  [0x80, 0x81],
];

function lowEntropy(n: number, alphabet: readonly number[], next: () => number): Uint8Array {
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) d[i] = alphabet[next() % alphabet.length] ?? 0;
  return d;
}

// ---- oracles: plain loops, nothing from the kernel --------------------------------------------

function jsCount(d: Uint8Array, b: number): number {
  let n = 0;
  for (let i = 0; i < d.length; i++) if (d[i] === b) n++;
  return n;
}

function jsFindAll(d: Uint8Array, nd: Uint8Array): number[] {
  const out: number[] = [];
  const m = nd.length;
  if (m === 0) return out;
  outer: for (let i = 0; i + m <= d.length; i++) {
    for (let j = 0; j < m; j++) if (d[i + j] !== nd[j]) continue outer;
    out.push(i);
  }
  return out;
}

function jsIndexOf(d: Uint8Array, nd: Uint8Array): number {
  if (nd.length === 0) return 0;
  const all = jsFindAll(d, nd);
  return all.length === 0 ? -1 : (all[0] ?? -1);
}

// ---- kernel drivers ---------------------------------------------------------------------------

function putNeedle(x: K, nd: Uint8Array): void {
  x.mem.set(nd, INPUT_OFFSET);
}

/** Every match via findAll, resuming after the last offset whenever the output fills. */
function kFindAllResume(x: K, ptr: number, len: number, nd: Uint8Array, cap: number): number[] {
  putNeedle(x, nd);
  const out: number[] = [];
  let from = 0;
  for (;;) {
    const n = x.k.findAll(ptr + from, len - from, INPUT_OFFSET, nd.length, RESULTS_OFFSET, cap) >>> 0;
    assert.ok(n <= cap, `findAll returned ${n} > cap ${cap}`);
    const r = new Uint32Array(x.mem.buffer, RESULTS_OFFSET, n);
    for (let i = 0; i < n; i++) out.push(from + (r[i] ?? 0));
    if (n < cap) return out;
    from = out[out.length - 1]! + 1;
    if (from > len) return out;
  }
}

function kIndexOf(x: K, ptr: number, len: number, nd: Uint8Array): number {
  putNeedle(x, nd);
  return x.k.indexOfBytes(ptr, len, INPUT_OFFSET, nd.length);
}

function kLastIndexOf(x: K, ptr: number, len: number, nd: Uint8Array): number {
  putNeedle(x, nd);
  return x.k.lastIndexOfBytes(ptr, len, INPUT_OFFSET, nd.length);
}

/** The last match by a naive loop from the end (oracle for multi-byte needles). */
function jsLastIndexOf(d: Uint8Array, nd: Uint8Array): number {
  const m = nd.length;
  outer: for (let i = d.length - m; i >= 0; i--) {
    for (let j = 0; j < m; j++) if (d[i + j] !== nd[j]) continue outer;
    return i;
  }
  return -1;
}

/** Writes d at ptr with `guard` bytes on both sides (so a read outside [ptr, ptr+len) shows). */
function place(x: K, ptr: number, d: Uint8Array, guard: number): void {
  x.mem.fill(guard, ptr - 64, ptr);
  x.mem.set(d, ptr);
  x.mem.fill(guard, ptr + d.length, ptr + d.length + 64);
}

const NEEDLE_LENS = [1, 2, 3, 5, 8, 15, 16, 17, 64] as const;

export const register: Register = (_ctx) => {
  for (const x of kernels(PAGES)) {
    const t = suite(`kernel scan (${x.name})`);

    t("count and indexOfByte: every alignment 0-63 x length 0-300", () => {
      const next = rng(0x5ca1);
      for (let align = 0; align < 64; align++) {
        const ptr = RESERVED_BYTES + 4096 + align;
        for (let len = 0; len <= 300; len++) {
          const alpha = ALPHABETS[(align + len) % ALPHABETS.length]!;
          const d = lowEntropy(len, alpha, next);
          const present = alpha[next() % alpha.length]!;
          // Place a lone byte somewhere (or nowhere) so indexOf sees first, last and middle hits.
          const lone = 0x99;
          if (len > 0) {
            const where = [0, len - 1, next() % len, -1][len % 4]!;
            if (where >= 0) d[where] = lone;
          }
          for (const b of [present, lone, 0x42]) {
            // The guards are the byte looked for: reading outside the range would change results.
            place(x, ptr, d, b);
            assert.is(x.k.count(ptr, len, b) >>> 0, jsCount(d, b), `count ${b} align ${align} len ${len}`);
            assert.is(x.k.indexOfByte(ptr, len, b), d.indexOf(b), `indexOfByte ${b} align ${align} len ${len}`);
            assert.is(
              x.k.lastIndexOfByte(ptr, len, b),
              d.lastIndexOf(b),
              `lastIndexOfByte ${b} align ${align} len ${len}`,
            );
          }
        }
      }
    });

    t("indexOfBytes and findAll: every alignment 0-63 x length 0-300", () => {
      const next = rng(0xf1d);
      for (let align = 0; align < 64; align++) {
        const ptr = RESERVED_BYTES + 8192 + align;
        for (let len = 0; len <= 300; len++) {
          const alpha = ALPHABETS[(align * 7 + len) % ALPHABETS.length]!;
          const d = lowEntropy(len, alpha, next);
          const m = NEEDLE_LENS[(align + len) % NEEDLE_LENS.length]!;
          const needles: Uint8Array[] = [];
          if (m <= len) {
            const at = [0, len - m, next() % (len - m + 1)][len % 3]!;
            needles.push(d.slice(at, at + m));
          }
          needles.push(lowEntropy(Math.min(m, 3), alpha, next)); // short, often dense
          needles.push(lowEntropy(m, alpha, next)); // usually absent when long
          for (const nd of needles) {
            // Guards: the needle's own bytes, so an out-of-range read could forge a match.
            place(x, ptr, d, nd[nd.length - 1]!);
            const all = jsFindAll(d, nd);
            const ctx = `m ${nd.length} align ${align} len ${len}`;
            assert.is(kIndexOf(x, ptr, len, nd), all.length ? all[0] : -1, `indexOfBytes ${ctx}`);
            assert.is(kLastIndexOf(x, ptr, len, nd), jsLastIndexOf(d, nd), `lastIndexOfBytes ${ctx}`);
            assert.equal(kFindAllResume(x, ptr, len, nd, RESULTS_CAPACITY), all, `findAll ${ctx}`);
            assert.equal(kFindAllResume(x, ptr, len, nd, 2), all, `findAll cap 2 ${ctx}`);
          }
        }
      }
    });

    t("long low-entropy buffers: every needle length, first/last byte matches, resume", () => {
      const next = rng(0xbeef);
      for (const n of [65536 + 37, 200_003]) {
        for (const alpha of ALPHABETS) {
          const d = lowEntropy(n, alpha, next);
          const ptr = RESERVED_BYTES + 64 + (next() % 64);
          place(x, ptr, d, alpha[0]!);
          for (const m of NEEDLE_LENS) {
            const candidates = [
              d.slice(0, m), // match at the very first byte
              d.slice(n - m), // match ending at the very last byte
              d.slice(n >> 1, (n >> 1) + m),
              lowEntropy(m, alpha, next),
            ];
            for (const nd of candidates) {
              const all = jsFindAll(d, nd);
              const ctx = `n ${n} alpha ${alpha.join(",")} m ${m}`;
              assert.is(kIndexOf(x, ptr, n, nd), jsIndexOf(d, nd), `indexOfBytes ${ctx}`);
              assert.is(kLastIndexOf(x, ptr, n, nd), jsLastIndexOf(d, nd), `lastIndexOfBytes ${ctx}`);
              assert.equal(kFindAllResume(x, ptr, n, nd, RESULTS_CAPACITY), all, `findAll ${ctx}`);
              assert.equal(kFindAllResume(x, ptr, n, nd, 7), all, `findAll cap 7 ${ctx}`);
              if (m === 1) {
                assert.is(x.k.count(ptr, n, nd[0]!) >>> 0, all.length, `count ${ctx}`);
                assert.is(x.k.indexOfByte(ptr, n, nd[0]!), d.indexOf(nd[0]!), `indexOfByte ${ctx}`);
                assert.is(x.k.lastIndexOfByte(ptr, n, nd[0]!), d.lastIndexOf(nd[0]!), `lastIndexOfByte ${ctx}`);
              }
            }
          }
          // findAll of "aa" in "aaa…": overlapping matches.
        }
      }
    });

    t("overlapping matches and a needle that appears only partially at the end", () => {
      const ptr = RESERVED_BYTES + 3;
      const aaa = new Uint8Array(1000).fill(0x61);
      place(x, ptr, aaa.subarray(0, 3), 0x62);
      assert.equal(kFindAllResume(x, ptr, 3, new Uint8Array([0x61, 0x61]), 100), [0, 1]);
      place(x, ptr, aaa, 0x61);
      const want = Array.from({ length: 999 }, (_, i) => i);
      assert.equal(kFindAllResume(x, ptr, 1000, new Uint8Array([0x61, 0x61]), 100), want);
      assert.equal(kFindAllResume(x, ptr, 1000, new Uint8Array([0x61, 0x61]), 1), want);
      for (const m of [2, 3, 5, 8, 15, 16, 17, 64]) {
        for (const n of [m, m + 1, 63, 64, 65, 200, 4099]) {
          if (n < m) continue;
          // Data ends with the needle minus its last byte; the needle's last byte is absent.
          const nd = new Uint8Array(m).fill(0x80);
          nd[m - 1] = 0xfe;
          const d = new Uint8Array(n).fill(0x80);
          // The guard after the data is 0xfe: a read past the end would "complete" the needle.
          place(x, ptr, d, 0xfe);
          assert.is(kIndexOf(x, ptr, n, nd), -1, `partial m ${m} n ${n}`);
          assert.is(kLastIndexOf(x, ptr, n, nd), -1, `partial lastIndexOf m ${m} n ${n}`);
          assert.equal(kFindAllResume(x, ptr, n, nd, 16), [], `partial findAll m ${m} n ${n}`);
          // …and a full match exactly at the end.
          d[n - 1] = 0xfe;
          place(x, ptr, d, 0xfe);
          assert.is(kIndexOf(x, ptr, n, nd), n - m, `full at end m ${m} n ${n}`);
          assert.is(kLastIndexOf(x, ptr, n, nd), n - m, `full at end lastIndexOf m ${m} n ${n}`);
          assert.equal(kFindAllResume(x, ptr, n, nd, 16), [n - m]);
        }
      }
    });

    t("count: wide accumulators (runs of one byte past 255 x 64)", () => {
      const ptr = RESERVED_BYTES + 5;
      for (const n of [255 * 64 - 1, 255 * 64, 255 * 64 + 1, 255 * 64 * 2 + 63, 1 << 20, (1 << 20) + 77]) {
        x.mem.fill(0xc3, ptr, ptr + n);
        x.mem[ptr + n] = 0xc3;
        x.mem[ptr - 1] = 0xc3;
        assert.is(x.k.count(ptr, n, 0xc3) >>> 0, n, `count all n ${n}`);
        assert.is(x.k.count(ptr, n, 0x43) >>> 0, 0, `count none n ${n}`);
        x.mem[ptr + n - 1] = 0x43;
        assert.is(x.k.indexOfByte(ptr, n, 0x43), n - 1, `indexOfByte last n ${n}`);
        assert.is(x.k.count(ptr, n, 0xc3) >>> 0, n - 1);
      }
    });

    t("data ending at the very end of the Memory (no read past it)", () => {
      const end = x.mem.length;
      const next = rng(77);
      for (const n of [0, 1, 7, 15, 16, 17, 63, 64, 65, 127, 300, 4097]) {
        const ptr = end - n;
        const d = lowEntropy(n, [0x61, 0x62, 0xf0], next);
        x.mem.set(d, ptr);
        for (const b of [0x61, 0xf0, 0x00]) {
          assert.is(x.k.count(ptr, n, b) >>> 0, jsCount(d, b));
          assert.is(x.k.indexOfByte(ptr, n, b), d.indexOf(b));
          assert.is(x.k.lastIndexOfByte(ptr, n, b), d.lastIndexOf(b));
        }
        for (const m of [1, 2, 3, 5, 8, 16, 17]) {
          if (m > n) continue;
          for (const nd of [d.slice(n - m), d.slice(0, m)]) {
            assert.is(kIndexOf(x, ptr, n, nd), jsIndexOf(d, nd), `end n ${n} m ${m}`);
            assert.is(kLastIndexOf(x, ptr, n, nd), jsLastIndexOf(d, nd), `end lastIndexOf n ${n} m ${m}`);
            assert.equal(kFindAllResume(x, ptr, n, nd, 5), jsFindAll(d, nd), `end findAll n ${n} m ${m}`);
          }
        }
      }
    });

    t("edge cases: empty needle, needle longer than data, outCap 0, signed bytes", () => {
      const ptr = RESERVED_BYTES + 1;
      const d = new Uint8Array([0xff, 0x80, 0x7f, 0x00, 0xff]);
      place(x, ptr, d, 0x11);
      assert.is(kIndexOf(x, ptr, 5, new Uint8Array(0)), 0);
      assert.is(kIndexOf(x, ptr, 0, new Uint8Array(0)), 0);
      assert.is(kFindAllResume(x, ptr, 5, new Uint8Array(0), 4).length, 0);
      assert.is(kIndexOf(x, ptr, 5, new Uint8Array(6).fill(0x11)), -1);
      assert.is(kIndexOf(x, ptr, 4, d), -1);
      putNeedle(x, new Uint8Array([0xff]));
      assert.is(x.k.findAll(ptr, 5, INPUT_OFFSET, 1, RESULTS_OFFSET, 0) >>> 0, 0);
      assert.is(x.k.count(ptr, 5, 0xff) >>> 0, 2);
      assert.is(x.k.count(ptr, 5, 0x80) >>> 0, 1);
      assert.is(x.k.indexOfByte(ptr, 5, 0x80), 1);
      assert.is(x.k.indexOfByte(ptr, 5, 0x00), 3);
      assert.is(x.k.indexOfByte(ptr, 0, 0x11), -1);
      assert.is(x.k.count(ptr, 0, 0x11) >>> 0, 0);
      assert.is(kIndexOf(x, ptr, 5, new Uint8Array([0x7f, 0x00, 0xff])), 2);
      assert.equal(kFindAllResume(x, ptr, 5, new Uint8Array([0xff]), 1), [0, 4]);
      assert.is(kLastIndexOf(x, ptr, 5, new Uint8Array(0)), 5); // as "abc".lastIndexOf("") is 3
      assert.is(kLastIndexOf(x, ptr, 5, new Uint8Array(6).fill(0x11)), -1);
      assert.is(x.k.lastIndexOfByte(ptr, 5, 0xff), 4);
      assert.is(x.k.lastIndexOfByte(ptr, 4, 0xff), 0);
      assert.is(x.k.lastIndexOfByte(ptr, 0, 0x11), -1);
      assert.is(kLastIndexOf(x, ptr, 5, new Uint8Array([0xff, 0x80])), 0);
      // Only the low 8 bits of `byte` count.
      assert.is(x.k.count(ptr, 5, 0x1ff) >>> 0, 2);
    });

    t.run();
  }
};

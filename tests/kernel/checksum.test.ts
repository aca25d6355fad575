/**
 * The checksum kernels (crc32, crc32c, adler32, xxh64, xxh3) on the raw kernel, both builds, against
 * independent oracles only: node:zlib (crc32, and the Adler-32 trailer of a deflate stream),
 * hash-wasm (crc32c, adler32, xxhash64, xxhash3), xxhash-wasm (h64) and published vectors.
 * @module
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as zlib from "node:zlib";
import { createAdler32, createCRC32, createXXHash3, createXXHash64 } from "hash-wasm";
import type { IHasher } from "hash-wasm";
import xxhash from "xxhash-wasm";
import type { Register } from "../_ctx.ts";
import { type K, kernels } from "./_builds.ts";
import { randomBytes, rng } from "../_rand.ts";
import { RESERVED_BYTES, STATE_OFFSET } from "@mmapkit/core/kernel";

const PAGES = 48; // 3 MiB
const DATA = RESERVED_BYTES;
const MAX_DATA = 2 * 1024 * 1024;
/** The digest goes after the largest state; the state itself sits at an odd address on purpose. */
const STATE = STATE_OFFSET + 3;
const OUT = STATE_OFFSET + 2048;

type Algo = "crc32" | "crc32c" | "adler32" | "xxh64" | "xxh3";
const ALGOS: readonly Algo[] = ["crc32", "crc32c", "adler32", "xxh64", "xxh3"];

const U64 = (1n << 64n) - 1n;
const PRIME32 = 2654435761n;
const PRIME64 = 11400714785074694797n;
const SEEDS: readonly bigint[] = [0n, 1n, (1n << 32n) + 5n, U64];

// ---- the kernel, driven the way the host drives it ----------------------------------------------

/** Hashes `pieces` (consecutive ranges [start, end) of the data already at `at`) as successive updates. */
function run(x: K, algo: Algo, at: number, pieces: readonly number[], seed = 0n): bigint {
  const k = x.k;
  const lo = Number(seed & 0xffffffffn) | 0;
  const hi = Number(seed >> 32n) | 0;
  let prev = 0;
  switch (algo) {
    case "crc32":
    case "crc32c":
    case "adler32": {
      const fn = algo === "crc32" ? k.crc32Update : algo === "crc32c" ? k.crc32cUpdate : k.adler32Update;
      let v = algo === "adler32" ? 1 : 0;
      for (const end of pieces) {
        v = fn(v, at + prev, end - prev) >>> 0;
        prev = end;
      }
      return BigInt(v);
    }
    case "xxh64":
    case "xxh3": {
      const [reset, update, digest] = algo === "xxh64"
        ? [k.xxh64Reset, k.xxh64Update, k.xxh64Digest]
        : [k.xxh3Reset, k.xxh3Update, k.xxh3Digest];
      reset(STATE, lo, hi);
      for (const end of pieces) {
        update(STATE, at + prev, end - prev);
        prev = end;
      }
      digest(STATE, OUT);
      return x.view.getBigUint64(OUT, true);
    }
  }
}

function place(x: K, at: number, d: Uint8Array): void {
  x.mem.set(d, at);
}

// ---- oracles: nothing here comes from the kernel --------------------------------------------------

interface Oracles {
  /** The reference digest for `algo`. */
  of(algo: Algo, d: Uint8Array, seed?: bigint): bigint;
  /** Second opinions: Adler-32 from a deflate stream, XXH64 from xxhash-wasm. */
  adlerDeflate(d: Uint8Array): bigint;
  h64Other(d: Uint8Array, seed: bigint): bigint;
}

let oraclesP: Promise<Oracles> | undefined;

function oracles(): Promise<Oracles> {
  oraclesP ??= (async (): Promise<Oracles> => {
    const crc32c = await createCRC32(0x82f63b78);
    const adler = await createAdler32();
    const xx = await xxhash();
    const h64 = new Map<bigint, IHasher>();
    const h3 = new Map<bigint, IHasher>();
    const extra = [...SEEDS, PRIME32, PRIME64];
    for (const s of extra) {
      const lo = Number(s & 0xffffffffn);
      const hi = Number(s >> 32n);
      h64.set(s, await createXXHash64(lo, hi));
      h3.set(s, await createXXHash3(lo, hi));
    }
    const hex = (h: IHasher, d: Uint8Array): bigint => BigInt("0x" + h.init().update(d).digest("hex"));
    const seeded = (m: Map<bigint, IHasher>, s: bigint): IHasher => {
      const h = m.get(s);
      if (h === undefined) throw new Error(`no oracle for seed ${s}`);
      return h;
    };
    return {
      of(algo: Algo, d: Uint8Array, seed = 0n): bigint {
        switch (algo) {
          case "crc32":
            return BigInt(zlib.crc32(d) >>> 0);
          case "crc32c":
            return hex(crc32c, d);
          case "adler32":
            return hex(adler, d);
          case "xxh64":
            return hex(seeded(h64, seed), d);
          case "xxh3":
            return hex(seeded(h3, seed), d);
        }
      },
      adlerDeflate(d: Uint8Array): bigint {
        const z = zlib.deflateSync(d, { level: 0 });
        return BigInt(new DataView(z.buffer, z.byteOffset, z.byteLength).getUint32(z.byteLength - 4, false));
      },
      h64Other(d: Uint8Array, seed: bigint): bigint {
        return xx.h64Raw(d, seed);
      },
    };
  })();
  return oraclesP;
}

const hex = (v: bigint, algo: Algo): string => v.toString(16).padStart(algo.startsWith("xxh") ? 16 : 8, "0");

/** xxHash's sanity-check buffer: byteGen = PRIME32, then byte = byteGen >> 56, byteGen *= PRIME64. */
function sanityBuffer(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let g = PRIME32;
  for (let i = 0; i < n; i++) {
    out[i] = Number(g >> 56n);
    g = (g * PRIME64) & U64;
  }
  return out;
}

/** Random cut points of [0, n): ascending piece ends, the last one n; empty pieces allowed. */
function splits(n: number, next: () => number): number[] {
  const count = 1 + (next() % 9);
  const cuts: number[] = [];
  for (let i = 0; i < count - 1; i++) {
    // Mix small cuts near the previous one with uniform ones, so pieces of 0..300 bytes are common.
    const r = next();
    cuts.push((r & 1) === 0 ? r % (n + 1) : Math.min(n, (cuts[cuts.length - 1] ?? 0) + (r % 300)));
  }
  cuts.sort((a, b) => a - b);
  cuts.push(n);
  return cuts;
}

export const register: Register = (_ctx) => {
  const ks = kernels(PAGES);

  // ---- published vectors ----------------------------------------------------------------------
  const vectors = suite("kernel/checksum: published vectors");
  const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
  for (const x of ks) {
    vectors(`${x.name}: check values`, () => {
      const cases: [Algo, string, string][] = [
        ["crc32", "123456789", "cbf43926"],
        ["crc32c", "123456789", "e3069283"],
        ["adler32", "Wikipedia", "11e60398"],
        ["crc32", "", "00000000"],
        ["adler32", "", "00000001"],
        ["xxh64", "", "ef46db3751d8e999"],
        ["xxh3", "", "2d06800538d394c2"],
      ];
      for (const [algo, s, want] of cases) {
        const d = ascii(s);
        place(x, DATA + 5, d);
        assert.is(hex(run(x, algo, DATA + 5, [d.length]), algo), want, `${algo}(${JSON.stringify(s)})`);
      }
    });
    vectors(`${x.name}: xxHash sanity-check vectors`, () => {
      const buf = sanityBuffer(2367);
      place(x, DATA, buf);
      const h64: [number, bigint, bigint][] = [
        [0, 0n, 0xef46db3751d8e999n],
        [0, PRIME32, 0xac75fda2929b17efn],
        [1, 0n, 0xe934a84adb052768n],
        [1, PRIME32, 0x5014607643a9b4c3n],
        [4, 0n, 0x9136a0dca57457een],
        [14, 0n, 0x8282dcc4994e35c8n],
        [14, PRIME32, 0xc3bd6bf63deb6df0n],
        [222, 0n, 0xb641ae8cb691c174n],
        [222, PRIME32, 0x20cb8ab7ae10c14an],
      ];
      const h3: [number, bigint, bigint][] = [
        [0, 0n, 0x2d06800538d394c2n],
        [0, PRIME64, 0xa8a6b918b2f0364an],
        [1, 0n, 0xc44bdff4074eecdbn],
        [1, PRIME64, 0x032be332dd766ef8n],
        [6, 0n, 0x27b56a84cd2d7325n],
        [6, PRIME64, 0x84589c116ab59ab9n],
        [12, 0n, 0xa713daf0dfbb77e7n],
        [12, PRIME64, 0xe7303e1b2336de0en],
        [24, 0n, 0xa3fe70bf9d3510ebn],
        [24, PRIME64, 0x850e80fc35bdd690n],
        [48, 0n, 0x397da259ecba1f11n],
        [48, PRIME64, 0xadc2cbaa44acc616n],
        [80, 0n, 0xbcdefbbb2c47c90an],
        [80, PRIME64, 0xc6dd0cb699532e73n],
        [195, 0n, 0xcd94217ee362ec3an],
        [195, PRIME64, 0xba68003d370cb3d9n],
        [403, 0n, 0xcdeb804d65c6dea4n],
        [403, PRIME64, 0x6259f6ecfd6443fdn],
        [512, 0n, 0x617e49599013cb6bn],
        [512, PRIME64, 0x3ce457de14c27708n],
        [2048, 0n, 0xdd59e2c3a5f038e0n],
        [2048, PRIME64, 0x66f81670669ababcn],
        [2099, 0n, 0xc6b9d9b3fc9ac765n],
        [2099, PRIME64, 0x184f316843663974n],
        [2240, 0n, 0x6e73a90539cf2948n],
        [2240, PRIME64, 0x757ba8487d1b5247n],
        [2367, 0n, 0xcb37aeb9e5d361edn],
        [2367, PRIME64, 0xd2db3415b942b42an],
      ];
      for (const [algo, table] of [["xxh64", h64], ["xxh3", h3]] as const) {
        for (const [len, seed, want] of table) {
          assert.is(hex(run(x, algo, DATA, [len], seed), algo), hex(want, algo), `${algo} len ${len} seed ${seed}`);
          // The same vector fed a byte at a time, then in two halves.
          const bytes = Array.from({ length: len }, (_, i) => i + 1);
          assert.is(run(x, algo, DATA, bytes, seed), want, `${algo} len ${len} seed ${seed}, byte by byte`);
          assert.is(run(x, algo, DATA, [len >> 1, len], seed), want, `${algo} len ${len} seed ${seed}, halves`);
        }
      }
    });
  }
  vectors.run();

  // ---- every alignment 0..63 × every length 0..300 ------------------------------------------
  const sweep = suite("kernel/checksum: alignments × lengths");
  const base = randomBytes(300 + 64, 0xc0ffee);
  for (const algo of ALGOS) {
    sweep(`${algo}: alignments 0..63 × lengths 0..300, both builds`, async () => {
      const o = await oracles();
      const want: bigint[] = [];
      for (let n = 0; n <= 300; n++) want.push(o.of(algo, base.subarray(0, n)));
      for (const x of ks) {
        for (let align = 0; align < 64; align++) {
          place(x, DATA + align, base);
          for (let n = 0; n <= 300; n++) {
            const got = run(x, algo, DATA + align, [n]);
            if (got !== want[n]) {
              assert.unreachable(
                `${x.name} ${algo} align ${align} len ${n}: ${hex(got, algo)} != ${hex(want[n] ?? -1n, algo)}`,
              );
            }
          }
        }
      }
    });
  }
  sweep("second opinions agree with the oracles (adler32 via deflate, xxh64 via xxhash-wasm)", async () => {
    const o = await oracles();
    for (let n = 0; n <= 300; n++) {
      const d = base.subarray(0, n);
      assert.is(o.adlerDeflate(d), o.of("adler32", d), `adler32 len ${n}`);
      for (const s of SEEDS) assert.is(o.h64Other(d, s), o.of("xxh64", d, s), `xxh64 len ${n} seed ${s}`);
    }
  });
  sweep.run();

  // ---- larger lengths: SIMD blocks, adler's NMAX chunks, xxh3 blocks -------------------------
  const big = suite("kernel/checksum: larger lengths");
  const large = randomBytes(MAX_DATA + 64, 0xfeed);
  const LENGTHS = [
    511,
    512,
    513,
    1000,
    1023,
    1024,
    1025,
    1087,
    1088,
    1089,
    2047,
    2048,
    2049,
    4095,
    4096,
    4097,
    5503,
    5504,
    5505,
    5551,
    5552,
    5553,
    11104,
    11105,
    16384 + 1,
    65536,
    65536 + 13,
    1 << 20,
    (1 << 20) + 7,
    MAX_DATA,
  ];
  for (const algo of ALGOS) {
    big(`${algo}: lengths around 1 KiB, 4 KiB, NMAX, 64 KiB and 1–2 MiB, several alignments`, async () => {
      const o = await oracles();
      for (const n of LENGTHS) {
        const want = o.of(algo, large.subarray(0, n));
        for (const x of ks) {
          for (const align of [0, 1, 7, 13, 63]) {
            place(x, DATA + align, large.subarray(0, n));
            const got = run(x, algo, DATA + align, [n]);
            assert.is(hex(got, algo), hex(want, algo), `${x.name} ${algo} len ${n} align ${align}`);
          }
        }
      }
    });
  }
  big("adler32: all-0xff input (the worst case for the sums), both builds", async () => {
    const o = await oracles();
    const ff = new Uint8Array(1 << 20).fill(0xff);
    for (const n of [5552, 5553, 65536, 1 << 20]) {
      const want = o.of("adler32", ff.subarray(0, n));
      assert.is(o.adlerDeflate(ff.subarray(0, n)), want);
      for (const x of ks) {
        place(x, DATA, ff.subarray(0, n));
        assert.is(hex(run(x, "adler32", DATA, [n]), "adler32"), hex(want, "adler32"), `${x.name} len ${n}`);
        // Continuing from a value with large sums.
        const half = run(x, "adler32", DATA, [n >> 1]);
        const rest = BigInt(x.k.adler32Update(Number(half), DATA + (n >> 1), n - (n >> 1)) >>> 0);
        assert.is(hex(rest, "adler32"), hex(want, "adler32"), `${x.name} len ${n} in two calls`);
      }
    }
  });
  big.run();

  // ---- streaming: random splits, seeds ------------------------------------------------------
  const stream = suite("kernel/checksum: streaming and seeds");
  for (const algo of ALGOS) {
    stream(`${algo}: random splits into several updates give the one-shot value, both builds`, async () => {
      const o = await oracles();
      const next = rng(0x5eed + algo.length);
      const seeds = algo.startsWith("xxh") ? SEEDS : [0n];
      for (let round = 0; round < 300; round++) {
        const n = round < 250 ? next() % 3000 : next() % 300000;
        const align = next() % 64;
        const seed = seeds[round % seeds.length] ?? 0n;
        const d = large.subarray(0, n);
        const want = o.of(algo, d, seed);
        const cuts = splits(n, next);
        for (const x of ks) {
          place(x, DATA + align, d);
          const got = run(x, algo, DATA + align, cuts, seed);
          assert.is(hex(got, algo), hex(want, algo), `${x.name} ${algo} len ${n} seed ${seed} cuts ${cuts.join(",")}`);
        }
      }
    });
  }
  for (const algo of ["xxh64", "xxh3"] as const) {
    stream(`${algo}: seeds 0, 1, 2^32+5, 2^64−1 over lengths 0..300 and larger, both builds`, async () => {
      const o = await oracles();
      for (const seed of SEEDS) {
        for (const n of [...Array.from({ length: 301 }, (_, i) => i), ...LENGTHS]) {
          const d = large.subarray(0, n);
          const want = o.of(algo, d, seed);
          if (algo === "xxh64") assert.is(o.h64Other(d, seed), want);
          for (const x of ks) {
            place(x, DATA + (n & 7), d);
            const got = run(x, algo, DATA + (n & 7), [n], seed);
            if (got !== want) {
              assert.unreachable(`${x.name} ${algo} len ${n} seed ${seed}: ${hex(got, algo)} != ${hex(want, algo)}`);
            }
          }
        }
      }
    });
    stream(`${algo}: digest mid-stream leaves the state usable`, async () => {
      const o = await oracles();
      const next = rng(77);
      for (const x of ks) {
        place(x, DATA, large.subarray(0, 20000));
        const reset = algo === "xxh64" ? x.k.xxh64Reset : x.k.xxh3Reset;
        const update = algo === "xxh64" ? x.k.xxh64Update : x.k.xxh3Update;
        const digest = algo === "xxh64" ? x.k.xxh64Digest : x.k.xxh3Digest;
        reset(STATE, 5, 1);
        let at = 0;
        while (at < 20000) {
          const step = Math.min(20000 - at, next() % 700);
          update(STATE, DATA + at, step);
          at += step;
          digest(STATE, OUT);
          const want = o.of(algo, large.subarray(0, at), (1n << 32n) + 5n);
          assert.is(x.view.getBigUint64(OUT, true), want, `${x.name} prefix ${at}`);
        }
      }
    });
  }
  stream("state sizes fit the host's 4 KiB STATE area (≤ 1 KiB each)", () => {
    for (const x of ks) {
      assert.ok(x.k.xxh64StateSize() > 0 && x.k.xxh64StateSize() <= 1024);
      assert.ok(x.k.xxh3StateSize() > 0 && x.k.xxh3StateSize() <= 1024);
    }
  });
  stream.run();
};

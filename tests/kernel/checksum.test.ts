/**
 * The checksum kernels (crc32, crc32c, adler32, xxh32, xxh64, xxh3, xxh128) on the raw kernel, both
 * builds, against independent oracles only: node:zlib (crc32, and the Adler-32 trailer of a
 * deflate stream), hash-wasm (crc32c, adler32, xxhash32, xxhash64, xxhash3, xxhash128),
 * xxhash-wasm (h32, h64) and published vectors.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as zlib from "node:zlib";
import { createAdler32, createCRC32, createXXHash128, createXXHash3, createXXHash32, createXXHash64 } from "hash-wasm";
import type { IHasher } from "hash-wasm";
import xxhash from "xxhash-wasm";
import type { Register } from "../_ctx.ts";
import { type K, kernels } from "./_builds.ts";
import { randomBytes, rng } from "../_rand.ts";
import { RESERVED_BYTES, STATE_BYTES, STATE_OFFSET } from "@mmapkit/core/kernel";

const PAGES = 48; // 3 MiB
const DATA = RESERVED_BYTES;
const MAX_DATA = 2 * 1024 * 1024;
/** The digest goes after the largest state; the state itself sits at an odd address on purpose. */
const STATE = STATE_OFFSET + 3;
const OUT = STATE_OFFSET + 2048;

type Algo = "crc32" | "crc32c" | "adler32" | "xxh32" | "xxh64" | "xxh3" | "xxh128";
const ALGOS: readonly Algo[] = ["crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"];
type Xxh = "xxh32" | "xxh64" | "xxh3" | "xxh128";
const XXH: readonly Xxh[] = ["xxh32", "xxh64", "xxh3", "xxh128"];

const U64 = (1n << 64n) - 1n;
const PRIME32 = 2654435761n;
const PRIME64 = 11400714785074694797n;
const SEEDS: readonly bigint[] = [0n, 1n, (1n << 32n) + 5n, U64];
/** XXH32 takes a 32-bit seed. */
const SEEDS32: readonly bigint[] = [0n, 1n, 0x89abcdefn, (1n << 32n) - 1n];
const seedsOf = (algo: Algo): readonly bigint[] => algo === "xxh32" ? SEEDS32 : algo.startsWith("xxh") ? SEEDS : [0n];

// ---- the kernel, driven the way the host drives it ----------------------------------------------

/** The streaming calls of an xxHash kernel, the state at STATE; digests as one number (xxh128: high·2^64 + low). */
function streamOf(
  x: K,
  algo: Xxh,
): { reset(seed: bigint): void; update(ptr: number, len: number): void; digest(): bigint } {
  const k = x.k;
  const lohi = (seed: bigint): [number, number] => [Number(seed & 0xffffffffn) | 0, Number(seed >> 32n) | 0];
  switch (algo) {
    case "xxh32":
      return {
        reset: (seed) => k.xxh32Reset(STATE, lohi(seed)[0]),
        update: (p, n) => k.xxh32Update(STATE, p, n),
        digest: () => BigInt(k.xxh32Digest(STATE) >>> 0),
      };
    case "xxh64":
      return {
        reset: (seed) => k.xxh64Reset(STATE, ...lohi(seed)),
        update: (p, n) => k.xxh64Update(STATE, p, n),
        digest: () => (k.xxh64Digest(STATE, OUT), x.view.getBigUint64(OUT, true)),
      };
    case "xxh3":
      return {
        reset: (seed) => k.xxh3Reset(STATE, ...lohi(seed)),
        update: (p, n) => k.xxh3Update(STATE, p, n),
        digest: () => (k.xxh3Digest(STATE, OUT), x.view.getBigUint64(OUT, true)),
      };
    case "xxh128":
      return {
        reset: (seed) => k.xxh128Reset(STATE, ...lohi(seed)),
        update: (p, n) => k.xxh128Update(STATE, p, n),
        // The low half at OUT, the high half after it.
        digest:
          () => (k.xxh128Digest(STATE, OUT),
            (x.view.getBigUint64(OUT + 8, true) << 64n) | x.view.getBigUint64(OUT, true)),
      };
  }
}

/** Hashes `pieces` (consecutive ranges [start, end) of the data already at `at`) as successive updates. */
function run(x: K, algo: Algo, at: number, pieces: readonly number[], seed = 0n): bigint {
  const k = x.k;
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
    default: {
      const h = streamOf(x, algo);
      h.reset(seed);
      for (const end of pieces) {
        h.update(at + prev, end - prev);
        prev = end;
      }
      return h.digest();
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
  /** Second opinions: Adler-32 from a deflate stream, XXH32 and XXH64 from xxhash-wasm. */
  adlerDeflate(d: Uint8Array): bigint;
  h32Other(d: Uint8Array, seed: bigint): bigint;
  h64Other(d: Uint8Array, seed: bigint): bigint;
}

let oraclesP: Promise<Oracles> | undefined;

function oracles(): Promise<Oracles> {
  oraclesP ??= (async (): Promise<Oracles> => {
    const crc32c = await createCRC32(0x82f63b78);
    const adler = await createAdler32();
    const xx = await xxhash();
    const h32 = new Map<bigint, IHasher>();
    const h64 = new Map<bigint, IHasher>();
    const h3 = new Map<bigint, IHasher>();
    const h128 = new Map<bigint, IHasher>();
    for (const s of [...SEEDS32, PRIME32]) h32.set(s, await createXXHash32(Number(s)));
    for (const s of [...SEEDS, PRIME32, PRIME64]) {
      const lo = Number(s & 0xffffffffn);
      const hi = Number(s >> 32n);
      h64.set(s, await createXXHash64(lo, hi));
      h3.set(s, await createXXHash3(lo, hi));
      h128.set(s, await createXXHash128(lo, hi));
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
          case "xxh32":
            return hex(seeded(h32, seed), d);
          case "xxh64":
            return hex(seeded(h64, seed), d);
          case "xxh3":
            return hex(seeded(h3, seed), d);
          case "xxh128":
            // hash-wasm prints the canonical form, high 64 bits first, as xxhsum -H2 does.
            return hex(seeded(h128, seed), d);
        }
      },
      adlerDeflate(d: Uint8Array): bigint {
        const z = zlib.deflateSync(d, { level: 0 });
        return BigInt(new DataView(z.buffer, z.byteOffset, z.byteLength).getUint32(z.byteLength - 4, false));
      },
      h32Other(d: Uint8Array, seed: bigint): bigint {
        return BigInt(xx.h32Raw(d, Number(seed)) >>> 0);
      },
      h64Other(d: Uint8Array, seed: bigint): bigint {
        return xx.h64Raw(d, seed);
      },
    };
  })();
  return oraclesP;
}

const WIDTH: Record<Algo, number> = { crc32: 8, crc32c: 8, adler32: 8, xxh32: 8, xxh64: 16, xxh3: 16, xxh128: 32 };
const hex = (v: bigint, algo: Algo): string => v.toString(16).padStart(WIDTH[algo], "0");

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
        ["xxh32", "", "02cc5d05"],
        ["xxh128", "", "99aa06d3014798d86001c324468d497f"],
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
      const h32: [number, bigint, bigint][] = [
        [0, 0n, 0x02cc5d05n],
        [0, PRIME32, 0x36b78ae7n],
        [1, 0n, 0xcf65b03en],
        [1, PRIME32, 0xb4545aa4n],
        [14, 0n, 0x1208e7e2n],
        [14, PRIME32, 0x6af1d1fen],
        [222, 0n, 0x5bd11dbdn],
        [222, PRIME32, 0x58803c5fn],
      ];
      // Published as { low64, high64 }; the digest reads high then low.
      const h128 = ([
        [0, 0n, 0x6001c324468d497fn, 0x99aa06d3014798d8n],
        [0, PRIME32, 0x5444f7869c671ab0n, 0x92220ae55e14ab50n],
        [1, 0n, 0xc44bdff4074eecdbn, 0xa6cd5e9392000f6an],
        [1, PRIME32, 0xb53d5557e7f76f8dn, 0x89b99554ba22467cn],
        [6, 0n, 0x3e7039bdda43cfc6n, 0x082afe0b8162d12an],
        [6, PRIME32, 0x269d8f70be98856en, 0x5a865b5389abd2b1n],
        [12, 0n, 0x061a192713f69ad9n, 0x6e3efd8fc7802b18n],
        [12, PRIME32, 0x9be9f9a67f3c7dfbn, 0xd7e09d518a3405d3n],
        [24, 0n, 0x1e7044d28b1b901dn, 0x0ce966e4678d3761n],
        [24, PRIME32, 0xd7304c54ebad40a9n, 0x3162026714a6a243n],
        [48, 0n, 0xf942219aed80f67bn, 0xa002ac4e5478227en],
        [48, PRIME32, 0x7ba3c3e453a1934en, 0x163adde36c072295n],
        [81, 0n, 0x5e8bafb9f95fb803n, 0x4952f58181ab0042n],
        [81, PRIME32, 0x703fbb3d7a5f755cn, 0x2724ec7adc750fb6n],
        [222, 0n, 0xf1aebd597cec6b3an, 0x337e09641b948717n],
        [222, PRIME32, 0xae995bb8af917a8dn, 0x91820016621e97f1n],
        [403, 0n, 0xcdeb804d65c6dea4n, 0x1b6de21e332dd73dn],
        [403, PRIME64, 0x6259f6ecfd6443fdn, 0xbed311971e0be8f2n],
        [512, 0n, 0x617e49599013cb6bn, 0x18d2d110dcc9bca1n],
        [512, PRIME64, 0x3ce457de14c27708n, 0x925d06b8ec5b8040n],
        [2048, 0n, 0xdd59e2c3a5f038e0n, 0xf736557fd47073a5n],
        [2048, PRIME32, 0x230d43f30206260bn, 0x7fb03f7e7186c3ean],
        [2240, 0n, 0x6e73a90539cf2948n, 0xccb134fbfa7ce49dn],
        [2240, PRIME32, 0xed385111126fba6fn, 0x50a1fe17b338995fn],
        [2367, 0n, 0xcb37aeb9e5d361edn, 0xe89c0f6ff369b427n],
        [2367, PRIME32, 0x6f5360ae69c2f406n, 0xd23aae4b76c31ecbn],
      ] as const).map(([len, seed, low, high]): [number, bigint, bigint] => [len, seed, (high << 64n) | low]);
      const tables = [["xxh32", h32], ["xxh64", h64], ["xxh3", h3], ["xxh128", h128]] as const;
      for (const [algo, table] of tables) {
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
  sweep("second opinions agree with the oracles (adler32 via deflate, xxh32 and xxh64 via xxhash-wasm)", async () => {
    const o = await oracles();
    for (let n = 0; n <= 300; n++) {
      const d = base.subarray(0, n);
      assert.is(o.adlerDeflate(d), o.of("adler32", d), `adler32 len ${n}`);
      for (const s of SEEDS32) assert.is(o.h32Other(d, s), o.of("xxh32", d, s), `xxh32 len ${n} seed ${s}`);
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
      const seeds = seedsOf(algo);
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
  for (const algo of XXH) {
    stream(`${algo}: seeds ${seedsOf(algo).join(", ")} over lengths 0..300 and larger, both builds`, async () => {
      const o = await oracles();
      for (const seed of seedsOf(algo)) {
        for (const n of [...Array.from({ length: 301 }, (_, i) => i), ...LENGTHS]) {
          const d = large.subarray(0, n);
          const want = o.of(algo, d, seed);
          if (algo === "xxh64") assert.is(o.h64Other(d, seed), want);
          if (algo === "xxh32") assert.is(o.h32Other(d, seed), want);
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
        const seed = algo === "xxh32" ? 0x89abcdefn : (1n << 32n) + 5n;
        const h = streamOf(x, algo);
        h.reset(seed);
        let at = 0;
        while (at < 20000) {
          const step = Math.min(20000 - at, next() % 700);
          h.update(DATA + at, step);
          at += step;
          const want = o.of(algo, large.subarray(0, at), seed);
          assert.is(hex(h.digest(), algo), hex(want, algo), `${x.name} prefix ${at}`);
        }
      }
    });
  }
  stream("state sizes fit the host's 4 KiB STATE area (≤ 1 KiB each)", () => {
    for (const x of ks) {
      for (const size of [x.k.xxh32StateSize(), x.k.xxh64StateSize(), x.k.xxh3StateSize(), x.k.xxh128StateSize()]) {
        assert.ok(size > 0 && size <= 1024, `state of ${size} bytes`);
      }
      assert.ok(STATE_BYTES >= 1024 + 16, "a state and a 16-byte digest fit");
    }
  });
  stream.run();
};

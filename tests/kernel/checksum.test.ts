/**
 * The checksum kernels — every algorithm of the table, driven through the exports its row names —
 * on the raw kernel, both builds, against independent oracles only: tests/_oracles.ts (node:zlib,
 * hash-wasm), second opinions (the Adler-32 trailer of a deflate stream, xxhash-wasm's h32 and
 * h64) and published vectors.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as zlib from "node:zlib";
import xxhash from "xxhash-wasm";
import type { Register } from "../_ctx.ts";
import { type K, kernels } from "./_builds.ts";
import { checksumOracle } from "../_oracles.ts";
import { randomBytes, rng } from "../_rand.ts";
import { ADD_TYPES, type Algorithm, ALGORITHM_NAMES, type AlgorithmRow, elementTypeOf, rowOf } from "@mmapkit/core";
import { RESERVED_BYTES, STATE_BYTES, STATE_OFFSET } from "@mmapkit/core/wasm";

const PAGES = 48; // 3 MiB
const DATA = RESERVED_BYTES;
const MAX_DATA = 2 * 1024 * 1024;
/** The digest goes after the largest state; the state itself sits at an odd address on purpose. */
const STATE = STATE_OFFSET + 3;
const OUT = STATE_OFFSET + 2048;

const ALGOS = ALGORITHM_NAMES;
/** The algorithms whose state is streamed (the xxHashes), not a running 32-bit value. */
const STREAMED: readonly Algorithm[] = ALGOS.filter((a) => rowOf(a).seed !== "previous");

const U64 = (1n << 64n) - 1n;
const PRIME32 = 2654435761n;
const PRIME64 = 11400714785074694797n;
const SEEDS: readonly bigint[] = [0n, 1n, (1n << 32n) + 5n, U64];
/** XXH32 takes a 32-bit seed. */
const SEEDS32: readonly bigint[] = [0n, 1n, 0x89abcdefn, (1n << 32n) - 1n];
const seedsOf = (algo: Algorithm): readonly bigint[] => {
  const bits = rowOf(algo).seed;
  return bits === 32 ? SEEDS32 : bits === 64 ? SEEDS : [0n];
};

// ---- the kernel, driven the way the host drives it ----------------------------------------------

type Call = (...args: number[]) => number;
/** The kernel export `name`, as the table names it. */
const exportOf = (x: K, name: string): Call => (x.k as unknown as Record<string, Call>)[name]!;

/** The streaming calls of a streamed kernel, the state at STATE; digests as one number (xxh128: high·2^64 + low). */
function streamOf(
  x: K,
  algo: Algorithm,
): { reset(seed: bigint): void; update(ptr: number, len: number): void; digest(): bigint } {
  const row: AlgorithmRow = rowOf(algo);
  const names = row.kernel as { reset: string; update: string; digest: string };
  const [reset, update, digest] = [exportOf(x, names.reset), exportOf(x, names.update), exportOf(x, names.digest)];
  return {
    reset: (seed) => reset(STATE, Number(seed & 0xffffffffn) | 0, Number(seed >> 32n) | 0),
    update: (p, n) => update(STATE, p, n),
    digest: () => {
      if (row.digestIn === "result") return BigInt(digest(STATE) >>> 0);
      // A little-endian number of digestBytes at OUT (xxh128: the low half, then the high half).
      digest(STATE, OUT);
      let v = 0n;
      for (let at = row.digestBytes - 8; at >= 0; at -= 8) v = (v << 64n) | x.view.getBigUint64(OUT + at, true);
      return v;
    },
  };
}

/** Hashes `pieces` (consecutive ranges [start, end) of the data already at `at`) as successive updates. */
function run(x: K, algo: Algorithm, at: number, pieces: readonly number[], seed = 0n): bigint {
  const row: AlgorithmRow = rowOf(algo);
  let prev = 0;
  if (row.seed === "previous") {
    const fn = exportOf(x, row.kernel.update);
    let v = row.start ?? 0;
    for (const end of pieces) {
      v = fn(v, at + prev, end - prev) >>> 0;
      prev = end;
    }
    return BigInt(v);
  }
  const h = streamOf(x, algo);
  h.reset(seed);
  for (const end of pieces) {
    h.update(at + prev, end - prev);
    prev = end;
  }
  return h.digest();
}

function place(x: K, at: number, d: Uint8Array): void {
  x.mem.set(d, at);
}

// ---- oracles: nothing here comes from the kernel --------------------------------------------------

interface Oracles {
  /** The reference digest for `algo` (tests/_oracles.ts). */
  of(algo: Algorithm, d: Uint8Array, seed?: bigint): Promise<bigint>;
  /** Second opinions: Adler-32 from a deflate stream, XXH32 and XXH64 from xxhash-wasm. */
  adlerDeflate(d: Uint8Array): bigint;
  h32Other(d: Uint8Array, seed: bigint): bigint;
  h64Other(d: Uint8Array, seed: bigint): bigint;
}

let oraclesP: Promise<Oracles> | undefined;

function oracles(): Promise<Oracles> {
  oraclesP ??= (async (): Promise<Oracles> => {
    const xx = await xxhash();
    return {
      of: async (algo, d, seed = 0n) => BigInt("0x" + await checksumOracle(algo, d, seed)),
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

const hex = (v: bigint, algo: Algorithm): string => v.toString(16).padStart(rowOf(algo).digestBytes * 2, "0");

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
      const cases: [Algorithm, string, string][] = [
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
      for (let n = 0; n <= 300; n++) want.push(await o.of(algo, base.subarray(0, n)));
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
      assert.is(o.adlerDeflate(d), await o.of("adler32", d), `adler32 len ${n}`);
      for (const s of SEEDS32) assert.is(o.h32Other(d, s), await o.of("xxh32", d, s), `xxh32 len ${n} seed ${s}`);
      for (const s of SEEDS) assert.is(o.h64Other(d, s), await o.of("xxh64", d, s), `xxh64 len ${n} seed ${s}`);
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
        const want = await o.of(algo, large.subarray(0, n));
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
      const want = await o.of("adler32", ff.subarray(0, n));
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
        const want = await o.of(algo, d, seed);
        const cuts = splits(n, next);
        for (const x of ks) {
          place(x, DATA + align, d);
          const got = run(x, algo, DATA + align, cuts, seed);
          assert.is(hex(got, algo), hex(want, algo), `${x.name} ${algo} len ${n} seed ${seed} cuts ${cuts.join(",")}`);
        }
      }
    });
  }
  for (const algo of STREAMED) {
    stream(`${algo}: seeds ${seedsOf(algo).join(", ")} over lengths 0..300 and larger, both builds`, async () => {
      const o = await oracles();
      for (const seed of seedsOf(algo)) {
        for (const n of [...Array.from({ length: 301 }, (_, i) => i), ...LENGTHS]) {
          const d = large.subarray(0, n);
          const want = await o.of(algo, d, seed);
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
          const want = await o.of(algo, large.subarray(0, at), seed);
          assert.is(hex(h.digest(), algo), hex(want, algo), `${x.name} prefix ${at}`);
        }
      }
    });
  }
  stream("the tables name only exports both builds have, and every checksum export is in a row", () => {
    const named = ALGOS.flatMap((a) => Object.values(rowOf(a).kernel as Record<string, string>));
    for (const x of ks) {
      const exports = x.k as unknown as Record<string, unknown>;
      for (const name of [...named, ...ADD_TYPES.map((t) => elementTypeOf(t).add)]) {
        assert.type(exports[name], "function", `${x.name}: ${name}`);
      }
      // A checksum kernel the table forgot would be unreachable from the API.
      const sums = Object.keys(exports).filter((n) => /(Update|StateSize|Reset|Digest)$/.test(n));
      assert.equal(sums.filter((n) => !named.includes(n)), [], `${x.name}: exports no row names`);
    }
  });
  stream("every streamed state fits the host's 4 KiB STATE area (≤ 1 KiB each)", () => {
    for (const x of ks) {
      for (const algo of STREAMED) {
        const size = exportOf(x, (rowOf(algo).kernel as { stateSize: string }).stateSize)();
        assert.ok(size > 0 && size <= 1024, `${algo}: state of ${size} bytes`);
      }
      assert.ok(STATE_BYTES >= 1024 + 16, "a state and a 16-byte digest fit");
    }
  });
  stream.run();
};

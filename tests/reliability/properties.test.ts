/**
 * Property tests (fast-check): random sources — a MappedFile of each engine, a view of a mapping,
 * a Uint8Array, a path of each engine —, random ranges and random operations against the oracles
 * (plain JS loops, node:zlib crc32, hash-wasm, DataView loops). Walk sizes are shrunk so window,
 * chunk and staging boundaries fall inside the data. Fixed seed by default; MMAPKIT_SEED
 * overrides it; the seed is printed on failure.
 * @module
 */
import { suite } from "../_suite.ts";
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import type { Api, Ctx, Register } from "../_ctx.ts";
import { freshPath, readBack, same } from "../_files.ts";
import { checksumOracle, countLoop, matchesLoop, transformLoop } from "../_oracles.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { seedOf } from "./faults.test.ts";
import { timed } from "../_faults.ts";
import { ALGORITHM_NAMES, rowOf } from "@mmapkit/core";

/** Runs per property. */
export const RUNS = 200;
export const PROPERTIES = 3;

type Kind = { name: string; engine?: "mapped" | "buffered" };

function kindsOf(ctx: Ctx): Kind[] {
  const kinds: Kind[] = [{ name: "bytes" }];
  for (const engine of ctx.engines) {
    kinds.push({ name: "file", engine }, { name: "view", engine }, { name: "path", engine });
  }
  return kinds;
}

/** Writes `data` to a new file and makes the source `kind` over it; its options carry `sizes`. */
function makeSource(
  api: Api,
  ctx: Ctx,
  kind: Kind,
  data: Uint8Array,
  write: boolean,
  sizes: object,
): { source: unknown; opts: Record<string, unknown>; result(): Uint8Array; done(): void } {
  const path = freshPath(ctx.tmp, "prop");
  writeFileSync(path, data);
  if (kind.name === "bytes") {
    const copy = data.slice();
    return { source: copy, opts: { ...sizes }, result: () => copy, done() {} };
  }
  if (kind.name === "path") {
    return { source: path, opts: { ...sizes, engine: kind.engine }, result: () => readBack(path), done() {} };
  }
  const f = api.open(path, { mode: write ? "write" : "read", engine: kind.engine! });
  return {
    source: kind.name === "view" ? f.bytes : f,
    opts: { ...sizes },
    result: () => f.bytes.slice(),
    done: () => f.close(),
  };
}

/** The walk sizes the properties run with: boundaries every few hundred bytes. */
const STAGE = 777;
const CHUNK = 1000 + 7;
/** Data up to this long: more than two windows of two pages. */
const MAX_DATA = 20_000;

/**
 * A source kind, data (low entropy, so matches are dense) and a range inside it. The length is
 * drawn explicitly (fast-check's default size would keep arrays to a dozen bytes): one case in
 * eight is tiny (0–64 bytes: SIMD tails), the rest up to {@link MAX_DATA}, so ranges cross the
 * staging, chunk and window boundaries.
 */
const arbCase = (kinds: Kind[]) =>
  fc.record({
    kind: fc.constantFrom(...kinds),
    data: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 64 }), weight: 1 },
      { arbitrary: fc.integer({ min: 65, max: MAX_DATA }), weight: 7 },
    ).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })).chain((d) =>
      fc.boolean().map((low) => (low ? d.map((b) => [0x61, 0x62, 0x0a, 0][b & 3]!) : d))
    ),
    a: fc.nat(),
    b: fc.nat(),
    full: fc.boolean(),
  }).map((c) => {
    const n = c.data.length;
    // Offsets stay in the first quarter, so most ranges are long.
    const offset = c.full ? 0 : c.a % (Math.floor(n / 4) + 1);
    const length = c.full ? n : n - offset - (c.b % (Math.floor((n - offset) / 4) + 1));
    return { ...c, offset, length };
  });

/** How many runs of a property crossed each kind of boundary. */
class Crossings {
  runs = 0;
  simd = 0;
  stage = 0;
  chunk = 0;
  window = 0;
  constructor(readonly name: string, readonly windowSize: number) {}
  /** Records the range [offset, offset + length) of one run. */
  add(offset: number, length: number): void {
    const crosses = (size: number) =>
      length > 0 && Math.floor(offset / size) !== Math.floor((offset + length - 1) / size);
    this.runs++;
    if (length > 16) this.simd++;
    if (length > STAGE) this.stage++;
    if (length > CHUNK) this.chunk++;
    if (crosses(this.windowSize)) this.window++;
  }
  /** Prints the counts and asserts that most runs crossed a chunk and many a window. */
  report(): void {
    console.log(
      `  # ${this.name}: ${this.runs} runs; longer than a SIMD vector ${this.simd}, than the staging buffer ${this.stage}, than a chunk ${this.chunk}; across a window boundary ${this.window}`,
    );
    if (this.chunk * 2 < this.runs) {
      throw new Error(`${this.name}: only ${this.chunk} of ${this.runs} runs crossed a chunk`);
    }
    if (this.window * 4 < this.runs) {
      throw new Error(`${this.name}: only ${this.window} of ${this.runs} runs crossed a window`);
    }
  }
}

async function check<T>(
  name: string,
  seed: number,
  prop: fc.IAsyncProperty<T> | fc.IProperty<T>,
): Promise<void> {
  try {
    // No shrinking: cases of up to 20,000 bytes would shrink for minutes. The failing case and
    // the seed are printed; MMAPKIT_SEED replays it.
    const params = { seed, numRuns: RUNS, endOnFailure: true };
    if (prop.isAsync()) await fc.assert(prop as fc.IAsyncProperty<T>, params);
    else fc.assert(prop as fc.IProperty<T>, params);
  } catch (e) {
    console.log(`  # property "${name}" failed with MMAPKIT_SEED=${seed}`);
    throw e;
  }
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const kinds = kindsOf(ctx);
  const seed = seedOf(20261122);
  const t = suite(`properties (fast-check, ${RUNS} runs, seed ${seed}) [${ctx.runtime}]`);
  timed(t, `properties [${ctx.runtime}]`);
  const small = walkSizes({ chunk: CHUNK, window: 2 * ps, stage: STAGE });

  t("count, indexOf (with from) and findAll agree with plain loops", async () => {
    const prop = fc.property(
      arbCase(kinds),
      fc.uint8Array({ minLength: 1, maxLength: 9 }),
      fc.nat(),
      (c, rawNeedle, fromSeed) => {
        scan.add(c.offset, c.length);
        const needle = rawNeedle.map((b) => [0x61, 0x62, 0x0a, 0][b & 3]!);
        const part = c.data.subarray(c.offset, c.offset + c.length);
        const s = makeSource(api, ctx, c.kind, c.data, false, small);
        try {
          const o = { ...s.opts, offset: c.offset, length: c.length };
          const src = s.source as string;
          if (api.count(src, needle[0]!, o) !== countLoop(part, needle[0]!)) return false;
          const want = matchesLoop(part, needle).map((i) => i + c.offset);
          const got = api.findAll(src, needle, o);
          if (got.length !== want.length || got.some((v, i) => v !== want[i])) return false;
          const from = c.offset + (fromSeed % (c.length + 1));
          const first = want.find((i) => i >= from) ?? -1;
          return api.indexOf(src, needle, { ...o, from }) === first;
        } finally {
          s.done();
        }
      },
    );
    const scan = new Crossings("scan", 2 * ps);
    await check("scan", seed, prop);
    scan.report();
  });

  t("checksums agree with node:zlib and hash-wasm", async () => {
    const prop = fc.asyncProperty(
      arbCase(kinds),
      fc.constantFrom(...ALGORITHM_NAMES),
      fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
      async (c, algorithm, drawn) => {
        sums.add(c.offset, c.length);
        const bits = rowOf(algorithm).seed;
        const xx = bits !== "previous"; // a seed of its own (the xxHashes), not a previous value
        const seed64 = bits === 32 ? drawn & 0xffffffffn : drawn; // xxh32 takes 32 bits
        const part = c.data.subarray(c.offset, c.offset + c.length);
        const s = makeSource(api, ctx, c.kind, c.data, false, small);
        try {
          const o = { ...s.opts, offset: c.offset, length: c.length, ...(xx ? { seed: seed64 } : {}) };
          const got = api.checksum(s.source as string, algorithm, o);
          return got === await checksumOracle(algorithm, part, xx ? seed64 : 0n);
        } finally {
          s.done();
        }
      },
    );
    const sums = new Crossings("checksum", 2 * ps);
    await check("checksum", seed + 1, prop);
    sums.report();
  });

  t("transforms agree with DataView loops, and only the range changes", async () => {
    const ops: Record<string, unknown>[] = [
      { xor: 0xa5 },
      { xor: Uint8Array.of(3, 1, 4, 1, 5) },
      { add: 7, type: "u8" },
      { add: -2, type: "i16" },
      { add: 123456, type: "i32" },
      { add: -5, type: "i64" },
      { map: Uint8Array.from({ length: 256 }, (_, i) => (i * 7 + 3) & 0xff) },
      { swap: 2 },
      { swap: 4 },
      { swap: 8 },
    ];
    const prop = fc.property(arbCase(kinds), fc.constantFrom(...ops), (c, op) => {
      const size = "swap" in op ? (op.swap as number) : op.type === undefined ? 1 : ({
        u8: 1,
        i16: 2,
        i32: 4,
        i64: 8,
      } as Record<string, number>)[op.type as string]!;
      const length = c.length - (c.length % size);
      shaped.add(c.offset, length);
      const s = makeSource(api, ctx, c.kind, c.data, true, small);
      try {
        api.transform(s.source as string, op as never, { ...s.opts, offset: c.offset, length });
        const want = c.data.slice();
        want.set(transformLoop(c.data.subarray(c.offset, c.offset + length), op), c.offset);
        return same(s.result(), want);
      } finally {
        s.done();
      }
    });
    const shaped = new Crossings("transform", 2 * ps);
    await check("transform", seed + 2, prop);
    shaped.report();
  });
  t.run();
};

/**
 * The kernel API (count, indexOf, findAll, checksum, transform) through the public entry, on
 * every source kind — a MappedFile of each engine, a Uint8Array (staged, and a view of a mapping
 * run in place), a path of each engine — with walk sizes shrunk so window and chunk boundaries
 * fall inside the data. Oracles: plain JS loops, node:zlib, hash-wasm.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import process from "node:process";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { rng } from "../_rand.ts";
import { checksumOracle, countLoop, matchesLoop, transformLoop } from "../_oracles.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { throwsCode } from "../_codes.ts";
import { traced } from "../_trace.ts";
import { ALGORITHM_NAMES, MATCH_LIMIT, MAX_MATCHES, rowOf } from "@mmapkit/core";

const ALGORITHMS = ALGORITHM_NAMES;

/** Low-entropy bytes (a, b, \n, 0xff) so matches are dense and cross boundaries. */
function lowEntropy(n: number, seed: number): Uint8Array {
  const next = rng(seed);
  const alphabet = [0x61, 0x62, 0x0a, 0xff];
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = alphabet[next() & 3]!;
  return out;
}

/** The last match starting in [offset, min(to, end − m)] of data[offset, end), by a naive loop; −1 if none. */
function lastLoop(data: Uint8Array, needle: Uint8Array, offset: number, end: number, to = Infinity): number {
  const m = needle.length;
  outer: for (let i = Math.min(end - m, to); i >= offset; i--) {
    for (let j = 0; j < m; j++) if (data[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Byte equality, except that float NaNs compare equal whatever their payload (engines differ on it). */
function equalAs(got: Uint8Array, want: Uint8Array, type: unknown): boolean {
  if (type !== "f32" && type !== "f64") return same(got, want);
  if (got.length !== want.length) return false;
  const w = type === "f32" ? 4 : 8;
  const g = new DataView(got.buffer, got.byteOffset, got.length);
  const x = new DataView(want.buffer, want.byteOffset, want.length);
  for (let i = 0; i < got.length; i++) {
    if (got[i] === want[i]) continue;
    const at = i - ((i - 3) % w + w) % w; // the element holding byte i (elements start at offset 3)
    const a = w === 4 ? g.getFloat32(at, true) : g.getFloat64(at, true);
    const b = w === 4 ? x.getFloat32(at, true) : x.getFloat64(at, true);
    if (!(Number.isNaN(a) && Number.isNaN(b))) return false;
  }
  return true;
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const size = 5 * ps + 123;
  // odd chunk, so chunks split elements of every size unless aligned
  const small = walkSizes({ chunk: 1000 + 7, window: 2 * ps, stage: 777 });

  type Kind = { name: string; make: (path: string) => { source: unknown; done(): void } };
  const kinds: Kind[] = [
    { name: "Uint8Array (staged)", make: (path) => ({ source: readBack(path), done() {} }) },
  ];
  for (const engine of ctx.engines) {
    kinds.push({
      name: `MappedFile (${engine})`,
      make: (path) => {
        const f = api.open(path, { mode: "write", engine });
        return { source: f, done: () => f.close() };
      },
    });
    kinds.push({
      name: `view of a mapping (${engine})`,
      make: (path) => {
        const f = api.open(path, { mode: "write", engine });
        return { source: f.bytes, done: () => f.close() };
      },
    });
    kinds.push({ name: `path (${engine})`, make: (path) => ({ source: path, done() {} }) });
  }
  // A path left to "auto", with one-page windows: a range of three windows or more is walked on
  // trial (the first window mapped, then a copied piece, then the rest by the faster engine).
  kinds.push({ name: "path (auto, on trial)", make: (path) => ({ source: path, done() {} }) });
  const trial = walkSizes({ chunk: 1000 + 7, window: ps, stage: 777 });
  // …and one whose trial maps, then finds a later window slower than the copy and copies the rest.
  kinds.push({ name: "path (auto, mapped then copied)", make: (path) => ({ source: path, done() {} }) });
  const switched = walkSizes({ chunk: 1000 + 7, window: ps, stage: 777, slowAfter: 1 });
  // Every call of the per-kind suites takes these options: the small walk sizes, and a path's engine.
  const engineOf = (kind: string): { engine?: "mapped" | "buffered" } =>
    kind.startsWith("path (auto, mapped then")
      ? { ...switched }
      : kind.startsWith("path (auto")
      ? { ...trial }
      : kind.startsWith("path (")
      ? { ...small, engine: kind.includes("buffered") ? "buffered" : "mapped" }
      : { ...small };

  const ranges: [number, number | undefined][] = [[0, undefined], [1, size - 2], [ps - 1, 2 * ps + 3], [size - 7, 7], [
    5,
    0,
  ]];

  for (const kind of kinds) {
    const t = suite(`kernels [${ctx.runtime}, ${kind.name}]`);

    t("count, indexOf and findAll agree with plain loops across boundaries", () => {
      const data = lowEntropy(size, 7);
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const s = kind.make(path);
      try {
        const o = engineOf(kind.name);
        for (const [offset, length] of ranges) {
          const end = length === undefined ? size : offset + length;
          const part = data.subarray(offset, end);
          const opts = length === undefined ? { offset, ...o } : { offset, length, ...o };
          for (const byte of [0x0a, 0xff, 0x00]) {
            assert.is(api.count(s.source as Uint8Array, byte, opts), countLoop(part, byte), `count ${byte} @${offset}`);
          }
          for (
            const needle of [[0x61], [0x0a, 0xff], [0x61, 0x62, 0x0a, 0x61, 0xff], [
              0x62,
              0x62,
              0x62,
              0x62,
              0x62,
              0x62,
              0x62,
              0x62,
            ]]
          ) {
            const n = Uint8Array.from(needle);
            const want = matchesLoop(part, n).map((i) => i + offset);
            assert.equal(api.findAll(s.source as Uint8Array, n, opts), want, `findAll ${needle} @${offset}`);
            assert.is(api.indexOf(s.source as Uint8Array, n, opts), want[0] ?? -1, `indexOf ${needle} @${offset}`);
            const from = offset + Math.floor((end - offset) / 2);
            const later = want.find((i) => i >= from) ?? -1;
            assert.is(api.indexOf(s.source as Uint8Array, n, { ...opts, from }), later, `indexOf from ${from}`);
          }
        }
        assert.is(api.indexOf(s.source as Uint8Array, "\n\n\n\n\n\n\n\n\n\n\n\n", o), -1, "absent string");
        // A findAll run from another's onProgress: each keeps offsets of its own (they share no buffer).
        const inner = data.subarray(3, 3 + 5001);
        let innerGot: number[] = [];
        const outer = api.findAll(s.source as Uint8Array, 0x61, {
          ...o,
          onProgress: () => void (innerGot = api.findAll(inner, 0x61)),
        });
        assert.equal(outer, matchesLoop(data, Uint8Array.of(0x61)), "findAll around a nested findAll");
        assert.equal(innerGot, matchesLoop(inner, Uint8Array.of(0x61)), "the nested findAll");
      } finally {
        s.done();
      }
    });

    t("lastIndexOf agrees with Uint8Array.lastIndexOf and a naive loop; to at every edge", () => {
      const data = lowEntropy(size, 13);
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const s = kind.make(path);
      const src = s.source as Uint8Array;
      try {
        const o = engineOf(kind.name);
        for (const [offset, length] of ranges) {
          const end = length === undefined ? size : offset + length;
          const opts = length === undefined ? { offset, ...o } : { offset, length, ...o };
          const part = data.subarray(offset, end);
          for (const byte of [0x0a, 0xff, 0x00]) {
            const idx = part.lastIndexOf(byte);
            assert.is(api.lastIndexOf(src, byte, opts), idx < 0 ? -1 : idx + offset, `byte ${byte} @${offset}`);
          }
          for (const needle of [[0x61], [0x0a, 0xff], [0x61, 0x62, 0x0a, 0x61, 0xff], [0x62, 0x62, 0x62, 0x62, 0x62]]) {
            const n = Uint8Array.from(needle);
            const ctx2 = `${needle} @${offset}+${end - offset}`;
            assert.is(api.lastIndexOf(src, n, opts), lastLoop(data, n, offset, end), ctx2);
            // `to` at both ends of the range, on each window and chunk edge, and past the end.
            const tos = [0, offset, offset + 1, end - 1, end, end + 5, Math.floor((offset + end) / 2)];
            for (let b = 0; b <= size; b += ps) tos.push(b - 1, b, b + 1);
            for (let b = 0; b <= size; b += 1007) tos.push(b - 1, b, b + 1);
            for (const to of tos) {
              if (to < 0) continue;
              assert.is(
                api.lastIndexOf(src, n, { ...opts, to }),
                lastLoop(data, n, offset, end, to),
                `${ctx2} to ${to}`,
              );
            }
          }
        }
      } finally {
        s.done();
      }
    });

    t("lastIndexOf finds a needle placed across every window and chunk boundary", () => {
      const { path, data } = fixture(ctx.tmp, size, 21);
      // Random bytes, then one needle of 9 bytes that appears nowhere else straddling each edge.
      const needle = Uint8Array.of(0xde, 0xad, 0xbe, 0xef, 0x00, 0x11, 0x22, 0x33, 0x44);
      const edges: number[] = [];
      for (let b = ps; b < size; b += ps) edges.push(b);
      for (let b = 1007; b < size; b += 1007) edges.push(b);
      for (let b = 777; b < size; b += 777) edges.push(b);
      for (const edge of edges) {
        for (const cut of [1, 4, 8]) {
          const at = edge - cut;
          if (at < 0 || at + needle.length > size) continue;
          const d = data.slice();
          d.set(needle, at);
          writeFileSync(path, d);
          const want = lastLoop(d, needle, 0, size);
          const s = kind.make(path);
          try {
            assert.is(
              api.lastIndexOf(s.source as Uint8Array, needle, engineOf(kind.name)),
              want,
              `edge ${edge} cut ${cut}`,
            );
            assert.is(
              api.lastIndexOf(s.source as Uint8Array, needle, { ...engineOf(kind.name), offset: 3, to: at }),
              want,
              `edge ${edge} cut ${cut}, to = the match`,
            );
            assert.is(
              api.lastIndexOf(s.source as Uint8Array, needle, { ...engineOf(kind.name), to: at - 1 }),
              lastLoop(d, needle, 0, size, at - 1),
              `edge ${edge} cut ${cut}, to before the match`,
            );
          } finally {
            s.done();
          }
        }
      }
    });

    t("lastIndexOf walks backwards: progress starts at the end, and a late match stops early", () => {
      const data = lowEntropy(size, 17);
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const s = kind.make(path);
      try {
        const seen: [number, number][] = [];
        const onProgress = (d: number, tot: number): void => void seen.push([d, tot]);
        const o = { ...engineOf(kind.name), onProgress };
        assert.is(api.lastIndexOf(s.source as Uint8Array, 0x0a, o), data.lastIndexOf(0x0a));
        assert.is(seen.length, 1, `a match in the last chunk: one chunk read (${JSON.stringify(seen)})`);
        seen.length = 0;
        assert.is(api.lastIndexOf(s.source as Uint8Array, "no such needle", o), -1);
        assert.ok(seen.length > 1, `${seen.length} progress calls`);
        for (let i = 1; i < seen.length; i++) assert.ok(seen[i]![0] > seen[i - 1]![0]);
        assert.equal(seen.at(-1), [size, size]);
      } finally {
        s.done();
      }
    });

    t("checksums agree with node:zlib and hash-wasm; state carries across windows", async () => {
      const { path, data } = fixture(ctx.tmp, size, 99);
      const s = kind.make(path);
      try {
        const o = engineOf(kind.name);
        for (const [offset, length] of ranges) {
          const end = length === undefined ? size : offset + length;
          const opts = length === undefined ? { offset, ...o } : { offset, length, ...o };
          for (const a of ALGORITHMS) {
            const want = await checksumOracle(a, data.subarray(offset, end));
            assert.is(api.checksum(s.source as Uint8Array, a, opts), want, `${a} @${offset}+${end - offset}`);
          }
        }
        for (const seed of [1n, (1n << 32n) + 5n, (1n << 64n) - 1n]) {
          for (const a of ALGORITHMS.filter((a) => rowOf(a).seed === 64)) {
            assert.is(
              api.checksum(s.source as Uint8Array, a, { seed, ...o }),
              await checksumOracle(a, data, seed),
              `${a} seed ${seed}`,
            );
          }
        }
        for (const seed of [1, 0x89abcdef, 2 ** 32 - 1]) {
          for (const a of ALGORITHMS.filter((a) => rowOf(a).seed === 32)) {
            assert.is(
              api.checksum(s.source as Uint8Array, a, { seed, offset: 3, length: size - 8, ...o }),
              await checksumOracle(a, data.subarray(3, size - 5), BigInt(seed)),
              `${a} seed ${seed}`,
            );
          }
        }
        // crc32 continued from a previous value equals the crc32 of the whole
        const head = api.checksum(s.source as Uint8Array, "crc32", { length: 1000, ...o });
        const tail = api.checksum(s.source as Uint8Array, "crc32", { offset: 1000, seed: parseInt(head, 16), ...o });
        assert.is(tail, await checksumOracle("crc32", data));
      } finally {
        s.done();
      }
    });

    t("transforms agree with DataView loops; elements never split across windows", () => {
      const ops: Record<string, unknown>[] = [
        { xor: 0x5a },
        { xor: Uint8Array.of(1, 2, 3, 4, 5, 6, 7) },
        { add: 1, type: "u8" },
        { add: -3, type: "i16" },
        { add: 1, type: "i32" },
        { add: 2 ** 40 + 3, type: "i64" },
        { add: 0.5, type: "f32" },
        { add: -1.25, type: "f64" },
        { map: Uint8Array.from({ length: 256 }, (_, i) => 255 - i) },
        { swap: 2 },
        { swap: 4 },
        { swap: 8 },
      ];
      for (const op of ops) {
        const { path, data } = fixture(ctx.tmp, 4 * ps + 96, 5);
        const s = kind.make(path);
        const offset = 3;
        const length = 4 * ps + 88; // a multiple of 8
        try {
          api.transform(s.source as Uint8Array, op as never, { offset, length, ...engineOf(kind.name) });
          const want = data.slice();
          want.set(transformLoop(data.subarray(offset, offset + length), op), offset);
          const got = s.source instanceof Uint8Array
            ? s.source
            : kind.name.startsWith("path")
            ? readBack(path)
            : (s.source as { bytes: Uint8Array }).bytes;
          assert.ok(
            equalAs(got, want, op.type),
            `${JSON.stringify(op, (_k, v) => (v instanceof Uint8Array ? v.length : v))}`,
          );
        } finally {
          s.done();
        }
        if (!(s.source instanceof Uint8Array) || kind.name.startsWith("view")) {
          const want = data.slice();
          want.set(transformLoop(data.subarray(offset, offset + length), op), offset);
          assert.ok(equalAs(readBack(path), want, op.type), "the file holds the result");
        }
      }
    });

    t("onProgress reports every window, ascending, ending at the total", () => {
      const { path } = fixture(ctx.tmp, size, 3);
      const s = kind.make(path);
      try {
        const seen: [number, number][] = [];
        api.count(s.source as Uint8Array, 1, {
          ...engineOf(kind.name),
          onProgress: (d, tot) => void seen.push([d, tot]),
        });
        assert.ok(seen.length > 1, `${seen.length} progress calls`);
        for (let i = 1; i < seen.length; i++) assert.ok(seen[i]![0] > seen[i - 1]![0]);
        assert.equal(seen.at(-1), [size, size]);
      } finally {
        s.done();
      }
    });

    t.run();
  }

  const pt = suite(`kernels: prefetching worker [${ctx.runtime}]`);
  pt("walks with and without the prefetch worker agree with the oracles", async () => {
    const size = 20 * 2 ** 20 + 12345; // over four prefetch chunks, unaligned end
    const data = lowEntropy(size, 11);
    const { path } = fixture(ctx.tmp, 1);
    writeFileSync(path, data);
    const lines = countLoop(data, 0x0a);
    const needle = Uint8Array.of(0x62, 0x0a, 0xff, 0x61, 0x62);
    const matches = matchesLoop(data, needle);
    const digest = await checksumOracle("xxh3", data.subarray(3));
    for (const prefetch of [4 << 20, 0]) {
      const sizes = walkSizes({ prefetch });
      for (const engine of ctx.engines) {
        const o = { ...sizes, engine };
        assert.is(api.count(path, 0x0a, o), lines, `count, prefetch ${prefetch}, ${engine}`);
        assert.equal(api.findAll(path, needle, o), matches, `findAll, prefetch ${prefetch}, ${engine}`);
        assert.is(api.checksum(path, "xxh3", { offset: 3, ...o }), digest, `xxh3, prefetch ${prefetch}, ${engine}`);
        using f = api.open(path, { engine });
        assert.is(api.count(f, 0x0a, sizes), lines, `count of a MappedFile, prefetch ${prefetch}, ${engine}`);
        // A populated mapping is walked without the prefetch thread: same answers.
        using g = api.open(path, { engine, populate: true });
        assert.is(api.count(g, 0x0a, sizes), lines, `count of a populated MappedFile, prefetch ${prefetch}, ${engine}`);
        assert.is(
          api.checksum(g, "xxh3", { offset: 3, ...sizes }),
          digest,
          `xxh3 of a populated MappedFile, ${engine}`,
        );
      }
    }
  });
  pt.run();

  const t = suite(`kernels: bad input and file changes [${ctx.runtime}]`);
  t("transform refuses a read mapping and a partial element, changing nothing", () => {
    const { path, data } = fixture(ctx.tmp, 1001);
    using f = api.open(path);
    const code = (c: string) => (e: unknown) => e instanceof api.MmapError && e.code === c;
    assert.throws(() => api.transform(f, { xor: 1 }), code("EMODE"));
    assert.throws(() => api.transform(path, { add: 1, type: "i32" }), code("ERANGE"));
    assert.throws(() => api.transform(path, { swap: 8 }, { offset: 1, length: 16 * 62 + 3 }), code("ERANGE"));
    assert.throws(() => api.transform(path, { map: new Uint8Array(255) }), code("EINVAL"));
    assert.throws(() => api.transform(path, { xor: 1, swap: 2 } as never), code("EINVAL"));
    assert.throws(
      () => api.transform(path, { add: 1, type: "i32", offset: 4, threads: 2 } as never),
      (e: unknown) =>
        e instanceof api.MmapError && e.code === "EINVAL" &&
        e.message.includes("offset, threads are options") &&
        e.message.includes("transform(target, op, { offset, threads })"),
    );
    const alone = throwsCode(api, () => api.transform(path, { offset: 4 } as never), "EINVAL");
    assert.ok(
      alone.includes("offset is an option") && alone.includes("pass it as") && alone.includes("op itself is missing"),
      alone,
    );
    assert.throws(() => api.checksum(path, "md5" as never), code("EINVAL"));
    assert.throws(() => api.checksum(path, "xxh32", { seed: 2 ** 32 }), code("ERANGE"));
    assert.throws(() => api.checksum(path, "xxh32", { seed: -1n }), code("ERANGE"));
    assert.throws(() => api.checksum(path, "xxh32", { seed: 0.5 }), code("EINVAL"));
    assert.throws(() => api.checksum(path, "xxh128", { seed: 1n << 64n }), code("ERANGE"));
    assert.throws(() => api.checksum(path, "xxh128", { seed: "1" as never }), code("EINVAL"));
    assert.throws(
      () => api.checksum(path, "crc32", { seed: "b15adef5" as never }),
      (e: unknown) => (e as { code?: string }).code === "EINVAL" && /parseInt\(digest, 16\)/.test(String(e)),
      "a crc32 digest string as seed says how to pass it",
    );
    assert.match(throwsCode(api, () => api.checksum(path, "xxh32", { seed: 2 ** 32 }), "ERANGE"), "[0, 2^32)");
    assert.match(throwsCode(api, () => api.checksum(path, "xxh128", { seed: -1 }), "ERANGE"), "[0, 2^64)");
    assert.throws(() => api.count(path, 256), code("EINVAL"));
    assert.throws(() => api.indexOf(path, ""), code("EINVAL"));
    assert.throws(() => api.lastIndexOf(path, ""), code("EINVAL"));
    assert.throws(() => api.lastIndexOf(path, 1, { to: -1 }), code("ERANGE"));
    assert.throws(() => api.lastIndexOf(path, 1, { to: NaN }), code("EINVAL"));
    assert.throws(() => api.lastIndexOf(path, 1, { to: 1.5 }), code("EINVAL"));
    assert.throws(() => api.count(path, 1, { offset: 2000 }), code("ERANGE"));
    assert.throws(() => api.count({} as never, 1), code("EINVAL"));
    // `sync` waits for a transform's writes; a read that took it would promise durability it never gives.
    for (
      const [what, call] of [
        ["count", () => api.count(path, 1, { sync: true } as never)],
        ["findAll", () => api.findAll(path, 1, { sync: false } as never)],
        ["checksum", () => api.checksum(path, "crc32", { sync: true } as never)],
        ["indexOf", () => api.indexOf(path, 1, { sync: true, threads: 2 } as never)],
      ] as const
    ) {
      assert.match(throwsCode(api, call, "EINVAL"), `${what}: sync is an option of transform only`);
    }
    assert.ok(same(readBack(path), data));
  });

  t("findAll refuses more matches than one array holds with EOVERFLOW, on one thread and split", () => {
    // Every byte of a file of zeros matches 0; one array of a billion offsets crashed the process.
    // The limit (100 million: 8 s and 2 GB to reach) lowered for this call by the tests' key.
    const path = join(ctx.tmp, "zeros.bin");
    writeFileSync(path, "");
    truncateSync(path, 13 * 1024 * 1024 + 7);
    const limit = (n: number) => ({ [MATCH_LIMIT]: n });
    try {
      for (const threads of [1, 2, 3]) {
        const message = throwsCode(api, () => api.findAll(path, 0, { threads, ...limit(100_000) }), "EOVERFLOW");
        assert.match(message, `more than ${MAX_MATCHES.toLocaleString("en-US")} matches`, `threads ${threads}`);
        assert.match(message, "a range at a time (offset, length)");
        // Each slice of 4 MiB holds fewer than its limit; the whole is refused before it is built.
        throwsCode(api, () => api.findAll(path, 0, { threads, ...limit(13 * 1024 * 1024) }), "EOVERFLOW");
        // Up to the limit it is the answer: the last 1,007 bytes, at an odd offset.
        const at = 13 * 1024 * 1024 - 1000;
        const tail = api.findAll(path, 0, { offset: at, threads, ...limit(1007) });
        assert.is(tail.length, 1007);
        assert.is(tail[0], at);
        assert.is(tail.at(-1), 13 * 1024 * 1024 + 6);
      }
    } finally {
      rmSync(path);
    }
  });

  t("a path transform over 3 windows or more (auto: a mapped and a copied window timed, the faster goes on)", () => {
    const ps = api.pageSize;
    const small = walkSizes({ window: 4 * ps, stage: 3 * ps, chunk: 2 * ps });
    for (
      const [op, type] of [[{ xor: Uint8Array.of(1, 2, 3, 4, 5, 6, 7) }, undefined], [
        { add: 7, type: "i32" },
        "i32",
      ]] as const
    ) {
      const size = 29 * ps + 13;
      const { path, data } = fixture(ctx.tmp, size, 0x3c);
      const offset = 4 * ps - 5; // windows start off the element grid of the range
      const length = 21 * ps + 8; // 5 windows and more
      const seen: number[] = [];
      api.transform(path, op as never, {
        ...small,
        offset,
        length,
        sync: true,
        onProgress: (done, total) => {
          assert.is(total, length);
          seen.push(done);
        },
      });
      const want = data.slice();
      want.set(transformLoop(data.subarray(offset, offset + length), op), offset);
      assert.ok(
        equalAs(readBack(path), want, type),
        JSON.stringify(op, (_k, v) => (v instanceof Uint8Array ? v.length : v)),
      );
      assert.ok(
        seen.length >= 5 && seen.every((d, i) => i === 0 || d > seen[i - 1]!),
        `progress ascends: ${seen.join(",")}`,
      );
      assert.is(seen.at(-1), length);
    }
  });

  // A window mapped on trial must not take a write fault the file system cannot serve: on a full
  // file system a hole's page then kills the process with SIGBUS, where pwrite says ENOSPC.
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && process.platform === "linux" && spawnSync("unshare", ["--version"]).status === 0) {
    t("a path transform of a sparse file on a full file system is an MmapError, not SIGBUS", () => {
      // "auto": the window mapped on trial backs off and pwrite says ENOSPC. "mapped": the prefault's
      // EFAULT (a page would raise SIGBUS) is thrown before any page is written. "buffered": ENOSPC.
      // (A runner without FFI may still start its child with it: then "mapped" works there too.)
      const want = { auto: ["ENOSPC"], mapped: ctx.ffi ? ["EFAULT"] : ["EFAULT", "ENOFFI"], buffered: ["ENOSPC"] };
      for (const [engine, codes] of Object.entries(want)) {
        const dir = join(ctx.tmp, `full-${engine}`);
        const q = (a: string): string => `'${a.replaceAll("'", "'\\''")}'`;
        const args = ctx.spawnArgs("fixtures/transform_full", [join(dir, "sparse.bin"), String(8 << 20), engine]);
        const script = `mkdir -p ${q(dir)} && mount -t tmpfs -o size=512k tmpfs ${q(dir)} && ${args.map(q).join(" ")}`;
        const r = spawnSync("unshare", ["-m", "sh", "-c", script], { encoding: "utf8", timeout: 60_000 });
        try {
          assert.is(r.status, 0, `${engine}: exit ${r.status ?? r.signal} (135 is SIGBUS)\n${r.stdout}${r.stderr}`);
          const got = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}");
          assert.ok(codes.includes(got.code), `${engine}: ${r.stdout}${r.stderr}`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    });
  }

  if (ctx.ffi && api.runtimeInfo().placement === "arena") {
    t("a read that maps on a trial's word copies the rest from a window slower than the copy", () => {
      // One-page windows: the trial maps [0, ps) and copies [ps, 2 ps); then each mapped window is
      // timed. `slowAfter` makes the trial map, and windows after that many count as slow. Mapped
      // windows are counted by their madvise(SEQUENTIAL); the copied ones make none.
      const data = lowEntropy(8 * ps + 5, 3);
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const mappedWindows = (slowAfter: number): number => {
        let n = -1;
        const o = walkSizes({ chunk: 1000 + 7, window: ps, stage: 777, slowAfter });
        const calls = traced(() => void (n = api.count(path, 7, o as never)));
        assert.is(n, countLoop(data, 7), `count, slowAfter ${slowAfter}`);
        assert.equal(api.findAll(path, 7, o as never), matchesLoop(data, Uint8Array.of(7)));
        return calls.filter((c) => c.call === "sys.madvise").length;
      };
      const mapped = mappedWindows(1000);
      const switched = mappedWindows(1);
      assert.ok(mapped >= 7, `every window mapped: ${mapped} madvise calls`);
      assert.is(mapped - switched, 5, "the trial's window and two timed ones mapped, the other five copied");
    });

    t("a read trial's spans join exactly: a match across any seam between them is found once", () => {
      // One-page windows: the trial maps [0, ps), copies [ps, 2 ps), then maps (or copies) page
      // by page: a seam at every page. A needle planted across each, 1 to 4 bytes before it.
      const data = lowEntropy(10 * ps + 77, 19);
      const needle = Uint8Array.of(0x07, 0x61, 0x07, 0x62, 0x07); // 0x07 is not in the alphabet
      for (let k = 1; k <= 10; k++) data.set(needle, k * ps - 1 - (k % 4));
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const want = matchesLoop(data, needle);
      assert.is(want.length, 10);
      for (const slowAfter of [undefined, 1000, 1, 3]) {
        const o = walkSizes({ chunk: 1000 + 7, window: ps, stage: 777, ...(slowAfter ? { slowAfter } : {}) });
        const what = `slowAfter ${slowAfter}`;
        assert.equal(api.findAll(path, needle, o as never), want, `findAll, ${what}`);
        for (const at of want) {
          assert.is(api.indexOf(path, needle, { ...o, from: at - 3 } as never), at, `indexOf from ${at - 3}, ${what}`);
        }
        assert.is(api.count(path, 7, o as never), countLoop(data, 7), `count, ${what}`);
      }
    });

    t("a read shorter than three walk windows tries with a quarter of it; the pieces join exactly", () => {
      // The default sizes (60 MiB windows): a 40 MiB range is tried with a window of a quarter of it,
      // then 4 MiB copied, then windows of that size. Needles planted across every boundary.
      const MiB = 1 << 20;
      const size = 40 * MiB + 4097 * 3;
      const data = lowEntropy(size, 11);
      const needle = Uint8Array.of(0x07, 0x61, 0x07, 0x62, 0x07);
      const w = Math.floor(size / 4 / ps) * ps;
      const edges = [w, w + 4 * MiB, 2 * w + 4 * MiB, 3 * w + 4 * MiB];
      edges.forEach((edge, k) => data.set(needle, edge - 1 - k)); // 1 to 4 bytes before the edge
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      const want = matchesLoop(data, needle); // 0x07 is not in the alphabet: the planted ones only
      assert.is(want.length, 4);
      const sevens = countLoop(data, 7);
      const mappedWindows = (slowAfter: number): number => {
        let n = -1;
        const o = walkSizes({ slowAfter });
        const calls = traced(() => void (n = api.count(path, 7, o as never)));
        assert.is(n, sevens, `count, slowAfter ${slowAfter}`);
        assert.equal(api.findAll(path, needle, o as never), want, `findAll, slowAfter ${slowAfter}`);
        return calls.filter((c) => c.call === "sys.madvise").length;
      };
      // Mapped: the trial's window, then the three after the copied piece; switched: the trial's
      // and two watched windows, the second of which counts as slow, and the rest copied.
      assert.is(mappedWindows(1000), 4, "four windows mapped");
      assert.is(mappedWindows(1), 3, "three windows mapped, the rest copied");
    });

    t('"auto" copies a read of a path under 2 MiB and maps a longer one; the results agree', async () => {
      // A mapped window makes one madvise(SEQUENTIAL); a copied read makes none.
      const MiB = 1 << 20;
      const data = lowEntropy(2 * MiB + 4097, 5);
      const { path } = fixture(ctx.tmp, 1);
      writeFileSync(path, data);
      for (const [offset, length, mapped] of [[3, 2 * MiB - 1, false], [1, 2 * MiB, true], [0, 4097, false]] as const) {
        const part = data.subarray(offset, offset + length);
        let n = -1;
        let digest = "";
        const calls = traced(() => {
          n = api.count(path, 7, { offset, length });
          digest = api.checksum(path, "crc32", { offset, length, threads: 1 });
        });
        assert.is(n, countLoop(part, 7), `count of ${length} bytes from ${offset}`);
        assert.is(digest, await checksumOracle("crc32", part), `crc32 of ${length} bytes`);
        const advised = calls.filter((c) => c.call === "sys.madvise").length;
        assert.is(advised > 0, mapped, `${length} bytes ${mapped ? "mapped" : "copied"}: ${advised} madvise calls`);
      }
    });
  }

  t("a path transform whose file shrinks meanwhile: EFILECHANGED, and the file is not grown back", () => {
    // The buffered engine transforms a window in memory and writes it back: into a file shrunk
    // since (here from onProgress), pwrite would grow it again with the window's bytes.
    const engines = ctx.ffi && process.platform !== "win32" ? ["buffered", "mapped"] as const : ["buffered"] as const;
    for (const engine of engines) {
      const { path, data } = fixture(ctx.tmp, 8 * 1024 * 1024 + 5, 0x5b);
      let cut = false;
      const onProgress = (): void => {
        if (cut) return;
        cut = true;
        truncateSync(path, 8192);
      };
      assert.throws(
        () => api.transform(path, { xor: 0x5a }, { engine, onProgress }),
        (e: unknown) => e instanceof api.MmapError && e.code === "EFILECHANGED",
        engine,
      );
      assert.ok(cut, `${engine}: shrunk during the call`);
      assert.is(statSync(path).size, 8192, `${engine}: the file keeps its new size`);
      // Buffered: nothing was written. Mapped: the pages changed in place before the truncation
      // are the file's (as with any shared mapping); the rest was never touched.
      if (engine === "buffered") assert.ok(same(readBack(path), data.subarray(0, 8192)), "unchanged");
    }
  });

  if (ctx.ffi) {
    t("a file shrunk under a mapping: kernels refuse with EFILECHANGED instead of faulting", () => {
      // 32 KiB is below the size the "auto" engine reads instead of mapping: force the mapping.
      const { path, data } = fixture(ctx.tmp, 8 * ps);
      using f = api.open(path, { engine: "mapped" });
      assert.is(f.engine, "mapped");
      if (process.platform === "win32") {
        // Windows refuses to shrink a file while a view of it is mapped (ERROR_USER_MAPPED_FILE).
        assert.throws(() => truncateSync(path, 2 * ps));
        assert.is(statSync(path).size, 8 * ps, "the file kept its size");
        assert.is(api.count(f, 0), countLoop(data, 0), "the whole mapping still reads the file");
        return;
      }
      truncateSync(path, 2 * ps);
      assert.throws(() => api.count(f, 0), (e: unknown) => e instanceof api.MmapError && e.code === "EFILECHANGED");
      assert.throws(
        () => api.checksum(f, "xxh3"),
        (e: unknown) => e instanceof api.MmapError && e.code === "EFILECHANGED",
      );
      // The part still inside the file is readable, and reads the file's bytes.
      assert.is(api.count(f, 0, { length: 2 * ps }), countLoop(data.subarray(0, 2 * ps), 0));
    });
  }
  t.run();
};

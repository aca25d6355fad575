/**
 * Kernels on several threads (`threads`) and the promise API (`mmapkit/promises`): every result
 * equal to independent oracles (plain loops, node:zlib, hash-wasm, a JS transform) and to the
 * single-threaded call, for threads 1, 2, 3 and "auto", with needles planted across every slice
 * boundary, unaligned offsets and odd lengths, on paths and on file mappings; a sparse file
 * past 4 GiB; aborts that reject at once and leave no descriptor behind; an event loop left free; a
 * process that ends although workers were used; and every bad `threads` or `signal` refused.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { closeSync, existsSync, ftruncateSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import process from "node:process";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Register } from "../_ctx.ts";
import { checksumOracle, countLoop, matchesLoop, transformLoop } from "../_oracles.ts";
import { ALGORITHM_NAMES, joinPieces, roomFor } from "@mmapkit/core";
import { randomBytes } from "../_rand.ts";
import { readBack, same } from "../_files.ts";
import { rejectsCode, throwsCode } from "../_codes.ts";
import { fdCount, fdsOn, mapsLines } from "../_fds.ts";

const MiB = 1 << 20;

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`parallel kernels and mmapkit/promises [${ctx.runtime}]`);
  const size = 13 * MiB + 12_345;
  const data = randomBytes(size, 77).map((b) => (b === 0x21 ? 0x22 : b)); // no "!" but the planted ones
  const needle = new TextEncoder().encode("!needle!");
  // Slices are whole MiBs from the range's start: plant a needle across every MiB boundary of
  // the file and of the ranges below (offset 4097), some overlapping each other.
  const planted: number[] = [];
  for (let m = 1; m * MiB < size - 64; m++) {
    for (const at of [m * MiB - 3, m * MiB + 4097 - 5, m * MiB + 4097 - 1]) {
      data.set(needle, at);
      planted.push(at);
    }
  }
  data.set(needle, 200);
  data.set(needle, 204); // "!needle!needle!": overlapping matches
  const path = join(ctx.tmp, "parallel.bin");
  writeFileSync(path, data);
  const ranges = [{}, { offset: 4097, length: size - 4097 - 1001 }, { offset: 3 * MiB + 1, length: 9 * MiB + 7 }];
  const view = (o: { offset?: number; length?: number }) =>
    data.subarray(o.offset ?? 0, (o.offset ?? 0) + (o.length ?? size - (o.offset ?? 0)));

  t(
    "count, indexOf, lastIndexOf, findAll, crc32/crc32c/adler32: the oracles' results at every thread count",
    async () => {
      for (const r of ranges) {
        const bytes = view(r);
        const at = (r as { offset?: number }).offset ?? 0;
        // The oracles, once per range: plain loops, node:zlib, hash-wasm.
        const all = matchesLoop(bytes, needle).map((p) => p + at);
        const bangs = countLoop(bytes, 0x21);
        const bangsAt = matchesLoop(bytes, Uint8Array.of(0x21)).map((p) => p + at);
        // A common byte (1 in 128): thousands of matches per slice, more than a slice returns in
        // shared memory (the rest come by message), and more than the kernel returns from one call.
        const commonAt = matchesLoop(bytes, Uint8Array.of(0x22)).map((p) => p + at);
        const sums = new Map<string, string>();
        for (const algo of ["crc32", "crc32c", "adler32"]) sums.set(algo, await checksumOracle(algo, bytes));
        for (const threads of [1, 2, 3, "auto"] as const) {
          const what = `threads ${threads}, range ${JSON.stringify(r)}`;
          const o = { ...r, threads };
          assert.is(api.count(path, 0x21, o), bangs, `count, ${what}`);
          assert.equal(api.findAll(path, needle, o), all, `findAll, ${what}`);
          assert.equal(api.findAll(path, 0x21, o), bangsAt, `findAll of one byte, ${what}`);
          assert.equal(api.findAll(path, 0x22, o), commonAt, `findAll of a common byte, ${what}`);
          assert.is(api.indexOf(path, needle, o), all[0] ?? -1, `indexOf, ${what}`);
          assert.is(api.lastIndexOf(path, needle, o), all.at(-1) ?? -1, `lastIndexOf, ${what}`);
          for (const [algo, sum] of sums) assert.is(api.checksum(path, algo as "crc32", o), sum, `${algo}, ${what}`);
        }
      }
      const from = planted[5]! + 1;
      const to = planted.at(-4)! - 1;
      assert.is(api.indexOf(path, needle, { from, threads: 2 }), matchesLoop(data, needle, from)[0]);
      assert.is(
        api.lastIndexOf(path, needle, { to, threads: 2 }),
        matchesLoop(data, needle).filter((p) => p <= to).at(-1),
      );
      assert.is(
        api.checksum(path, "crc32", { seed: 0x1234567, threads: 2 }),
        api.checksum(path, "crc32", { seed: 0x1234567, threads: 1 }),
      );
      assert.is(
        api.checksum(path, "adler32", { seed: 99, threads: 3 }),
        api.checksum(path, "adler32", { seed: 99, threads: 1 }),
      );
      assert.is(api.checksum(path, "xxh3", { threads: 2 }), await checksumOracle("xxh3", data), "xxh3 runs whole");
      assert.ok(api.runtimeInfo().threads.workers >= 1, "workers were used");
      assert.ok(api.runtimeInfo().threads.cores >= 1);
    },
  );

  t("a split read of a path reports its own range's progress only (its engine is timed first)", () => {
    // A new file (a new key for the engine the calling thread chooses by timing its kernel on a
    // few MiB of the file): that timing runs the call's kernel with a callback of its own.
    const fresh = join(ctx.tmp, "parallel-progress.bin");
    writeFileSync(fresh, data);
    const r = ranges[1] as { offset: number; length: number };
    const bytes = view(r);
    const calls: [string, (o: object) => unknown, unknown][] = [
      ["count", (o) => api.count(fresh, 0x21, o), countLoop(bytes, 0x21)],
      ["findAll", (o) => api.findAll(fresh, needle, o), matchesLoop(bytes, needle).map((p) => p + r.offset)],
      ["adler32", (o) => api.checksum(fresh, "adler32", o), undefined],
    ];
    for (const [what, run, want] of calls) {
      const seen: [number, number][] = [];
      const got = run({ ...r, threads: 2, onProgress: (done: number, total: number) => seen.push([done, total]) });
      if (want !== undefined) assert.equal(got, want, what);
      else assert.is(got, run({ ...r, threads: 1 }), what);
      assert.ok(seen.length > 0, `${what}: progress reported`);
      for (let i = 0; i < seen.length; i++) {
        const [done, total] = seen[i]!;
        assert.is(total, r.length, `${what}: total of report ${i}`);
        assert.ok(done >= (seen[i - 1]?.[0] ?? 0) && done <= total, `${what}: report ${i}: ${done}`);
      }
      assert.is(seen.at(-1)![0], r.length, `${what}: the last report is the whole range`);
    }
    rmSync(fresh);
  });

  t("findAll on threads where matches thin out, thicken or stay even: every offset, in order", () => {
    // A threaded findAll sizes its result from the first slices done: these files make that guess
    // too large (dense, then none), too small (sparse, then dense) and right (even).
    const MiBs = 12;
    const every = (step: number, from: number, to: number) => (b: Uint8Array) => {
      for (let i = from + (step >> 1); i < to; i += step) b[i] = 0x22;
    };
    const half = (MiBs / 2) * MiB;
    for (
      const [what, plant] of [
        ["dense, then none", [every(8, 0, half)]],
        ["sparse, then dense", [every(256, 0, half), every(8, half, MiBs * MiB)]],
        ["even", [every(61, 0, MiBs * MiB)]],
      ] as const
    ) {
      const bytes = new Uint8Array(MiBs * MiB + 5).fill(0x41);
      for (const p of plant) p(bytes);
      const file = join(ctx.tmp, "parallel-density.bin");
      writeFileSync(file, bytes);
      const want = matchesLoop(bytes, Uint8Array.of(0x22));
      for (const threads of [2, 3] as const) {
        assert.equal(api.findAll(file, 0x22, { threads }), want, `${what}, threads ${threads}, path`);
        using f = api.open(file, { populate: true });
        assert.equal(api.findAll(f, 0x22, { threads }), want, `${what}, threads ${threads}, mapping`);
      }
      rmSync(file);
    }
  });

  t("the join fills an array made ahead where it holds every offset and at most twice as many", () => {
    const pieces = [Float64Array.of(1, 2, 3), Float64Array.of(10, 11)];
    const want = [6, 7, 8, 15, 16];
    const fits = roomFor(8);
    assert.ok(joinPieces(pieces, 5, 100, fits) === fits, "a room of 8 for 5 is filled");
    assert.equal(fits, want);
    const small = roomFor(4);
    const a = joinPieces(pieces, 5, 100, small);
    assert.ok(a !== small, "a room of 4 for 5 is not used");
    assert.equal(a, want);
    const large = roomFor(11);
    const b = joinPieces(pieces, 5, 100, large);
    assert.ok(b !== large, "a room of 11 for 5 is not kept");
    assert.equal(b, want);
    assert.equal(joinPieces([], 0, 100, roomFor(2)), []);
  });

  t("a file mapping splits too (its file offset hidden), and transforms split by whole elements", () => {
    using f = api.open(path, { offset: 5000, length: 11 * MiB + 3 });
    const bytes = data.subarray(5000, 5000 + 11 * MiB + 3);
    assert.equal(api.findAll(f, needle, { threads: 2 }), matchesLoop(bytes, needle));
    assert.is(api.count(f, 0x21, { threads: 3, offset: 7 }), countLoop(bytes.subarray(7), 0x21));
    for (
      const op of [{ xor: Uint8Array.of(1, 2, 3, 4, 5, 6, 7) }, { add: 3, type: "i32" as const }, { swap: 8 as const }]
    ) {
      const target = join(ctx.tmp, "parallel-transform.bin");
      const original = randomBytes(10 * MiB + 8 * 3, 5);
      writeFileSync(target, original);
      const range = { offset: 8 * 3, length: 10 * MiB };
      api.transform(target, op, { ...range, threads: 2 });
      const expected = original.slice();
      expected.set(transformLoop(original.subarray(24, 24 + 10 * MiB), op), 24);
      assert.ok(same(readBack(target), expected), `transform ${JSON.stringify(Object.keys(op))}`);
    }
  });

  // Linux: workers reach the mapping through /proc/self/fd (and a mapped file can be deleted).
  if (ctx.ffi && process.platform === "linux") {
    t("a file mapping's slices read its file even after the path was deleted or names another file", async () => {
      // Workers reach a mapping through /proc/self/fd, not its path: a path opened again would give
      // ENOENT (deleted) or the other file's bytes (replaced), and the results would differ.
      const moved = join(ctx.tmp, "parallel-moved.bin");
      const bytes = randomBytes(8 * MiB + 77, 31);
      const want = { count: countLoop(bytes, 0x21), crc: await checksumOracle("crc32", bytes) };
      api.count(path, 0x21, { threads: 2 }); // the workers running already, ready to claim slices
      for (const change of ["deleted", "replaced"] as const) {
        writeFileSync(moved, bytes);
        using f = api.open(moved, { engine: "mapped" });
        if (change === "deleted") rmSync(moved);
        else (rmSync(moved), writeFileSync(moved, bytes.map((b) => b ^ 0x21)));
        for (let round = 0; round < 2; round++) {
          assert.is(api.count(f, 0x21, { threads: 2 }), want.count, `count, path ${change}`);
          assert.is(api.checksum(f, "crc32", { threads: 2 }), want.crc, `crc32, path ${change}`);
        }
      }
      assert.ok(api.runtimeInfo().threads.workers >= 1, "workers were used");
    });
  }

  // Linux: workers keep their own mapping of a mapping between calls (it reaches them through /proc/self/fd).
  if (ctx.ffi && process.platform === "linux") {
    t(
      "workers keep their own mapping of a mapping: results follow its writes and remaps; closing it frees theirs",
      async () => {
        const a = join(ctx.tmp, "parallel-kept-a.bin");
        const b = join(ctx.tmp, "parallel-kept-b.bin");
        const bytesA = randomBytes(9 * MiB + 4321, 41).map((x) => (x === 0x21 ? 0x20 : x));
        const bytesB = randomBytes(9 * MiB + 4321, 42);
        writeFileSync(a, bytesA);
        writeFileSync(b, bytesB);
        const p = await import("mmapkit/promises");
        const check = async (f: { bytes: Uint8Array }, what: string) => {
          const now = f.bytes.slice();
          const o = { threads: 2 };
          assert.is(api.count(f as never, 0x21, o), countLoop(now, 0x21), `count, ${what}`);
          assert.equal(api.findAll(f as never, needle, o), matchesLoop(now, needle), `findAll, ${what}`);
          const crc = await checksumOracle("crc32", now);
          assert.is(api.checksum(f as never, "crc32", o), crc, `crc32, ${what}`);
          // The promise API: every slice on a worker, each on its kept mapping.
          assert.is(await p.count(f as never, 0x21, o), countLoop(now, 0x21), `promises count, ${what}`);
          assert.is(await p.checksum(f as never, "crc32", o), crc, `promises crc32, ${what}`);
        };
        {
          using f = api.open(a, { mode: "write", populate: true });
          await check(f, "first call");
          await check(f, "second call (the workers' mappings kept)");
          // Writes through the caller's mapping and through the file reach the workers' mappings.
          for (const at of [0, MiB - 3, 4 * MiB + 5, 9 * MiB + 4321 - 8]) f.bytes.set(needle, at);
          await check(f, "after writes through the mapping");
          const fd = openSync(a, "r+");
          writeSync(fd, needle, 0, needle.length, 2 * MiB - 4);
          closeSync(fd);
          await check(f, "after a write through the file");
          f.remap(3 * MiB + 17, 5 * MiB + 9);
          await check(f, "after remap");
          const op = { xor: Uint8Array.of(0x55, 0x0f, 0x21) };
          const expected = transformLoop(f.bytes.slice(), op);
          api.transform(f, op, { threads: 2 });
          assert.ok(same(readBack(a).subarray(3 * MiB + 17, 8 * MiB + 26), expected), "the transform, read back");
          await check(f, "after a transform");
        }
        {
          // A file shrunk under the mapping: every thread re-checks its size first (no SIGBUS in a worker's kept mapping).
          using f = api.open(b, { populate: true });
          await check(f, "before the file shrank");
          const fd = openSync(b, "r+");
          ftruncateSync(fd, 5 * MiB + 3);
          closeSync(fd);
          throwsCode(api, () => api.count(f, 0x21, { threads: 2 }), "EFILECHANGED");
          throwsCode(api, () => api.checksum(f, "crc32", { threads: 2 }), "EFILECHANGED");
          writeFileSync(b, bytesB);
        }
        {
          // Likely the same descriptor number as the closed mapping: another file all the same.
          using g = api.open(b, { populate: true });
          await check(g, "a second file's mapping");
        }
        // Each worker lets go of its mapping when the caller's closes (a message, handled when it is idle):
        // no descriptor of this process (any thread) stays open on the files, and no mapping of them stays.
        const mapped = () =>
          mapsLines().filter((l) => l.endsWith(a) || l.endsWith(b) || l.includes(`${a} (deleted)`)).length;
        let open = fdsOn(a, b);
        for (let i = 0; i < 250 && (open > 0 || mapped() > 0); i++) {
          await new Promise((r) => setTimeout(r, 20));
          open = fdsOn(a, b);
        }
        assert.is(open, 0, "descriptors open on the files after both mappings closed");
        assert.is(mapped(), 0, "mappings of the files after both mappings closed");
      },
    );
  }

  if (ctx.ffi && process.platform === "linux") {
    t(
      '"auto" splits a mapping from 128 MiB, populated or not (the workers\' kept mappings show in /proc/self/maps)',
      async () => {
        const file = join(ctx.tmp, "parallel-auto.bin");
        const fd = openSync(file, "w");
        ftruncateSync(fd, (128 << 20) + 4097); // sparse: zeros
        writeSync(fd, Uint8Array.of(7, 7), 0, 2, 100 << 20);
        closeSync(fd);
        const lines = () => mapsLines().filter((l) => l.endsWith(file)).length;
        api.count(path, 0x21, { threads: 2 }); // a worker running, ready for the job
        for (const populate of [true, false]) {
          // The workers let go of the previous mapping's windows first.
          for (let i = 0; i < 250 && lines() > 0; i++) await new Promise((r) => setTimeout(r, 20));
          assert.is(lines(), 0, "no mapping of the file left");
          using f = api.open(file, { populate });
          assert.is(api.count(f, 7), 2, `count, threads auto, populate ${populate}`);
          // A worker maps the window as it takes the job, maybe after this thread took every slice.
          for (let i = 0; i < 250 && lines() < 2; i++) await new Promise((r) => setTimeout(r, 20));
          assert.ok(lines() >= 2, `mappings of the file after "auto", populate ${populate}: ${lines()}`);
        }
      },
    );
  }

  if (ctx.ffi && process.platform === "linux") {
    t("a mapping dropped without close(): once it is collected, the workers let go of theirs too", async () => {
      const file = join(ctx.tmp, "parallel-dropped.bin");
      writeFileSync(file, randomBytes(9 * MiB + 5, 3));
      await (async () => {
        const f = api.open(file, { populate: true });
        for (let i = 0; i < 3; i++) assert.is(api.count(f, 1, { threads: 2 }), api.count(f, 1, { threads: 1 }));
        // A worker maps the file as it takes the job, maybe after this thread took every slice: wait for one.
        for (let i = 0; i < 250 && fdsOn(file) < 2; i++) await new Promise((r) => setTimeout(r, 20));
        assert.ok(fdsOn(file) >= 2, "a worker keeps its own mapping of the file");
      })();
      const g = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
      const gc = () => g.Bun !== undefined ? g.Bun.gc(true) : g.gc!();
      let open = fdsOn(file);
      for (let i = 0; i < 250 && open > 0; i++) {
        gc();
        await new Promise((r) => setTimeout(r, 20)); // finalizers run between tasks; a worker between messages
        open = fdsOn(file);
      }
      assert.is(open, 0, "descriptors still open on the file after the mapping was collected");
    });

    t(
      "a file shrunk under a mapping: EFILECHANGED naming its path, split or through promises, on views too",
      async () => {
        const file = join(ctx.tmp, "parallel-shrunk.bin");
        writeFileSync(file, new Uint8Array(24 * MiB + 3).fill(10));
        const p = await import("mmapkit/promises");
        for (const populate of [false, true]) {
          using f = api.open(file, { populate }); // a new mapping: no worker holds one of it yet
          // A private mapping and views are copied for the workers: the copy must not touch pages
          // past the new end (SIGBUS, which killed the process).
          using g = api.open(file, { mode: "private", engine: "mapped" });
          const fd = openSync(file, "r+");
          ftruncateSync(fd, 7 * MiB);
          closeSync(fd);
          for (const threads of [2, "auto"] as const) {
            const msg = throwsCode(api, () => api.count(f, 10, { threads }), "EFILECHANGED");
            assert.match(msg, JSON.stringify(file));
            assert.not.match(msg, "/proc/self/fd");
          }
          const err = await p.count(f, 10).then(() => undefined, (e: unknown) => e) as {
            code?: string;
            message?: string;
          };
          assert.is(err?.code, "EFILECHANGED", `promises: ${err?.message}`);
          assert.not.match(String(err?.message), "/proc/self/fd");
          for (
            const [name, source] of [["view", f.bytes], ["odd view", f.bytes.subarray(1)], ["private", g]] as const
          ) {
            for (
              const [call, run] of [
                ["count", () => p.count(source, 10)],
                ["findAll", () => p.findAll(source, "xy")],
                ["xxh64", () => p.checksum(source, "xxh64")],
                ["crc32", () => p.checksum(source, "crc32")],
              ] as const
            ) {
              const e = await run().then(() => undefined, (x: unknown) => x) as { code?: string; message?: string };
              assert.is(e?.code, "EFILECHANGED", `promises ${call} on a ${name}: ${e?.message}`);
            }
          }
          writeFileSync(file, new Uint8Array(24 * MiB + 3).fill(10));
        }
      },
    );

    t(
      "promises.transform of a view: a file shrunk before the write-back gives EFILECHANGED, nothing written",
      async () => {
        const file = join(ctx.tmp, "parallel-shrunk-back.bin");
        const p = await import("mmapkit/promises");
        writeFileSync(file, new Uint8Array(12 * MiB + 5).fill(10));
        using f = api.open(file, { mode: "write", engine: "mapped" });
        // The view is copied for the workers and written back when they are done; the last progress
        // report comes before the write-back, so the file shrinks in between.
        let cut = false;
        const onProgress = (done: number, total: number): void => {
          if (done !== total || cut) return;
          cut = true;
          const fd = openSync(file, "r+");
          ftruncateSync(fd, 3 * MiB);
          closeSync(fd);
        };
        const e = await p.transform(f.bytes.subarray(1), { xor: 0xff }, { onProgress }).then(
          () => undefined,
          (x: unknown) => x,
        ) as { code?: string; message?: string } | undefined;
        assert.ok(cut, "the file was shrunk during the call");
        assert.is(e?.code, "EFILECHANGED", `transform write-back: ${e?.message}`);
        assert.ok(readBack(file).every((b) => b === 10), "nothing written: the file as it was, shrunk");
      },
    );
  }

  t(
    "mmapkit/promises on arrays: copies are reused (memory stays flat: 240 MiB more without reuse), a detached array counts as empty",
    async () => {
      const p = await import("mmapkit/promises");
      // Resident memory after a collection on this thread (its own 4 MiB arrays are garbage then;
      // what the workers hold is not), where the runtime lets a test collect.
      const g = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
      const rss = (): number => {
        if (g.Bun !== undefined) g.Bun.gc(true);
        else g.gc?.();
        return process.memoryUsage().rss;
      };
      const arrays = () => new Uint8Array(4 * MiB).fill(10);
      assert.is(await p.count(arrays(), 10), 4 * MiB); // the workers started
      const before = rss();
      // A fresh shared buffer per call stayed alive in the idle workers (V8): 4 MiB per call.
      for (let i = 0; i < 60; i++) assert.is(await p.count(arrays(), 10), 4 * MiB);
      const grown = (rss() - before) / MiB;
      console.log(`# promises on arrays [${ctx.runtime}]: resident memory grew ${grown.toFixed(0)} MiB over 60 calls`);
      assert.ok(grown < 150, `resident memory grew ${grown.toFixed(0)} MiB over 60 calls on 4 MiB arrays`);
      const buffer = new ArrayBuffer(MiB);
      const detached = new Uint8Array(buffer);
      structuredClone(buffer, { transfer: [buffer] });
      assert.is(await p.count(detached, 10), 0);
      assert.equal(await p.findAll(detached, "ab"), []);
      assert.is(await p.checksum(detached, "xxh64"), await checksumOracle("xxh64", new Uint8Array(0)));
      await p.transform(detached, { xor: 1 });
    },
  );

  t("mmapkit/promises on bytes in shared memory past 128 MiB (copied, or the caller's own)", async () => {
    const p = await import("mmapkit/promises");
    const n = 129 * MiB + 7;
    const bytes = new Uint8Array(n);
    for (let i = 5; i < n; i += 65_537) bytes[i] = 7;
    const want = countLoop(bytes, 7);
    assert.is(await p.count(bytes, 7, { threads: 2 }), want, "a Uint8Array (copied into shared memory)");
    const shared = new Uint8Array(new SharedArrayBuffer(n + 16), 16, n);
    shared.set(bytes);
    assert.is(await p.count(shared, 7), want, "a view of a SharedArrayBuffer (not copied)");
  });

  // A sparse file past 4 GiB. `npm test` gives every run one folder (MMAPKIT_SPARSE_DIR), so the
  // file is made once and the later runs find its zero pages in the page cache instead of making
  // the kernel allocate them again (the cost of this test on a cold cache).
  const sparse = join(process.env.MMAPKIT_SPARSE_DIR || ctx.tmp, "parallel-sparse.bin");
  t("a sparse file past 4 GiB: matches past 2^32, results equal to single-threaded ones", () => {
    const big = 2 ** 32 + 200 * MiB + 123;
    const fd = openSync(sparse, existsSync(sparse) ? "r+" : "w+"); // "w+" would truncate: no cache left
    try {
      // Made afresh (same size, same needles) when shared: ftruncate to the size it has keeps the
      // cached pages, and every needle is written again.
      ftruncateSync(fd, big);
      for (const at of [5, 2 ** 32 - 2, 2 ** 32 + 100 * MiB + 1, big - 9]) writeSync(fd, needle, 0, needle.length, at);
    } finally {
      closeSync(fd);
    }
    assert.is(api.count(sparse, 0x21, { threads: 2 }), 8);
    assert.equal(api.findAll(sparse, needle, { threads: 2 }), [5, 2 ** 32 - 2, 2 ** 32 + 100 * MiB + 1, big - 9]);
    assert.is(api.lastIndexOf(sparse, needle, { threads: 2, to: big - 10 }), 2 ** 32 + 100 * MiB + 1);
    // A range that starts past 2^32: every slice's start (not only its matches) stops fitting 32 bits.
    const past = { offset: 2 ** 32 + 1, threads: 2 };
    assert.equal(api.findAll(sparse, needle, past), [2 ** 32 + 100 * MiB + 1, big - 9]);
    assert.is(api.count(sparse, 0x21, past), 5, 'the last "!" of the needle across 2^32, and two needles');
    assert.is(api.indexOf(sparse, needle, { ...past, from: 2 ** 32 + 100 * MiB + 2 }), big - 9);
    // Across 2^32, where a position stops fitting 32 bits.
    const across = { offset: 2 ** 32 - 100 * MiB - 3, length: 200 * MiB + 5 };
    const single = api.checksum(sparse, "crc32c", { ...across, threads: 1 });
    assert.is(api.checksum(sparse, "crc32c", { ...across, threads: 2 }), single);
    // "auto" over 128 MiB: the walk hands the call back once it knows the size, and it splits.
    assert.is(api.checksum(sparse, "crc32c", { ...across, threads: "auto" }), single);
    assert.is(api.checksum(sparse, "crc32c", { ...across }), single);
  });

  t('crc32 on "auto" from 128 MiB: decided after its trial calls, every result the single thread\'s', () => {
    // Where the runtime's own crc32 computes it on 2-3 cores, "auto" times one thread and all
    // cores in turn on its first calls this large (three each); elsewhere it splits from the start.
    // The sparse file of the test above: 200 MiB of zeros around its needles.
    const across = { offset: 2 ** 32 - 100 * MiB - 3, length: 200 * MiB + 5 };
    const single = api.checksum(sparse, "crc32", { ...across, threads: 1 });
    assert.is(api.checksum(sparse, "crc32", { ...across, threads: 2 }), single);
    const info = () => api.runtimeInfo().threads.crc32;
    for (let i = 0; i < 7; i++) assert.is(api.checksum(sparse, "crc32", across), single, `call ${i + 1}`);
    assert.ok(info().firstPass === "one" || info().firstPass === "split", `after 7 calls: ${info().firstPass}`);
    using f = api.open(sparse, { ...across, populate: true });
    // Workers reach a mapping through /proc/self/fd (Linux); elsewhere it runs on this thread.
    const splits = f.engine === "mapped" && process.platform === "linux";
    for (let i = 0; i < 7; i++) assert.is(api.checksum(f, "crc32"), single, `populated mapping, call ${i + 1}`);
    if (splits) assert.ok(info().resident !== "learning", `after 7 calls on a populated mapping: ${info().resident}`);
    if (api.runtimeInfo().checksums.crc32 === "wasm" || api.runtimeInfo().threads.cores >= 4) {
      assert.equal(info(), { resident: "split", firstPass: "split" }, "the kernel's crc32 always splits");
    }
  });

  t("mmapkit/promises: the same results, off the calling thread", async () => {
    const p = await import("mmapkit/promises");
    const o = ranges[1]!;
    const bytes = view(o);
    const all = matchesLoop(bytes, needle).map((x) => x + o.offset!);
    assert.is(await p.count(path, 0x21, o), countLoop(bytes, 0x21));
    assert.equal(await p.findAll(path, needle, o), all);
    const common = matchesLoop(bytes, Uint8Array.of(0x22)).map((x) => x + o.offset!);
    assert.equal(await p.findAll(path, 0x22, { ...o, threads: 2 }), common, "findAll of a common byte");
    assert.is(await p.indexOf(path, needle, o), all[0]);
    assert.is(await p.lastIndexOf(path, needle, o), all.at(-1));
    for (const algo of ALGORITHM_NAMES) {
      assert.is(await p.checksum(path, algo, o), await checksumOracle(algo, bytes), algo);
    }
    const small = randomBytes(100_003, 9); // an ordinary ArrayBuffer: copied to the worker and back
    const expected = transformLoop(small, { xor: 0x5a });
    await p.transform(small, { xor: 0x5a });
    assert.ok(same(small, expected), "a Uint8Array transformed");
    assert.is(await p.checksum(small, "xxh64"), await checksumOracle("xxh64", small));
    using anon = api.anonymous(1 << 16);
    anon.bytes.set(small.subarray(0, 1 << 16));
    assert.is(await p.count(anon, 7), countLoop(small.subarray(0, 1 << 16), 7), "anonymous memory");
    let seen = 0;
    await p.count(path, 0x21, {
      onProgress: (done: number, total: number) => void (seen = Math.max(seen, done / total)),
    });
    assert.is(seen, 1, "progress reaches the total");
  });

  t("abort: rejects with the signal's reason at once, and no descriptor stays open", async () => {
    const p = await import("mmapkit/promises");
    await p.count(path, 1); // workers started
    const fds = fdCount();
    const reason = new Error("enough");
    const ac = new AbortController();
    const pending = p.checksum(sparse, "crc32", { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    ac.abort(reason);
    const err = await pending.then(() => undefined, (e: unknown) => e);
    assert.is(err, reason, "rejects with the reason");
    assert.ok(performance.now() - t0 < 1000, `rejected ${(performance.now() - t0).toFixed(0)} ms after abort`);
    const already = await p.count(path, 1, { signal: AbortSignal.abort(reason) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.is(already, reason, "an aborted signal rejects before any work");
    let now = fdCount();
    for (let i = 0; i < 100 && now > fds; i++) (await new Promise((r) => setTimeout(r, 20)), now = fdCount());
    assert.ok(now <= fds, `descriptors: ${fds} before, ${now} after the abort settled`);
  });

  t(
    "one signal shared by 12 calls: one listener on it, removed when they settle; an abort rejects them all",
    async () => {
      const p = await import("mmapkit/promises");
      // Count the signal's "abort" listeners (Node warns past ten on one signal).
      const watched = (signal: AbortSignal) => {
        const seen = { live: 0, most: 0 };
        const add = signal.addEventListener.bind(signal);
        const remove = signal.removeEventListener.bind(signal);
        Object.assign(signal, {
          addEventListener: (type: string, l: () => void, o?: { once?: boolean }) => {
            if (type === "abort") (seen.live++, seen.most = Math.max(seen.most, seen.live));
            add(type, l, o);
          },
          removeEventListener: (type: string, l: () => void) => {
            if (type === "abort") seen.live--;
            remove(type, l);
          },
        });
        return seen;
      };
      const done = new AbortController();
      const seenDone = watched(done.signal);
      const counts = await Promise.all(Array.from({ length: 12 }, () => p.count(path, 0x21, { signal: done.signal })));
      assert.equal(counts, new Array(12).fill(countLoop(data, 0x21)));
      assert.is(seenDone.most, 1, "one listener for twelve calls");
      assert.is(seenDone.live, 0, "no listener left once they settled");
      const ac = new AbortController();
      const seen = watched(ac.signal);
      const reason = new Error("all of them");
      const pending = Array.from(
        { length: 12 },
        () => p.checksum(sparse, "crc32", { signal: ac.signal }).then(() => undefined, (e: unknown) => e),
      );
      await new Promise((r) => setTimeout(r, 20));
      ac.abort(reason);
      assert.equal(await Promise.all(pending), new Array(12).fill(reason), "every call rejects with the reason");
      assert.is(seen.most, 1, "one listener for twelve pending calls");
    },
  );

  t("the event loop stays free while a worker hashes", async () => {
    const p = await import("mmapkit/promises");
    await p.checksum(path, "xxh3"); // a warm worker
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 5);
    await p.checksum(sparse, "xxh3", { length: 1 << 30 });
    clearInterval(timer);
    // A loose bound (the machine may be busy); the benchmark records the real figure.
    assert.ok(worst < 250, `the event loop waited ${worst.toFixed(0)} ms`);
  });

  t("a process that used workers still ends by itself", () => {
    const [cmd, ...args] = ctx.spawnArgs("fixtures/parallel_exit", [path]);
    const r = spawnSync(cmd!, args, { encoding: "utf8", timeout: 30_000 });
    assert.is(r.status, 0, `exit: ${r.status} ${r.signal} ${r.error ?? ""} ${r.stderr}`);
    const out = JSON.parse(r.stdout) as { count: number; promised: number; workers: number };
    assert.is(out.count, countLoop(data, 0x21));
    assert.is(out.promised, out.count);
    assert.ok(out.workers >= 1, "workers were started");
    // Ending soon after a threaded call, while the worker may still be loading its runtime. On
    // Node, koffi aborted such a process (a fatal error in the worker being terminated) before the
    // pool held on to a worker until it was ready: 4 runs in 30 of one probe, 1 in 56 of these
    // spread-out ends. So this can miss the race; it cannot pass with a process that aborts.
    for (let i = 0; i < 8; i++) {
      const [c, ...a] = ctx.spawnArgs("fixtures/parallel_exit", [path, "sync", String(10 * i)]);
      const q = spawnSync(c!, a, { encoding: "utf8", timeout: 30_000 });
      assert.is(q.status, 0, `run ${i}: exit ${q.status} ${q.signal} ${q.stderr.slice(0, 300)}`);
      assert.is((JSON.parse(q.stdout) as { count: number }).count, out.count);
    }
  });

  t("bad threads and signals are refused with EINVAL, sync and async", async () => {
    const p = await import("mmapkit/promises");
    // A string is quoted in the message: "got 2" for "2" would read as a number refused.
    assert.match(throwsCode(api, () => api.count(path, 1, { threads: "2" } as never), "EINVAL"), 'got "2"');
    for (const threads of [0, -1, 1.5, "many", "2", null, Number.NaN]) {
      const o = { threads } as unknown as { threads: number };
      throwsCode(api, () => api.count(path, 1, o), "EINVAL");
      throwsCode(api, () => api.checksum(path, "xxh3", o), "EINVAL");
      throwsCode(api, () => api.transform(new Uint8Array(4), { xor: 1 }, o), "EINVAL");
      await rejectsCode(api, p.findAll(path, "x", o), "EINVAL");
    }
    await rejectsCode(api, p.count(path, 1, { signal: "stop" } as never), "EINVAL");
    await rejectsCode(api, p.count(join(ctx.tmp, "missing.bin"), 1), "ENOENT");
    // A misspelt option is refused before any work; a signal is the promise API's own, never passed on as unknown.
    await rejectsCode(api, p.count(path, 1, { sigal: AbortSignal.timeout(1000) } as never), "EINVAL");
    await rejectsCode(api, p.checksum(path, "crc32", { sed: 1 } as never), "EINVAL");
    const signal = new AbortController().signal;
    await rejectsCode(api, p.count(join(ctx.tmp, "missing.bin"), 1, { signal }), "ENOENT");
    assert.is(await p.count(new Uint8Array([1, 2, 1]), 1, { signal, threads: 2 }), 2);
    await rejectsCode(api, p.transform(path, { xor: 300 } as never), "EINVAL");
    assert.ok(same(readBack(path), data), "the file is unchanged");
  });

  t.run();
};

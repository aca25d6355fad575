/**
 * README claims that had no test of their own: crc32/crc32c/adler32 `seed` continues a previous
 * checksum; `findAll` includes overlapping matches (also across window and chunk boundaries);
 * `"private"` + `advise("dontneed")` discards your changes on the mapped engine and keeps them on
 * the buffered one; `MmapError`'s fields; `maxWindow`'s size; a Channel with several producers
 * and several consumers at once. Oracles: node:zlib and hash-wasm over the whole data, plain
 * loops, node:fs, node:os's errno numbers.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import process from "node:process";
import { constants as osConstants } from "node:os";
import { existsSync, writeFileSync } from "node:fs";
import type { Api, Ctx, Register } from "../_ctx.ts";
import { fixture, freshPath, readBack, same } from "../_files.ts";
import { skip } from "../_skip.ts";
import { checksumOracle, matchesLoop } from "../_oracles.ts";
import { rng } from "../_rand.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { start } from "../_procs.ts";
import { algorithmsWhere } from "@mmapkit/core";

type Source = { name: string; of(path: string, data: Uint8Array): { src: unknown; opts: object; done(): void } };

/**
 * Every kind of kernel source: bytes, a MappedFile and a view of one per engine, a path per
 * engine; the options of each carry `sizes` (tests/_walk_sizes.ts).
 */
function sources(api: Api, ctx: Ctx, sizes: object): Source[] {
  const out: Source[] = [{ name: "bytes", of: (_p, d) => ({ src: d.slice(), opts: { ...sizes }, done() {} }) }];
  for (const engine of ctx.engines) {
    out.push({ name: `path [${engine}]`, of: (p) => ({ src: p, opts: { ...sizes, engine }, done() {} }) });
    for (const view of [false, true]) {
      out.push({
        name: `${view ? "view" : "file"} [${engine}]`,
        of: (p) => {
          const f = api.open(p, { engine });
          return { src: view ? f.bytes : f, opts: { ...sizes }, done: () => f.close() };
        },
      });
    }
  }
  return out;
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const t = suite(`README claims [${ctx.runtime}]`);
  // Small walks, so a cut, a match or a continuation falls on a window or chunk boundary.
  const small = walkSizes({ chunk: 1000 + 7, window: 2 * ps, stage: 777 });

  t("checksum seed: crc32, crc32c and adler32 continue from a previous checksum", async () => {
    const next = rng(0x5eed);
    const { path, data } = fixture(ctx.tmp, 5 * ps + 333);
    for (const algorithm of algorithmsWhere((r) => r.seed === "previous")) {
      const want = await checksumOracle(algorithm, data);
      for (const s of sources(api, ctx, small)) {
        // Cuts at 0, 1, near a window boundary, at the very end, and anywhere.
        for (const [round, at] of [0, 1, 2 * ps - 1 + (next() % 3), data.length, next() % data.length].entries()) {
          const x = s.of(path, data);
          try {
            const first = api.checksum(x.src as string, algorithm, { ...x.opts, length: at });
            assert.is(first, await checksumOracle(algorithm, data.subarray(0, at)), `${algorithm} first part`);
            const seed = round % 2 === 0 ? Number.parseInt(first, 16) : BigInt(`0x${first}`);
            const got = api.checksum(x.src as string, algorithm, { ...x.opts, offset: at, seed });
            assert.is(got, want, `${algorithm} ${s.name}: continued at ${at} (seed ${typeof seed})`);
          } finally {
            x.done();
          }
        }
      }
    }
  });

  t("findAll includes overlapping matches, also across window and chunk boundaries", () => {
    // Runs of "a" that straddle every boundary of the shrunk walk (windows of 2 pages, chunks of
    // 1,007 bytes, staging of 777), and "aba" chains whose matches overlap by one byte.
    const size = 5 * ps + 501;
    const data = new Uint8Array(size).fill(0x2e);
    for (const b of [777, 1007, 1554, 2014, 2 * ps, 4 * ps, size - 3]) data.fill(0x61, b - 5, Math.min(size, b + 5));
    for (let i = 3 * ps - 9; i < 3 * ps + 9; i += 2) data.set([0x61, 0x62, 0x61], i);
    const path = freshPath(ctx.tmp, "overlap");
    writeFileSync(path, data);
    for (const needle of ["aa", "aaaa", "aba"]) {
      const bytes = new TextEncoder().encode(needle);
      for (const [offset, length] of [[0, size], [3, size - 10], [2 * ps - 7, 2 * ps + 3]] as const) {
        const want = matchesLoop(data.subarray(offset, offset + length), bytes).map((i) => i + offset);
        // Non-vacuous: the expected answer has matches closer than the needle's length.
        assert.ok(want.some((v, i) => i > 0 && v - want[i - 1]! < bytes.length), `${needle}: overlaps expected`);
        for (const s of sources(api, ctx, small)) {
          const x = s.of(path, data);
          try {
            const got = api.findAll(x.src as string, needle, { ...x.opts, offset, length });
            // Compared by hand: uvu's diff of two long arrays takes minutes.
            const bad = got.findIndex((v, i) => v !== want[i]);
            assert.ok(
              got.length === want.length && bad < 0,
              `${needle} ${s.name} offset ${offset}: ${got.length} matches, want ${want.length}; first difference at #${bad}: ${
                got[bad]
              } vs ${want[bad]}`,
            );
          } finally {
            x.done();
          }
        }
      }
    }
  });

  for (const engine of ctx.engines) {
    // Windows has no call that discards part of a view: there the changes stay (README, "Windows").
    const discards = engine === "mapped" && process.platform !== "win32";
    t(`"private" + advise("dontneed"): ${discards ? "discards" : "keeps"} your changes [${engine}]`, () => {
      const { path, data } = fixture(ctx.tmp, 3 * ps + 17);
      using f = api.open(path, { mode: "private", offset: 5, engine });
      for (let i = 0; i < f.length; i += 97) f.bytes[i] = f.bytes[i]! ^ 0xff;
      const changed = f.bytes.slice();
      f.advise("dontneed");
      if (discards) {
        assert.ok(same(f.bytes, data.subarray(5)), "the file's bytes again, as MADV_DONTNEED does");
      } else {
        assert.ok(same(f.bytes, changed), "the buffered copy (or a Windows view) is yours: the changes stay");
      }
      assert.ok(same(readBack(path), data), "the file never changes");
    });
  }

  t("MmapError carries code, errno, syscall and path, and a message that says what to do", () => {
    // The OS's own numbers (node:os) are the oracle for errno.
    const missing = freshPath(ctx.tmp, "no-such-file");
    for (const engine of ctx.engines) {
      let e: InstanceType<typeof api.MmapError> | undefined;
      try {
        api.open(missing, { engine }).close();
      } catch (err) {
        if (err instanceof api.MmapError) e = err;
      }
      if (e === undefined) {
        throw new assert.Assertion({ message: `${engine}: no MmapError`, operator: "throws" } as never);
      }
      assert.is(e.code, "ENOENT", engine);
      assert.is(e.errno, osConstants.errno.ENOENT, `${engine}: errno is the OS's ENOENT`);
      // Linux names the open call; Windows its CreateFileW.
      const call = process.platform === "win32" ? /\w/ : /open/;
      assert.ok(typeof e.syscall === "string" && call.test(e.syscall), `${engine}: syscall ${e.syscall}`);
      assert.is(e.path, missing, `${engine}: path`);
      assert.match(e.message, /^mmapkit: ENOENT: /);
      assert.ok(e.message.length > `mmapkit: ENOENT: ${missing}`.length + 10, `${engine}: says more: ${e.message}`);
    }
  });

  t("maxWindow is just under 4 GiB: 4 GiB − 264 KiB with 4 KiB pages, a whole number of pages", () => {
    assert.ok(api.maxWindow < 2 ** 32 && api.maxWindow > 2 ** 32 - (1 << 20), `maxWindow ${api.maxWindow}`);
    assert.is(api.maxWindow % ps, 0);
    if (ps === 4096 && process.platform === "linux") assert.is(api.maxWindow, 2 ** 32 - 264 * 1024);
  });

  const shm = ctx.ffi && (process.platform === "win32" || (process.platform === "linux" && existsSync("/dev/shm")));
  t(
    "Channel: 3 producers and 2 consumers at once — every message once, each producer's in order per consumer",
    async () => {
      if (!shm) return skip("claims: Channel with 3 producers and 2 consumers", "shared memory needs FFI and /dev/shm");
      const name = `mmapkit-claims-${ctx.runtime}-${process.pid}`;
      const r = api.shared(name, { size: 8192, create: true });
      try {
        api.Channel.create(r, 0, 1024);
        const consumers = [0, 1].map(() => start(ctx.spawnArgs("fixtures/shm_consumer", [name, "0", "0", "tagged"])));
        await Promise.all(consumers.map((c) => c.line((l) => l === "attached")));
        const producers = [1, 2, 3].map((tag) =>
          start(ctx.spawnArgs("fixtures/shm_producer", [name, "0", "2000", "1", String(tag)]))
        );
        for (const p of producers) assert.is((await p.json<{ sent: number }>()).sent, 2000);
        const ch = api.Channel.attach(r, 0);
        ch.send(new Uint8Array(0), 20_000);
        ch.send(new Uint8Array(0), 20_000);
        const seen: Record<number, number[]> = { 1: [], 2: [], 3: [] };
        for (const [k, c] of consumers.entries()) {
          const got = (await c.json<{ got: Record<number, number[]> }>()).got;
          const total = Object.values(got).reduce((n, s) => n + s.length, 0);
          assert.ok(total > 0, `consumer ${k} received messages (${total})`);
          for (const [tag, seqs] of Object.entries(got)) {
            for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i]! > seqs[i - 1]!, `producer ${tag} in order`);
            seen[Number(tag)]!.push(...seqs);
          }
        }
        for (const tag of [1, 2, 3]) {
          assert.equal(seen[tag]!.sort((a, b) => a - b), Array.from({ length: 2000 }, (_, i) => i), `producer ${tag}`);
        }
      } finally {
        api.unlinkShared(name); // while mapped: on Windows the region goes with its last close
        r.close();
      }
    },
  );

  t.run();
};

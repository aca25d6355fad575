/**
 * createChecksum, the streaming checksum: for every algorithm and several seeds, pieces of random
 * lengths (empty ones, ones larger than a staging window, views of a mapping hashed in place)
 * give what `checksum` gives for the concatenation and what hash-wasm / node:zlib give; two
 * checksums fed in turn, with one-shot checksums in between, keep their own state; an update that
 * throws changes nothing; bad input gets its code.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { truncateSync, writeFileSync } from "node:fs";
import type { Register } from "../_ctx.ts";
import { throwsCode } from "../_codes.ts";
import { fixture } from "../_files.ts";
import { checksumOracle } from "../_oracles.ts";
import { randomBytes, rng } from "../_rand.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { type Algorithm, ALGORITHM_NAMES as ALGORITHMS, rowOf } from "@mmapkit/core";

/** Seeds each algorithm takes: a 32-bit seed (xxh32), a 64-bit one (the other xxHashes), none (the zlib ones). */
function seedsOf(a: Algorithm): bigint[] {
  const bits = rowOf(a).seed;
  if (bits === 32) return [0n, 1n, 0xfffffffen];
  if (bits === 64) return [0n, 7n, (1n << 64n) - 1n];
  return [0n];
}

/** Random piece ends of [0, n): some pieces empty, some small, some over `big` bytes. */
function cuts(n: number, next: () => number, big: number): number[] {
  const out: number[] = [];
  let at = 0;
  while (at < n) {
    const r = next() % 10;
    const len = r < 2 ? 0 : r < 6 ? next() % 300 : r < 8 ? next() % (2 * big) : big + 1 + (next() % big);
    at = Math.min(n, at + len);
    out.push(at);
  }
  if (out.length === 0 || next() % 2 === 0) out.push(n); // an empty last piece, sometimes
  return out;
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`createChecksum [${ctx.runtime}]`);
  const STAGE = 777;
  // Small walks (each update staged in pieces of STAGE bytes) where a test passes them.
  const small = walkSizes({ chunk: 1000 + 7, window: 2 * api.pageSize, stage: STAGE });

  t("random pieces give checksum() of the concatenation and the oracle, every algorithm and seed", async () => {
    const next = rng(0xc4ec);
    const data = randomBytes(20000, 31);
    for (const a of ALGORITHMS) {
      for (const seed of seedsOf(a)) {
        for (const n of [0, 1, 15, 16, 17, 239, 240, 241, 1023, 1024, 1025, 4099, 20000 - 3]) {
          const whole = data.subarray(3, 3 + n); // an odd start
          const opts = seed === 0n ? { ...small } : { ...small, seed };
          const sum = api.createChecksum(a, opts);
          assert.is(sum.algorithm, a);
          let prev = 0;
          const ends = cuts(n, next, STAGE);
          for (const end of ends) {
            assert.is(sum.update(whole.subarray(prev, end)), sum, "update returns the checksum");
            prev = end;
          }
          const got = sum.digest();
          const want = await checksumOracle(a, whole, seed);
          assert.is(got, want, `${a} seed ${seed} len ${n} pieces ${ends.join(",")}`);
          assert.is(api.checksum(whole, a, opts), want, `${a} seed ${seed} len ${n}: checksum()`);
          assert.is(sum.digest(), got, "digest() again gives the same");
        }
      }
    }
  });

  t("a piece of 20 MiB at the default walk sizes (over one staging window); crc32 continues from a seed", async () => {
    const big = randomBytes(20 * 2 ** 20 + 5, 8);
    for (const a of ["xxh3", "xxh128", "crc32"] as const) {
      const sum = api.createChecksum(a).update(big.subarray(0, 3)).update(big.subarray(3));
      assert.is(sum.digest(), await checksumOracle(a, big), a);
    }
    const head = api.createChecksum("crc32").update(big.subarray(0, 1000)).digest();
    const rest = api.createChecksum("crc32", { seed: parseInt(head, 16) }).update(big.subarray(1000)).digest();
    assert.is(rest, await checksumOracle("crc32", big), "crc32 continued");
  });

  t("two checksums fed in turn, with one-shot checksums in between, keep their own state", async () => {
    const a = randomBytes(9000, 1);
    const b = randomBytes(7000, 2);
    const next = rng(5);
    for (const algo of ["xxh32", "xxh64", "xxh3", "xxh128", "adler32"] as const) {
      const x = api.createChecksum(algo, algo === "adler32" ? {} : { seed: 3 });
      const y = api.createChecksum(algo);
      let ia = 0;
      let ib = 0;
      while (ia < a.length || ib < b.length) {
        const na = Math.min(a.length - ia, next() % 1500);
        x.update(a.subarray(ia, ia + na));
        ia += na;
        api.checksum(b.subarray(0, 500), algo); // another walk on the same pooled Memories
        const nb = Math.min(b.length - ib, next() % 1500);
        y.update(b.subarray(ib, ib + nb));
        ib += nb;
      }
      assert.is(x.digest(), await checksumOracle(algo, a, algo === "adler32" ? 0n : 3n), `${algo}: first`);
      assert.is(y.digest(), await checksumOracle(algo, b), `${algo}: second`);
    }
  });

  for (const engine of ctx.engines) {
    t(`pieces that are views of a mapping (${engine}) are hashed in place`, async () => {
      const { path, data } = fixture(ctx.tmp, 3 * api.pageSize + 11, 77);
      using f = api.open(path, { engine });
      for (const a of ALGORITHMS) {
        const sum = api.createChecksum(a);
        sum.update(f.bytes.subarray(0, 5)).update(data.subarray(5, 700)).update(f.bytes.subarray(700));
        assert.is(sum.digest(), await checksumOracle(a, data), `${a} ${engine}`);
      }
    });
  }

  t("updates reuse pooled Memories: a thousand updates create at most one", () => {
    const before = api.runtimeInfo().arenas.created;
    const sum = api.createChecksum("xxh128");
    const piece = randomBytes(5000, 3);
    for (let i = 0; i < 1000; i++) sum.update(piece);
    sum.digest();
    assert.ok(api.runtimeInfo().arenas.created - before <= 1, `${api.runtimeInfo().arenas.created - before} created`);
  });

  if (ctx.ffi) {
    // Windows (the view placement) refuses to shrink a mapped file: nothing can shrink under the view.
    const tv = api.runtimeInfo().placement === "view" ? t.skip : t;
    tv("an update that throws (a mapped file shrank under the view) leaves the checksum as it was", async () => {
      const { path, data } = fixture(ctx.tmp, 8 * api.pageSize, 12);
      using f = api.open(path, { engine: "mapped" });
      for (const a of ["xxh3", "crc32", "xxh32"] as const) {
        writeFileSync(path, data);
        const view = f.bytes;
        const sum = api.createChecksum(a).update(data.subarray(0, 100));
        truncateSync(path, 2 * api.pageSize);
        throwsCode(api, () => sum.update(view), "EFILECHANGED");
        sum.update(data.subarray(100, 200));
        assert.is(sum.digest(), await checksumOracle(a, data.subarray(0, 200)), a);
      }
    });
  }

  t("bad input: unknown algorithm, bad seeds and options, pieces that are not bytes, update after digest", () => {
    throwsCode(api, () => api.createChecksum("md5" as never), "EINVAL");
    throwsCode(api, () => api.createChecksum("XXH3" as never), "EINVAL");
    throwsCode(api, () => api.createChecksum("xxh3", 1 as never), "EINVAL");
    assert.match(
      throwsCode(api, () => api.createChecksum("xxh3", { sed: 1 } as never), "EINVAL"),
      'did you mean "seed"',
    );
    assert.match(throwsCode(api, () => api.createChecksum("xxh32", { seed: 2 ** 32 }), "ERANGE"), "[0, 2^32)");
    assert.match(throwsCode(api, () => api.createChecksum("xxh128", { seed: 1n << 64n }), "ERANGE"), "[0, 2^64)");
    throwsCode(api, () => api.createChecksum("xxh64", { seed: 2 ** 60 }), "EINVAL");
    throwsCode(api, () => api.createChecksum("adler32", { seed: -1 }), "ERANGE");
    const sum = api.createChecksum("xxh3");
    for (const bad of [new ArrayBuffer(4), new DataView(new ArrayBuffer(4)), [1, 2], "ab", 3, null, undefined]) {
      assert.match(throwsCode(api, () => sum.update(bad as never), "EINVAL"), "Uint8Array");
    }
    const digest = sum.update(Uint8Array.of(1, 2, 3)).digest();
    assert.match(throwsCode(api, () => sum.update(new Uint8Array(0)), "ECLOSED"), "createChecksum");
    assert.is(sum.digest(), digest, "digest() after a refused update");
  });

  t.run();
};

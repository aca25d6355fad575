/**
 * xxh32/xxh64/xxh3 through the runtime's own one-shot function (Bun.hash) where it is faster than the
 * kernel: a mapping, views of it and plain arrays, at odd offsets and lengths, seeded (also with
 * seeds of 2^32 and more, which Bun's xxHash3 gets wrong and so declines), give hash-wasm's digests
 * (independent of both implementations), whichever one `runtimeInfo()` names. On a runtime built
 * by hand with hash-wasm as its "native" function, both implementations forced in turn give them
 * too; the native function gets the caller's array itself (no copy), never a short range, a path
 * or a streamed piece; one that disagrees, throws or is slow is never used.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { truncateSync } from "node:fs";
import { createXXHash3, createXXHash32, createXXHash64 } from "hash-wasm";
import {
  checksumOf,
  chooseHash,
  createChecksumIn,
  createRuntime,
  type FileIO,
  hashImplementation,
  MmapError,
  type NativeHashes,
  type Runtime,
  timeHash,
} from "@mmapkit/core";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { randomBytes } from "../_rand.ts";

const MiB = 1024 * 1024;
type Algo = "xxh32" | "xxh64" | "xxh3";
const ALGOS = ["xxh32", "xxh64", "xxh3"] as const;
/** hash-wasm hashers, created once per algorithm and seed (creating one is asynchronous). */
type Hasher = Awaited<ReturnType<typeof createXXHash3>>;
const hashers = new Map<string, Hasher>();

/** A seed the hand-built "native" function declines (as Bun's xxHash3 declines seeds of 2^32 and more). */
const DECLINED: Record<Algo, bigint> = { xxh32: 0xffff_fffen, xxh64: 3n << 62n, xxh3: 3n << 62n };

/** Seeds the tests use, and those the choice uses (0, 1, 2^63 and more; 1…40 while timing). */
const ALL_SEEDS = [
  0n,
  1n,
  7n,
  0xffff_ffffn,
  1n << 32n,
  0x1234_5678_9abcn,
  (1n << 63n) - 1n,
  1n << 63n,
  0x9e3779b185ebca87n,
  (1n << 64n) - 1n,
  3n << 62n,
  0xffff_fffen,
  ...Array.from({ length: 40 }, (_, i) => BigInt(i + 1)),
];
/** The seeds an algorithm takes: xxh32's are 32-bit. */
const seedsOf = (algo: Algo, seeds: readonly bigint[] = ALL_SEEDS): bigint[] =>
  seeds.filter((s) => algo !== "xxh32" || s < 1n << 32n);

async function prepare(): Promise<void> {
  for (const algo of ALGOS) {
    for (const seed of seedsOf(algo)) {
      const key = `${algo}:${seed}`;
      if (hashers.has(key)) continue;
      const lo = Number(seed & 0xffffffffn);
      const hi = Number(seed >> 32n);
      hashers.set(
        key,
        algo === "xxh3"
          ? await createXXHash3(lo, hi)
          : algo === "xxh64"
          ? await createXXHash64(lo, hi)
          : await createXXHash32(lo),
      );
    }
  }
}

/** hash-wasm's digest of `bytes` (the oracle), as checksum() prints it. */
function oracle(algo: Algo, bytes: Uint8Array, seed: bigint): string {
  const h = hashers.get(`${algo}:${seed}`);
  if (h === undefined) throw new Error(`no hash-wasm hasher for ${algo} seed ${seed}`);
  h.init();
  h.update(bytes);
  return h.digest();
}

interface Call {
  algo: Algo;
  buffer: ArrayBufferLike;
  length: number;
}

/** hash-wasm as a runtime's one-shot function: declines a seed it has no hasher for; records calls. */
function fromOracle(calls: Call[], change: (v: bigint) => bigint = (v) => v): NativeHashes {
  const fn = (algo: Algo) => (bytes: Uint8Array, seed: bigint): bigint | undefined => {
    if (seed === DECLINED[algo] || !hashers.has(`${algo}:${seed}`)) return undefined;
    calls.push({ algo, buffer: bytes.buffer, length: bytes.length });
    return change(BigInt(`0x${oracle(algo, bytes, seed)}`));
  };
  return { xxh32: fn("xxh32"), xxh64: fn("xxh64"), xxh3: fn("xxh3") };
}

/** A runtime with no FFI and no file I/O (only arrays are hashed on it) and `native` as its one-shot hashes. */
function handBuilt(native: NativeHashes | undefined): Runtime {
  return createRuntime(undefined, () => ({}) as FileIO, () => "no FFI in this test", "no FFI in this test", {
    prefetch: false,
    ...(native === undefined ? {} : { nativeHash: native }),
  });
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`native one-shot xxHash [${ctx.runtime}]`);
  const SIZE = 3 * MiB + 12345;
  let file: { path: string; data: Uint8Array };
  t.before(async () => {
    await prepare();
    file = fixture(ctx.tmp, SIZE, 0x7a5);
  });

  t("runtimeInfo() names xxh32/xxh64/xxh3's implementation: Bun.hash only on Bun", () => {
    const info = api.runtimeInfo().checksums;
    for (const a of ALGOS) {
      const allowed = ctx.runtime === "bun" ? ["wasm", "Bun.hash"] : ["wasm"];
      assert.ok(allowed.includes(info[a]), `${a}: ${info[a]}`);
    }
  });

  t(
    "a mapping, its views and arrays at odd ranges, with seeds, give hash-wasm's digests; progress ends at the total",
    () => {
      const { path, data } = file;
      const f = api.open(path, { offset: 3 });
      try {
        for (const algo of ALGOS) {
          for (const [offset, length] of [[0, SIZE - 3], [5, 2 * MiB + 1], [65537, 65536 + 7], [9, 1001]] as const) {
            const seeds = [0n, 7n, 0xffff_ffffn, 1n << 32n, 0x1234_5678_9abcn, 1n << 63n, (1n << 64n) - 1n];
            for (const seed of seedsOf(algo, seeds)) {
              const part = data.subarray(3 + offset, 3 + offset + length);
              const want = oracle(algo, part, seed);
              const ctxt = `${algo} ${offset}+${length} seed ${seed}`;
              const progress: [number, number][] = [];
              const onProgress = (done: number, total: number) => void progress.push([done, total]);
              assert.is(api.checksum(f, algo, { offset, length, seed, threads: 1, onProgress }), want, ctxt);
              assert.equal(progress.at(-1), [length, length], `progress ${ctxt}`);
              assert.is(api.checksum(f.bytes.subarray(offset, offset + length), algo, { seed }), want, `view ${ctxt}`);
              assert.is(api.checksum(part.slice(), algo, { seed }), want, `array ${ctxt}`);
            }
          }
        }
      } finally {
        f.close();
      }
    },
  );

  t("a detached array hashes as the empty input on every runtime, and progress is reported per chunk", () => {
    const buffer = new ArrayBuffer(1 << 20);
    const big = new Uint8Array(buffer);
    structuredClone(buffer, { transfer: [buffer] }); // detaches it: big.length is now 0
    assert.is(big.length, 0);
    const empty = new Uint8Array(0);
    for (const algo of ALGOS) assert.is(api.checksum(big, algo), oracle(algo, empty, 0n), algo);
    assert.is(api.checksum(big, "crc32"), "00000000");
    // onProgress keeps the chunked walk (a one-shot call could report only at the end).
    const data = randomBytes(9 * MiB + 5, 0x9a);
    for (const algo of [...ALGOS, "crc32"] as const) {
      const seen: number[] = [];
      api.checksum(data, algo, { onProgress: (done) => void seen.push(done) });
      assert.ok(seen.length > 1, `${algo}: ${seen.length} progress calls`);
      assert.is(seen.at(-1), data.length);
    }
  });

  // Windows refuses to shrink a mapped file: this is the arena placement's check.
  const shrinks = api.runtimeInfo().placement !== "view" ? t : t.skip;
  shrinks("a mapped file that shrank: EFILECHANGED from xxh32/xxh64/xxh3, whichever implementation, no change", () => {
    const { path, data } = fixture(ctx.tmp, 2 * MiB + 9, 0x5a1);
    const f = api.open(path, { mode: "write" });
    try {
      truncateSync(path, MiB);
      for (const algo of ALGOS) {
        assert.throws(
          () => api.checksum(f, algo),
          (e: unknown) => e instanceof api.MmapError && e.code === "EFILECHANGED",
          algo,
        );
        // A view of the mapped engine's pages (the buffered engine's are a copy, safe to read).
        if (f.engine === "mapped") {
          assert.throws(
            () => api.checksum(f.bytes.subarray(0, 2 * MiB), algo),
            (e: unknown) => e instanceof api.MmapError && e.code === "EFILECHANGED",
            `${algo} on a view`,
          );
        }
      }
      assert.is(api.checksum(f, "xxh3", { length: MiB }), oracle("xxh3", data.subarray(0, MiB), 0n));
    } finally {
      f.close();
    }
  });

  t(
    "forced either way on a hand-built runtime: the same digests; native gets the caller's array, never a short one",
    () => {
      const data = randomBytes(2 * MiB + 3, 0x0e5);
      const calls: Call[] = [];
      const rt = handBuilt(fromOracle(calls));
      for (const impl of ["wasm", "Bun.hash"] as const) {
        for (const algo of ALGOS) chooseHash(rt, algo, impl);
        calls.length = 0;
        for (const algo of ALGOS) {
          for (
            const [from, to] of [[0, data.length], [1, data.length - 2], [3, 3 + 65536 + 9], [5, 5 + 65535]] as const
          ) {
            for (const seed of seedsOf(algo, [0n, 7n, 1n << 63n, DECLINED[algo]])) {
              // DECLINED: the "native" function declines it, and the kernel hashes.
              const part = data.subarray(from, to);
              assert.is(
                checksumOf(rt, part, algo, { seed }),
                oracle(algo, part, seed),
                `${impl} ${algo} ${from}..${to} seed ${seed}`,
              );
            }
          }
          const s = createChecksumIn(rt, algo);
          for (let at = 0; at < data.length; at += 777777) s.update(data.subarray(at, at + 777777));
          assert.is(s.digest(), oracle(algo, data, 0n), `${impl} ${algo} streamed`);
        }
        if (impl === "wasm") assert.is(calls.length, 0, "the kernel alone");
        else {
          assert.ok(calls.length > 0, "the native function ran");
          for (const c of calls) {
            assert.ok(c.buffer === data.buffer, "the caller's array, not a copy");
            assert.ok(c.length >= 65536, `${c.length} bytes`);
          }
        }
      }
    },
  );

  t("left to decide, a hand-built runtime times both once and keeps giving the same digests", () => {
    const data = randomBytes(MiB + 1, 0x71);
    const calls: Call[] = [];
    const rt = handBuilt(fromOracle(calls));
    const timed = timeHash(rt, "xxh3", rt.nativeHash!.xxh3!);
    assert.ok(timed.rounds >= 8 && timed.rounds <= 40, `${timed.rounds} rounds`);
    assert.ok(timed.same, "the same digest every round");
    assert.ok(timed.nativeMs > 0 && timed.wasmMs > 0 && Number.isFinite(timed.nativeMs + timed.wasmMs), "both timed");
    for (const algo of ALGOS) {
      assert.is(checksumOf(rt, data, algo), oracle(algo, data, 0n));
      const chosen = hashImplementation(rt, algo);
      assert.ok(["wasm", "Bun.hash"].includes(chosen), chosen);
      assert.is(checksumOf(rt, data.subarray(9), algo, { seed: 7n }), oracle(algo, data.subarray(9), 7n));
      assert.is(hashImplementation(rt, algo), chosen, "decided once");
    }
  });

  t("a one-shot hash that is slow, disagrees or throws is never used; none at all cannot be chosen", () => {
    const data = randomBytes(MiB + 7, 0xbad);
    const calls: Call[] = [];
    const slow = fromOracle(calls);
    const slowXxh3 = slow.xxh3!;
    slow.xxh3 = (b, s) => {
      const until = performance.now() + 3; // the kernel hashes 256 KiB in well under 1 ms
      while (performance.now() < until) { /* slow on purpose */ }
      return slowXxh3(b, s);
    };
    const rtSlow = handBuilt(slow);
    assert.is(hashImplementation(rtSlow, "xxh3"), "wasm");
    const timedCalls = calls.length;
    assert.is(checksumOf(rtSlow, data, "xxh3"), oracle("xxh3", data, 0n));
    assert.is(calls.length, timedCalls, "not called once the kernel was chosen");

    const wrong = handBuilt(fromOracle([], (v) => v ^ 1n));
    const throwing = handBuilt({
      xxh32: () => {
        throw new Error("no xxh32 here");
      },
      xxh64: () => {
        throw new Error("no xxh64 here");
      },
      xxh3: () => {
        throw new Error("no xxh3 here");
      },
    });
    for (const rt of [wrong, throwing, handBuilt(undefined)]) {
      for (const algo of ALGOS) {
        assert.is(hashImplementation(rt, algo), "wasm");
        assert.is(checksumOf(rt, data, algo, { seed: 7n }), oracle(algo, data, 7n));
        assert.throws(
          () => chooseHash(rt, algo, "Bun.hash"),
          (e: unknown) => e instanceof MmapError && e.code === "ENOTSUP" && /no one-shot/.test(e.message),
        );
      }
    }
  });

  t.run();
};

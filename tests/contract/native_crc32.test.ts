/**
 * crc32 through the runtime's own `node:zlib` where it is faster than the kernel: every way in
 * (a path, a mapping, offsets and lengths at odd bytes, seeds, createChecksum in pieces, several
 * threads) gives hash-wasm's CRC-32 (independent of both implementations), whichever one
 * `runtimeInfo()` says is used; on a runtime built by hand, both implementations forced in turn
 * give it too, the native one is handed the caller's array itself for a one-shot checksum (no copy)
 * or the kernel's Memory's chunks when streamed, and never a small one; a native function that
 * disagrees with the kernel, or throws, is never used.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as zlib from "node:zlib";
import { crc32 as hwCrc32 } from "hash-wasm";
import {
  checksumOf,
  chooseCrc32,
  crc32Implementation,
  createChecksumIn,
  createRuntime,
  type FileIO,
  MmapError,
  type Runtime,
  timeCrc32,
} from "@mmapkit/core";
import { RESERVED_BYTES } from "@mmapkit/core/wasm";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { randomBytes } from "../_rand.ts";

const ALGORITHMS = ["crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"];
const MiB = 1024 * 1024;

/**
 * A runtime with no FFI and no file I/O (only arrays are hashed on it: their chunks are staged in
 * a Memory) and `native` as its zlib crc32.
 */
function handBuilt(native: ((bytes: Uint8Array, value: number) => number) | undefined): Runtime {
  return createRuntime(undefined, () => ({}) as FileIO, () => "no FFI in this test", "no FFI in this test", {
    prefetch: false,
    ...(native === undefined ? {} : { nativeCrc32: native }),
  });
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`native crc32 [${ctx.runtime}]`);

  // 20 MiB and an odd tail: enough large chunks for the choice to be made during the test.
  const SIZE = 20 * MiB + 12345;
  let file: { path: string; data: Uint8Array };
  t.before(() => {
    file = fixture(ctx.tmp, SIZE, 0x11c3);
  });

  t(
    "runtimeInfo() names an implementation for every algorithm; only crc32, xxh32, xxh64 and xxh3 may be native",
    () => {
      const info = api.runtimeInfo().checksums;
      assert.equal(Object.keys(info).sort(), [...ALGORITHMS].sort());
      for (const a of ALGORITHMS) {
        if (a === "crc32") assert.ok(["wasm", "node:zlib"].includes(info[a as "crc32"]), info[a as "crc32"]);
        else if (a === "xxh32" || a === "xxh64" || a === "xxh3") {
          assert.ok(
            ["wasm", "Bun.hash"].includes(info[a]),
            info[a],
          );
        } else assert.is(info[a as "crc32"], "wasm", a);
      }
    },
  );

  t("a path, a mapping, odd ranges and seeds give hash-wasm's CRC-32, and the choice is made", async () => {
    const { path, data } = file;
    assert.is(api.checksum(path, "crc32", { threads: 1 }), await hwCrc32(data));
    const f = api.open(path);
    try {
      for (
        const [offset, length] of [[0, SIZE], [1, SIZE - 1], [3, 5 * MiB + 7], [65537, 2 * MiB - 3], [
          7,
          65535,
        ]] as const
      ) {
        const want = await hwCrc32(data.subarray(offset, offset + length));
        assert.is(api.checksum(f, "crc32", { offset, length, threads: 1 }), want, `${offset}+${length}`);
        assert.is(api.checksum(path, "crc32", { offset, length, threads: 1 }), want, `path ${offset}+${length}`);
      }
      // A seed continues a previous checksum: crc(a ‖ b) = crc(b, seed = crc(a)).
      const cut = 3 * MiB + 5;
      const seed = parseInt(await hwCrc32(data.subarray(0, cut)), 16);
      assert.is(api.checksum(f, "crc32", { offset: cut, seed, threads: 1 }), await hwCrc32(data));
      assert.is(api.checksum(f.bytes.subarray(cut), "crc32", { seed }), await hwCrc32(data));
    } finally {
      f.close();
    }
    const impl = api.runtimeInfo().checksums.crc32;
    assert.ok(impl === "wasm" || impl === "node:zlib", `decided after ${SIZE * 12} bytes: ${impl}`);
  });

  t("createChecksum fed views of a mapping in odd pieces gives hash-wasm's CRC-32, seeded or not", async () => {
    const prefix = randomBytes(1001, 0x9f);
    const seed = parseInt(await hwCrc32(prefix), 16);
    const joined = new Uint8Array(prefix.length + SIZE);
    joined.set(prefix);
    joined.set(file.data, prefix.length);
    const f = api.open(file.path);
    try {
      for (const step of [65536 + 1, 3 * MiB - 7, 17 * MiB]) {
        const plain = api.createChecksum("crc32");
        const seeded = api.createChecksum("crc32", { seed });
        for (let at = 0; at < SIZE; at += step) {
          plain.update(f.bytes.subarray(at, Math.min(SIZE, at + step)));
          seeded.update(f.bytes.subarray(at, Math.min(SIZE, at + step)));
        }
        assert.is(plain.digest(), await hwCrc32(file.data), `step ${step}`);
        // A seed continues a previous checksum: crc(prefix ‖ data).
        assert.is(seeded.digest(), await hwCrc32(joined), `seeded, step ${step}`);
      }
    } finally {
      f.close();
    }
  });

  t("threads: 2 and 3 give hash-wasm's CRC-32 (each worker chooses for itself)", async () => {
    const want = await hwCrc32(file.data);
    for (const threads of [2, 3]) {
      assert.is(api.checksum(file.path, "crc32", { threads }), want, `threads ${threads}`);
      assert.is(
        api.checksum(file.path, "crc32", { threads, offset: 5, length: SIZE - 11 }),
        await hwCrc32(file.data.subarray(5, SIZE - 6)),
        `threads ${threads}, odd range`,
      );
    }
  });

  t(
    "forced either way on a hand-built runtime: the same CRC; native gets the caller's array or the Memory's pieces, never a short one",
    async () => {
      const data = randomBytes(6 * MiB + 3, 0x5eed);
      const seen: { buffer: ArrayBufferLike; offset: number; length: number; streamed: boolean }[] = [];
      let streaming = false;
      const rt = handBuilt((bytes, value) => {
        seen.push({ buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.length, streamed: streaming });
        return zlib.crc32(bytes, value);
      });
      for (const impl of ["wasm", "node:zlib"] as const) {
        chooseCrc32(rt, impl);
        seen.length = 0;
        for (const [from, to] of [[0, data.length], [1, data.length - 2], [3, 3 + 65536 + 9], [5, 5 + 1000]] as const) {
          const part = data.subarray(from, to);
          assert.is(checksumOf(rt, part, "crc32"), await hwCrc32(part), `${impl} ${from}..${to}`);
          const s = createChecksumIn(rt, "crc32");
          streaming = true;
          for (let at = 0; at < part.length; at += 777777) s.update(part.subarray(at, at + 777777));
          streaming = false;
          assert.is(s.digest(), await hwCrc32(part), `${impl} streamed ${from}..${to}`);
        }
        assert.is(crc32Implementation(rt), impl);
        if (impl === "wasm") assert.is(seen.length, 0, "the kernel alone");
        else {
          assert.ok(seen.length > 0, "the native function ran");
          assert.ok(seen.some((s) => !s.streamed) && seen.some((s) => s.streamed), "both ways in");
          for (const s of seen) {
            assert.ok(s.length >= 65536, `${s.offset}+${s.length}`);
            // A one-shot checksum of an array: the array itself, no copy. A streamed piece is staged
            // into the kernel's Memory in chunks, and the native function gets those.
            if (s.streamed) assert.ok(s.buffer !== data.buffer && s.offset >= RESERVED_BYTES, "a chunk in the Memory");
            else assert.ok(s.buffer === data.buffer, "the caller's array");
          }
        }
      }
    },
  );

  t(
    "left to decide, a hand-built runtime times both on resident bytes once and keeps giving the same CRC",
    async () => {
      const data = randomBytes(3 * MiB + 1, 0xabc);
      const rt = handBuilt(zlib.crc32);
      const timed = timeCrc32(rt, zlib.crc32);
      assert.ok(timed.rounds >= 8 && timed.rounds <= 40, `${timed.rounds} rounds`);
      assert.ok(timed.nativeMs > 0 && timed.wasmMs > 0 && Number.isFinite(timed.nativeMs + timed.wasmMs), "both timed");
      assert.is(checksumOf(rt, data, "crc32"), await hwCrc32(data));
      const chosen = crc32Implementation(rt);
      assert.ok(["wasm", "node:zlib"].includes(chosen), chosen);
      assert.is(checksumOf(rt, data.subarray(9), "crc32"), await hwCrc32(data.subarray(9)));
      assert.is(crc32Implementation(rt), chosen, "decided once");
    },
  );

  t("a native crc32 far slower than the kernel is not chosen", async () => {
    const data = randomBytes(2 * MiB + 7, 0x51);
    let calls = 0;
    // zlib's CRC plus a 3 ms wait per call: the kernel hashes the 256 KiB piece in well under 1 ms
    // even before the engine optimises it.
    const rt = handBuilt((bytes, value) => {
      calls++;
      const until = performance.now() + 3;
      while (performance.now() < until) { /* slow on purpose */ }
      return zlib.crc32(bytes, value);
    });
    assert.is(crc32Implementation(rt), "wasm");
    const timedCalls = calls;
    assert.ok(timedCalls > 0, "it was timed");
    assert.is(checksumOf(rt, data, "crc32"), await hwCrc32(data));
    assert.is(calls, timedCalls, "not called once the kernel was chosen");
  });

  t("a native crc32 that disagrees with the kernel, or throws, is never used", async () => {
    const data = randomBytes(3 * MiB + 1, 0xbad);
    const want = await hwCrc32(data);
    const wrong = handBuilt((bytes, value) => (zlib.crc32(bytes, value) ^ 1) >>> 0);
    const throwing = handBuilt(() => {
      throw new Error("no crc32 here");
    });
    for (const rt of [wrong, throwing]) {
      assert.is(crc32Implementation(rt), "wasm");
      assert.is(checksumOf(rt, data, "crc32"), want);
      assert.throws(
        () => chooseCrc32(rt, "node:zlib"),
        (e: unknown) => e instanceof MmapError && e.code === "ENOTSUP" && /no native crc32 that agrees/.test(e.message),
      );
    }
    const none = handBuilt(undefined);
    assert.is(crc32Implementation(none), "wasm");
    assert.throws(() => chooseCrc32(none, "node:zlib"), (e: unknown) => e instanceof MmapError && e.code === "ENOTSUP");
    assert.is(checksumOf(none, data, "crc32"), want);
  });

  t.run();
};

/**
 * xxh32's stripe loop, chosen per thread by timing its i32x4 and scalar forms: whichever form is
 * forced or chosen, a path, a mapping, arrays at odd offsets and lengths, seeds, and a hash streamed
 * in pieces that split stripes give hash-wasm's digests (independent of both forms); a hash that
 * crosses the choice (short pieces first, then a long one) too. runtimeInfo() names the form; a bad
 * choice is refused with a code.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { createXXHash32 } from "hash-wasm";
import {
  checksumOf,
  chooseXxh32Loop,
  createChecksumIn,
  createRuntime,
  type FileIO,
  hasSimd,
  MmapError,
  type Runtime,
  timeXxh32Loops,
  type Xxh32Loop,
  xxh32Loop,
} from "@mmapkit/core";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { randomBytes } from "../_rand.ts";

const MiB = 1024 * 1024;
const SEEDS = [0, 1, 0x9e3779b1, 0xffff_ffff];

/** hash-wasm's xxh32 of `bytes` with `seed` (the oracle), as checksum() prints it. */
async function oracle(bytes: Uint8Array, seed: number): Promise<string> {
  const h = await createXXHash32(seed);
  h.init();
  h.update(bytes);
  return h.digest();
}

/** A runtime with no FFI and no file I/O: arrays only. */
function handBuilt(): Runtime {
  return createRuntime(undefined, () => ({}) as FileIO, () => "no FFI in this test", "no FFI in this test", {
    prefetch: false,
  });
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`xxh32 loop forms [${ctx.runtime}]`);
  const forms: Xxh32Loop[] = hasSimd() ? ["i32x4", "scalar"] : ["scalar"];

  t("runtimeInfo() names the form this thread chose, and the scalar build has only the scalar one", () => {
    const loop = api.runtimeInfo().kernelLoops.xxh32;
    assert.ok(forms.includes(loop), loop);
    if (!hasSimd()) assert.is(loop, "scalar");
  });

  t("either form, forced: arrays at odd ranges with seeds and streamed pieces give hash-wasm's digests", async () => {
    const data = randomBytes(2 * MiB + 13, 0x32);
    for (const form of forms) {
      const rt = handBuilt();
      chooseXxh32Loop(rt, form);
      assert.is(xxh32Loop(rt), form);
      for (const [from, to] of [[0, data.length], [1, data.length - 2], [3, 3 + 65536 + 9], [7, 7 + 15], [5, 5]]) {
        for (const seed of SEEDS) {
          const part = data.subarray(from, to);
          assert.is(
            checksumOf(rt, part, "xxh32", { seed }),
            await oracle(part, seed),
            `${form} ${from}..${to} ${seed}`,
          );
        }
      }
      // Pieces of 7 and 70001 bytes: stripes split between updates, the buffered tail carried over.
      for (const piece of [7, 70001]) {
        const s = createChecksumIn(rt, "xxh32", { seed: 0x9e3779b1 });
        for (let at = 0; at < data.length; at += piece) s.update(data.subarray(at, at + piece));
        assert.is(s.digest(), await oracle(data, 0x9e3779b1), `${form} streamed in ${piece}-byte pieces`);
      }
    }
  });

  t("left to decide: the i32x4 form warms up, then a long piece times both; one digest across the switch", async () => {
    // 17 MiB in 1 MiB pieces after a short one: the choice falls mid-stream (after 16 MiB).
    const data = randomBytes(17 * MiB + 1005, 0x33);
    const rt = handBuilt();
    const s = createChecksumIn(rt, "xxh32", { seed: 7 });
    s.update(data.subarray(0, 1005));
    for (let at = 1005; at < data.length; at += MiB) s.update(data.subarray(at, at + MiB));
    assert.is(s.digest(), await oracle(data, 7));
    assert.ok(forms.includes(xxh32Loop(rt)), xxh32Loop(rt));
    const timed = timeXxh32Loops(rt);
    assert.ok(timed.rounds >= 8 && timed.rounds <= 40, `${timed.rounds} rounds`);
    assert.ok(timed.scalarMs > 0 && timed.simdMs > 0 && Number.isFinite(timed.scalarMs + timed.simdMs), "both timed");
  });

  t("a path and a mapping at odd ranges give hash-wasm's digests, whichever form this thread chose", async () => {
    const size = 3 * MiB + 777;
    const { path, data } = fixture(ctx.tmp, size, 0x323);
    assert.is(api.checksum(path, "xxh32", { threads: 1 }), await oracle(data, 0));
    const f = api.open(path, { offset: 5 });
    try {
      for (const [offset, length] of [[0, size - 5], [3, 2 * MiB + 1], [65537, 65536 + 7]] as const) {
        const part = data.subarray(5 + offset, 5 + offset + length);
        for (const seed of [0, 0xffff_ffff]) {
          assert.is(api.checksum(f, "xxh32", { offset, length, seed, threads: 1 }), await oracle(part, seed));
        }
      }
    } finally {
      f.close();
    }
  });

  t("a form that is not one is refused with EINVAL; i32x4 on the scalar build with ENOTSUP", () => {
    const rt = handBuilt();
    for (const bad of ["simd", "", undefined, 2]) {
      assert.throws(
        () => chooseXxh32Loop(rt, bad as unknown as Xxh32Loop),
        (e: unknown) => e instanceof MmapError && e.code === "EINVAL" && /"i32x4" or "scalar"/.test(e.message),
        String(bad),
      );
    }
    if (!hasSimd()) {
      assert.throws(
        () => chooseXxh32Loop(rt, "i32x4"),
        (e: unknown) => e instanceof MmapError && e.code === "ENOTSUP",
      );
    }
  });

  t.run();
};

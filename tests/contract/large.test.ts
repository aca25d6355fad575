/**
 * Windows past 2 GiB (where i32 pointers turn negative and the npm mmap addons crash) and up to
 * maxWindow, on a sparse file: bytes, remap and kernels at offsets past 2^31 and 2^32.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { closeSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Register } from "../_ctx.ts";
import { checksumOracle } from "../_oracles.ts";
import { randomBytes } from "../_rand.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`large windows [${ctx.runtime}]`);
  const path = join(ctx.tmp, "sparse-large.bin");
  const size = api.maxWindow + 4096 + 77;
  const marks: [number, Uint8Array][] = [
    [2 ** 31 - 3, randomBytes(7, 1)], // straddles 2^31
    [3 * 2 ** 30 + 11, randomBytes(1000, 2)],
    [api.maxWindow - 500, randomBytes(500, 3)], // the last bytes of the largest window
    [size - 600, randomBytes(600, 4)], // past 2^32
  ];
  t.before(() => {
    writeFileSync(path, "");
    truncateSync(path, size);
    const fd = openSync(path, "r+");
    for (const [at, bytes] of marks) writeSync(fd, bytes, 0, bytes.length, at);
    closeSync(fd);
  });
  t.after(() => rmSync(path, { force: true }));

  for (const engine of ctx.engines.filter((e) => e === "mapped")) {
    t(`a maxWindow-sized window: bytes and kernels past 2^31 (${engine})`, async () => {
      using f = api.open(path, { length: api.maxWindow, engine });
      assert.is(f.length, api.maxWindow);
      for (const [at, bytes] of marks.slice(0, 3)) {
        assert.equal([...f.bytes.subarray(at, at + bytes.length)], [...bytes], `bytes at ${at}`);
        const want = await checksumOracle("crc32", bytes);
        assert.is(api.checksum(f, "crc32", { offset: at, length: bytes.length }), want, `crc32 at ${at}`);
        assert.is(api.indexOf(f, bytes.subarray(0, 5), { offset: at - 50, length: 100 }), at, `indexOf at ${at}`);
      }
      f.remap(size - 1000);
      assert.equal([...f.bytes.subarray(400)], [...marks[3]![1]]);
    });
  }

  t("a path past 4 GiB: kernels read the bytes past 2^32 (walked in windows)", async () => {
    const [at, bytes] = marks[3]!;
    const want = await checksumOracle("xxh64", bytes);
    assert.is(api.checksum(path, "xxh64", { offset: at, length: bytes.length }), want);
    assert.is(api.findAll(path, bytes.subarray(10, 18), { offset: at - 4096 })[0], at + 10);
  });

  t("lastIndexOf on a path past 4 GiB reads only the end: one window, not the file", () => {
    const [at, bytes] = marks[3]!;
    let done = 0;
    const onProgress = (d: number): void => void (done = d);
    assert.is(api.lastIndexOf(path, bytes.subarray(10, 18), { onProgress }), at + 10);
    assert.ok(done > 0 && done <= 64 << 20, `read ${done} bytes of ${size}`);
    // `to` near 2^31: the walk starts there, and finds the mark that straddles it
    const [at0, b0] = marks[0]!;
    done = 0;
    assert.is(api.lastIndexOf(path, b0, { to: at0 + 100, onProgress }), at0);
    assert.ok(done > 0 && done <= 64 << 20, `read ${done} bytes from ${at0 + 100} back`);
  });

  t.run();
};

/**
 * The view placement (Windows): the file's pages stay where MapViewOfFile put them, `bytes` is an
 * ArrayBuffer over them, kernels copy them into their Memory in chunks. Checked against node:fs
 * and plain JS loops, at offsets that are not multiples of the 64 KiB allocation granularity.
 * Skipped (with the reason) where the arena placement is used.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { mkdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cli, exits } from "../cli/_cli.ts";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { skip } from "../_skip.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const info = api.runtimeInfo();
  const t = suite(`view placement [${ctx.runtime}]`);
  if (info.placement !== "view") {
    return skip("view placement", `this runtime uses the ${info.placement ?? "buffered"} placement`, false);
  }
  const G = 64 * 1024; // the allocation granularity
  const ps = api.pageSize;

  t("bytes is a view of the mapped pages: writes reach the file at once, as node:fs reads it", () => {
    const { path, data } = fixture(ctx.tmp, 3 * G + 777);
    const offset = G + 4097;
    const length = G + 13;
    using f = api.open(path, { mode: "write", offset, length, engine: "mapped" });
    assert.is(f.engine, "mapped");
    assert.ok(!(f.bytes.buffer instanceof SharedArrayBuffer));
    assert.ok(same(f.bytes, data.subarray(offset, offset + length)));
    f.bytes[0] = data[offset]! ^ 0xff;
    f.bytes[length - 1] = data[offset + length - 1]! ^ 0x0f;
    const back = readBack(path); // the same cache: no flush needed to see it through ReadFile
    assert.is(back[offset], data[offset]! ^ 0xff);
    assert.is(back[offset + length - 1], data[offset + length - 1]! ^ 0x0f);
    f.flush({ offset: 1, length: 100 });
    f.flush();
  });

  t("private and read views are copy-on-write: the file keeps its bytes", () => {
    const { path, data } = fixture(ctx.tmp, 2 * G + 5);
    for (const mode of ["read", "private"] as const) {
      using f = api.open(path, { mode, offset: G - 3, engine: "mapped" });
      f.bytes.fill(0x5a);
      assert.ok(f.bytes.every((b) => b === 0x5a));
      assert.ok(same(readBack(path), data), `${mode}: file unchanged`);
    }
  });

  t("kernels stage the view in chunks: the same answers as a JS loop over node:fs bytes", () => {
    const { path, data } = fixture(ctx.tmp, 5 * G + 3);
    const offset = 2 * G - 1;
    using f = api.open(path, { offset, engine: "mapped" });
    const want = data.subarray(offset);
    let zeros = 0;
    for (const b of want) if (b === 0) zeros++;
    assert.is(api.count(f, 0), zeros);
    assert.is(api.count(f.bytes.subarray(7), 0), zeros - (want.subarray(0, 7).filter((b) => b === 0).length));
    const needle = want.subarray(G + 11, G + 19);
    assert.is(api.indexOf(f, needle), Buffer.from(want).indexOf(Buffer.from(needle)));
    using w = api.open(path, { mode: "write", offset, engine: "mapped" });
    api.transform(w, { xor: 0x21 }, { offset: 5, length: 2 * G + 1 });
    const after = readBack(path);
    for (const i of [4, 5, 6, 2 * G + 5, 2 * G + 6]) {
      const x = i >= 5 && i < 5 + 2 * G + 1 ? 0x21 : 0;
      assert.is(after[offset + i], want[i]! ^ x, `byte ${i}`);
    }
  });

  t("Windows refuses to shrink a mapped file; resize() unmaps, shrinks and maps again", () => {
    const { path, data } = fixture(ctx.tmp, 4 * G);
    using f = api.open(path, { mode: "write", offset: 3, engine: "mapped" });
    assert.throws(() => truncateSync(path, G), "the OS refuses while the view is mapped");
    assert.is(statSync(path).size, 4 * G);
    assert.ok(same(f.bytes, data.subarray(3)), "the mapping is intact");
    f.resize(G + 1);
    assert.is(statSync(path).size, G + 1);
    assert.is(f.length, G - 2);
    assert.ok(same(f.bytes, data.subarray(3, G + 1)));
    f.resize(2 * G);
    assert.is(statSync(path).size, 2 * G);
    assert.ok(f.bytes.subarray(G - 2).every((b) => b === 0), "grown bytes read zero");
  });

  t("anonymous memory: pagefile-backed, zeroed, writable; lock(), residency()", () => {
    using m = api.anonymous(3 * ps + 5);
    assert.is(m.engine, "mapped");
    assert.ok(m.bytes.every((b) => b === 0));
    m.bytes.fill(9);
    m.lock();
    assert.equal(m.residency(), { pages: 4, resident: 4 });
    m.unlock();
    assert.is(m.bytes[3 * ps + 4], 9);
  });

  t(
    "Windows paths: over MAX_PATH (260), with slashes, in the \\\\?\\ form, as a file: URL; the CLI on them",
    async () => {
      let dir = ctx.tmp;
      while (dir.length < 300) dir = join(dir, "d".repeat(40));
      mkdirSync(dir, { recursive: true });
      const data = randomBytes(G + 9);
      const long = join(dir, "long.bin");
      writeFileSync(long, data);
      assert.ok(long.length > 260, `${long.length} characters`);
      const zeros = data.filter((b) => b === 0).length;
      const verbatim = `\\\\?\\${long}`;
      for (const p of [long, long.replaceAll("\\", "/"), verbatim, pathToFileURL(long)]) {
        using f = api.open(p, { offset: 7, engine: "mapped" });
        assert.ok(same(f.bytes, data.subarray(7)), String(p));
        assert.is(api.count(p, 0), zeros, `count ${String(p)}`);
      }
      for (const p of [long, verbatim]) {
        const r = await cli(ctx, ["count", "--byte", "0", p]);
        exits(r, 0, `mmapkit count ${p}`);
        assert.is(r.stdout.split(" ")[0], String(zeros), r.stdout);
      }
    },
  );

  t.run();
};

/**
 * checksum and createChecksum against the real `xxhsum` (the xxHash package's command): random
 * files of sizes around XXH32's 16-byte stripes, XXH3's 240-byte short-input limit and 1 KiB
 * blocks, and a few MiB; `-H0` (XXH32), `-H1` (XXH64), `-H2` (XXH128) and `-H3` (XXH3) against
 * xxh32, xxh64, xxh128 and xxh3 of the path, of a MappedFile and streamed in pieces. When xxhsum
 * is not installed the test says so and checks nothing (the hash-wasm oracles elsewhere cover
 * the digests).
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { basename } from "node:path";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { rng } from "../_rand.ts";
import { has, tool } from "../cli/_cli.ts";
import { skip } from "../_skip.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { ALGORITHM_NAMES, rowOf } from "@mmapkit/core";

/** Every algorithm the table says `xxhsum -H<n>` computes, with its flag: xxhsum itself is the oracle. */
const FLAGS = ALGORITHM_NAMES.flatMap((a) => {
  const n = rowOf(a).xxhsum;
  return n === undefined ? [] : [[a, `-H${n}`] as const];
});
/** One line of xxhsum's output: "<hex>  <name>", or the BSD form "XXH3 (<name>) = <hex>" some versions print for -H3. */
function parse(line: string): { hex: string; name: string } {
  const bsd = /^XXH\w+ \((.*)\) = ([0-9a-f]+)$/.exec(line);
  if (bsd !== null) return { name: bsd[1]!, hex: bsd[2]! };
  const at = line.indexOf("  ");
  return { hex: line.slice(0, at), name: line.slice(at + 2) };
}

const SIZES = [0, 1, 3, 15, 16, 17, 128, 129, 239, 240, 241, 1023, 1024, 1025, 4096 + 13, 100_003, 3 * 2 ** 20 + 7];

export const register: Register = (ctx) => {
  const { api } = ctx;
  const t = suite(`checksum against xxhsum [${ctx.runtime}]`);

  t("xxhsum -H0/-H1/-H2/-H3 print what checksum and createChecksum give, on random files", () => {
    if (!has("xxhsum")) return skip("checksum: xxhsum agreement", "xxhsum is not installed (.ci/run installs xxhash)");
    const files = SIZES.map((n) => fixture(ctx.tmp, n, 1000 + n));
    const names = files.map((f) => basename(f.path));
    const next = rng(42);
    for (const [algo, flag] of FLAGS) {
      const r = tool("xxhsum", [flag, ...names], { cwd: ctx.tmp });
      assert.ok(r !== null && r.code === 0, `xxhsum ${flag}: ${r?.stderr}`);
      const lines = r!.stdout.trim().split("\n");
      assert.is(lines.length, files.length, `xxhsum ${flag}: one line per file`);
      for (const [i, f] of files.entries()) {
        const theirs = parse(lines[i]!);
        assert.is(theirs.name, names[i], `xxhsum ${flag}: ${lines[i]}`);
        assert.is(api.checksum(f.path, algo), theirs.hex, `${algo} of ${f.data.length} bytes: ${lines[i]}`);
        assert.is(api.checksum(f.data, algo), theirs.hex, `${algo} of the bytes`);
        const sum = api.createChecksum(algo);
        for (let at = 0; at < f.data.length;) {
          const n = Math.min(f.data.length - at, 1 + (next() % 70_000));
          sum.update(f.data.subarray(at, at + n));
          at += n;
        }
        assert.is(sum.digest(), theirs.hex, `${algo} streamed, ${f.data.length} bytes`);
        if (f.data.length === 0) continue; // an empty file cannot be mapped
        using m = api.open(f.path);
        assert.is(api.checksum(m, algo), theirs.hex, `${algo} of a MappedFile`);
      }
    }
  });

  t("across several windows, from odd offsets: what xxhsum prints for the same bytes (piped to it)", () => {
    if (!has("xxhsum")) return skip("checksum: xxhsum agreement", "xxhsum is not installed (.ci/run installs xxhash)");
    const ps = api.pageSize;
    // Windows of 2 pages, chunks and staging not multiples of any stripe: a 9-window file crosses
    // every boundary kind; the offsets are odd, the lengths run to the end or stop short of it.
    const small = walkSizes({ window: 2 * ps, chunk: 1000 + 7, stage: 777 });
    const f = fixture(ctx.tmp, 18 * ps + 333, 77);
    const ranges = [[0, f.data.length], [1, f.data.length - 1], [ps + 3, 5 * ps + 11], [7, 239], [2 * ps - 1, 2]];
    for (const [algo, flag] of FLAGS) {
      for (const [offset, length] of ranges as [number, number][]) {
        const bytes = f.data.subarray(offset, offset + length);
        const r = tool("xxhsum", [flag, "-"], { input: bytes });
        assert.ok(r !== null && r.code === 0, `xxhsum ${flag}: ${r?.stderr}`);
        const theirs = parse(r!.stdout.trim()).hex;
        const what = `${algo} of [${offset}, +${length})`;
        for (const engine of ctx.engines) {
          assert.is(api.checksum(f.path, algo, { ...small, engine, offset, length }), theirs, `${what}, ${engine}`);
        }
        const sum = api.createChecksum(algo, { ...small });
        for (let at = 0; at < bytes.length; at += 4099) sum.update(bytes.subarray(at, at + 4099));
        assert.is(sum.digest(), theirs, `${what}, streamed`);
      }
    }
  });

  t.run();
};

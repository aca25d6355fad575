/**
 * `mmapkit hash` as a process: every algorithm against independent oracles (node:zlib,
 * hash-wasm), seeds, standard input, JSON, `--check` on a good and a corrupted list, lists in
 * BSD form, `xxhsum` agreement when it is installed, and errors.
 * @module
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { checksumOracle } from "../_oracles.ts";
import { cli, exits, has, oneLine, tool } from "./_cli.ts";
import { skip } from "../_skip.ts";

const ALGORITHMS = ["crc32", "crc32c", "adler32", "xxh64", "xxh3"] as const;
const TAG = { crc32: "CRC32", crc32c: "CRC32C", adler32: "ADLER32", xxh64: "XXH64", xxh3: "XXH3" } as const;

export const register: Register = (ctx) => {
  const t = suite(`cli hash [${ctx.runtime}]`);
  const files = [fixture(ctx.tmp, 0), fixture(ctx.tmp, 1), fixture(ctx.tmp, 3 * 4096 + 17)];
  const names = files.map((f) => basename(f.path));

  const oracle = (algo: (typeof ALGORITHMS)[number], i: number): Promise<string> =>
    checksumOracle(algo, files[i]!.data);

  t("prints '<hex>  <file>' per file, as the oracles compute it; xxh64 by default", async () => {
    const [plain, crc] = await Promise.all([
      cli(ctx, ["hash", ...names]),
      cli(ctx, ["hash", "--algo", "crc32", ...names]),
    ]);
    exits(plain, 0, "default");
    exits(crc, 0, "crc32");
    assert.is(
      plain.stdout,
      (await Promise.all(names.map(async (n, i) => `${await oracle("xxh64", i)}  ${n}\n`))).join(""),
    );
    assert.is(
      crc.stdout,
      (await Promise.all(names.map(async (n, i) => `${await oracle("crc32", i)}  ${n}\n`))).join(""),
    );
  });

  t("every algorithm agrees with the oracles (a BSD-style list of oracle digests passes --check)", async () => {
    const lines: string[] = [];
    for (const algo of ALGORITHMS) {
      for (const [i, n] of names.entries()) lines.push(`${TAG[algo]} (${n}) = ${await oracle(algo, i)}`);
    }
    writeFileSync(`${ctx.tmp}/all.sums`, lines.join("\n") + "\n");
    const r = await cli(ctx, ["hash", "--check", "all.sums"]);
    exits(r, 0, "all algorithms");
    assert.is(r.stdout, lines.map((l) => `${/\((.*)\)/.exec(l)![1]}: OK\n`).join(""));
  });

  t("--seed reaches the hash; --tag prints BSD lines", async () => {
    const seeded = await cli(ctx, ["hash", "-a", "xxh3", "--seed", "0x123456789", "--tag", names[2]!]);
    exits(seeded, 0, "seed");
    assert.is(seeded.stdout, `XXH3 (${names[2]}) = ${await checksumOracle("xxh3", files[2]!.data, 0x123456789n)}\n`);
  });

  t("'-' hashes standard input; --json parses", async () => {
    const data = files[2]!.data;
    const r = await cli(ctx, ["hash", "--json", "-a", "crc32c", "-", names[1]!], { input: data });
    exits(r, 0, "stdin");
    const out = JSON.parse(r.stdout) as { algorithm: string; files: { file: string; digest: string }[] };
    assert.is(out.algorithm, "crc32c");
    assert.equal(out.files, [
      { file: "-", digest: await checksumOracle("crc32c", data) },
      { file: names[1]!, digest: await oracle("crc32c", 1) },
    ]);
  });

  t("--check passes on a good list and fails (exit 1) on a corrupted file", async () => {
    const victim = fixture(ctx.tmp, 5000);
    const vname = basename(victim.path);
    const list = `${await oracle("xxh64", 2)}  ${names[2]}\n${await checksumOracle("xxh64", victim.data)}  ${vname}\n`;
    writeFileSync(`${ctx.tmp}/two.sums`, list);
    exits(await cli(ctx, ["hash", "-c", "two.sums"]), 0, "good list");
    const bytes = victim.data.slice();
    bytes[4321] = bytes[4321]! ^ 1;
    writeFileSync(victim.path, bytes);
    const [bad, json] = await Promise.all([
      cli(ctx, ["hash", "--check", "two.sums"]),
      cli(ctx, ["hash", "--check", "-", "--json"], { input: list }),
    ]);
    exits(bad, 1, "corrupted");
    assert.is(bad.stdout, `${names[2]}: OK\n${vname}: FAILED\n`);
    exits(json, 1, "corrupted, --json");
    assert.is((JSON.parse(json.stdout) as { failed: number }).failed, 1);
  });

  t("--check needs --algo for 8-digit digests (exit 2, one line)", async () => {
    const sums = `${ctx.tmp}/crc.sums`;
    writeFileSync(sums, (await cli(ctx, ["hash", "-a", "crc32", names[2]!])).stdout);
    const [r, algo] = await Promise.all([
      cli(ctx, ["hash", "--check", sums]),
      cli(ctx, ["hash", "--check", sums, "--algo", "crc32"]),
    ]);
    exits(r, 2, "ambiguous");
    oneLine(r, "ambiguous");
    exits(algo, 0, "with --algo");
  });

  t("agrees with xxhsum both ways, when it is installed", async () => {
    if (!has("xxhsum")) return skip("cli: agrees with xxhsum", "xxhsum is not installed (.ci/run installs xxhash)");
    const ours = await cli(ctx, ["hash", ...names]);
    const theirs = tool("xxhsum", names, { cwd: ctx.tmp })!;
    assert.is(ours.stdout, theirs.stdout);
    const h3 = tool("xxhsum", ["-H3", ...names], { cwd: ctx.tmp })!;
    exits(await cli(ctx, ["hash", "-c", "-"], { input: h3.stdout }), 0, "xxhsum -H3 list");
    assert.is(tool("xxhsum", ["-c", "-"], { cwd: ctx.tmp, input: ours.stdout })!.code, 0, "xxhsum -c our list");
  });

  t("a missing file: its MmapError on one line, no stack, the other files still hashed, exit 1", async () => {
    const r = await cli(ctx, ["hash", "missing.bin", names[1]!]);
    exits(r, 1, "missing");
    oneLine(r, "missing");
    assert.match(r.stderr, "ENOENT");
    assert.match(r.stdout, `  ${names[1]}\n`);
  });

  t.run();
};

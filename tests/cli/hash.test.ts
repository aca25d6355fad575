/**
 * `mmapkit hash` as a process: every algorithm against independent oracles (node:zlib,
 * hash-wasm), seeds, standard input, JSON, `--check` on a good and a corrupted list, lists in
 * BSD form, `xxhsum` agreement when it is installed, and errors.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { checksumOracle } from "../_oracles.ts";
import { cli, exits, oneLine } from "./_cli.ts";
import { type Algorithm, ALGORITHM_NAMES, rowOf } from "@mmapkit/core";

export const register: Register = (ctx) => {
  const t = suite(`cli hash [${ctx.runtime}]`);
  const files = [fixture(ctx.tmp, 0), fixture(ctx.tmp, 1), fixture(ctx.tmp, 3 * 4096 + 17)];
  const names = files.map((f) => basename(f.path));

  const oracle = (algo: Algorithm, i: number): Promise<string> => checksumOracle(algo, files[i]!.data);

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
    for (const algo of ALGORITHM_NAMES) {
      for (const [i, n] of names.entries()) lines.push(`${rowOf(algo).tag} (${n}) = ${await oracle(algo, i)}`);
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

  t("--seed continues crc32/crc32c/adler32 from a digest as printed; a seed out of range is bad usage", async () => {
    const [a, b] = [files[1]!.data, files[2]!.data];
    const both = new Uint8Array(a.length + b.length);
    both.set(a);
    both.set(b, a.length);
    for (const algo of ["crc32", "crc32c", "adler32"] as const) {
      const first = await cli(ctx, ["hash", "-a", algo, names[1]!]);
      exits(first, 0, `${algo} first part`);
      const printed = first.stdout.split(" ")[0]!;
      const next = await cli(ctx, ["hash", "-a", algo, "--seed", printed, names[2]!]);
      exits(next, 0, `${algo} continued from ${printed}`);
      assert.is(next.stdout, `${await checksumOracle(algo, both)}  ${names[2]}\n`, `${algo} of both parts`);
    }
    for (
      const [algo, seed] of [["crc32", "1ffffffff"], ["crc32", "12g"], ["xxh32", "0x100000000"], ["xxh64", "-1"]]
    ) {
      const r = await cli(ctx, ["hash", "-a", algo!, "--seed", seed!, names[2]!]);
      exits(r, 2, `${algo} --seed ${seed}`);
      assert.match(r.stderr, /--seed/);
      assert.is(r.stdout, "");
    }
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

  t("-H0…-H3 (and -H32/-H64/-H128) choose XXH32, XXH64, XXH128, XXH3 as xxhsum numbers them", async () => {
    const n = names[2]!;
    const runs = await Promise.all(
      ["-H0", "-H1", "-H2", "-H3", "-H32", "-H128"].map((h) => cli(ctx, ["hash", h, n])),
    );
    const [x32, x64, x128, x3] = await Promise.all(
      ["xxh32", "xxh64", "xxh128", "xxh3"].map((a) => checksumOracle(a, files[2]!.data)),
    );
    assert.equal(runs.map((r) => r.stdout), [
      `${x32}  ${n}\n`,
      `${x64}  ${n}\n`,
      `${x128}  ${n}\n`,
      `XXH3 (${n}) = ${x3}\n`,
      `${x32}  ${n}\n`,
      `${x128}  ${n}\n`,
    ]);
    const [bad, clash, checkOnly] = await Promise.all([
      cli(ctx, ["hash", "-H4", n]),
      cli(ctx, ["hash", "-H1", "--algo", "crc32", n]),
      cli(ctx, ["hash", "--quiet", n]),
    ]);
    for (
      const [r, what] of [[bad, "-H4"], [clash, "-H1 --algo crc32"], [checkOnly, "--quiet without --check"]] as const
    ) {
      exits(r, 2, what);
      oneLine(r, what);
    }
  });

  t("a missing file: its MmapError on one line, no stack, the other files still hashed, exit 1", async () => {
    const r = await cli(ctx, ["hash", "missing.bin", names[1]!]);
    exits(r, 1, "missing");
    oneLine(r, "missing");
    assert.is(r.stderr, "mmapkit hash: missing.bin: No such file or directory\n");
    assert.match(r.stdout, `  ${names[1]}\n`);
  });

  t.run();
};

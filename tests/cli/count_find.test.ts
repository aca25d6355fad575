/**
 * `mmapkit count` and `mmapkit find` as processes, against `wc -l`, `grep -b -o -F` and plain
 * loops: line counts with a totals line, any byte, non-overlapping matches, the first match,
 * several files, counts, JSON, grep's exit status.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Register } from "../_ctx.ts";
import { rng } from "../_rand.ts";
import { countLoop } from "../_oracles.ts";
import { cli, exits, has, tool } from "./_cli.ts";
import { skip } from "../_skip.ts";

/** Text with short lines over a small alphabet, so "ab" and "aa" match often, and overlap. */
function text(n: number, seed: number): Uint8Array {
  const next = rng(seed);
  const alphabet = [0x61, 0x61, 0x62, 0x0a, 0x20, 0x63];
  return Uint8Array.from({ length: n }, () => alphabet[next() % alphabet.length]!);
}

/** grep -b -o -F, as a loop: leftmost matches, not overlapping. */
function grepLoop(data: Uint8Array, needle: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + needle.length <= data.length;) {
    let j = 0;
    while (j < needle.length && data[i + j] === needle[j]) j++;
    if (j < needle.length) i++;
    else (out.push(i), i += needle.length);
  }
  return out;
}

export const register: Register = (ctx) => {
  const t = suite(`cli count, find [${ctx.runtime}]`);
  const a = text(70_000, 1);
  const b = text(3_001, 2);
  writeFileSync(join(ctx.tmp, "a.txt"), a);
  writeFileSync(join(ctx.tmp, "b.txt"), b);

  t("count: lines as wc -l counts them, with a total for several files", async () => {
    const [r, one] = await Promise.all([
      cli(ctx, ["count", "a.txt", "b.txt"]),
      cli(ctx, ["count", "--lines", "a.txt"]),
    ]);
    exits(r, 0, "count");
    const rows = r.stdout.trim().split("\n").map((l) => l.trim().split(/\s+/));
    const [na, nb] = [countLoop(a, 10), countLoop(b, 10)];
    assert.equal(rows, [[String(na), "a.txt"], [String(nb), "b.txt"], [String(na + nb), "total"]]);
    const wc = tool("wc", ["-l", "a.txt", "b.txt"], { cwd: ctx.tmp });
    if (wc !== null) assert.equal(wc.stdout.trim().split("\n").map((l) => l.trim().split(/\s+/)), rows);
    assert.is(one.stdout, `${na} a.txt\n`);
  });

  t(
    "count of several files: columns as wide as wc -l makes them (standard input among them)",
    async () => {
      if (!has("wc")) return skip("cli count: wc alignment", "wc (coreutils) is not installed");
      writeFileSync(join(ctx.tmp, "tiny.txt"), "x\n");
      const runs = [["a.txt", "b.txt"], ["tiny.txt", "b.txt"], ["a.txt", "-", "b.txt"], ["tiny.txt", "-"], ["a.txt"]];
      const ours = await Promise.all(runs.map((files) => cli(ctx, ["count", ...files], { input: b })));
      for (const [i, files] of runs.entries()) {
        exits(ours[i]!, 0, files.join(" "));
        // wc's standard input a pipe, as ours is (a runtime may hand `input` over as a regular file).
        const wc = tool("sh", ["-c", `cat b.txt | wc -l ${files.join(" ")}`], { cwd: ctx.tmp })!;
        assert.is(ours[i]!.stdout, wc.stdout, `count ${files.join(" ")}`);
      }
    },
  );

  t("count --byte: any byte, as a number or a character; --json; '-'", async () => {
    const [r, c] = await Promise.all([
      cli(ctx, ["count", "--byte", "0x61", "--json", "a.txt", "-"], { input: b }),
      cli(ctx, ["count", "-b", "c", "b.txt"]),
    ]);
    exits(r, 0, "byte");
    const out = JSON.parse(r.stdout) as { byte: number; files: { file: string; count: number }[]; total: number };
    assert.is(out.byte, 0x61);
    assert.equal(out.files, [{ file: "a.txt", count: countLoop(a, 0x61) }, { file: "-", count: countLoop(b, 0x61) }]);
    assert.is(c.stdout, `${countLoop(b, 0x63)} b.txt\n`);
  });

  t("find --all: offsets as grep -b -o -F prints them (no overlaps)", async () => {
    const needle = new TextEncoder().encode("aa");
    const want = grepLoop(a, needle).map((o) => `${o}:aa\n`).join("");
    writeFileSync(join(ctx.tmp, "aaaa.txt"), "aaaa\n");
    const [r, overlap] = await Promise.all([
      cli(ctx, ["find", "--all", "aa", "a.txt"]),
      cli(ctx, ["find", "-a", "aa", "aaaa.txt"]),
    ]);
    exits(r, 0, "find --all");
    assert.is(r.stdout, want);
    if (has("grep")) assert.is(tool("grep", ["-a", "-b", "-o", "-F", "aa", "a.txt"], { cwd: ctx.tmp })!.stdout, want);
    // overlapping candidates: "aaaa" holds "aa" at 0 and 2, not 1 and 3
    assert.is(overlap.stdout, "0:aa\n2:aa\n");
  });

  t(
    "find: the first match per file, prefixed with the file when there are several; --count; exit 1 on no match",
    async () => {
      const needle = new TextEncoder().encode("ab c");
      const [fa, fb] = [grepLoop(a, needle), grepLoop(b, needle)];
      const [r, c, js, none] = await Promise.all([
        cli(ctx, ["find", "ab c", "a.txt", "b.txt"]),
        cli(ctx, ["find", "--count", "ab c", "a.txt", "b.txt"]),
        cli(ctx, ["find", "--all", "--json", "b", "b.txt"]),
        cli(ctx, ["find", "zzz", "a.txt"]),
      ]);
      exits(r, 0, "first");
      const first = (name: string, offs: number[]): string => offs.length > 0 ? `${name}:${offs[0]}:ab c\n` : "";
      assert.is(r.stdout, first("a.txt", fa) + first("b.txt", fb));
      assert.is(c.stdout, `a.txt:${fa.length}\nb.txt:${fb.length}\n`);
      const j = JSON.parse(js.stdout) as {
        files: { offsets: number[]; count: number }[];
      };
      assert.equal(j.files[0]!.offsets, grepLoop(b, Uint8Array.of(0x62)));
      exits(none, 1, "no match");
      assert.is(none.stdout, "");
    },
  );

  t("find --hex: bytes that are not UTF-8; a PATTERN that lost them (U+FFFD) is refused, not searched", async () => {
    // 0xbe and 0xff never start UTF-8; planted among the text, and once across "be be" overlaps.
    const data = text(20_001, 3);
    for (const at of [0, 777, 778, 5000, 19_999]) data[at] = 0xbe;
    data[5001] = 0xff;
    writeFileSync(join(ctx.tmp, "bin.dat"), data);
    const [one, two, lost, odd] = await Promise.all([
      cli(ctx, ["find", "--all", "--hex", "be", "bin.dat"]),
      cli(ctx, ["find", "--count", "--hex", "BE ff", "bin.dat"]),
      cli(ctx, ["find", "--count", "\uFFFD", "bin.dat"]),
      cli(ctx, ["find", "--hex", "b", "bin.dat"]),
    ]);
    exits(one, 0, "--hex be");
    assert.is(one.stdout, grepLoop(data, Uint8Array.of(0xbe)).map((o) => `${o}:be\n`).join(""));
    exits(two, 0, "--hex 'BE ff'");
    assert.is(two.stdout, `${grepLoop(data, Uint8Array.of(0xbe, 0xff)).length}\n`);
    exits(lost, 2, "a PATTERN with U+FFFD");
    assert.match(lost.stderr, "--hex");
    exits(odd, 2, "an odd number of hex digits");
    assert.match(odd.stderr, "pairs of hex digits");
  });

  t.run();
};

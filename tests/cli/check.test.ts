/**
 * `mmapkit hash --check` against coreutils' own `sha256sum -c` as the oracle of behaviour: the
 * same list (same names, same corrupted file, same malformed line, same missing file) written
 * once with SHA-256 digests for sha256sum and once with our digests for mmapkit must give the
 * same standard output, the same exit status and the same standard error (with the program's
 * name swapped), under every option coreutils has. Then names that need escaping, written and
 * read back as sha256sum writes and reads them, and lists of every `xxhsum -H` kind.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Register } from "../_ctx.ts";
import { randomBytes } from "../_rand.ts";
import { checksumOracle } from "../_oracles.ts";
import { cli, exits, has, type Ran, tool } from "./_cli.ts";
import { skip } from "../_skip.ts";

const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** sha256sum's standard error in mmapkit's words: the program's name and the digest's name differ. */
const asOurs = (stderr: string): string =>
  stderr.replace(/^(\S*\/)?sha256sum:/gm, "mmapkit hash:").replaceAll(" SHA256 checksum line", " checksum line");

const OPTIONS = [
  [],
  ["--quiet"],
  ["--status"],
  ["--strict"],
  ["--warn"],
  ["--ignore-missing"],
  ["--ignore-missing", "--quiet"],
  ["--strict", "--warn", "--quiet"],
  ["--quiet", "--warn"],
  ["--warn", "--status"],
  ["--status", "--quiet", "--strict"],
];

/** The lists xxhsum writes: each -H, in GNU form and BSD form (-H3 is BSD either way). */
const XXHSUM_KINDS = [["-H0"], ["-H1"], ["-H2"], ["-H3"], ["-H0", "--tag"], ["-H1", "--tag"], ["-H2", "--tag"]];

export const register: Register = (ctx) => {
  const t = suite(`cli hash --check, as coreutils [${ctx.runtime}]`);
  const dir = join(ctx.tmp, "check");
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, Uint8Array>([
    ["a.bin", randomBytes(1001, 1)],
    ["b.bin", randomBytes(70_003, 2)],
    ["c.bin", randomBytes(4097, 3)],
  ]);
  for (const [name, data] of files) writeFileSync(join(dir, name), data);
  const coreutils = has("sha256sum");

  /** The list in both digests: `lines` of [name, data] or a raw malformed line. */
  const lists = async (lines: readonly (readonly [string, Uint8Array] | string)[]) => {
    const ours: string[] = [];
    const theirs: string[] = [];
    for (const l of lines) {
      if (typeof l === "string") (ours.push(l), theirs.push(l));
      else (ours.push(`${await checksumOracle("xxh64", l[1])}  ${l[0]}`), theirs.push(`${sha256(l[1])}  ${l[0]}`));
    }
    return { ours: ours.join("\n") + "\n", theirs: theirs.join("\n") + "\n" };
  };

  /** Checks the list under every option, both tools, and compares what they said. */
  const compare = async (name: string, list: { ours: string; theirs: string }, options = OPTIONS) => {
    writeFileSync(join(dir, `${name}.xxh`), list.ours);
    writeFileSync(join(dir, `${name}.sha`), list.theirs);
    const runs = await Promise.all(options.map((o) => cli(ctx, ["hash", "-c", ...o, `${name}.xxh`], { cwd: dir })));
    for (const [i, o] of options.entries()) {
      const ours = runs[i]!;
      const theirs = tool("sha256sum", ["-c", ...o, `${name}.sha`], { cwd: dir })!;
      const what = `${name} ${o.join(" ") || "(no option)"}`;
      assert.is(ours.code, theirs.code, `${what}: exit status; ours ${JSON.stringify(ours)}`);
      assert.is(ours.stdout, theirs.stdout, `${what}: standard output`);
      const expected = asOurs(theirs.stderr.replaceAll(`${name}.sha`, `${name}.xxh`));
      assert.is(ours.stderr, expected, `${what}: standard error`);
    }
  };

  t("a list with a corrupted, a missing and a malformed line: as sha256sum -c, under every option", async () => {
    if (!coreutils) return skip("cli check: sha256sum comparison", "sha256sum (coreutils) is not installed");
    const c = files.get("c.bin")!;
    const corrupted = c.slice();
    corrupted[4000] = corrupted[4000]! ^ 0x40;
    // The list says c.bin holds `corrupted`; the file holds `c`: a mismatch for both tools.
    const list = await lists([
      ["a.bin", files.get("a.bin")!],
      ["c.bin", corrupted],
      "this line is not a checksum",
      ["b.bin", files.get("b.bin")!],
      ["missing.bin", c],
    ]);
    await compare("mixed", list);
  });

  t("good lists, a list of nothing, a list of only missing files: as sha256sum -c", async () => {
    if (!coreutils) return skip("cli check: sha256sum comparison", "sha256sum (coreutils) is not installed");
    const good = await lists([["a.bin", files.get("a.bin")!], ["b.bin", files.get("b.bin")!]]);
    const withJunk = await lists([["a.bin", files.get("a.bin")!], "junk"]);
    const junk = await lists(["junk", "more junk"]);
    const gone = await lists([["gone.bin", files.get("a.bin")!]]);
    // The options that change the outcome of these lists (the mixed list above runs them all).
    const few = [[], ["--strict"], ["--ignore-missing"], ["--status"]];
    await compare("good", good, few);
    await compare("junk-line", withJunk, few);
    await compare("junk", junk, few);
    await compare("gone", gone, few);
  });

  t("several lists, and a list that cannot be read: one status for all", async () => {
    const good = await lists([["a.bin", files.get("a.bin")!]]);
    writeFileSync(join(dir, "one.xxh"), good.ours);
    const [both, missing] = await Promise.all([
      cli(ctx, ["hash", "--check", "one.xxh", "one.xxh"], { cwd: dir }),
      cli(ctx, ["hash", "--check", "one.xxh", "no-such-list.xxh"], { cwd: dir }),
    ]);
    exits(both, 0, "two good lists");
    assert.is(both.stdout, "a.bin: OK\na.bin: OK\n");
    exits(missing, 1, "a missing list");
    assert.is(missing.stdout, "a.bin: OK\n");
    assert.is(missing.stderr, "mmapkit hash: no-such-list.xxh: No such file or directory\n");
  });

  t("--json: a list that cannot be read has the fields of every list, counts 0, and the error", async () => {
    const good = await lists([["a.bin", files.get("a.bin")!]]);
    writeFileSync(join(dir, "one-json.xxh"), good.ours);
    const r = await cli(ctx, ["hash", "--check", "--json", "no-such-list.xxh", "one-json.xxh"], { cwd: dir });
    exits(r, 1, "a missing list");
    const doc = JSON.parse(r.stdout) as { ok: boolean; lists: Record<string, unknown>[] };
    assert.is(doc.ok, false);
    const [missing, read] = doc.lists as [Record<string, unknown>, Record<string, unknown>];
    assert.equal(Object.keys(missing).sort(), [...Object.keys(read), "error"].sort(), "the same fields, and error");
    assert.equal(
      { ...missing, error: undefined },
      {
        list: "no-such-list.xxh",
        error: undefined,
        results: [],
        ok: 0,
        failed: 0,
        unreadable: 0,
        ignored: 0,
        malformed: 0,
        warnings: [],
      },
    );
    assert.equal(missing.error, {
      code: "ENOENT",
      message: "mmapkit hash: no-such-list.xxh: No such file or directory",
    });
    assert.is(read.ok, 1);
  });

  t("names in messages are quoted as coreutils quotes them; a list on standard input is 'standard input'", async () => {
    if (!coreutils) return skip("cli check: sha256sum comparison", "sha256sum (coreutils) is not installed");
    const odd = [
      "my file",
      "tab\tx",
      "new\nline",
      "\nlead",
      "a'b c",
      "a'b!",
      "~x",
      "a~b",
      "a=b",
      "q:b",
      "é.bin",
      "a,b%+@_.-",
    ];
    const missing = odd.map((n) => `gone ${n}`).concat(odd.map((n) => `g${n}`));
    const [ours, stdinList] = await Promise.all([
      cli(ctx, ["hash", "--", ...missing], { cwd: dir }),
      cli(ctx, ["hash", "-c", "-w"], { cwd: dir, input: "junk\n" }),
    ]);
    const theirs = tool("sha256sum", ["--", ...missing], { cwd: dir })!;
    exits(ours, 1, "missing files");
    assert.is(ours.stderr, asOurs(theirs.stderr), "files that cannot be read");
    const stdinTheirs = tool("sha256sum", ["-c", "-w"], { cwd: dir, input: "junk\n" })!;
    exits(stdinList, stdinTheirs.code!, "a list on standard input");
    assert.is(stdinList.stderr, asOurs(stdinTheirs.stderr), "a list on standard input");
    const list = await lists([["a.bin", files.get("a.bin")!], "junk", ["gone it's.bin", files.get("a.bin")!]]);
    await compare("my list", list, [[], ["--warn"], ["--ignore-missing"]]);
    await compare("it's", list, [["--warn"]]);
  });

  t("names with a backslash, a newline, a carriage return: escaped and read back as sha256sum does", async () => {
    if (!coreutils) return skip("cli check: sha256sum comparison", "sha256sum (coreutils) is not installed");
    const names = ["we\\ird.bin", "new\nline.bin", "c\rr.bin", "q\r\nw\\.bin", "plain.bin"];
    for (const [i, n] of names.entries()) writeFileSync(join(dir, n), randomBytes(100 + i, 10 + i));
    const shape = (r: Ran, digits: number): string => r.stdout.replace(new RegExp(`[0-9a-f]{${digits}}`, "g"), "D");
    const [ours, theirs, oursTag, theirsTag] = [
      await cli(ctx, ["hash", ...names], { cwd: dir }),
      tool("sha256sum", names, { cwd: dir })!,
      await cli(ctx, ["hash", "--tag", ...names], { cwd: dir }),
      tool("sha256sum", ["--tag", ...names], { cwd: dir })!,
    ];
    exits(ours, 0, "hash");
    assert.is(shape(ours, 16), shape(theirs, 64), "GNU lines");
    assert.is(shape(oursTag, 16).replaceAll("XXH64 (", "T ("), shape(theirsTag, 64).replaceAll("SHA256 (", "T ("));
    writeFileSync(join(dir, "escaped.xxh"), ours.stdout);
    writeFileSync(join(dir, "escaped.sha"), theirs.stdout);
    writeFileSync(join(dir, "escaped-tag.xxh"), oursTag.stdout);
    const [check, checkTag] = await Promise.all([
      cli(ctx, ["hash", "-c", "escaped.xxh"], { cwd: dir }),
      cli(ctx, ["hash", "-c", "escaped-tag.xxh"], { cwd: dir }),
    ]);
    const expected = tool("sha256sum", ["-c", "escaped.sha"], { cwd: dir })!;
    exits(check, 0, "check escaped");
    assert.is(check.stdout, expected.stdout, "names reported as sha256sum reports them");
    exits(checkTag, 0, "check escaped BSD lines");
    assert.is(checkTag.stdout, expected.stdout);
  });

  t(
    "an 8-digit line is XXH32, as xxhsum reads it (a failure hints at --algo); --algo reads it as another 32-bit sum",
    async () => {
      const a = files.get("a.bin")!;
      writeFileSync(join(dir, "h0.sums"), `${await checksumOracle("xxh32", a)}  a.bin\n`);
      writeFileSync(join(dir, "crc.sums"), `${await checksumOracle("crc32", a)}  a.bin\n`);
      const [h0, crcAsXxh32, crc, order, asJson] = await Promise.all([
        cli(ctx, ["hash", "--check", "h0.sums"], { cwd: dir }),
        cli(ctx, ["hash", "--check", "crc.sums"], { cwd: dir }),
        cli(ctx, ["hash", "--check", "--algo", "crc32", "crc.sums"], { cwd: dir }),
        cli(ctx, ["hash", "--algo", "crc32", "crc.sums", "--check"], { cwd: dir }),
        cli(ctx, ["hash", "--check", "--json", "crc.sums", "h0.sums"], { cwd: dir }),
      ]);
      exits(h0, 0, "XXH32 list");
      exits(crcAsXxh32, 1, "a crc32 list read as XXH32");
      assert.is(crcAsXxh32.stdout, "a.bin: FAILED\n");
      assert.match(crcAsXxh32.stderr, "1 failed line has 8 hex digits, read as XXH32");
      assert.match(crcAsXxh32.stderr, "for crc32, crc32c or adler32 lists pass --algo");
      assert.not.match(h0.stderr, "read as XXH32", "no hint when the XXH32 lines match");
      // One of several XXH32 lines failing is a corrupted file, not a crc32 list: no hint, as the
      // corrupted -H0 list compared with sha256sum below shows (same standard error).
      exits(crc, 0, "--algo crc32");
      exits(order, 0, "options after the list");
      // --json carries the same warnings, per list, and prints nothing on standard error.
      exits(asJson, 1, "--json");
      assert.is(asJson.stderr, "");
      const lists = (JSON.parse(asJson.stdout) as { lists: { list: string; warnings: string[] }[] }).lists;
      assert.equal(lists.map((l) => l.list), ["crc.sums", "h0.sums"]);
      assert.equal(lists[0]!.warnings, [
        "1 computed checksum did NOT match",
        "1 failed line has 8 hex digits, read as XXH32 (as xxhsum reads them); for crc32, crc32c or adler32 lists pass --algo",
      ]);
      assert.equal(lists[1]!.warnings, []);
    },
  );

  t("lists written by every xxhsum -H, alone and mixed, verify; xxhsum -c verifies ours", async () => {
    if (!has("xxhsum")) return skip("cli check: xxhsum lists", "xxhsum is not installed (.ci/run installs xxhash)");
    const names = [...files.keys()];
    const kinds = XXHSUM_KINDS;
    const theirs = kinds.map((h) => tool("xxhsum", [...h, ...names], { cwd: dir })!.stdout);
    const ours = await Promise.all(kinds.map((h) => cli(ctx, ["hash", ...h, ...names], { cwd: dir })));
    for (const [i, h] of kinds.entries()) {
      exits(ours[i]!, 0, h.join(" "));
      assert.is(ours[i]!.stdout, theirs[i], `mmapkit hash ${h.join(" ")} prints what xxhsum ${h.join(" ")} prints`);
      const back = tool("xxhsum", ["-c", "-"], { cwd: dir, input: ours[i]!.stdout })!;
      assert.is(back.code, 0, `xxhsum -c reads our ${h.join(" ")} list: ${back.stdout}${back.stderr}`);
      writeFileSync(join(dir, `xxhsum-${i}.sums`), theirs[i]!);
    }
    const each = await Promise.all(
      kinds.map((_, i) => cli(ctx, ["hash", "--check", `xxhsum-${i}.sums`], { cwd: dir })),
    );
    for (const [i, h] of kinds.entries()) {
      exits(each[i]!, 0, `the list of xxhsum ${h.join(" ")}`);
      assert.is(each[i]!.stdout, names.map((n) => `${n}: OK\n`).join(""), h.join(" "));
    }
    writeFileSync(join(dir, "xxhsum-all.sums"), theirs.join(""));
    const all = await cli(ctx, ["hash", "--check", "xxhsum-all.sums"], { cwd: dir });
    exits(all, 0, "a mixed xxhsum list");
    assert.is(all.stdout, kinds.map(() => names.map((n) => `${n}: OK\n`).join("")).join(""));
  });

  t(
    "a corrupted list of every xxhsum kind (-H0…-H3, --tag): what sha256sum -c says of the same corruption",
    async () => {
      if (!coreutils) return skip("cli check: sha256sum comparison", "sha256sum (coreutils) is not installed");
      if (!has("xxhsum")) {
        return skip("cli check: xxhsum lists", "xxhsum is not installed (.ci/run installs xxhash)");
      }
      const [a, b, c] = ["a.bin", "b.bin", "c.bin"].map((n) => files.get(n)!) as [Uint8Array, Uint8Array, Uint8Array];
      const changed = a.slice();
      changed[7] = changed[7]! ^ 1;
      // sha256sum's list: a.bin listed with other bytes' digest, b.bin good, a junk line, a file that is gone.
      const theirs = (await lists([["a.bin", changed], ["b.bin", b], "junk", ["gone.bin", c]])).theirs;
      const flip = (d: string): string => (d === "0" ? "1" : "0");
      const options = [[], ["--strict", "--warn"], ["--ignore-missing", "--quiet"], ["--status"]];
      for (const [i, h] of XXHSUM_KINDS.entries()) {
        const [la, lb, lc] = tool("xxhsum", [...h, "a.bin", "b.bin", "c.bin"], { cwd: dir })!.stdout.split("\n");
        // The same corruption in xxhsum's own list: one digit of a.bin's digest, c.bin renamed.
        const bsd = / = [0-9a-f]+$/.test(la!);
        const wrong = bsd ? la!.slice(0, -1) + flip(la!.at(-1)!) : flip(la![0]!) + la!.slice(1);
        const ours = [wrong, lb, "junk", lc!.replace("c.bin", "gone.bin")].join("\n") + "\n";
        await compare(`corrupt-${i}`, { ours, theirs }, options);
      }
    },
  );

  t.run();
};

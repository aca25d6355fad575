/**
 * The CLI around the commands: `--help` everywhere, bad usage (exit 2, one line), `info`, the
 * progress bar under a pseudo-terminal (`script` from util-linux) and its absence when piped,
 * and the confirmation `transform` asks for on a terminal.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { checksumOracle, countLoop, matchesLoop, transformLoop } from "../_oracles.ts";
import { cli, exits, has, oneLine, tool } from "./_cli.ts";
import { skip } from "../_skip.ts";

const COMMANDS = ["hash", "count", "find", "transform", "info", "bench"];
const HELPS = ["hash", "transform", "bench"];

/** A shell word. */
const quote = (s: string): string => `'${s.replaceAll("'", `'"'"'`)}'`;

export const register: Register = (ctx) => {
  const t = suite(`cli [${ctx.runtime}]`);

  t("--help: the list of commands, and each command's usage (exit 0)", async () => {
    const [top, ...each] = await Promise.all([cli(ctx, ["--help"]), ...HELPS.map((c) => cli(ctx, [c, "--help"]))]);
    exits(top!, 0, "--help");
    for (const c of COMMANDS) assert.match(top!.stdout, `  ${c} `);
    for (const [i, c] of HELPS.entries()) {
      exits(each[i]!, 0, `${c} --help`);
      assert.ok(each[i]!.stdout.startsWith(`Usage: mmapkit ${c}`), c);
    }
  });

  t("bad usage exits 2 with one line on standard error", async () => {
    const cases = [
      [],
      ["frobnicate"],
      ["hash", "--algo", "md5", "x"],
      ["count", "--bogus", "x"],
      ["count", "--byte", "300", "x"],
      ["find"],
      ["bench", "--size", "lots"],
      ["bench", "--side-by-side"],
    ];
    const runs = await Promise.all(cases.map((args) => cli(ctx, args)));
    for (const [i, args] of cases.entries()) {
      const r = runs[i]!;
      exits(r, 2, args.join(" ") || "(nothing)");
      if (args.length > 0) oneLine(r, args.join(" "));
      assert.is(r.stdout, "", args.join(" "));
    }
  });

  t("--json with bad usage: the error is one JSON document on standard output too (exit 2)", async () => {
    const cases = [
      ["count", "--json", "--bogus", "x"],
      ["hash", "--algo", "md5", "--json", "x"],
      ["hash", "--json", "--threads", "0", "x"],
      ["frobnicate", "--json"],
    ];
    const [plain, ...runs] = await Promise.all([
      cli(ctx, ["count", "--bogus", "--", "--json"]),
      ...cases.map((args) => cli(ctx, args)),
    ]);
    exits(plain!, 2, "--json after --");
    assert.is(plain!.stdout, "", "--json after -- names a file: no JSON");
    for (const [i, args] of cases.entries()) {
      const r = runs[i]!;
      exits(r, 2, args.join(" "));
      oneLine(r, args.join(" "));
      const doc = JSON.parse(r.stdout) as { error: { code: string; message: string } };
      assert.equal(doc, { error: { code: "EUSAGE", message: r.stderr.trimEnd() } }, args.join(" "));
    }
  });

  t(
    "an unknown option: named as typed, quotes balanced, and the way to pass a FILE starting with '-' works",
    async () => {
      mkdirSync(join(ctx.tmp, "dash"), { recursive: true });
      writeFileSync(join(ctx.tmp, "dash", "--bogus"), "one\ntwo\n");
      const cwd = join(ctx.tmp, "dash");
      const [long, short, bundled, missing, extra, escaped] = await Promise.all([
        cli(ctx, ["count", "--bogus"], { cwd }),
        cli(ctx, ["hash", "-z", "x"], { cwd }),
        cli(ctx, ["find", "-azq", "x"], { cwd }),
        cli(ctx, ["hash", "--algo"], { cwd }),
        cli(ctx, ["count", "--json=yes"], { cwd }),
        cli(ctx, ["count", "--", "--bogus"], { cwd }),
      ]);
      const hint = (o: string) => `to name a file that starts with '-', put it after '--': -- ${o}`;
      assert.is(
        long.stderr,
        `mmapkit count: unknown option '--bogus'; ${hint("--bogus")} (see mmapkit count --help)\n`,
      );
      assert.is(short.stderr, `mmapkit hash: unknown option '-z'; ${hint("-z")} (see mmapkit hash --help)\n`);
      assert.is(bundled.stderr, `mmapkit find: unknown option '-z'; ${hint("-z")} (see mmapkit find --help)\n`);
      assert.is(missing.stderr, "mmapkit hash: --algo needs a value (see mmapkit hash --help)\n");
      assert.is(extra.stderr, "mmapkit count: --json takes no value (see mmapkit count --help)\n");
      for (const r of [long, short, bundled, missing, extra]) {
        exits(r, 2, r.stderr);
        assert.is(r.stderr.split("'").length % 2, 1, `balanced quotes: ${r.stderr}`);
      }
      exits(escaped, 0, "the file named --bogus, after --");
      assert.is(escaped.stdout, "2 --bogus\n");
    },
  );

  t("every command's --help lists the options every command takes, and each option it lists parses", async () => {
    const top = await cli(ctx, ["--help"]);
    const every = /Every command takes ([^.]*)\./s.exec(top.stdout)?.[1]?.match(/--[a-z-]+/g) ?? [];
    assert.equal([...every].sort(), ["--help", "--json", "--no-progress"], top.stdout);
    const helps = await Promise.all(COMMANDS.map((c) => cli(ctx, [c, "--help"])));
    const listed: string[][] = [];
    for (const [i, c] of COMMANDS.entries()) {
      const help = helps[i]!.stdout;
      exits(helps[i]!, 0, `${c} --help`);
      for (const o of [...every, "-h"]) {
        assert.ok(new RegExp(`(^|[\\s,\\[])${o}\\b`, "m").test(help), `${c} --help lists ${o}`);
      }
      // Each option line: "  -x, --long VALUE  words" or "      --long  words"; VALUE marks a string option.
      const args = [...help.matchAll(/^ +(?:-\w, )?(--[a-z][a-z-]*)(?: ([A-Z][A-Z:]*))?(?= )/gm)]
        .filter((m) => m[1] !== "--help")
        .map((m) => (m[2] === undefined ? m[1]! : `${m[1]}=1`));
      listed.push(args);
    }
    const parsed = await Promise.all(COMMANDS.map((c, i) => cli(ctx, [c, ...listed[i]!, "--help"])));
    for (const [i, c] of COMMANDS.entries()) {
      assert.ok(listed[i]!.length >= 2, `${c}: options found in its help: ${listed[i]}`);
      exits(parsed[i]!, 0, `${c} ${listed[i]!.join(" ")} --help`);
    }
  });

  t("--version and -V: the package's version (package.json and deno.json agree)", async () => {
    const at = /[\\/]packages[\\/]mmapkit[\\/]/; // either separator: Windows paths use backslashes
    const arg = ctx.cliArgs([]).find((a) => at.test(a))!;
    const pkg = arg.slice(0, arg.search(at) + "/packages/mmapkit".length);
    const npm = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { version: string };
    const jsr = JSON.parse(readFileSync(join(pkg, "../../deno.json"), "utf8")) as { version: string };
    assert.is(jsr.version, npm.version, "deno.json and package.json");
    const [long, short] = await Promise.all([cli(ctx, ["--version"]), cli(ctx, ["-V"])]);
    exits(long, 0, "--version");
    assert.is(long.stdout, `mmapkit ${npm.version}\n`);
    assert.is(short.stdout, long.stdout);
  });

  t("options before the command work as after it (as with xxhsum and coreutils)", async () => {
    const f = fixture(ctx.tmp, 70_001, 611);
    const name = basename(f.path);
    const [before, after, hashBefore, hashAfter, none] = await Promise.all([
      cli(ctx, ["--json", "count", name]),
      cli(ctx, ["count", "--json", name]),
      cli(ctx, ["-H2", "--no-progress", "hash", name]),
      cli(ctx, ["hash", "-H2", "--no-progress", name]),
      cli(ctx, ["--json", name]),
    ]);
    exits(before, 0, "--json count");
    assert.is(before.stdout, after.stdout);
    assert.ok(JSON.parse(before.stdout), "one JSON document");
    exits(hashBefore, 0, "-H2 hash");
    assert.is(hashBefore.stdout, hashAfter.stdout);
    exits(none, 2, "no command at all");
    assert.match(none.stderr, `unknown command '${name}'`);
    assert.match(JSON.parse(none.stdout).error.code, "EUSAGE", "--json before a bad command still gives its document");
    const [unknown, quiet, version, help, nothing] = await Promise.all([
      cli(ctx, ["--json", "frob", name]),
      cli(ctx, ["--no-progress", "frob"]),
      cli(ctx, ["--json", "--version"]),
      cli(ctx, ["--no-progress", "--help"]),
      cli(ctx, ["--json"]),
    ]);
    exits(unknown, 2, "--json frob");
    assert.equal(JSON.parse(unknown.stdout).error.code, "EUSAGE");
    assert.match(JSON.parse(unknown.stdout).error.message, "unknown command 'frob'");
    exits(quiet, 2, "--no-progress frob");
    assert.match(quiet.stderr, "unknown command 'frob'");
    exits(version, 0, "--json --version");
    assert.match(JSON.parse(version.stdout).version, /^\d+\.\d+\.\d+/, "one JSON document");
    exits(help, 0, "--no-progress --help");
    assert.match(help.stdout, "Usage: mmapkit <command>");
    exits(nothing, 2, "--json alone");
    assert.match(JSON.parse(nothing.stdout).error.message, "no command given");
  });

  t("--threads: files hashed side by side print in the order given; a bad count is bad usage", async () => {
    const files = [3 << 20, 17, 5 << 20, 0, 1 << 20].map((n, i) => fixture(ctx.tmp, n, 300 + i));
    const names = files.map((f) => basename(f.path));
    const [side, one, crc, bad, count] = await Promise.all([
      cli(ctx, ["hash", "-H3", ...names, "missing.bin", names[0]!]),
      cli(ctx, ["hash", "-H3", "--threads", "1", ...names, "missing.bin", names[0]!]),
      cli(ctx, ["hash", "-a", "crc32", "--threads", "2", ...names]),
      cli(ctx, ["hash", "--threads", "0", names[0]!]),
      cli(ctx, ["count", "--threads", "2", ...names]),
    ]);
    exits(side, 1, "a missing file among them");
    assert.is(side.stdout, one.stdout, "the same lines in the same order as one at a time");
    assert.is(side.stderr, one.stderr);
    const x3 = await Promise.all(files.map((f) => checksumOracle("xxh3", f.data)));
    assert.is(side.stdout, [...names, names[0]!].map((n, i) => `XXH3 (${n}) = ${x3[i % names.length]}\n`).join(""));
    const c32 = await Promise.all(files.map((f) => checksumOracle("crc32", f.data)));
    assert.is(crc.stdout, names.map((n, i) => `${c32[i]}  ${n}\n`).join(""));
    exits(bad, 2, "--threads 0");
    oneLine(bad, "--threads 0");
    exits(count, 0, "count --threads 2");
  });

  t("errors are worded for the command line, as coreutils words them: no API option names", async () => {
    mkdirSync(join(ctx.tmp, "a-dir"), { recursive: true });
    const cases = [
      { args: ["hash", "missing.bin"], line: "mmapkit hash: missing.bin: No such file or directory" },
      { args: ["count", "a-dir"], line: "mmapkit count: a-dir: Is a directory" },
      { args: ["find", "x", "missing.bin"], line: "mmapkit find: missing.bin: No such file or directory" },
      { args: ["transform", "--xor", "1", "--yes", "missing.bin"], line: "" },
      { args: ["info", "missing.bin"], line: "mmapkit info: missing.bin: No such file or directory" },
    ];
    const runs = await Promise.all(cases.map((c) => cli(ctx, c.args)));
    for (const [i, c] of cases.entries()) {
      const r = runs[i]!;
      exits(r, 1, c.args.join(" "));
      oneLine(r, c.args.join(" "));
      if (c.line !== "") assert.is(r.stderr, c.line + "\n");
      assert.not.match(r.stderr, /[{}]|\bmode\b|create:|remap\(|close\(\)/, `${c.args.join(" ")}: API words`);
    }
    const sha = tool("sha256sum", ["missing.bin"], { cwd: ctx.tmp });
    if (sha !== null) {
      assert.is(runs[0]!.stderr, sha.stderr.replace(/^(\S*\/)?sha256sum:/, "mmapkit hash:"), "as sha256sum");
    }
  });

  t("--json: a failure is still one JSON document on standard output", async () => {
    mkdirSync(join(ctx.tmp, "a-dir"), { recursive: true });
    const [dir, missing] = await Promise.all([
      cli(ctx, ["info", "--json", "a-dir"]),
      cli(ctx, ["info", "--json", "missing.bin"]),
    ]);
    exits(dir, 1, "info --json on a directory");
    assert.is((JSON.parse(dir.stdout) as { error: { code: string } }).error.code, "EISDIR");
    assert.is((JSON.parse(missing.stdout) as { error: { code: string } }).error.code, "ENOENT");
  });

  t("info: size, pages, resident pages, the engine (--json parses)", async () => {
    const f = fixture(ctx.tmp, 5 * ctx.api.pageSize + 1);
    const [r, text, missing] = await Promise.all([
      cli(ctx, ["info", "--json", basename(f.path)]),
      cli(ctx, ["info", basename(f.path)]),
      cli(ctx, ["info", "nope.bin"]),
    ]);
    exits(r, 0, "info");
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.is(out.size, f.data.length);
    assert.is(out.pages, 6);
    assert.is(out.engine, ctx.ffi ? "mapped" : "buffered");
    if (ctx.ffi) assert.ok(typeof out.resident === "number" && out.resident >= 0 && out.resident <= 6);
    else assert.is(out.resident, null);
    assert.match(text.stdout, /^size +20481 bytes/m);
    exits(missing, 1, "missing");
    oneLine(missing, "missing");
  });

  t("bench --side-by-side: each kernel's time on one thread as JSON; a missing or empty file is an error", async () => {
    const f = fixture(ctx.tmp, (1 << 20) + 13);
    const empty = join(ctx.tmp, "side-empty.bin");
    writeFileSync(empty, "");
    const [r, missing, nothing] = await Promise.all([
      cli(ctx, ["bench", "--side-by-side", basename(f.path)]),
      cli(ctx, ["bench", "--side-by-side", "nope.bin"]),
      cli(ctx, ["bench", "--side-by-side", "side-empty.bin"]),
    ]);
    exits(r, 0, "side by side");
    const out = JSON.parse(r.stdout) as { runtime: string; times: { id: string; ms: number; result: string }[] };
    assert.is(out.runtime, ctx.runtime === "deno-noffi" ? "deno" : ctx.runtime);
    const kernels = ["count", "find", "crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"];
    assert.equal(
      out.times.map((x) => x.id),
      [
        ...kernels.map((k) => `${k}-mem`),
        ...["count", "find", "crc32c", "adler32", "xxh64", "xxh3"].map((k) => `${k}-path`),
      ],
    );
    for (const x of out.times) assert.ok(Number.isFinite(x.ms) && x.ms > 0, `${x.id}: ${x.ms} ms`);
    // Each result (the runtimes' are compared with each other under --runtime all) against an oracle.
    const result = (id: string) => out.times.find((x) => x.id === id)!.result;
    const lines = String(countLoop(f.data, 10));
    const planted = String(matchesLoop(f.data, new TextEncoder().encode("mmapkit-needle!!")).length);
    assert.equal([result("count-mem"), result("count-path")], [lines, lines], "count");
    assert.equal([result("find-mem"), result("find-path")], [planted, planted], "findAll");
    for (const a of ["crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"]) {
      assert.is(result(`${a}-mem`), await checksumOracle(a, f.data), a);
    }
    for (const a of ["crc32c", "adler32", "xxh64", "xxh3"]) assert.is(result(`${a}-path`), result(`${a}-mem`), a);
    exits(missing, 1, "missing");
    oneLine(missing, "missing");
    assert.match(missing.stderr, "nope.bin");
    exits(nothing, 1, "empty");
    oneLine(nothing, "empty");
    assert.match(nothing.stderr, "empty");
  });

  t("the progress bar: drawn on a terminal's standard error, absent when piped", async () => {
    const f = fixture(ctx.tmp, 3 << 20);
    const env = { MMAPKIT_PROGRESS_DELAY_MS: "0" };
    const piped = await cli(ctx, ["hash", basename(f.path)], { env });
    exits(piped, 0, "piped");
    assert.is(piped.stderr, "", "no bar when standard error is a pipe");
    // util-linux's script gives the command a pseudo-terminal
    if (!has("script")) {
      return skip("cli: the progress bar on a terminal", "script is not installed (.ci/run installs bsdutils)", false);
    }
    const cmd = ctx.cliArgs(["hash", basename(f.path)]).map(quote).join(" ");
    const pty = tool("env", ["MMAPKIT_PROGRESS_DELAY_MS=0", "script", "-q", "-e", "-c", cmd, "/dev/null"], {
      cwd: ctx.tmp,
    });
    assert.ok(pty !== null && pty.code === 0, `script: ${JSON.stringify(pty)}`);
    assert.match(pty!.stdout, /\[#+\] 100% 3\.00 MiB\/3\.00 MiB .*\/s ETA 0s/, "the bar");
    const cleared = pty!.stdout.lastIndexOf("\r\u001b[K");
    assert.ok(cleared >= 0, "the bar is cleared");
    assert.match(pty!.stdout.slice(cleared + 4), /^[0-9a-f]{16} {2}\S/, "before the digest is printed");
  });

  t("no bar with TERM=dumb or --no-progress, even on a terminal; never a colour", () => {
    if (!has("script")) {
      return skip("cli: no bar with TERM=dumb", "script (util-linux) is not installed (.ci/run installs bsdutils)");
    }
    const f = fixture(ctx.tmp, 3 << 20);
    const run = (env: string[], args: string[]) => {
      const cmd = ctx.cliArgs(["hash", ...args, basename(f.path)]).map(quote).join(" ");
      return tool("env", ["MMAPKIT_PROGRESS_DELAY_MS=0", ...env, "script", "-q", "-e", "-c", cmd, "/dev/null"], {
        cwd: ctx.tmp,
      })!;
    };
    const bar = /\[#+\] 100%/;
    const [dumb, flag, color] = [run(["TERM=dumb"], []), run(["TERM=xterm"], ["--no-progress"]), run([], [])];
    for (const [r, what] of [[dumb, "TERM=dumb"], [flag, "--no-progress"], [color, "default"]] as const) {
      assert.is(r.code, 0, `${what}: ${JSON.stringify(r)}`);
      assert.not.match(r.stdout, new RegExp("\u001b\\[[0-9;]*m"), `${what}: a colour escape`);
    }
    assert.not.match(dumb.stdout, bar, "TERM=dumb");
    assert.not.match(flag.stdout, bar, "--no-progress");
    assert.match(color.stdout, bar, "a terminal otherwise");
    assert.match(dumb.stdout, /^[0-9a-f]{16} {2}\S/m);
  });

  t("transform asks on a terminal: 'y' changes the file, anything else leaves it", () => {
    if (!has("script")) {
      return skip("cli: transform asks on a terminal", "script is not installed (.ci/run installs bsdutils)");
    }
    const f = fixture(ctx.tmp, 4096);
    const cmd = ctx.cliArgs(["transform", "--xor", "7", basename(f.path)]).map(quote).join(" ");
    const no = tool("script", ["-q", "-e", "-c", cmd, "/dev/null"], { cwd: ctx.tmp, input: "n\n" });
    assert.ok(no !== null && no.code === 1, `no: ${JSON.stringify(no)}`);
    assert.match(no!.stdout, "[y/N]");
    assert.ok(same(readBack(f.path), f.data), "declined: unchanged");
    const yes = tool("script", ["-q", "-e", "-c", cmd, "/dev/null"], { cwd: ctx.tmp, input: "y\n" });
    assert.ok(yes !== null && yes.code === 0, `yes: ${JSON.stringify(yes)}`);
    assert.ok(same(readBack(f.path), transformLoop(f.data, { xor: 7 })), "confirmed: changed");
  });

  t.run();
};

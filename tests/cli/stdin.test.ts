/**
 * Standard input as the commands read it: with no FILE (or "-"), `hash`, `count` and `find`
 * read it piece by piece as it arrives — results equal to the file's (oracles: hash-wasm,
 * xxhsum's own line for stdin, `wc -l`, a grep loop), matches split between two pieces found
 * once, and memory bounded: a stream much larger than the limit keeps the process's peak
 * resident size (VmHWM, read from /proc while it runs) under 256 MiB.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { spawn } from "node:child_process";
import { Buffer } from "node:buffer";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { createXXHash64 } from "hash-wasm";
import type { Register } from "../_ctx.ts";
import { randomBytes } from "../_rand.ts";
import { checksumOracle, countLoop } from "../_oracles.ts";
import { cli, exits, has, type Ran, tool } from "./_cli.ts";
import { skip } from "../_skip.ts";

const MiB = 1 << 20;

/** Whether /proc/<pid>/status can be read (Deno asks for -A to read /proc/self). */
function procReadable(): boolean {
  // Under Wine, /proc is the Linux one, where the Windows process ids of children are not found.
  if (process.platform === "win32") return false;
  try {
    return readFileSync("/proc/self/status", "utf8").includes("VmHWM");
  } catch {
    return false;
  }
}

/** Runs the CLI with `pieces` written to its standard input one at a time, `gapMs` apart; tracks its peak RSS. */
function feed(
  ctx: Parameters<Register>[0],
  args: readonly string[],
  pieces: () => Iterable<Uint8Array>,
  gapMs = 0,
): Promise<Ran & { peakKiB: number }> {
  const [cmd, ...argv] = ctx.cliArgs(args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd!, argv, { cwd: ctx.tmp, env: { ...process.env, NO_COLOR: "1" } });
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    let peakKiB = 0;
    const status = `/proc/${child.pid}/status`;
    const watch = setInterval(() => {
      try {
        const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(status, "utf8"));
        if (m !== null) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch { /* exited */ }
    }, 10);
    child.stdout.on("data", (b: Uint8Array) => out.push(b));
    child.stderr.on("data", (b: Uint8Array) => err.push(b));
    child.on("error", (e) => (clearInterval(watch), reject(e)));
    child.on("close", (code) => {
      clearInterval(watch);
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        peakKiB,
      });
    });
    child.stdin.on("error", () => {});
    const it = pieces()[Symbol.iterator]();
    const next = (): void => {
      const r = it.next();
      if (r.done === true) return void child.stdin.end();
      const go = (): unknown => (gapMs > 0 ? setTimeout(next, gapMs) : next());
      if (child.stdin.write(r.value)) go();
      else child.stdin.once("drain", go);
    };
    next();
  });
}

/** Text over a small alphabet with "needle" planted across every `piece`-byte boundary. */
function planted(pieces: number, piece: number): { data: Uint8Array; at: number[] } {
  const data = randomBytes(pieces * piece, 7).map((b) => 0x61 + (b % 3)); // a, b, c only
  const needle = new TextEncoder().encode("needle");
  const at: number[] = [];
  for (let i = 1; i < pieces; i++) {
    const o = i * piece - 1 - (i % (needle.length - 1)); // 1 … 5 bytes before the boundary
    data.set(needle, o);
    at.push(o);
  }
  return { data, at };
}

export const register: Register = (ctx) => {
  const t = suite(`cli standard input [${ctx.runtime}]`);
  const data = randomBytes(3 * MiB + 12_345, 5);

  t("hash with no FILE: what xxhsum prints for standard input, every -H; '-' the same", async () => {
    const [h1, h2, dash, json] = await Promise.all([
      feed(ctx, ["hash"], () => [data]),
      feed(ctx, ["hash", "-H2"], () => [data]),
      feed(ctx, ["hash", "-a", "crc32c", "-"], () => [data]),
      feed(ctx, ["hash", "--json", "-H0"], () => [data]),
    ]);
    exits(h1, 0, "hash");
    assert.is(h1.stdout, `${await checksumOracle("xxh64", data)}  stdin\n`);
    assert.is(h2.stdout, `${await checksumOracle("xxh128", data)}  stdin\n`);
    assert.is(dash.stdout, `${await checksumOracle("crc32c", data)}  stdin\n`);
    const doc = JSON.parse(json.stdout) as { files: { file: string; digest: string }[] };
    assert.equal(doc.files, [{ file: "-", digest: await checksumOracle("xxh32", data) }]);
    if (!has("xxhsum")) return skip("cli stdin: xxhsum agreement", "xxhsum is not installed (.ci/run installs xxhash)");
    for (const h of ["-H0", "-H1", "-H2", "-H3"]) {
      const ours = await feed(ctx, ["hash", h], () => [data]);
      assert.is(ours.stdout, tool("xxhsum", [h], { input: data })?.stdout ?? "");
    }
  });

  t("count and find with no FILE: as wc -l and a grep loop, matches split between pieces found once", async () => {
    const { data: text, at } = planted(12, 40_000);
    const lines = text.map((b, i) => (i % 97 === 0 ? 10 : b));
    const pieces = (d: Uint8Array) => () =>
      Array.from({ length: 12 }, (_, i) => d.subarray(i * 40_000, (i + 1) * 40_000));
    const [count, all, first, n] = await Promise.all([
      feed(ctx, ["count"], pieces(lines), 15),
      feed(ctx, ["find", "--all", "needle"], pieces(text), 15),
      feed(ctx, ["find", "needle", "-"], pieces(text), 15),
      feed(ctx, ["find", "--count", "needle"], pieces(text), 15),
    ]);
    exits(count, 0, "count");
    assert.is(count.stdout, `${countLoop(lines, 10)}\n`);
    const wc = tool("sh", ["-c", "wc -l"], { input: lines });
    if (wc !== null) assert.is(count.stdout.trim(), wc.stdout.trim(), "wc -l of standard input");
    exits(all, 0, "find --all");
    assert.is(all.stdout, at.map((o) => `${o}:needle\n`).join(""));
    assert.is(first.stdout, `${at[0]}:needle\n`);
    assert.is(n.stdout, `${at.length}\n`);
  });

  t("a stream far larger than memory allows: bounded, and the digest right", async () => {
    if (!procReadable()) {
      return skip(
        "cli stdin: bounded memory",
        "/proc cannot be read here (Deno asks for -A; Windows has no /proc) for the peak RSS",
      );
    }
    const block = randomBytes(MiB, 11);
    const blocks = 768;
    const oracle = await createXXHash64();
    oracle.init();
    for (let i = 0; i < blocks; i++) oracle.update(block);
    const r = await feed(ctx, ["hash", "--no-progress"], function* () {
      for (let i = 0; i < blocks; i++) yield block;
    });
    exits(r, 0, "768 MiB through a pipe");
    assert.is(r.stdout, `${oracle.digest("hex")}  stdin\n`);
    assert.ok(r.peakKiB > 0, "the peak RSS was read");
    assert.ok(r.peakKiB < 256 * 1024, `peak RSS ${(r.peakKiB / 1024).toFixed(0)} MiB for a 768 MiB stream`);
  });

  t(
    "a FIFO, a device or a file of size 0 named as FILE is read like standard input (as xxhsum and wc read it)",
    async () => {
      const fifoMade = process.platform === "linux" && tool("mkfifo", [join(ctx.tmp, "probe.fifo")]) !== null;
      if (!fifoMade) return skip("cli stdin: FIFOs and devices by name", "mkfifo and /dev/null are Linux's here");
      const small = randomBytes(70_001, 9);
      small[100] = 10;
      small[5000] = 10;
      const regular = join(ctx.tmp, "fifo-oracle.bin");
      writeFileSync(regular, small);
      /** A FIFO with a writer waiting to send `small` once the CLI opens it. */
      const fifo = (name: string): string => {
        const path = join(ctx.tmp, name);
        tool("mkfifo", [path]);
        const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", regular, path], { stdio: "ignore" });
        writer.on("error", () => {});
        return path;
      };
      const h = await cli(ctx, ["hash", "-H1", fifo("h.fifo")]);
      exits(h, 0, "hash FIFO");
      assert.is(h.stdout, `${await checksumOracle("xxh64", small)}  ${join(ctx.tmp, "h.fifo")}\n`);
      const c = await cli(ctx, ["count", fifo("c.fifo")]);
      exits(c, 0, "count FIFO");
      assert.is(c.stdout.trim().split(/\s+/)[0], String(countLoop(small, 10)));
      const f = await cli(ctx, ["find", "--all", "--count", "\n", fifo("f.fifo")]);
      exits(f, 0, "find FIFO");
      assert.is(f.stdout.trim(), String(countLoop(small, 10)));
      const two = await cli(ctx, ["hash", "-H1", regular, fifo("two.fifo")]);
      exits(two, 0, "a file and a FIFO");
      assert.is(two.stdout.split("\n")[1], `${await checksumOracle("xxh64", small)}  ${join(ctx.tmp, "two.fifo")}`);
      // A character device, and an empty file: XXH64 of no bytes is ef46db3751d8e999 (xxHash's own test vector).
      const empty = join(ctx.tmp, "empty.bin");
      writeFileSync(empty, new Uint8Array(0));
      const dev = await cli(ctx, ["hash", "-H1", "/dev/null", empty]);
      exits(dev, 0, "hash /dev/null");
      assert.is(dev.stdout, `ef46db3751d8e999  /dev/null\nef46db3751d8e999  ${empty}\n`);
    },
  );

  t.run();
};

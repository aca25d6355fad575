/**
 * The benchmark's runtimes side by side: every kernel on one thread, timed in each runtime in
 * turns (node, deno, bun, node, …, a child process each), the best of each runtime kept. The main
 * table runs one runtime after the other, minutes apart, and on a machine whose speed drifts the
 * same kernel in the same runtime moved by up to half between two such runs; taking turns, every
 * runtime meets the same moments. Every runtime's results must agree (a count, the number of
 * matches, a digest). Target: Deno's and Bun's time within 15% of Node's.
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Mmapkit from "../api.ts";
import { cliArgv, type RuntimeName, RUNTIMES } from "./_runtimes.ts";
import { NEEDLE, writeDataSet } from "./bench_data.ts";
import { best } from "./bench_refs.ts";

type Api = Pick<typeof Mmapkit, "open" | "count" | "findAll" | "checksum">;

/** One kernel's best time (ms) in one runtime, and its result (compared across runtimes). */
export interface KernelTime {
  id: string;
  work: string;
  ms: number;
  result: string;
}

/** A runtime's times, as `--side-by-side` prints them (and `bench --json` keeps them). */
export interface KernelTimes {
  runtime: string;
  version: string;
  times: KernelTime[];
}

/** Deno's and Bun's time may be at most this many times Node's. */
export const WITHIN = 1.15;

const REPS = 5;
/** Rounds of turns. */
export const ROUNDS = 3;

/** Best of REPS runs of `f` after one untimed (ms), and its result (the same every run, or it throws). */
function bestOf(f: () => unknown): { ms: number; result: string } {
  const result = String(f());
  const ms = best(REPS, () => {
    const again = String(f());
    if (again !== result) throw new Error(`a result changed between runs: ${again} vs ${result}`);
  });
  return { ms, result };
}

/**
 * Times each kernel on `path` in this runtime, on one thread: on a populated mapping (the
 * kernels alone) and on the path (a first pass: reads, page faults, the walk).
 */
export function timeKernels(api: Api, path: string): KernelTime[] {
  const one = { threads: 1 };
  const times: KernelTime[] = [];
  const time = (id: string, work: string, f: () => unknown): void => void times.push({ id, work, ...bestOf(f) });
  {
    using f = api.open(path, { populate: true });
    const on = "(resident mapping)";
    time("count-mem", `count \\n ${on}`, () => api.count(f, 10, one));
    time("find-mem", `findAll 16 B ${on}`, () => api.findAll(f, NEEDLE, one).length);
    for (const a of ["crc32", "crc32c", "adler32", "xxh32", "xxh64", "xxh3", "xxh128"] as const) {
      time(`${a}-mem`, `${a} ${on}`, () => api.checksum(f, a, one));
    }
  }
  const on = "(path, first pass)";
  time("count-path", `count \\n ${on}`, () => api.count(path, 10, one));
  time("find-path", `findAll 16 B ${on}`, () => api.findAll(path, NEEDLE, one).length);
  for (const a of ["crc32c", "adler32", "xxh64", "xxh3"] as const) {
    time(`${a}-path`, `${a} ${on}`, () => api.checksum(path, a, one));
  }
  return times;
}

/**
 * Runs `--side-by-side path` in each runtime, `rounds` times in turns; each runtime's best time
 * per kernel. A runtime whose run fails is left out (and reported through `fail`).
 */
export function sideBySide(
  runtimes: readonly RuntimeName[],
  path: string,
  argv: (runtime: RuntimeName, args: readonly string[]) => string[],
  fail: (runtime: RuntimeName, why: string) => void,
  say: (line: string) => void,
  rounds: number = ROUNDS,
): KernelTimes[] {
  const best = new Map<RuntimeName, KernelTimes>();
  const failed = new Set<RuntimeName>();
  for (let round = 1; round <= rounds; round++) {
    for (const runtime of runtimes) {
      if (failed.has(runtime)) continue;
      const [cmd, ...args] = argv(runtime, ["bench", "--side-by-side", path]);
      const r = spawnSync(cmd!, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
      let got: KernelTimes;
      try {
        if (r.error !== undefined) throw r.error;
        if (r.status !== 0) throw new Error(`exit ${r.status ?? r.signal}`);
        got = JSON.parse(r.stdout) as KernelTimes;
      } catch (e) {
        failed.add(runtime);
        best.delete(runtime);
        fail(runtime, (e as Error).message);
        continue;
      }
      // Every runtime's results are the first kept run's (its own earlier rounds included).
      const [first] = best.values();
      const differs = got.times.find((t) => {
        const want = first?.times.find((x) => x.id === t.id)?.result;
        return want !== undefined && want !== t.result;
      });
      if (differs !== undefined) {
        const theirs = first!.times.find((x) => x.id === differs.id)!.result;
        failed.add(runtime);
        best.delete(runtime);
        fail(runtime, `${differs.work} gave ${differs.result}, ${first!.runtime} ${theirs}`);
        continue;
      }
      say(`side by side, round ${round}/${rounds}, ${runtime}: ${got.times.map((t) => t.ms.toFixed(1)).join(" ")} ms`);
      const kept = best.get(runtime);
      if (kept === undefined) best.set(runtime, got);
      else {
        for (const t of got.times) {
          const k = kept.times.find((x) => x.id === t.id);
          if (k !== undefined) k.ms = Math.min(k.ms, t.ms);
        }
      }
    }
  }
  return runtimes.flatMap((r) => best.get(r) ?? []);
}

/**
 * The side-by-side part of `bench --runtime all`: a data set of `size` bytes (in `dir`, or a
 * temporary directory), every runtime's best times on it, the file removed after.
 */
export function sideBySideRun(
  size: number,
  dir: string | undefined,
  fail: (runtime: RuntimeName, why: string) => void,
  say: (line: string) => void,
): KernelTimes[] {
  const own = dir === undefined;
  const where = dir ?? mkdtempSync(join(tmpdir(), "mmapkit-bench-"));
  const path = join(where, "side-by-side.txt");
  try {
    writeDataSet(path, size);
    return sideBySide(RUNTIMES, path, cliArgv, fail, say);
  } finally {
    rmSync(own ? where : path, { recursive: true, force: true });
  }
}

/** The side-by-side table: each runtime's best time, and Deno's and Bun's as a multiple of Node's. */
export function formatSideBySide(all: readonly KernelTimes[], rounds: number = ROUNDS): string {
  const node = all.find((r) => r.runtime === "node");
  const first = all[0];
  if (first === undefined) return "";
  const ms = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
  const lines = [
    "",
    `Runtimes side by side (one thread; ${rounds} rounds taking turns ${
      all.map((r) => r.runtime).join(" → ")
    }, best of each), ms — and the time as a multiple of Node's (target ≤ ${WITHIN.toFixed(2)}×):`,
    "",
    `| kernel | ${all.map((r) => `${r.runtime} ${r.version}`).join(" | ")} |`,
    `| --- | ${all.map(() => "---").join(" | ")} |`,
  ];
  for (const row of first.times) {
    const base = node?.times.find((t) => t.id === row.id)?.ms;
    const cells = all.map((rep) => {
      const t = rep.times.find((x) => x.id === row.id)?.ms;
      if (t === undefined) return "—";
      if (rep === node || base === undefined) return ms(t);
      const x = t / base;
      return `${ms(t)} → **${x.toFixed(2)}×** ${x <= WITHIN ? "meets" : "over"}`;
    });
    lines.push(`| ${row.work} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/**
 * Shared body of the runners (run.*.ts): picks the test files (every *.test.ts under tests/, or
 * those the command line names: `[--grep PATTERN] [tests/... ...]`), builds the context,
 * registers and runs their suites, and writes the run's JSON report (the file named by
 * MMAPKIT_REPORT) that scripts/test.mjs sums.
 * @module
 */
import { existsSync, mkdtempSync, readdirSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Api, Ctx, Register } from "./_ctx.ts";
import { select, type Selection, SelectionError } from "./_discover.ts";
import { skipped, type SkipRecord } from "./_skip.ts";
import { registeringFile, runQueued, type TestRecord, testsAdded } from "./_suite.ts";

/** Counts of tests. */
export interface Totals {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** What a run writes to MMAPKIT_REPORT. */
export interface Report {
  readonly runtime: string;
  /** The runtime's key in tests/skips.json. */
  readonly key: string;
  /** False when the process ended before every selected test ran. */
  readonly complete: boolean;
  readonly files: readonly string[];
  readonly grep: string | null;
  readonly totals: Totals;
  /** The counts of each suite (skips counted as in the totals), in the order the suites ran. */
  readonly suites: readonly ({ readonly file: string; readonly suite: string } & Totals)[];
  /** Why the run refused to start or stopped (a misnamed file, a file that registers nothing…). */
  readonly problems: readonly string[];
  /** Every skip() of the run, in tests or while registering, by name. */
  readonly skips: readonly SkipRecord[];
  readonly tests: readonly TestRecord[];
}

/** Runs the selected test files' suites against `api` on `runtime`. */
export async function runAll(api: Api, runtime: string): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), `mmapkit-test-${runtime}-`));
  const info = api.runtimeInfo();
  console.log(
    `# mmapkit tests on ${runtime}: engine ${info.engine}${info.reason ? ` (${info.reason})` : ""}, simd ${info.simd}`,
  );
  // This file is tests/_run.ts (Deno, Bun) or dist/tests/_run.js (Node, compiled).
  const here = dirname(fileURLToPath(import.meta.url));
  const spawnArgs = (fixture: string, args: readonly string[] = []): string[] => {
    if (runtime === "node") return [process.execPath, join(here, `${fixture}.js`), ...args];
    if (runtime === "deno") return [process.execPath, "run", "-A", join(here, `${fixture}.ts`), ...args];
    return [process.execPath, join(here, `${fixture}.ts`), ...args];
  };
  const mapped = info.engine === "mapped";
  const root = join(here, runtime === "node" ? "../.." : "..");
  const cliArgs = (args: readonly string[]): string[] => {
    const cli = join(root, "packages", "mmapkit");
    if (runtime === "node") return [process.execPath, join(cli, "bin", "mmapkit.mjs"), ...args];
    // Bun runs the package's bin as `bunx --bun mmapkit` does: its "./cli" export picks Bun's launcher.
    if (runtime === "bun") return [process.execPath, join(cli, "bin", "mmapkit.mjs"), ...args];
    // Deno: the permissions of this run (-A, or without --allow-ffi for the buffered run; no
    // prompt for it on a terminal).
    const perms = mapped
      ? ["-A"]
      : ["--no-prompt", "--allow-read", "--allow-write", "--allow-env", "--allow-run", "--allow-sys"];
    return [process.execPath, "run", ...perms, join(cli, "src", "cli", "deno.ts"), ...args];
  };
  const ctx: Ctx = {
    api,
    runtime,
    tmp,
    ffi: mapped,
    engines: mapped ? ["mapped", "buffered"] : ["buffered"],
    spawnArgs,
    cliArgs,
  };

  const problems: string[] = [];
  const records: TestRecord[] = [];
  let selection: Selection = { files: [], grep: undefined, partial: false };
  let complete = false;
  const report = (): Report => {
    const inTests = new Set(records.flatMap((r) => r.skips));
    // Skips outside a test (a file's part skipped while registering) count when --grep would match them.
    const outside = skipped().filter((s) => !inTests.has(s) && (selection.grep?.test(s.name) ?? true));
    const skips = [...records.flatMap((r) => r.skips), ...outside];
    const count = (o: TestRecord["outcome"]): number => records.filter((r) => r.outcome === o).length;
    const passed = count("passed");
    const failed = count("failed") + problems.length;
    // Skipped: one per skip record — a skipped test has one; a row of a test skipped, or a whole
    // file's part skipped while registering, adds one more.
    return {
      runtime,
      key: skipKey(runtime, mapped),
      complete,
      files: selection.files,
      grep: selection.grep?.source ?? null,
      totals: { passed, failed, skipped: skips.length },
      suites: bySuite(records),
      problems,
      skips,
      tests: records,
    };
  };
  process.on("exit", () => {
    removeTree(tmp);
    const file = process.env.MMAPKIT_REPORT;
    if (file !== undefined && file !== "") writeFileSync(file, JSON.stringify(report(), null, 1));
  });

  try {
    selection = select(root, process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof SelectionError)) throw e;
    problems.push(e.message);
  }
  const modules: [string, { register?: unknown; runsLast?: unknown }][] = [];
  for (const file of selection.files) {
    // Node runs what tsc compiled into dist/; Deno and Bun run the TypeScript.
    const path = runtime === "node" ? join(root, "dist", file.replace(/\.ts$/, ".js")) : join(root, file);
    if (!existsSync(path)) problems.push(`${file}: ${path} is missing; build first (npm run build)`);
    else modules.push([file, await import(pathToFileURL(path).href)]);
  }
  for (const [file, mod] of inRunOrder(modules)) {
    const problem = registerFile(file, mod, ctx);
    if (problem !== undefined) problems.push(problem);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`✘ ${p}`);
    process.exitCode = 1;
    return;
  }
  await runQueued(selection.grep, records);
  complete = true;
  if (selection.grep !== undefined && records.length === 0) {
    problems.push(`no test title matches --grep ${selection.grep.source} in ${selection.files.length} file(s)`);
    console.error(`✘ ${problems.at(-1)}`);
  }
  const { totals } = report();
  if (process.env.MMAPKIT_TIMES === "1") {
    for (const file of selection.files) {
      const ms = records.filter((r) => r.file === file).reduce((s, r) => s + r.ms, 0);
      console.log(`  # ${file} [${runtime}${mapped ? "" : ", no FFI"}]: ${(ms / 1000).toFixed(1)} s`);
    }
    // The slowest tests, where a cut pays most.
    for (const r of [...records].sort((a, b) => b.ms - a.ms).slice(0, 12)) {
      console.log(`  # slow: ${(r.ms / 1000).toFixed(1)} s ${r.file}: ${r.test}`);
    }
  }
  console.log(
    `\n# ${runtime}${
      mapped ? "" : " (no FFI)"
    }: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped` +
      ` (${selection.files.length} file(s)${selection.grep ? `, --grep ${selection.grep.source}` : ""})`,
  );
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

/**
 * The order test files register and run in: path order (as given), except that those exporting
 * `runsLast = true` (a soak that measures the process after everything else ran in it) come last.
 */
export function inRunOrder<T extends { runsLast?: unknown }>(modules: readonly [string, T][]): [string, T][] {
  return [...modules.filter(([, m]) => m.runsLast !== true), ...modules.filter(([, m]) => m.runsLast === true)];
}

/** The counts of each suite. */
function bySuite(records: readonly TestRecord[]): Report["suites"] {
  const suites = new Map<string, { file: string; suite: string; passed: number; failed: number; skipped: number }>();
  for (const r of records) {
    const key = `${r.file}\n${r.suite}`;
    const s = suites.get(key) ?? { file: r.file, suite: r.suite, passed: 0, failed: 0, skipped: 0 };
    suites.set(key, s);
    if (r.outcome === "passed") s.passed++;
    if (r.outcome === "failed") s.failed++;
    s.skipped += r.skips.length;
  }
  return [...suites.values()];
}

/**
 * Registers the suites of the test file `file` (its module `mod`) for `ctx`; returns what is wrong
 * when it exports no register function, or registers neither a test nor a skip.
 */
export function registerFile(file: string, mod: { register?: unknown }, ctx: Ctx): string | undefined {
  if (typeof mod.register !== "function") {
    return `${file} exports no register function: export const register: Register = (ctx) => { ... }`;
  }
  const before = skipped().length;
  registeringFile(file);
  try {
    (mod.register as Register)(ctx);
  } finally {
    registeringFile("");
  }
  if (testsAdded(file) === 0 && skipped().length === before) {
    return `${file} registers no test: add tests to a suite() from tests/_suite.ts and call its run(), or skip() with the reason`;
  }
  return undefined;
}

/** The runtime's key in tests/skips.json: "node", "deno", "deno-noffi" or "bun". */
export function skipKey(runtime: string, mapped: boolean): string {
  return mapped ? runtime : `${runtime}-noffi`;
}

/**
 * Removes the scratch directory. Bun's Windows build under Wine fails a recursive rmSync (EFAULT):
 * then one entry at a time, and a note (not a failure) if even that leaves something behind.
 */
function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else unlinkSync(p);
      }
      rmdirSync(d);
    };
    try {
      walk(dir);
    } catch (e) {
      console.log(`# could not remove the scratch directory ${dir}: ${e instanceof Error ? e.message : e}`);
    }
  }
}

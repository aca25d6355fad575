/**
 * `mmapkit bench`: the command around the benchmark (`bench.ts`): options, the runtime or
 * runtimes to run it on — the others as child processes running `mmapkit bench --json` — and
 * one merged table.
 * @module
 */
import { spawnSync } from "node:child_process";
import { parseSize } from "./_args.ts";
import type { Command } from "./_command.ts";
import { EXIT, UsageError } from "./_errors.ts";
import { printJson } from "./_io.ts";
import { cliArgv, currentRuntime, type RuntimeName, RUNTIMES } from "./_runtimes.ts";
import type { BenchReport } from "./bench.ts";

/** The `bench` command. */
export const bench: Command = {
  name: "bench",
  summary: "benchmark mmapkit against the usual alternatives on a generated file",
  options: {
    size: { type: "string", short: "s" },
    runtime: { type: "string", short: "r" },
    dir: { type: "string" },
    json: { type: "boolean" },
    "side-by-side": { type: "string" },
  },
  help: `Usage: mmapkit bench [--size 256M] [--runtime node|deno|bun|all] [--dir DIR] [--json]

Generates a file and times count, find, checksum and transform against what you would
otherwise use (readFileSync + JS, wc -l, xxhsum, a C program), as ratios taken in the same run.
Progress goes to standard error, the table (or JSON) to standard output.

  -s, --size SIZE      size of the generated file: bytes, or with K, M, G (default 256M)
  -r, --runtime NAME   node, deno, bun, or all (each in its own process; one merged table);
                       default: the runtime running this command
      --dir DIR        where to write the file (default: a temporary directory)
      --json           the reports as one JSON array
      --side-by-side FILE  only time each kernel on FILE on one thread, in this runtime,
                       and print the times and results as JSON (--runtime all runs this
                       in every runtime in turns, three rounds, for a table of them)
      --no-progress    taken, as by every command; bench draws no bar (its progress
                       lines go to standard error: 2>/dev/null drops them)
  -h, --help           this text

Exit status: 0 done, 1 a run failed, 2 bad usage.
`,
  async run(api, args, io) {
    const size = parseSize(args.string("size") ?? "256M", "--size");
    const which = args.string("runtime") ?? currentRuntime();
    if (which !== "all" && !RUNTIMES.includes(which as RuntimeName)) {
      throw new UsageError(`--runtime must be node, deno, bun or all, got '${which}'`);
    }
    if (args.positionals.length > 0) throw new UsageError(`bench takes no FILE (got '${args.positionals[0]}')`);
    const dir = args.string("dir");
    const side = args.string("side-by-side");
    if (side !== undefined) {
      const { timeKernels } = await import("./bench_runtimes.ts");
      const { runtimeName } = await import("./bench.ts");
      printJson(io, { ...runtimeName(), times: timeKernels(api, side) });
      return EXIT.ok;
    }
    const reports: BenchReport[] = [];
    let failed = false;
    for (const runtime of which === "all" ? RUNTIMES : [which as RuntimeName]) {
      if (runtime === currentRuntime()) {
        const { runBench } = await import("./bench.ts");
        const options = { size, onLine: (line: string) => io.err(`${runtime}: ${line}\n`) };
        reports.push(await runBench(api, dir === undefined ? options : { ...options, dir }));
        continue;
      }
      const extra = ["--size", String(size), ...(dir === undefined ? [] : ["--dir", dir])];
      const [cmd, ...argv] = cliArgv(runtime, ["bench", "--json", ...extra]);
      const r = spawnSync(cmd!, argv, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 1 << 26 });
      try {
        if (r.error !== undefined) throw r.error;
        if (r.status !== 0) throw new Error(`exit ${r.status ?? r.signal}`);
        reports.push(...(JSON.parse(r.stdout) as BenchReport[]));
      } catch (e) {
        failed = true;
        io.err(`mmapkit bench: the ${runtime} run failed (${(e as Error).message}); its column is left out\n`);
      }
    }
    if (which === "all" && reports.length > 0) {
      const { sideBySideRun } = await import("./bench_runtimes.ts");
      const times = sideBySideRun(size, dir, (runtime, why) => {
        failed = true;
        io.err(`mmapkit bench: the ${runtime} side-by-side run failed (${why}); its column is left out\n`);
      }, (line) => io.err(`${line}\n`));
      for (const t of times) {
        const report = reports.find((r) => r.runtime === t.runtime);
        if (report !== undefined) report.sideBySide = t.times;
      }
    }
    if (args.flag("json")) printJson(io, reports);
    else if (reports.length > 0) {
      const { formatBench } = await import("./bench.ts");
      io.out(formatBench(reports) + "\n");
    }
    return failed ? EXIT.failed : EXIT.ok;
  },
};

/** Shared body of the runners: a scratch directory, the context, every suite. @module */
import { mkdtempSync, readdirSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import type { Api, Ctx } from "./_ctx.ts";
import { registerAll } from "./all.ts";
import { skipped } from "./_skip.ts";

/** Runs every suite against `api` on `runtime`. */
export function runAll(api: Api, runtime: string): void {
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
  registerAll(ctx);
  process.on("exit", () => {
    removeTree(tmp);
    // The structured report the runner reads: which tests were skipped here, and why.
    const report = process.env.MMAPKIT_REPORT;
    if (report !== undefined && report !== "") {
      writeFileSync(report, JSON.stringify({ key: skipKey(runtime, mapped), skips: skipped() }, null, 1));
    }
  });
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

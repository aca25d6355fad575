/**
 * The runtimes the CLI can run under, and the command line that runs it under each — used by
 * `mmapkit bench --runtime`, which runs the benchmark in other runtimes as child processes.
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

/** A runtime name. */
export type RuntimeName = "node" | "deno" | "bun";
/** Every runtime, in the order reports list them. */
export const RUNTIMES: readonly RuntimeName[] = ["node", "deno", "bun"];

/** The runtime running this code. */
export function currentRuntime(): RuntimeName {
  const g = globalThis as { Deno?: unknown; Bun?: unknown };
  return g.Deno !== undefined ? "deno" : g.Bun !== undefined ? "bun" : "node";
}

/**
 * The root of the installed `mmapkit` package (the folder of its package.json): two levels above
 * this module in the sources (src/cli/) and one above it in the built package (dist/).
 */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, "package.json");
    if (existsSync(file) && (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === "mmapkit") {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) throw new Error("mmapkit bench: cannot find the mmapkit package around " + import.meta.url);
    dir = up;
  }
}

/** `name`'s executable: this process's when it is that runtime, else the nearest node_modules/.bin, else PATH. */
function executable(name: RuntimeName, from: string): string {
  if (currentRuntime() === name) return process.execPath;
  for (let dir = from;; dir = dirname(dir)) {
    const local = join(dir, "node_modules", ".bin", name);
    if (existsSync(local)) return local;
    if (dirname(dir) === dir) return name;
  }
}

/**
 * The argv that runs the CLI under `runtime`: the package's bin under Node and Bun (its "./cli"
 * export picks the runtime's launcher), the built Deno launcher under Deno.
 */
export function cliArgv(runtime: RuntimeName, args: readonly string[]): string[] {
  const root = packageRoot();
  const exe = executable(runtime, root);
  if (runtime === "deno") return [exe, "run", "-A", join(root, "dist", "cli-deno.js"), ...args];
  return [exe, join(root, "bin", "mmapkit.mjs"), ...args];
}

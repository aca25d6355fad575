/**
 * The runtimes the CLI can run under, and the command line that runs it under each — used by
 * `mmapkit bench --runtime`, which runs the benchmark in other runtimes as child processes.
 * @module
 */
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
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

/** The repository root: this file is packages/mmapkit/src/cli/ (Deno, Bun) or dist/packages/mmapkit/src/cli/ (Node). */
export function repoRoot(): string {
  const up = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
  return basename(up) === "dist" ? dirname(up) : up;
}

/** The argv that runs the CLI under `runtime` (the repository's own deno and bun first, then PATH). */
export function cliArgv(runtime: RuntimeName, args: readonly string[]): string[] {
  const root = repoRoot();
  const exe = (name: string): string => {
    if (currentRuntime() === name) return process.execPath;
    const local = join(root, "node_modules", ".bin", name);
    return existsSync(local) ? local : name;
  };
  const cli = join(root, "packages", "mmapkit");
  if (runtime === "node") return [exe("node"), join(cli, "bin", "mmapkit.mjs"), ...args];
  if (runtime === "deno") return [exe("deno"), "run", "-A", join(cli, "src", "cli", "deno.ts"), ...args];
  return [exe("bun"), join(cli, "src", "cli", "bun.ts"), ...args];
}

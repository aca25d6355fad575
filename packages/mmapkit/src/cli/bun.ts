/**
 * The `mmapkit` command line on Bun: `bunx --bun mmapkit <command> …`.
 * Run as a program, it runs the command line; imported (`import { run } from "mmapkit/cli"`), it
 * does nothing until {@link run} is called.
 * @module
 */
import process from "node:process";
import { isProgram } from "./_launch.ts";
import { main } from "./main.ts";

const load = async () => ({ ...(await import("../bun.ts")), promises: await import("../promises_bun.ts") });

/**
 * Runs the command line `argv` (default: this process's arguments after the script), printing to
 * standard output and error as `mmapkit` does, and resolves to its exit status: 0 success, 1 a
 * failed check or error, 2 bad usage.
 *
 * @example
 * ```ts
 * import { run } from "mmapkit/cli";
 * const status = await run(["hash", "--algo", "xxh3", "big.iso"]); // prints "<xxh3>  big.iso"
 * ```
 */
export function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return main(load, argv);
}

// No top-level await: `require("mmapkit/cli")` from CommonJS must load it.
if (isProgram(import.meta)) void run().then((status) => void (process.exitCode = status));

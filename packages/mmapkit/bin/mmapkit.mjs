#!/usr/bin/env node
// The mmapkit command line. It calls `run` of this package's "./cli" export, whose conditions pick
// the launcher of the runtime running this file: Node (npx mmapkit), Bun or Deno.
// `bunx mmapkit` runs this file with Node (Bun honours the node shebang when Node is installed);
// Bun says so in the environment, and then the command runs again under Bun, with Bun's adapter.
import { spawnSync } from "node:child_process";
import { basename } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const env = process.env;
const viaBun = !("Bun" in globalThis) && !("Deno" in globalThis) && env.MMAPKIT_BIN_REEXEC === undefined &&
  (/^bun\//.test(env.npm_config_user_agent ?? "") || env.npm_lifecycle_event === "bunx");
let status;
if (viaBun) {
  // bunx is bun under another name: it acts on the name it is called by, so argv0 is "bun".
  const bun = /^bunx?(\.exe)?$/.test(basename(env.npm_execpath ?? "")) ? env.npm_execpath : "bun";
  const r = spawnSync(bun, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    argv0: "bun",
    stdio: "inherit",
    env: { ...env, MMAPKIT_BIN_REEXEC: "1" },
  });
  if (r.error === undefined) status = r.status ?? 1; // else no Bun to be found: run here, under Node
}
if (status !== undefined) process.exit(status);
else process.exitCode = await (await import("mmapkit/cli")).run(process.argv.slice(2));

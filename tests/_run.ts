/** Shared body of the runners: a scratch directory, the context, every suite. @module */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import type { Api, Ctx } from "./_ctx.ts";
import { registerAll } from "./all.ts";

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
  const ctx: Ctx = {
    api,
    runtime,
    tmp,
    ffi: mapped,
    engines: mapped ? ["mapped", "buffered"] : ["buffered"],
    spawnArgs,
  };
  registerAll(ctx);
  process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
}

/** Running the `mmapkit` CLI as a real process of the runtime under test, and the tools it is compared with. @module */
import { spawn, spawnSync } from "node:child_process";
import { Buffer } from "node:buffer";
import process from "node:process";
import * as assert from "uvu/assert";
import type { Ctx } from "../_ctx.ts";

/** What a run gave. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `mmapkit <args>` in `ctx`'s runtime, in `cwd` (ctx.tmp), with standard input `input`
 * (empty by default). Asynchronous, so independent runs can overlap (`Promise.all`).
 */
export function cli(
  ctx: Ctx,
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string> } = {},
): Promise<Ran> {
  const [cmd, ...argv] = ctx.cliArgs(args);
  const cwd = options.cwd ?? ctx.tmp;
  return spawnRetried(() => run(cmd!, argv, cwd, options), 3);
}

/**
 * `once()`, again (after 200 ms) when the process could not be started at all and the OS gave no
 * reason: Bun's Windows build under Wine now and then fails `uv_spawn` with EUNKNOWN (seen once in
 * ~1,100 CLI runs). Nothing ran, so running it again changes nothing; any other error is thrown.
 */
async function spawnRetried(once: () => Promise<Ran>, tries: number): Promise<Ran> {
  for (let i = 1;; i++) {
    try {
      return await once();
    } catch (e) {
      const unknown = (e as { code?: unknown }).code === "EUNKNOWN" && process.platform === "win32";
      if (!unknown || i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function run(
  cmd: string,
  argv: readonly string[],
  cwd: string,
  options: { input?: string | Uint8Array; env?: Record<string, string> },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Uint8Array[] = [];
    const err: Uint8Array[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (b: Uint8Array) => out.push(b));
    child.stderr.on("data", (b: Uint8Array) => err.push(b));
    child.on("error", (e) => (clearTimeout(timer), reject(e)));
    child.on("close", (code) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: withoutWineNoise(stderr) });
    });
    child.stdin.on("error", () => {}); // a command that exits without reading its input
    child.stdin.end(options.input ?? "");
  });
}

/** A command of the machine (wc, grep, xxhsum, script), or null when it does not run here. */
/**
 * Bun's Windows build, under Wine only, prints "Internal error: directory mismatch for directory
 * …" lines while it resolves modules (a file-handle check Wine does not satisfy): not the CLI's
 * output, so they are taken out there, and only there.
 */
function withoutWineNoise(stderr: string): string {
  if (process.platform !== "win32" || typeof (globalThis as { Bun?: unknown }).Bun === "undefined") return stderr;
  return stderr.replace(/^Internal error: directory mismatch for directory .*\r?\n/gm, "");
}

export function tool(
  cmd: string,
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array } = {},
): Ran | null {
  const r = spawnSync(cmd, args, { cwd: options.cwd, input: options.input ?? "", encoding: "utf8", timeout: 60_000 });
  if (r.error !== undefined) return null;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether `cmd` exists here. */
export function has(cmd: string): boolean {
  return tool("sh", ["-c", `command -v ${cmd}`])?.code === 0;
}

/** Asserts a run ended with `code`, showing its output when it did not. */
export function exits(r: Ran, code: number, what: string): void {
  assert.is(
    r.code,
    code,
    `${what}: exit ${r.code}, stdout ${JSON.stringify(r.stdout)}, stderr ${JSON.stringify(r.stderr)}`,
  );
}

/** Asserts standard error is one line starting with "mmapkit" and holding no stack trace. */
export function oneLine(r: Ran, what: string): void {
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  assert.is(lines.length, 1, `${what}: stderr ${JSON.stringify(r.stderr)}`);
  assert.ok(lines[0]!.startsWith("mmapkit"), `${what}: ${lines[0]}`);
  assert.not.match(r.stderr, /^\s+at /m, `${what}: a stack trace`);
}

/** Child processes for the shared-memory tests: start one, wait for a line of its output, collect the rest. @module */
import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable } from "node:stream";
import process from "node:process";

/** A running child process. */
export interface Proc {
  /** Resolves with the first stdout line that `match` accepts (rejects after `ms`, or if the process ends first). */
  line(match: (line: string) => boolean, ms?: number): Promise<string>;
  /** Resolves when the process ends. */
  readonly done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
  /** The last stdout line parsed as JSON, once the process has ended. */
  json<T>(): Promise<T>;
  kill(signal: "SIGKILL" | "SIGTERM"): void;
  /** The process id. */
  readonly pid: number;
}

/**
 * spawn(), tried again where Wine's process creation fails now and then under load ("spawn
 * UNKNOWN", seen once in a CI run of the crash test, which starts dozens of processes): a real
 * failure repeats, and is thrown after the fifth try.
 */
function spawnPiped(cmd: string, args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
  for (let attempt = 1;; attempt++) {
    try {
      return spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    } catch (e) {
      if (process.platform !== "win32" || (e as { code?: unknown }).code !== "UNKNOWN" || attempt === 5) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * attempt);
    }
  }
}

/** Starts `argv` (argv[0] the executable) with piped output. */
export function start(argv: readonly string[]): Proc {
  const [cmd, ...args] = argv;
  const child = spawnPiped(cmd!, args);
  let stdout = "";
  let stderr = "";
  let pending = "";
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    for (let i = pending.indexOf("\n"); i >= 0; i = pending.indexOf("\n")) {
      const l = pending.slice(0, i);
      pending = pending.slice(i + 1);
      for (const w of [...waiters]) {
        if (!w.match(l)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(l);
      }
    }
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((
    resolve,
  ) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    line(match, ms = 20_000) {
      const already = stdout.split("\n").find(match);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching line after ${ms} ms: ${stdout}${stderr}`)), ms);
        waiters.push({
          match,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void done.then((r) => {
          clearTimeout(timer);
          reject(new Error(`${cmd} ended (${r.code ?? r.signal}) before a matching line:\n${r.stdout}\n${r.stderr}`));
        });
      });
    },
    done,
    async json<T>(): Promise<T> {
      const r = await done;
      const last = r.stdout.trim().split("\n").pop() ?? "";
      try {
        return JSON.parse(last) as T;
      } catch {
        throw new Error(`${argv.join(" ")} printed no JSON (exit ${r.code ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
      }
    },
    kill(signal) {
      child.kill(signal);
    },
    pid: child.pid ?? -1,
  };
}

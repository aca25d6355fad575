/**
 * How many file descriptors this process has open: /proc/self/fd where this runtime may read it,
 * otherwise counted from a child process (`ls /proc/<pid>/fd`), which Deno without -A allows
 * (it may run programs but not read /proc/self). The child's own descriptors are in its own
 * /proc entry, not ours; the pipes to it are closed before the count returns.
 * @module
 */
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import process from "node:process";

let direct: boolean | undefined;

/** Open descriptors of this process. Throws when neither way can count them (no /proc). */
export function fdCount(): number {
  if (direct !== false) {
    try {
      const n = readdirSync("/proc/self/fd").length;
      direct = true;
      return n;
    } catch (e) {
      if (direct === true) throw e;
      direct = false;
      // The runtime's first child process may open descriptors it keeps (a signal pipe): start
      // one before the first count, so they are in every count.
      spawnSync("true");
    }
  }
  const r = spawnSync("ls", ["-1", `/proc/${process.pid}/fd`], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot count descriptors: ls /proc/${process.pid}/fd: ${r.stderr || r.error}`);
  return r.stdout.split("\n").filter((l) => l !== "").length;
}

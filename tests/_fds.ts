/**
 * How many file descriptors this process has open: /proc/self/fd where this runtime may read it,
 * otherwise counted from a child process (`ls /proc/<pid>/fd`), which Deno without -A allows
 * (it may run programs but not read /proc/self). The child's own descriptors are in its own
 * /proc entry, not ours.
 * @module
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
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
  // stdin inherited: "ignore" would open /dev/null in this process while ls runs.
  const r = spawnSync("ls", ["-l", `/proc/${process.pid}/fd`], {
    encoding: "utf8",
    stdio: ["inherit", "pipe", "pipe"],
  });
  // Exit 1: a descriptor closed while ls listed it (a transient pipe); the rest of the list stands.
  if (r.status !== 0 && !(r.status === 1 && r.stdout.includes(" -> "))) {
    throw new Error(`cannot count descriptors: ls /proc/${process.pid}/fd failed (${r.status ?? r.error})`);
  }
  // Anonymous pipes are left out: the runtime closes the pipes of a finished child lazily (Deno:
  // on a later turn of the event loop), so the count's own child would show up in the next count.
  // mmapkit opens files, FIFOs and sockets by path, never an anonymous pipe.
  return r.stdout.split("\n").filter((l) => l.includes(" -> ") && !l.includes("-> pipe:[")).length;
}

/**
 * This process's memory mappings, one line each (/proc/self/maps), read directly or, where this
 * runtime may not read /proc/self, by a child (`cat /proc/<pid>/maps`).
 */
export function mapsLines(): string[] {
  let text: string;
  try {
    text = readFileSync("/proc/self/maps", "utf8");
  } catch {
    const r = spawnSync("cat", [`/proc/${process.pid}/maps`], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      stdio: ["inherit", "pipe", "pipe"],
    });
    if (r.status !== 0) throw new Error(`cannot read /proc/${process.pid}/maps (${r.status ?? r.error})`);
    text = r.stdout;
  }
  return text.split("\n").filter((l) => l !== "");
}

/**
 * How many descriptors of this process (any thread) are open on one of `paths` — /proc/self/fd's
 * links read directly or, where this runtime may not read /proc/self, listed by a child. Unlike
 * {@link fdCount}, descriptors the runtime opens for itself (event loops, sockets) do not count.
 */
export function fdsOn(...paths: string[]): number {
  const on = (target: string) => paths.some((p) => target === p || target === `${p} (deleted)`);
  try {
    return readdirSync("/proc/self/fd").filter((n) => {
      try {
        return on(readlinkSync(`/proc/self/fd/${n}`));
      } catch {
        return false; // closed while listed
      }
    }).length;
  } catch {
    const r = spawnSync("ls", ["-l", `/proc/${process.pid}/fd`], {
      encoding: "utf8",
      stdio: ["inherit", "pipe", "pipe"],
    });
    return r.stdout.split("\n").filter((l) => l.includes(" -> ") && on(l.slice(l.indexOf(" -> ") + 4))).length;
  }
}

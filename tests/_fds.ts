/**
 * This process's open file descriptors and mappings: /proc/self where this runtime may read it,
 * otherwise listed by a child process (`ls`/`cat` of /proc/<pid>), which Deno without -A allows
 * (it may run programs but not read /proc/self).
 * @module
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import process from "node:process";

let direct: boolean | undefined;

/**
 * What each open descriptor of this process points to (/proc/self/fd's links), read directly or,
 * where this runtime may not read /proc/self, listed by a child (`ls -l /proc/<pid>/fd`). The
 * child's own descriptors are in its own /proc entry, not ours. Throws when neither way works.
 */
export function fdTargets(): string[] {
  if (direct !== false) {
    try {
      const names = readdirSync("/proc/self/fd");
      direct = true;
      const out: string[] = [];
      for (const n of names) {
        try {
          out.push(readlinkSync(`/proc/self/fd/${n}`));
        } catch {
          // closed while listed (the directory's own descriptor among them)
        }
      }
      return out;
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
  return r.stdout.split("\n").filter((l) => l.includes(" -> ")).map((l) => l.slice(l.indexOf(" -> ") + 4));
}

/**
 * A descriptor the runtime opens for itself and mmapkit never does: an anonymous pipe (the
 * runtime closes a finished child's pipes lazily — Deno on a later turn of the event loop — so the
 * count's own child would show up in the next count), a socket (a runtime's inspector or IPC; an
 * open() of a socket's path fails, so mmapkit holds none) or an anonymous inode (event loops'
 * eventfd, epoll, timerfd). mmapkit opens files and FIFOs by path and shared memory by name.
 */
export function isRuntimePlumbing(target: string): boolean {
  return target.startsWith("pipe:[") || target.startsWith("socket:[") || target.startsWith("anon_inode:");
}

/** Open descriptors of this process that mmapkit could have opened (see {@link isRuntimePlumbing}). */
export function fdCount(): number {
  return fdTargets().filter((t) => !isRuntimePlumbing(t)).length;
}

/**
 * The descriptors open now that were not open at `before` (a list from {@link fdTargets}), the
 * runtime's own plumbing left out: what a leak check names when it fails.
 */
export function newFds(before: string[], now: string[] = fdTargets()): string[] {
  const left = [...before];
  return now.filter((t) => {
    const i = left.indexOf(t);
    if (i >= 0) {
      left.splice(i, 1);
      return false;
    }
    return !isRuntimePlumbing(t);
  });
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
  return fdTargets().filter(on).length;
}

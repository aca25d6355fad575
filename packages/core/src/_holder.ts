/**
 * Who holds a Mutex, and whether that holder is still running. A lock word holds the holder's
 * identity: its pid (bits 0–21; Linux pids stay below 2^22) and, in bits 22–29, a tag derived from
 * the process's start time (field 22 of /proc/<pid>/stat). The tag tells a holder that died and
 * whose pid was reused by a new process (even by the waiter itself) from the holder itself; the
 * state field tells a dead holder not yet reaped by its parent (a zombie, which kill(pid, 0) still
 * finds) from a live one. Where /proc cannot be read (macOS), the tag is 0 and liveness falls back
 * to kill(pid, 0): a zombie or a reused pid then hides the death (a 1-in-255 chance remains with
 * tags, when a reused pid's start time hashes to the same tag).
 *
 * On Windows the word holds the process id divided by 4 (Windows ids are multiples of 4, so ids
 * up to 2^24 fit) and a tag of the process's creation time (GetProcessTimes); a holder is dead
 * when OpenProcess finds no such process, when GetExitCodeProcess says it exited (a process
 * object outlives its process while a handle to it is open, as a zombie does), or when the
 * creation time's tag differs (the id was reused).
 * @module
 */
import type { Runtime } from "./runtime.ts";
import { processAlive } from "./futex.ts";
import type { WinSys } from "./win.ts";

/** The bits of a lock word that name the holder (pid and tag). */
export const HOLDER = 0x3fffffff;
const PID = 0x3fffff;
const TAG_SHIFT = 22;

const identities = new WeakMap<Runtime, number>();
const statBuf = new Uint8Array(1024);
const dec = new TextDecoder();

/** State letter and start-time tag of `pid` from /proc; "gone" when it has no entry; undefined when unreadable. */
function procStat(rt: Runtime, pid: number): { state: string; tag: number } | "gone" | undefined {
  if (rt.platform?.shmDir === undefined) return undefined; // no /proc to read (not Linux)
  let fd: number;
  try {
    fd = rt.io.open(`/proc/${pid}/stat`, false, false);
  } catch (e) {
    return (e as { code?: unknown }).code === "ENOENT" ? "gone" : undefined;
  }
  try {
    const n = rt.io.pread(fd, statBuf, 0);
    const text = dec.decode(statBuf.subarray(0, n));
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const state = fields[0];
    const start = fields[19];
    if (state === undefined || start === undefined) return undefined;
    return { state, tag: tagOf(start) };
  } catch {
    return undefined;
  } finally {
    try {
      rt.io.close(fd);
    } catch { /* nothing to do */ }
  }
}

/** 1–255 from a start time (FNV-1a of its digits): never 0, which means "no tag". */
function tagOf(start: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < start.length; i++) h = Math.imul(h ^ start.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 255) + 1;
}

/** PROCESS_QUERY_LIMITED_INFORMATION: enough for GetExitCodeProcess and GetProcessTimes. */
const QUERY_LIMITED = 0x1000;
/** GetExitCodeProcess's code of a process that still runs. */
const STILL_ACTIVE = 259;
/** ERROR_INVALID_PARAMETER: what OpenProcess says of an id no process has. */
const NO_SUCH_PROCESS = 87;

/**
 * Windows: "gone" when no process has id `pid` or it exited; else its creation-time tag (0 when
 * it cannot be read: another user's process, which is alive as far as we can tell).
 */
function winProcess(win: WinSys, pid: number): { tag: number } | "gone" {
  const f = win.fn;
  const h = f.OpenProcess(QUERY_LIMITED, 0, pid);
  if (h === 0) return f.GetLastError() === NO_SUCH_PROCESS ? "gone" : { tag: 0 };
  try {
    const code = new Uint8Array(4);
    if (f.GetExitCodeProcess(h, code) !== 0 && new DataView(code.buffer).getUint32(0, true) !== STILL_ACTIVE) {
      return "gone";
    }
    const created = new Uint8Array(8);
    if (f.GetProcessTimes(h, created, new Uint8Array(8), new Uint8Array(8), new Uint8Array(8)) === 0) return { tag: 0 };
    return { tag: tagOf(new DataView(created.buffer).getBigUint64(0, true).toString()) };
  } finally {
    f.CloseHandle(h);
  }
}

/** This process's identity as a lock word holds it (computed once per runtime). */
export function selfIdentity(rt: Runtime): number {
  let id = identities.get(rt);
  if (id === undefined && rt.win !== undefined) {
    const pid = rt.win.fn.GetCurrentProcessId();
    const self = winProcess(rt.win, pid);
    id = ((pid >>> 2) & PID) | ((self === "gone" ? 0 : self.tag) << TAG_SHIFT);
    identities.set(rt, id);
  }
  if (id === undefined) {
    const pid = rt.sys!.getpid();
    const self = procStat(rt, pid);
    const tag = typeof self === "object" ? self.tag : 0;
    id = (pid & PID) | (tag << TAG_SHIFT);
    identities.set(rt, id);
  }
  return id;
}

/** Whether the process a lock word names (`holder`, the HOLDER bits) is still running. */
export function holderAlive(rt: Runtime, holder: number): boolean {
  const pid = holder & PID;
  const tag = (holder >>> TAG_SHIFT) & 0xff;
  if (rt.win !== undefined) {
    const p = winProcess(rt.win, pid << 2);
    return p !== "gone" && (tag === 0 || p.tag === 0 || p.tag === tag);
  }
  const st = procStat(rt, pid);
  // No entry: gone — or hidden from us (/proc mounted with hidepid): kill(pid, 0) decides.
  if (st === "gone") return processAlive(rt, pid);
  if (st !== undefined) {
    if (st.state === "Z" || st.state === "X") return false; // dead, waiting for its parent to reap it
    if (tag !== 0 && st.tag !== tag) return false; // the pid now belongs to another process
    return true;
  }
  return processAlive(rt, pid);
}

/** The pid in a lock word (on Windows the word holds the process id divided by 4). */
export function holderPid(rt: Runtime, holder: number): number {
  return rt.win === undefined ? holder & PID : (holder & PID) << 2;
}

/**
 * Whether a call runs on several threads, and how its range is cut. A call is split only when
 * every thread can reach the bytes on its own — a path, or a file mapping (through
 * /proc/self/fd, so a renamed or deleted file is still the same file) — and the work splits
 * exactly: counts and searches by position, checksums whose algorithm row has `combine`
 * (crc32/crc32c/adler32) by the combine math, transforms by whole elements. The others (xxHash)
 * are sequential by definition: never split.
 *
 * Anything this module cannot vouch for (a bad option, a range past the end, a missing file)
 * returns "not parallel", and the single-threaded call that follows throws the usual error:
 * one place words every error.
 * @module
 */
import { existsSync, statSync } from "node:fs";
import process from "node:process";
import {
  checksumWhat,
  crc32Implementation,
  defaultWalkSizes,
  elementTypeOf,
  isAddType,
  isAlgorithm,
  MappedFile,
  matchLimitOf,
  MmapError,
  type ProbeKernel,
  readChoice,
  rowOf,
  toPath,
  trialState,
  trialThreads,
} from "@mmapkit/core";
import { runtime } from "../runtime.ts";
import type { JobMessage, OpKind, Reuse, Slice } from "./job.ts";
import { cores, forget } from "./_pool.ts";
import { staging } from "./_staging.ts";

/** What a threaded call needs beyond its job. */
export interface Plan {
  job: Omit<JobMessage, "id" | "sab">;
  /** Subtract from a path position to get a source position (a mapping's file offset). */
  base: number;
  /** Start of the range in the path. */
  origin: number;
  /** Bytes of the range. */
  total: number;
  /** Threads to use, the calling one included. */
  threads: number;
  /** Copy the shared bytes back here once a transform is done. */
  copiedFrom?: Uint8Array;
  /** Gives the shared copy back for reuse, once no worker can touch it any more. */
  release?: () => void;
  /** The calling thread's own mapping, which its slices run on (source position = path position − base). */
  local?: MappedFile;
  /** findAll: the most offsets the call returns (core's matchLimitOf). */
  matchLimit: number;
}

/**
 * Below this many bytes, "auto" stays on one thread: slices handed to workers cost a round trip,
 * an open and a mapping each, and at 64 MiB that lost on Deno (0.71×, bench/RESULTS.md).
 */
export const AUTO_MIN_BYTES: number = 128 << 20;
/** Slices are whole MiBs (so transform elements are never split) of at least this size. */
const SLICE_MIN = 4 << 20;
/** …and at most one walk window. */
const SLICE_MAX = defaultWalkSizes.window;
const MiB = 1 << 20;

/** Whether digests of pieces of `algorithm` combine (the algorithm table's `combine`). */
const combines = (algorithm: unknown): boolean => isAlgorithm(algorithm) && rowOf(algorithm).combine !== undefined;

/**
 * From 128 MiB "auto" splits every kernel over the cores, except these:
 * - transforms below 4 cores: their writes fault each page (shared, file-backed) whatever the
 *   page tables hold, and the single-threaded walk already has the prefetch thread on a second
 *   core; measured on 2 cores, splitting them lost (bench/RESULTS.md).
 * - crc32 computed by the runtime's own zlib (carry-less multiply, 20–45 GB/s a core on resident
 *   bytes: Deno, Bun) below 4 cores: it runs near the memory's speed, and whether a second thread
 *   gains depends on the machine (1.6–1.8× on one, 0.93–1.17× on another), so it is timed both
 *   ways on the first large calls (core split_trial.ts), separately for a resident mapping and a
 *   first pass. Asked only for a call large enough to split, as it may time both implementations
 *   once. Only a call of the synchronous API (`teach`) is timed for the trial.
 *
 * Reads split even on 2 cores, on a first pass too: since the slices of a path read share the
 * engine the calling thread chose (`pathChoice`), count, findAll and adler32 gained 1.5–2.3× on
 * two threads over 1 GiB in either page-cache shape, 1.0–2.1× at 128–256 MiB, and 1.1–1.3× on a
 * mapping opened just before (bench/RESULTS.md); before that, splitting them gained only
 * 0.6–1.1×.
 */
function autoThreads(op: OpKind, arg: unknown, total: number, resident: boolean, teach: boolean): number {
  if (total < AUTO_MIN_BYTES) return 1;
  if (cores() < 4 && op === "checksum" && (arg as { algorithm: unknown }).algorithm === "crc32") {
    if (crc32Implementation(runtime()) === "wasm") return cores();
    return trialThreads(crc32Trial(resident), total, cores(), teach);
  }
  return splitsHere(op) ? cores() : 1;
}

const crc32Trial = (resident: boolean): string => `crc32 ${resident ? "resident" : "first pass"}`;

/**
 * What "auto" does with a crc32 of 128 MiB or more on a resident mapping or a first pass: "split"
 * over the cores, "one" thread, or "learning" (the trial's calls are still being timed).
 */
export function crc32Auto(resident: boolean): "split" | "one" | "learning" {
  if (cores() >= 4 || crc32Implementation(runtime()) === "wasm") return "split";
  const state = trialState(crc32Trial(resident));
  return state === "open" ? "learning" : state;
}

/**
 * Whether `source` is a mapping whose pages are known to be in the calling thread's page tables
 * (opened with `populate`). Its slices then run at memory speed here, and the workers keep their
 * own mapping of it between calls (job.ts, `Reuse`), so every kernel gains from more threads,
 * even on two cores: measured 1.2–2.1× with two threads on a populated 1 GiB mapping, where a
 * first pass over a new mapping gained 0.9–1.3× (bench/RESULTS.md).
 */
function isResident(source: unknown): boolean {
  return source instanceof MappedFile && !source.closed && source.engine === "mapped" &&
    source.window.faultedIn === true;
}

/** Whether "auto" may split this kernel on this machine at all (whatever the size). */
export function splitsHere(op: OpKind): boolean {
  return op !== "transform" || cores() >= 4;
}

/** Checks RunOptions.threads: a whole number ≥ 1, or "auto". */
export function threadsOption(value: unknown, what: string): number | "auto" {
  if (value === undefined || value === "auto") return "auto";
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  throw new MmapError(
    "EINVAL",
    `${what}: threads must be a whole number ≥ 1 or "auto", got ${
      typeof value === "string" ? JSON.stringify(value) : String(value)
    }`,
  );
}

/** Where a worker finds the source: a path it opens itself, or bytes in shared memory. */
interface Reach {
  path: string | Uint8Array;
  /** File offset of the source's byte 0. */
  base: number;
  size: number;
  /** Bytes copied into shared memory for the worker, to copy back after a transform. */
  copiedFrom?: Uint8Array;
  /** Gives the shared copy back for reuse. */
  release?: () => void;
  /** The source is this mapping of the calling thread. */
  local?: MappedFile;
}

/**
 * Where a worker finds `source`; undefined when it cannot. With `copy`, bytes a worker cannot
 * reach (a Uint8Array on an ordinary ArrayBuffer, anonymous memory) are copied into shared
 * memory — one memcpy, for the promise API, whose work must leave the calling thread.
 */
export function reachable(source: unknown, write: boolean, copy = false, what = "call"): Reach | undefined {
  if (typeof source === "string" || source instanceof URL) {
    let path: string;
    try {
      path = toPath(source);
      const st = statSync(path);
      return st.isFile() ? { path, base: 0, size: st.size } : undefined;
    } catch {
      return undefined;
    }
  }
  if (source instanceof MappedFile) {
    if (source.closed) return undefined;
    // A private or buffered mapping holds changes the file does not; a read mapping cannot be transformed.
    if (write && source.mode !== "write") return undefined;
    if (source.mode === "private" || source.engine !== "mapped") return copy ? sharedMapping(source, what) : undefined;
    const fd = source.descriptor;
    const path = `/proc/self/fd/${fd}`;
    // Linux only: elsewhere a "/proc" path may name something else (under Wine, the host's /proc).
    if (process.platform === "linux" && fd >= 0 && existsSync(path)) {
      return { path, base: source.offset, size: source.length, local: source };
    }
    return copy ? sharedMapping(source, what) : undefined;
  }
  if (source instanceof Uint8Array) {
    if (source.buffer instanceof SharedArrayBuffer) return { path: source, base: 0, size: source.length };
    if (!copy) return undefined;
    guardBytes(source, what);
    return shared(source);
  }
  return undefined;
}

/** Ids of the calling thread's mappings that workers were asked to reuse. */
const ids = new WeakMap<MappedFile, number>();
let lastId = 0;
/** A mapping dropped without close(): the workers let go of theirs when the collector takes it. */
const dropped = new FinalizationRegistry<number>((id) => forget(id));

/** How workers may keep their own mapping of `m` (and drop it when `m` closes). */
function reuseOf(m: MappedFile, write: boolean): Reuse {
  let id = ids.get(m);
  if (id === undefined) {
    id = ++lastId;
    ids.set(m, id);
    const closed = id;
    const token = {};
    m.onClose(() => {
      dropped.unregister(token);
      forget(closed);
    });
    dropped.register(m, id, token);
  }
  // A read of a populated mapping has the worker populate its own (a new key if it was not before).
  const populate = !write && isResident(m);
  const key = `${id}:${m.offset}:${m.length}:${write ? "write" : populate ? "read, populated" : "read"}`;
  return { key, id, offset: m.offset, length: m.length, ...(populate ? { populate } : {}) };
}

/**
 * Throws EFILECHANGED when `bytes` are a view of a mapping whose file now ends before them: copying
 * from (or back into) a page past the new end would raise SIGBUS. Its window re-checks the size,
 * as a walk does; other bytes pass.
 */
export function guardBytes(bytes: Uint8Array, what: string): void {
  runtime().pool.arenaOf(bytes.buffer)?.guard?.(bytes.byteOffset, bytes.length, what);
}

/** A mapping's bytes copied into shared memory, after the size check a walk makes (EFILECHANGED). */
function sharedMapping(m: MappedFile, what: string): Reach {
  const bytes = m.bytes;
  m.checkSize(m.length, what);
  return shared(bytes);
}

function shared(bytes: Uint8Array): Reach {
  const { bytes: copy, release } = staging(bytes.length);
  if (bytes.length > 0) copy.set(bytes); // a detached array has none (and set() would throw)
  return { path: copy, base: 0, size: bytes.length, copiedFrom: bytes, release };
}

/**
 * The engine every slice of a read of `path` uses: the one this thread found faster for the call's
 * kernel (core's readChoice), so that no slice runs a read trial of its own while the others run
 * theirs (each then times the others' contention: on a file in 4 KiB pages they mapped; on one in
 * 2 MiB folios, where adler32 mapped took 41 ms on 2 threads and copied 56, mapped slices timed
 * themselves slower than the copy measured alone and went on copying). "auto" where nothing was
 * chosen. Measured only for the synchronous API (a few ms on this thread); the promise API takes a
 * recent choice or leaves it to the slices.
 */
function pathChoice(path: string, measure: boolean, kernel: ProbeKernel): JobMessage["engine"] {
  try {
    return readChoice(runtime(), path, measure, kernel);
  } catch {
    return "auto"; // the slices meet the same error and report it as the call would
  }
}

/** The kernel a read runs, by its walk's name (as core names a trial's choice), and a run of it. */
function probeKernel(op: OpKind, arg: unknown, probe: Probe | undefined): ProbeKernel {
  const what = op === "checksum" ? checksumWhat((arg as { algorithm: string }).algorithm) : op;
  return { what, run: (options) => void probe?.(options as unknown as Record<string, unknown>) };
}

function needleLength(needle: unknown): number | undefined {
  if (typeof needle === "number") return 1;
  if (typeof needle === "string") return new TextEncoder().encode(needle).length || undefined;
  if (needle instanceof Uint8Array) return needle.length || undefined;
  return undefined;
}

function whole(v: unknown): number | undefined {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

function elementWidth(op: unknown): number {
  const o = op as Record<string, unknown>;
  if ("swap" in o) return o.swap as number;
  if ("add" in o) return isAddType(o.type) ? elementTypeOf(o.type).bytes : 1;
  return 1;
}

/**
 * The call itself on one thread, given options of its own (a range, an engine, a progress
 * callback): what a read's engine is chosen by timing (see `pathChoice`).
 */
export type Probe = (options: Record<string, unknown>) => unknown;

/**
 * The plan of a call, or undefined: run it on the calling thread. `away` (the promise API):
 * always a plan when a worker can reach the source, one slice when the call does not split.
 */
export function planOf(
  op: OpKind,
  source: unknown,
  arg: unknown,
  options: Record<string, unknown>,
  what: string,
  away = false,
  probe?: Probe,
): Plan | undefined {
  let wanted = threadsOption(options.threads, what);
  if (op === "checksum") {
    const { algorithm, start } = arg as { algorithm: unknown; start?: number };
    if (!combines(algorithm) || start === undefined) wanted = 1;
  }
  // A search usually ends in its first window, where a second thread would only read ahead:
  // "auto" keeps indexOf and lastIndexOf on one thread; a number of threads splits them.
  if (wanted === "auto" && (op === "indexOf" || op === "lastIndexOf")) wanted = 1;
  if (wanted === 1 && !away) return undefined;
  const resident = isResident(source);
  // "auto" that cannot split here needs no size: no stat, the single-threaded call as it was.
  if (wanted === "auto" && !away && !splitsHere(op)) return undefined;
  const at = reachable(source, op === "transform", away, what);
  if (at === undefined) return undefined;
  const offset = options.offset === undefined ? 0 : whole(options.offset);
  if (offset === undefined || offset > at.size) return undefined;
  const length = options.length === undefined ? at.size - offset : whole(options.length);
  if (length === undefined || offset + length > at.size) return undefined;
  let start = offset;
  let end = offset + length;
  let overlap = 0;
  let width = 1;
  if (op === "count" || op === "indexOf" || op === "lastIndexOf" || op === "findAll") {
    const n = op === "count" ? 1 : needleLength(arg);
    if (n === undefined) return undefined;
    overlap = n - 1;
    if (op === "indexOf" && options.from !== undefined) {
      const from = whole(options.from);
      if (from === undefined) return undefined;
      start = Math.min(end, Math.max(start, from));
    }
    if (op === "lastIndexOf" && options.to !== undefined) {
      const to = whole(options.to);
      if (to === undefined) return undefined;
      end = Math.max(start, Math.min(end, to + n));
    }
  }
  if (op === "transform") {
    const o = (arg as { op: unknown }).op;
    if (typeof o !== "object" || o === null) return undefined;
    width = elementWidth(o);
    if (length % width !== 0) return undefined;
  }
  // A file shrunk under the mapping: the single-threaded call says EFILECHANGED, as every thread's
  // slice would (a worker's as ERANGE of a range past the end of its /proc/self/fd path, first).
  if (at.local !== undefined && at.base + end > at.local.fileSize()) return undefined;
  const total = end - start;
  const slots = Math.max(1, Math.floor(total / SLICE_MIN));
  const threads = Math.min(wanted === "auto" ? autoThreads(op, arg, total, resident, !away) : wanted, slots);
  if (threads <= 1 && !away) return undefined;
  const size = threads <= 1
    ? Math.max(1, total)
    : Math.min(SLICE_MAX, Math.max(SLICE_MIN, Math.ceil(total / (threads * 4) / MiB) * MiB));
  const slices: Slice[] = [];
  for (let s = start; s < end || slices.length === 0; s += size) {
    const len = Math.min(size, end - s);
    slices.push({ start: at.base + s, length: len, overlap: Math.min(overlap, end - s - len) });
  }
  const asked = (options.engine as JobMessage["engine"] | undefined) ?? "auto";
  const engine = typeof at.path !== "string"
    ? "auto"
    : source instanceof MappedFile
    ? "mapped"
    : asked === "auto" && op !== "transform" && threads > 1
    ? pathChoice(at.path, !away && probe !== undefined, probeKernel(op, arg, probe))
    : asked;
  const job: Plan["job"] = {
    op,
    path: at.path,
    engine,
    arg,
    slices,
    backward: op === "lastIndexOf",
    origin: at.base + start,
  };
  if (at.local !== undefined) job.reuse = reuseOf(at.local, op === "transform");
  return {
    job,
    base: at.base,
    origin: at.base + start,
    total,
    threads: Math.max(1, threads),
    matchLimit: matchLimitOf(options),
    ...(at.copiedFrom === undefined ? {} : { copiedFrom: at.copiedFrom }),
    ...(at.release === undefined ? {} : { release: at.release }),
    ...(at.local === undefined ? {} : { local: at.local }),
  };
}

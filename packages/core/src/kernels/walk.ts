/**
 * The walk every kernel takes over a source: a MappedFile (its window, in place), a Uint8Array
 * (in place when it is a view of a mapping, else staged through a pooled Memory in chunks), or a
 * path (any size: windows mapped one after another with MAP_FIXED sliding, MADV_SEQUENTIAL, the
 * file's size re-checked before each window). Each chunk reaches the kernel as (ptr, len).
 * @module
 */
import {
  type Engine,
  type EngineChoice,
  type FileURL,
  type Mode,
  toEngine,
  toIndex,
  toOptions,
  toPath,
} from "../args.ts";
import { type Arena, RESERVED } from "../arena.ts";
import { decideEngine, openWindow } from "../engine.ts";
import { MmapError } from "../errors.ts";
import { requireRegular } from "../fileio.ts";
import type { KernelExports } from "../wasm/exports.ts";
import { MappedFile } from "../mapped_file.ts";
import type { Runtime } from "../runtime.ts";
import { checkSize } from "../window.ts";
import { choiceKey, recentChoice, rememberChoice } from "./read_choices.ts";

/** What a kernel runs on. */
export type Source = MappedFile | Uint8Array | string | FileURL;

/** Options every kernel takes. */
export interface RunOptions {
  /** Start of the range, relative to the source's start. */
  offset?: number;
  /** Length of the range; default: to the end of the source. */
  length?: number;
  /** Engine for path sources. */
  engine?: EngineChoice;
  /** Called after each chunk with bytes done and the range's total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads to run on (paths and file mappings; counts, searches, crc32/crc32c/adler32 and
   * transforms split exactly, xxHash never): a whole number, or "auto" (the default) — one
   * thread below 128 MiB or for a search; from there every core, except a transform below 4
   * cores (one thread) and a crc32 through the runtime's zlib below 4 cores (as timing showed
   * faster). The result is the single-threaded one.
   */
  threads?: number | "auto";
}

/** Options of a transform: those of every kernel, and `sync`. */
export interface TransformOptions extends RunOptions {
  /** Writes to a path: wait until they are on disk (fsync) before returning. Default false: written back asynchronously. */
  sync?: boolean;
}

/** One piece of the range, in a kernel's memory. `pos` is its position relative to the source's start. */
export interface Chunk {
  readonly kernel: KernelExports;
  readonly arena: Arena;
  readonly ptr: number;
  readonly len: number;
  readonly pos: number;
}

/** How a walk moves. */
export interface WalkPlan {
  /** Bytes consecutive chunks share (needle length − 1), so matches across a boundary are seen. */
  overlap?: number;
  /** Chunk lengths (except the last) are multiples of this (element size of a transform). */
  align?: number;
  /** The kernel writes: open paths "write", copy staged bytes back, flush. */
  write?: boolean;
  /** Who is walking, for messages. */
  what: string;
  /** Called with the range before anything is touched; throws to refuse it (bad input changes nothing). */
  check?: (start: number, length: number) => void;
  /**
   * Visit chunks from the end of the range to its start (lastIndexOf: a match near the end of a
   * large file is found without reading the rest). Same windows, overlap and size re-checks.
   */
  backward?: boolean;
  /** Walk no further than this position (relative to the source's start): the range is cut there. */
  until?: number;
}

/**
 * Walk sizes. `chunk`: the most handed to one kernel call (progress and size re-checks happen
 * between chunks). `window`: the window used to walk a path (fits the 64 MiB Memory size class
 * with the reserved area, so a walk of any size stays well under 256 MiB resident). `stage`: the
 * chunk copied into a Memory — a Uint8Array source's, and a buffered walk's pread/pwrite — small
 * enough to stay in a core's cache from the copy in through the kernel to the copy back (2 MiB
 * class with the reserved area): a transform of a cached file took 50–60 ms per 256 MiB with
 * 1–2 MiB pieces and 140–150 with 15 MiB ones, and reads 10–25% less (bench/RESULTS.md).
 * `prefetch`: on read walks over mapped windows of at least 4 of them, the chunk the kernel takes
 * while a worker faults in the rest of the window (0: no prefetching).
 */
export interface WalkSizes {
  readonly chunk: number;
  readonly window: number;
  readonly stage: number;
  readonly prefetch: number;
  /**
   * Tests only: a read trial chooses mapping, and then counts every mapped window after this many
   * as slower than the copy and the others as not (see walkPath), whatever the timings.
   */
  readonly slowAfter?: number;
}

/** The sizes every walk uses. */
export const defaultWalkSizes: WalkSizes = Object.freeze({
  prefetch: 4 << 20,
  chunk: 64 << 20,
  // A multiple of 2 MiB (every window's slot then keeps the file offset's place in a 2 MiB block),
  // and with 2 MiB of room for that alignment still inside a 64 MiB Memory.
  window: 60 << 20,
  stage: (2 << 20) - (256 << 10),
});

/**
 * Tests shrink the sizes of one call to put window boundaries where they can see them: its
 * options object carries them under this key (tests/_walk_sizes.ts), and {@link walk} uses them
 * for that walk only. Not a public option; a registered symbol, so that it means the same to the
 * copy of this module bundled into the `mmapkit` package.
 */
export const WALK_SIZES: unique symbol = Symbol.for("mmapkit.walkSizes") as never;

/** Options that may carry walk sizes for tests. */
export interface WithWalkSizes extends RunOptions {
  readonly [WALK_SIZES]?: WalkSizes;
}

/** The sizes of the walk in progress (walks are synchronous): its call's, else the defaults. */
let current: WalkSizes = defaultWalkSizes;

function walkSizes(): WalkSizes {
  return current;
}

/**
 * Whether walks on this thread may start the prefetch worker. A call split over threads turns it
 * off while the calling thread walks its slices: every core then runs a slice, faulting its own
 * pages, and a prefetch thread on top would take a core from one of them (measured on 2 cores:
 * count 0.93–1.03× one thread with it, 1.07–1.17× without; bench/RESULTS.md).
 */
export const prefetching: { on: boolean } = { on: true };

/**
 * Starts faulting in [ptr + first chunk, ptr + len) of `arena` from the prefetch worker, for a
 * read walk over a mapped window; returns the chunk size to walk with and the cancel to call
 * before the window moves, or undefined when not worth it or not available.
 */
function prefetch(rt: Runtime, arena: Arena, ptr: number, len: number): { chunk: number; cancel(): void } | undefined {
  const chunk = walkSizes().prefetch;
  if (!prefetching.on || chunk === 0 || len < 4 * chunk || rt.sys === undefined) return undefined;
  const pf = rt.prefetcher();
  if (pf === undefined) return undefined;
  const at = rt.sys.addressOf(arena.buffer) + ptr;
  const from = Math.ceil((at + chunk) / rt.pageSize) * rt.pageSize;
  pf.request(from, at + len - from);
  return { chunk, cancel: () => pf.cancel() };
}

/** Parses RunOptions into a checked range of a source of `size` bytes. */
export function rangeOf(options: RunOptions, size: number, what: string): { start: number; length: number } {
  const start = options.offset === undefined ? 0 : toIndex(options.offset, `${what}: offset`);
  if (start > size) {
    throw new MmapError(
      "ERANGE",
      `${what}: offset ${start} is past the end of the source (${size} bytes); pass an offset ≤ ${size}`,
    );
  }
  const length = options.length === undefined ? size - start : toIndex(options.length, `${what}: length`);
  if (start + length > size) {
    throw new MmapError(
      "ERANGE",
      `${what}: range ${start}+${length} is past the end of the source (${size} bytes); pass a length ≤ ${
        size - start
      }`,
    );
  }
  return { start, length };
}

/** The checked range (`plan.check` sees it whole), then cut at `plan.until`. */
function spanOf(options: RunOptions, size: number, plan: WalkPlan): { start: number; length: number } {
  const { start, length } = rangeOf(options, size, plan.what);
  plan.check?.(start, length);
  if (plan.until === undefined) return { start, length };
  return { start, length: Math.max(0, Math.min(start + length, plan.until) - start) };
}

/**
 * Asked by the next path walk, once the file is open and its range checked, with the range's
 * length: true hands the call back to its caller (which splits it over threads) by throwing
 * {@link Handover} before anything is mapped. Lets "auto" learn the size from the walk's own
 * fstat instead of a stat of its own. Set just before a synchronous call and taken by the walk
 * (one question per call; a slot, not an option, so that asking costs a small call nothing).
 */
export const handover: { ask: ((length: number) => boolean) | undefined } = { ask: undefined };

/** What a path walk throws when its caller takes the call back. */
export class Handover {
  constructor(readonly length: number) {}
}

/** The option names each kernel call takes: RunOptions', plus its own. */
export function runOptionNames(what: string): readonly string[] {
  const own = what === "checksum"
    ? ["seed"]
    : what === "indexOf"
    ? ["from"]
    : what === "lastIndexOf"
    ? ["to"]
    : what === "transform"
    ? ["sync"]
    : [];
  return ["offset", "length", "engine", "onProgress", "threads", ...own];
}

/**
 * `value` as the options of `what` (`also`: names a caller adds), refused with EINVAL where it
 * is not an object or names an option `what` does not take.
 */
export function knownRunOptions<T extends object>(
  value: unknown,
  what: string,
  also: readonly string[] = [],
): Partial<T> {
  if (what !== "transform" && typeof value === "object" && value !== null && "sync" in value) {
    throw new MmapError("EINVAL", `${what}: sync is an option of transform only (a ${what} writes nothing); remove it`);
  }
  return toOptions<T>(value, `${what} options`, [...runOptionNames(what), ...also]);
}

/** Checks RunOptions' shape (and that every option is one `what` takes). */
export function runOptions(value: unknown, what: string): TransformOptions {
  const o = knownRunOptions<TransformOptions>(value, what);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") {
    throw new MmapError("EINVAL", `${what}: onProgress must be a function`);
  }
  if (o.sync !== undefined && typeof o.sync !== "boolean") {
    throw new MmapError("EINVAL", `${what}: sync must be a boolean`);
  }
  toEngine(o.engine, what);
  return o;
}

function chunkSize(limit: number, align: number): number {
  return Math.max(align, Math.floor(limit / align) * align);
}

/**
 * Walks [start, start + length) of `source` in chunks, calling `visit` on each; `visit` returns
 * true to stop early. Consecutive chunks overlap by `plan.overlap` bytes.
 */
export function walk(
  rt: Runtime,
  source: unknown,
  options: RunOptions,
  plan: WalkPlan,
  visit: (c: Chunk) => boolean | void,
): void {
  const outer = current;
  current = (options as WithWalkSizes)[WALK_SIZES] ?? defaultWalkSizes;
  try {
    if (source instanceof MappedFile) return walkMapped(source, options, plan, visit);
    if (source instanceof Uint8Array) return walkBytes(rt, source, options, plan, visit);
    if (typeof source === "string" || source instanceof URL) {
      return walkPath(rt, toPath(source, rt.win !== undefined), options, plan, visit);
    }
    throw new MmapError("EINVAL", `${plan.what}: the source must be a MappedFile, a Uint8Array, a path or a file: URL`);
  } finally {
    current = outer;
  }
}

/**
 * Splits [start, end) into chunks of at most `max` bytes (> overlap) that overlap by `overlap`;
 * calls `step` on each, in order from `start`, or from `end` back to `start` when `backward`.
 * `step` returns true to stop.
 */
function split(
  start: number,
  end: number,
  max: number,
  overlap: number,
  step: (pos: number, len: number) => boolean | void,
  backward = false,
): void {
  if (backward) {
    let to = end;
    while (to > start) {
      const len = Math.min(max, to - start);
      const pos = to - len;
      if (step(pos, len) === true) return;
      if (pos <= start) return;
      to = pos + overlap;
    }
    return;
  }
  let pos = start;
  while (pos < end) {
    const len = Math.min(max, end - pos);
    if (step(pos, len) === true) return;
    if (pos + len >= end) return;
    pos += len - overlap;
  }
}

/**
 * The range of `source` as one array in memory, checked as a walk checks it (range, closed
 * mapping, a file shrunk under a mapping), or undefined for a path (walked window by window) and
 * for a range shorter than `min` bytes (left to the walk). For a call that hashes the whole range
 * at once; the caller reports progress.
 */
export function wholeRange(
  rt: Runtime,
  source: unknown,
  options: RunOptions,
  what: string,
  min: number,
): Uint8Array | undefined {
  if (source instanceof MappedFile) {
    // The window's view, not `bytes`: used within this call only, so nothing need be detached at close.
    const bytes = source.window.view; // throws ECLOSED
    const { start, length } = spanOf(options, source.length, { what });
    if (length < min) return undefined;
    source.checkSize(start + length, what);
    return bytes.subarray(start, start + length);
  }
  if (source instanceof Uint8Array) {
    const { start, length } = spanOf(options, source.length, { what });
    if (length < min) return undefined; // also a detached array (length 0), which subarray() refuses on Bun
    // A view of a file mapping: the file may have shrunk under it (SIGBUS); its window re-checks.
    rt.pool.arenaOf(source.buffer)?.guard?.(source.byteOffset + start, length, what);
    return source.subarray(start, start + length);
  }
  return undefined;
}

/** Bytes of [start, end) done once the chunk [pos, pos + len) is: for progress reports. */
function doneAfter(start: number, end: number, pos: number, len: number, backward: boolean | undefined): number {
  return backward === true ? end - pos : pos + len - start;
}

function walkMapped(
  file: MappedFile,
  options: RunOptions,
  plan: WalkPlan,
  visit: (c: Chunk) => boolean | void,
): void {
  const window = file.window; // throws ECLOSED
  if (plan.write && file.mode === "read") {
    throw new MmapError("EMODE", `${plan.what}: the mapping is "read"; open it with mode "write" (or "private")`);
  }
  // A view outside every Memory (Windows; a small buffered window on a buffer of its own):
  // staged in chunks, like any Uint8Array, each checked against the file's size first.
  if (window.arena === undefined) {
    return walkBytes(file.runtime, window.view, options, plan, (c) => {
      file.checkSize(c.pos + c.len, plan.what);
      return visit(c);
    });
  }
  const arena = window.arena;
  const { start, length } = spanOf(options, file.length, plan);
  const overlap = plan.overlap ?? 0;
  // Prefetching runs ahead of a forward walk; a backward one would fault pages it may never need,
  // and a window populated when it was mapped has nothing left to fault (the thread only costs).
  const pf = plan.write !== true && plan.backward !== true && window.engine === "mapped" && window.faultedIn !== true
    ? prefetch(file.runtime, arena, window.ptr + start, length)
    : undefined;
  const max = chunkSize(pf?.chunk ?? walkSizes().chunk, plan.align ?? 1);
  try {
    split(start, start + length, Math.max(max, overlap + 1), overlap, (pos, len) => {
      file.checkSize(pos + len, plan.what);
      const stop = visit({ kernel: arena.kernel, arena, ptr: window.ptr + pos, len, pos });
      options.onProgress?.(doneAfter(start, start + length, pos, len, plan.backward), length);
      return stop;
    }, plan.backward);
  } finally {
    pf?.cancel();
  }
  if (length === 0) options.onProgress?.(0, 0);
}

function walkBytes(
  rt: Runtime,
  bytes: Uint8Array,
  options: RunOptions,
  plan: WalkPlan,
  visit: (c: Chunk) => boolean | void,
): void {
  const { start, length } = spanOf(options, bytes.length, plan);
  const overlap = plan.overlap ?? 0;
  const home = rt.pool.arenaOf(bytes.buffer);
  // A view of a file mapping: the file may have shrunk under it (SIGBUS); its window re-checks.
  const guard = (pos: number, len: number): void => home?.guard?.(bytes.byteOffset + pos, len, plan.what);
  if (home !== undefined && bytes.byteOffset >= RESERVED) {
    // A view of a mapping (or of a kernel Memory): run in place, no copy.
    const max = chunkSize(walkSizes().chunk, plan.align ?? 1);
    split(start, start + length, Math.max(max, overlap + 1), overlap, (pos, len) => {
      guard(pos, len);
      const stop = visit({ kernel: home.kernel, arena: home, ptr: bytes.byteOffset + pos, len, pos });
      options.onProgress?.(doneAfter(start, start + length, pos, len, plan.backward), length);
      return stop;
    }, plan.backward);
    if (length === 0) options.onProgress?.(0, 0);
    return;
  }
  const stage = Math.max(chunkSize(walkSizes().stage, plan.align ?? 1), overlap + 1);
  const arena = rt.pool.acquire(RESERVED + Math.min(stage, Math.max(length, 1)));
  const room = new Uint8Array(arena.buffer, RESERVED, Math.min(stage, length));
  try {
    split(start, start + length, stage, overlap, (pos, len) => {
      const piece = room.subarray(0, len);
      guard(pos, len);
      piece.set(bytes.subarray(pos, pos + len));
      const stop = visit({ kernel: arena.kernel, arena, ptr: RESERVED, len, pos });
      if (plan.write) bytes.set(piece, pos);
      options.onProgress?.(doneAfter(start, start + length, pos, len, plan.backward), length);
      return stop;
    }, plan.backward);
    if (length === 0) options.onProgress?.(0, 0);
  } finally {
    room.fill(0);
    rt.pool.release(arena);
  }
}

/** The smallest window a read trial maps (see walkPath): files from 3 times this size are tried. */
const READ_PROBE_MIN = 8 << 20;

/**
 * The window a read trial of `length` bytes maps first: a whole walk window where the range holds
 * three, else a quarter of the range, at least {@link READ_PROBE_MIN}. On one VM a 64 MiB file
 * whose page cache held 4 KiB pages counted in 43–58 ms mapped and 22–28 copied (the same bytes
 * in 2 MiB folios: 3.6 mapped, 11–17 copied), and only files of 180 MiB and more were tried.
 */
function readProbe(length: number, window: number, pageSize: number): number {
  if (length >= 3 * window) return window;
  return Math.min(window, chunkSize(Math.max(READ_PROBE_MIN, Math.floor(length / 4)), pageSize));
}

/** Bytes a read of a large path copies on trial, after its first window was mapped (see walkPath). */
const TRIAL_COPY = 4 << 20;

/** The kernels (plan.what) this thread has run a read trial for (see walkPath). */
const trialsRun = new Set<string>();

/**
 * A read that maps on a trial's word still times each window: one that runs this much slower per
 * byte than the copy measured means the page cache changes shape past the windows timed (on one
 * machine a file's cache went from 2 MiB folios to 4 KiB pages in parts, over minutes), and the
 * rest is copied.
 */
const SWITCH_MARGIN = 1.3;

/** Bytes {@link readChoice} maps, and copies, to time both. */
const CHOICE_PROBE = 4 << 20;
/**
 * The kernels whose copying this thread has run once: the first copy faults its staging pages in
 * and runs a kernel not yet compiled by the optimising tier (14 ms for 4 MiB on Deno, against 4.5
 * mapped just after — so a process's first threaded read chose mapping on a file whose 4 KiB
 * pages made it twice as slow, and its next calls took 117 ms instead of 65).
 */
const copiedOnce = new Set<string>();

/**
 * A call's kernel, for {@link readChoice}: its walk's `what`, and `run`, the call itself on one
 * thread with the options given (a range, an engine, a progress callback and walk sizes).
 */
export interface ProbeKernel {
  what: string;
  run(options: WithWalkSizes & { threads: 1 }): void;
}

/** The chunks a choice's probe walks in: four of them, the first left out of its timing. */
const PROBE_SIZES: WalkSizes = Object.freeze({ ...defaultWalkSizes, chunk: CHOICE_PROBE / 4, prefetch: 0 });

/**
 * The engine the slices of a read of `path` split over threads use: a recent trial's choice for
 * the file and kernel, else one of each timed here — the call's own kernel run single-threaded on
 * CHOICE_PROBE bytes mapped and as many copied, each timed per byte from the end of its first
 * chunk, as a trial's spans (the first pays for mapping, staging pages and a kernel's cold start;
 * timed whole, 4 MiB mapped took 0.67 ms against 0.45 copied on a file whose trial had measured
 * the opposite, 0.11 against 0.35 ms per MB) — and kept as a trial's is; "auto" where there is
 * nothing to choose (no arena placement, a file too short to time). Slices left to their own
 * trials run them on every thread at once, and each times the others' contention: one on 4 KiB
 * pages timed copying at 1.64 ms/MB against 1.15 mapped, where one thread alone measured 0.59 and
 * 1.11, and mapped on (bench/RESULTS.md, "night"). With `measure` false, only a recent choice is
 * used.
 */
export function readChoice(rt: Runtime, path: string, measure: boolean, kernel: ProbeKernel): EngineChoice {
  if (rt.placement !== "arena" || !rt.mappedWorks()) return "auto";
  let st: { dev: number; ino: number; size: number };
  const fd = rt.io.open(path, false, false);
  try {
    st = rt.io.stat(fd, path);
  } finally {
    rt.io.close(fd);
  }
  const key = choiceKey(st, kernel.what);
  const known = recentChoice(key);
  if (known !== undefined) return known.engine;
  if (!measure || st.size < 2 * CHOICE_PROBE) return "auto";
  // ms per byte of [offset, offset + CHOICE_PROBE) through `engine`, past its first chunk.
  const rate = (engine: Engine, offset: number): number => {
    let from: number | undefined;
    let fromDone = 0;
    let to = 0;
    let toDone = 0;
    const onProgress = (done: number): void => {
      const now = performance.now();
      if (from === undefined) [from, fromDone] = [now, done];
      else [to, toDone] = [now, done];
    };
    kernel.run({ offset, length: CHOICE_PROBE, engine, threads: 1, onProgress, [WALK_SIZES]: PROBE_SIZES });
    return toDone > fromDone ? (to - from!) / (toDone - fromDone) : Infinity;
  };
  // Copied first: a kernel not yet run in this thread runs cold once, against the copy.
  if (!copiedOnce.has(kernel.what)) rate("buffered", CHOICE_PROBE);
  copiedOnce.add(kernel.what);
  const copied = rate("buffered", CHOICE_PROBE);
  const mapped = rate("mapped", 0);
  const engine: Engine = mapped <= copied ? "mapped" : "buffered";
  rememberChoice(key, engine, copied);
  return engine;
}

function walkPath(
  rt: Runtime,
  path: string,
  options: RunOptions,
  plan: WalkPlan,
  visit: (c: Chunk) => boolean | void,
): void {
  const mode: Mode = plan.write ? "write" : "read";
  const fd = rt.io.open(path, mode === "write", false);
  try {
    const st = rt.io.stat(fd, path);
    requireRegular(st.kind, path);
    if (st.size === 0 && rt.io.pread(fd, new Uint8Array(1), 0) > 0) {
      // /proc, /sys and the like: "regular" files whose size (0) is not their content.
      throw new MmapError(
        "ENODEV",
        `${plan.what}: ${
          JSON.stringify(path)
        } reports size 0 but has content (a /proc or /sys file); use fs to read it`,
        { path },
      );
    }
    const { start, length } = spanOf(options, st.size, plan);
    const ask = handover.ask;
    handover.ask = undefined;
    if (ask !== undefined && ask(length)) throw new Handover(length);
    const choice = toEngine(options.engine, plan.what);
    const sizes = (options as WithWalkSizes)[WALK_SIZES];
    // A short read is copied (see SMALL_WALK), but not under test sizes: those shrink the windows
    // to walk a file of a few pages as the mapped engine walks a large one.
    const known = sizes === undefined ? { length } : {};
    const { engine } = decideEngine(rt, { choice, use: "walk", mode, ...known, what: plan.what });
    const whole = { start, length };
    const span = (from: number, len: number, eng: Engine, tried = false): boolean | void =>
      walkSpan(rt, { fd, path, write: mode === "write" }, eng, options, plan, visit, whole, from, len, tried);
    // Whole windows of the mapped walk, so that no element is split between the two engines.
    const probe = chunkSize(walkSizes().window, Math.max(plan.align ?? 1, rt.pageSize));
    // A read trial's first window: a smaller file tries with a smaller one (see readProbe).
    const trialWindow = readProbe(length, probe, rt.pageSize);
    if (
      engine === "buffered" && choice === "auto" && plan.write === true && plan.backward !== true &&
      rt.placement === "arena" && rt.mappedWorks() && length >= 3 * probe
    ) {
      // A transform of a large file: one window mapped, one copied, both timed; the faster takes
      // the rest. Which wins depends on the page cache, not on the code: where a cached file sits
      // in 2 MiB folios, a mapped window (prefaulted for write, whole folios at a time) took about
      // half the time of pread + pwrite; where it sits in 4 KiB pages (older kernels and file
      // systems; a file written from an untouched buffer), 1.5 times as long (bench/RESULTS.md).
      // A mapped window the file system would not prefault for write (no space for a hole's
      // blocks, a mapping refused) goes on copied from there: pwrite says ENOSPC where a write
      // through the mapping would have killed the process with SIGBUS.
      const end = start + length;
      // [from, from + len) mapped on trial; if a window is refused, copied from there to the end.
      const mapped = (from: number, len: number): { stop: boolean | void; refused: boolean } => {
        try {
          return { stop: span(from, len, "mapped", true), refused: false };
        } catch (e) {
          if (!(e instanceof MapRefused)) throw e;
          return { stop: span(e.pos, end - e.pos, "buffered"), refused: true };
        }
      };
      let t = performance.now();
      const first = mapped(start, probe);
      const mappedMs = performance.now() - t;
      if (!first.refused && first.stop !== true) {
        t = performance.now();
        const stop = span(start + probe, probe, "buffered");
        const copiedMs = performance.now() - t;
        const rest = start + 2 * probe;
        if (stop !== true) {
          if (mappedMs < copiedMs) mapped(rest, end - rest);
          else span(rest, end - rest, "buffered");
        }
      }
    } else if (
      engine === "mapped" && choice === "auto" && plan.write !== true && plan.backward !== true &&
      rt.placement === "arena" && length >= 3 * trialWindow
    ) {
      // A read of a large file: the first window mapped, then a few MiB copied, both timed per
      // byte; the faster takes the rest. Mapping wins where the page cache holds the file in large
      // folios (2 MiB folios: a first pass at ~25 GB/s); where it holds 4 KiB pages (older kernels,
      // files written or read back in small pieces) every page is a fault of its own, and copying
      // with pread was 3.5–4 times faster (count of 1 GiB: 125 ms against 440).
      // The copied piece is timed from the end of its first chunk: that one pays for faulting in
      // the staging Memory (once per walk; measured 4 MiB in 5.6 ms with it, ~0.4 ms without).
      const key = choiceKey(st, plan.what);
      // Where a span that goes on from `pos` starts: the needle's length − 1 earlier (not before
      // the range), so that a match across the seam between two spans is seen whole, as across
      // two chunks of one span. Without it, findAll missed matches across the trial's seams.
      const seam = (pos: number): number => Math.max(start, pos - (plan.overlap ?? 0));
      const keep = sizes === undefined; // not for test sizes
      const end = start + length;
      const target = { fd, path, write: false };
      // [from, from + len) walked by `eng`, timed from the end of its first chunk: ms per byte
      // (undefined for a span of one chunk), and the whole span's ms.
      const timedSpan = (eng: Engine, from: number, len: number) => {
        let after: number | undefined;
        let bytes = 0;
        const timed = (c: Chunk): boolean | void => {
          const stop = visit(c);
          if (after === undefined) after = performance.now();
          else bytes += c.len;
          return stop;
        };
        const t = performance.now();
        const stop = walkSpan(rt, target, eng, options, plan, timed, whole, from, len);
        const now = performance.now();
        return { stop, rate: bytes > 0 ? (now - after!) / bytes : undefined, ms: now - t };
      };
      // Maps [from, end) window by window, each timed; copies the rest from a window that ran
      // slower than `copiedRate` (ms per byte) by SWITCH_MARGIN. Returns the engine it ended with.
      const watched = (from: number, copiedRate: number): Engine => {
        const forced = sizes?.slowAfter; // tests: the window count decides, not the clock
        let windows = 0;
        for (let pos = from; pos < end;) {
          const len = Math.min(trialWindow, end - pos);
          const at = seam(pos);
          const window = timedSpan("mapped", at, pos + len - at);
          if (window.stop === true) return "mapped";
          pos += len;
          // From the window's second chunk, as the trial: a kernel's first call in this thread
          // runs cold, and a cached choice skips the trial that would have warmed it.
          const rate = window.rate ?? window.ms / len;
          const slow = forced !== undefined
            ? ++windows > forced
            : len === trialWindow && rate > copiedRate * SWITCH_MARGIN;
          if (pos < end && slow) {
            span(seam(pos), end - seam(pos), "buffered");
            return "buffered";
          }
        }
        return "mapped";
      };
      const cached = keep ? recentChoice(key) : undefined;
      if (cached !== undefined) {
        if (cached.engine === "buffered") span(start, length, "buffered");
        else if (watched(start, cached.copiedRate) === "buffered") rememberChoice(key, "buffered", cached.copiedRate);
        return;
      }
      const piece = Math.min(TRIAL_COPY, trialWindow);
      // Both timed from the end of their first chunk: the mapped window's first chunk may be the
      // kernel's first run in this process, in the engine's baseline tier (a wasm call that started
      // there ends there), which made the first call of a process copy files that mapped faster.
      const m = timedSpan("mapped", start, trialWindow);
      if (m.stop === true) return;
      const mappedRate = m.rate ?? m.ms / trialWindow;
      const c = timedSpan(
        "buffered",
        seam(start + trialWindow),
        start + trialWindow + piece - seam(start + trialWindow),
      );
      if (c.stop === true) return;
      const copiedRate = c.rate ?? Infinity;
      const rest = start + trialWindow + piece;
      let faster: Engine = mappedRate <= copiedRate || sizes?.slowAfter !== undefined ? "mapped" : "buffered";
      if (faster === "buffered") span(seam(rest), end - seam(rest), "buffered");
      else faster = watched(rest, copiedRate);
      // A kernel's first trial in this thread ran it cold (timing from the second chunk only
      // softens that): its choice does not stand for the next calls, which try again. Per kernel:
      // after a count, the first xxh64 still starts cold.
      if (keep && trialsRun.has(plan.what)) rememberChoice(key, faster, copiedRate);
      trialsRun.add(plan.what);
    } else {
      span(start, length, engine);
    }
    if (length === 0) options.onProgress?.(0, 0);
    if (plan.write && (options as TransformOptions).sync === true) rt.io.fsync(fd);
  } finally {
    rt.io.close(fd);
  }
}

/** A window mapped on trial that could not be prefaulted for write: the walk goes on copying from `pos`. */
class MapRefused {
  constructor(readonly pos: number) {}
}

/**
 * Walks [from, from + len) of an open file through one window of `engine` (`tried`: mapped on
 * trial, see {@link MapRefused}); progress is reported
 * against the whole range the call was given. Returns true when `visit` stopped the walk.
 */
function walkSpan(
  rt: Runtime,
  target: { fd: number; path: string; write: boolean },
  engine: Engine,
  options: RunOptions,
  plan: WalkPlan,
  visit: (c: Chunk) => boolean | void,
  whole: { start: number; length: number },
  from: number,
  len: number,
  tried = false,
): boolean | void {
  const { fd, path } = target;
  const { start, length } = whole;
  const window = openWindow(rt, engine, target);
  let stopped: boolean | void = false;
  try {
    const w = window;
    const overlap = plan.overlap ?? 0;
    // A buffered walk reuses one small window, so its pages stay warm from one pread to the
    // next; a mapped walk maps large windows (fewer mmap calls, no copy).
    const size = engine === "buffered" ? walkSizes().stage : walkSizes().window;
    const max = Math.max(chunkSize(size, Math.max(plan.align ?? 1, rt.pageSize)), overlap + 1);
    const shrunk = (end: number): void => checkSize(rt, fd, path, end, plan.what, "walk");
    // A window's writes go back only while the file still holds the window: written back into a
    // file shrunk meanwhile (from onProgress, another process), pwrite would grow it again.
    const writeBack = (pos: number, len: number): void => {
      shrunk(pos + len);
      w.flush(0, len, true);
    };
    split(from, from + len, max, overlap, (pos, len) => {
      shrunk(pos + len);
      // Reads rely on the kernel's fault-around (16 pages a fault; prefaulting measured slower);
      // a transform asked to map writes every page, so it prefaults for write in one call.
      if (tried) {
        // Mapped on trial (nobody asked for it): only if every page could be prefaulted for write.
        try {
          w.place(pos, len, "write");
        } catch {
          throw new MapRefused(pos);
        }
        if (w.faultedIn !== true) throw new MapRefused(pos);
      } else {
        w.place(pos, len, plan.write === true ? "write" : false);
        if (plan.write === true && w.prefaultFailure === "EFAULT") {
          // Asked to map: the kernel said a write to some page of this window would raise SIGBUS.
          throw new MmapError(
            "EFAULT",
            `${plan.what}: the file system cannot give ${JSON.stringify(path)} the pages of bytes ${pos}..${
              pos + len
            } for writing (full, a quota, or the file shrank); writing through the mapping would kill the process with SIGBUS. Free space, or pass engine: "buffered" to get the file system's own error`,
            { syscall: "madvise", path },
          );
        }
      }
      // Readahead only runs forward: a backward walk keeps the default advice.
      if (w.engine === "mapped" && plan.backward !== true) w.advise(0, len, "sequential");
      if (w.arena === undefined) {
        // A view outside every Memory (Windows): staged in chunks, like any Uint8Array.
        // Bytes done in this window, as done over the whole range: a backward walk did the windows after it.
        const before = plan.backward === true ? start + length - (pos + len) : pos - start;
        const onProgress = (done: number): void => options.onProgress?.(before + done, length);
        let stop: boolean | void = false;
        // Checked and cut above, against the whole range.
        const { check: _checked, until: _until, ...inner } = plan;
        walkBytes(rt, w.view, { onProgress }, inner, (c) => {
          if (c.pos > 0) shrunk(pos + c.pos + c.len);
          return stop = visit({ ...c, pos: pos + c.pos });
        });
        if (plan.write) writeBack(pos, len);
        return stopped = stop;
      }
      const arena = w.arena;
      let stop: boolean | void = false;
      const pf = plan.write !== true && plan.backward !== true && w.engine === "mapped"
        ? prefetch(rt, arena, w.ptr, len)
        : undefined;
      const inner = chunkSize(pf?.chunk ?? walkSizes().chunk, plan.align ?? 1);
      try {
        let first = true;
        split(0, len, Math.max(inner, overlap + 1), overlap, (p, l) => {
          // The window was checked as a whole; re-check between its chunks.
          if (!first) shrunk(pos + p + l);
          first = false;
          stop = visit({ kernel: arena.kernel, arena, ptr: w.ptr + p, len: l, pos: pos + p });
          options.onProgress?.(doneAfter(start, start + length, pos + p, l, plan.backward), length);
          return stop;
        }, plan.backward);
      } finally {
        pf?.cancel(); // before the window moves or is unmapped
      }
      if (plan.write) writeBack(pos, len);
      return stopped = stop;
    }, plan.backward);
  } finally {
    window.dispose();
  }
  return stopped;
}

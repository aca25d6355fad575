/** `open()` and `anonymous()`: the ways to get a {@link MappedFile}. @module */
import {
  type Advice,
  type EngineChoice,
  type FileURL,
  type Mode,
  toAdvice,
  toEngine,
  toIndex,
  toMode,
  toOptIndex,
  toOptions,
  toPath,
} from "./args.ts";
import { decideEngine, openWindow } from "./engine.ts";
import { MmapError } from "./errors.ts";
import { type FileStat, requireRegular } from "./fileio.ts";
import { growFile, shmDevice } from "./_grow.ts";
import { MappedFile } from "./mapped_file.ts";
import type { Runtime } from "./runtime.ts";
import type { Window } from "./window.ts";

export type { EngineChoice };

/** Options of {@link open}. */
export interface OpenOptions {
  /** "read" (default), "write" (shared: changes reach the file) or "private" (copy-on-write). */
  mode?: Mode;
  /** File offset of bytes[0]; any value (alignment is handled inside). */
  offset?: number | bigint;
  /** Bytes to map; default: file size − offset. At most maxWindow. */
  length?: number;
  /** "write": create the file if it is missing. */
  create?: boolean;
  /** "write": grow the file to at least this size first. */
  size?: number | bigint;
  /** Prefault the pages (MAP_POPULATE). */
  populate?: boolean;
  /** madvise right after mapping. */
  advice?: Advice;
  /** Engine; default "auto". */
  engine?: EngineChoice;
}

/** Options of {@link anonymous}. */
export interface AnonymousOptions {
  /** Ask for transparent huge pages (MADV_HUGEPAGE). */
  hugePages?: boolean;
  /** Lock the pages in RAM (MAP_LOCKED / mlock). */
  lock?: boolean;
  engine?: EngineChoice;
}

/** The names of OpenOptions. */
const OPEN_OPTIONS = ["mode", "offset", "length", "create", "size", "populate", "advice", "engine"] as const;

function toBool(value: unknown, what: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new MmapError("EINVAL", `${what} must be a boolean`);
  return value;
}

/** @internal What `shared()` adds to a "write" open. */
export interface CreateFlags {
  /** O_EXCL with `create`. */
  exclusive?: boolean;
  /** Permission bits of a file this call creates. */
  permissions?: number;
  /** O_NOFOLLOW: a symbolic link is refused (ELOOP), never followed. */
  noFollow?: boolean;
  /** Checks the opened file before anything changes (throws to refuse it); `created`: this call made it. */
  verify?: (st: FileStat, created: boolean) => void;
  /** Refuse shrinking the file with resize() (shared memory: see MappedFileInit.noShrink). */
  sharedRegion?: boolean;
  /** The descriptor is open read-write (default: mode is "write"). */
  writable?: boolean;
  /** Mapped from a caller's descriptor (see MappedFileInit.byDescriptor). */
  byDescriptor?: boolean;
}

/** @internal OpenOptions, checked. */
export interface OpenPlan {
  mode: Mode;
  offset: number;
  length: number | undefined;
  create: boolean;
  populate: boolean;
  size: number | undefined;
  advice: Advice | undefined;
  /** What the caller asked for ("auto" when nothing). */
  choice: EngineChoice;
}

/** @internal Checks `options` before anything is opened: bad input changes nothing. */
export function openPlan(rt: Runtime, options: unknown): OpenPlan {
  const o = toOptions<OpenOptions>(options, "open options", OPEN_OPTIONS);
  const mode = toMode(o.mode);
  const offset = toOptIndex(o.offset, "offset") ?? 0;
  const length = toOptIndex(o.length, "length");
  const create = toBool(o.create, "create");
  const populate = toBool(o.populate, "populate");
  const size = toOptIndex(o.size, "size");
  const advice = o.advice === undefined ? undefined : toAdvice(o.advice);
  if (mode !== "write" && (create || size !== undefined)) {
    throw new MmapError("EMODE", `create and size need mode "write" (got "${mode}")`);
  }
  if (length !== undefined && length > rt.maxWindow) {
    throw new MmapError(
      "ERANGE",
      `length ${length} is over maxWindow (${rt.maxWindow}); map a smaller window and slide it with remap()`,
    );
  }
  const choice = toEngine(o.engine);
  decideEngine(rt, { choice, use: "open", mode }); // ENOFFI now, before anything is opened
  return { mode, offset, length, create, populate, size, advice, choice };
}

/** Maps a file, or a segment of it at any offset. */
export function openFile(
  rt: Runtime,
  path: string | FileURL,
  options?: OpenOptions,
  flags: CreateFlags = {},
): MappedFile {
  const p = toPath(path, rt.win !== undefined);
  const plan = openPlan(rt, options);
  const { fd, created } = openOrCreate(rt, p, plan.mode === "write", plan.create, flags);
  return mapOpened(rt, fd, p, created, plan, flags);
}

/**
 * @internal Maps the open descriptor `fd` (which the MappedFile then owns: closed on failure
 * too); `path` names it in messages; `created`: this call made the file (removed on failure).
 */
export function mapOpened(
  rt: Runtime,
  fd: number,
  p: string,
  created: boolean,
  plan: OpenPlan,
  flags: CreateFlags = {},
): MappedFile {
  const { mode, offset, length, size, populate, advice } = plan;
  let window: Window | undefined;
  let file: MappedFile | undefined;
  try {
    const st = rt.io.stat(fd, p);
    requireRegular(st.kind, p);
    flags.verify?.(st, created);
    // Check everything before the file is grown: bad input never changes a file.
    const fileSize = mode === "write" && size !== undefined ? Math.max(st.size, size) : st.size;
    if (offset > fileSize) {
      const grow = mode === "write" ? `, or pass { size: ${offset + (length ?? 0)} } to grow the file first` : "";
      throw new MmapError(
        "ERANGE",
        `offset ${offset} is past the end of ${
          JSON.stringify(p)
        } (${fileSize} bytes); pass an offset ≤ ${fileSize}${grow}`,
        { path: p },
      );
    }
    const len = length ?? fileSize - offset;
    if (length === undefined && fileSize === 0) {
      throw new MmapError(
        "EINVAL",
        `${JSON.stringify(p)} is empty: there is nothing to map; open with { mode: "write", size } to grow it first`,
        { path: p },
      );
    }
    if (len > rt.maxWindow) {
      throw new MmapError(
        "ERANGE",
        `${
          JSON.stringify(p)
        } from offset ${offset} is ${len} bytes, over maxWindow (${rt.maxWindow}); pass a length and slide with remap(), or give the path to a kernel`,
        { path: p },
      );
    }
    if (offset + len > fileSize) {
      const fits = offset === fileSize
        ? `offset ${offset} is the end of the file: pass an offset below ${fileSize}`
        : `pass a length ≤ ${fileSize - offset}`;
      const hint = mode === "write" ? `; ${fits}, or { size: ${offset + len} } to grow the file first` : `; ${fits}`;
      throw new MmapError(
        "ERANGE",
        `range ${offset}+${len} is past the end of ${JSON.stringify(p)} (${fileSize} bytes)${hint}`,
        { path: p },
      );
    }
    // A file in /dev/shm (however the path spells it) is shared memory: never shrunk, grown with
    // its pages reserved (see _grow.ts).
    const onShm = mode === "write" && st.dev === shmDevice(rt);
    if (fileSize > st.size) growFile(rt, fd, p, fileSize, onShm || flags.sharedRegion === true);
    const { engine } = decideEngine(rt, { choice: plan.choice, use: "open", mode, length: len });
    window = openWindow(rt, engine, { fd, path: p, write: mode === "write", track: true, own: true });
    window.place(offset, len, populate);
    const noShrink = flags.sharedRegion === true || onShm;
    file = new MappedFile({
      rt,
      path: p,
      mode,
      fd,
      window,
      offset,
      length: len,
      anonymous: false,
      noShrink,
      writable: flags.writable ?? mode === "write",
      byDescriptor: flags.byDescriptor === true,
    });
    if (advice !== undefined) file.advise(advice);
    return file;
  } catch (e) {
    if (file !== undefined) file.close(); // it owns the window and the descriptor now
    else {
      window?.dispose();
      rt.io.close(fd);
    }
    if (created) rt.io.unlink(p); // we made it for this call: leave no trace of a failed open
    throw e;
  }
}

/** Opens `path`; with `create`, knows whether this call created it (so a failed open can remove it). */
function openOrCreate(
  rt: Runtime,
  path: string,
  write: boolean,
  create: boolean,
  flags: CreateFlags,
): { fd: number; created: boolean } {
  const nf = flags.noFollow === true;
  const existing = (): number => rt.io.open(path, write, false, false, undefined, nf);
  const fresh = (): number => rt.io.open(path, write, true, true, flags.permissions, nf);
  if (!create) return { fd: existing(), created: false };
  if (flags.exclusive === true) return { fd: fresh(), created: true };
  // O_EXCL first: only the process that made the file counts as its creator; the others open it.
  for (let attempt = 0;; attempt++) {
    try {
      return { fd: fresh(), created: true };
    } catch (e) {
      if (!(e instanceof MmapError) || e.code !== "EEXIST") throw e;
    }
    try {
      return { fd: existing(), created: false };
    } catch (e) {
      // Removed between the two opens: try again (a few times, then say so).
      if (!(e instanceof MmapError) || e.code !== "ENOENT" || attempt === 3) throw e;
    }
  }
}

/** Maps `size` bytes of zeroed anonymous memory (off the JS heap). */
export function openAnonymous(rt: Runtime, size: number, options?: AnonymousOptions): MappedFile {
  const n = toIndex(size, "size", 1);
  const o = toOptions<AnonymousOptions>(options, "anonymous options", ["hugePages", "lock", "engine"]);
  const hugePages = toBool(o.hugePages, "hugePages");
  const lock = toBool(o.lock, "lock");
  if (n === 0) throw new MmapError("EINVAL", "anonymous size is 0; pass a size ≥ 1 (bytes)");
  if (n > rt.maxWindow) {
    throw new MmapError(
      "ERANGE",
      `anonymous size ${n} is over maxWindow (${rt.maxWindow}); allocate several smaller regions`,
    );
  }
  const { engine } = decideEngine(rt, { choice: toEngine(o.engine), use: "anonymous", mode: "write" });
  const window = openWindow(rt, engine, { fd: -1, path: "", write: false, hugePages });
  try {
    window.place(0, n);
    const file = new MappedFile({ rt, path: "", mode: "write", fd: -1, window, offset: 0, length: n, anonymous: true });
    if (lock) file.lock();
    return file;
  } catch (e) {
    window.dispose();
    throw e;
  }
}

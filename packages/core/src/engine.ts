/**
 * Which engine a window runs on, and the window itself: the one place that decides between the
 * mapped engine (zero-copy: a MAP_FIXED slot of an arena, or a view where the OS places it on
 * Windows) and the buffered one (pread/pwrite), for open(), open(fd), anonymous() and a kernel's
 * walk over a path.
 * @module
 */
import type { Engine, EngineChoice, Mode } from "./args.ts";
import { BufferedWindow } from "./engine_buffered.ts";
import { MappedWindow } from "./engine_mapped.ts";
import { ViewWindow } from "./engine_view.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import type { Window } from "./window.ts";

/**
 * Windows up to this size in "read"/"private" mode are read rather than mapped under "auto"
 * (measured: bench/RESULTS.md, "small files").
 */
export const SMALL_WINDOW: number = 64 * 1024;

/**
 * Reads of a path shorter than this are copied under "auto": a file under 2 MiB has no 2 MiB
 * folio to map whole, and mapping it cost 3–4 times as much as pread (1 MiB: 360–460 µs against
 * 100–120; bench/RESULTS.md).
 */
export const SMALL_WALK: number = 2 << 20;

/** What an engine is asked for. */
export interface EngineAsk {
  /** What the caller asked for (checked: see toEngine). */
  choice: EngineChoice;
  /** A MappedFile of a file ("open"), anonymous memory, or a kernel's walk over a path. */
  use: "open" | "anonymous" | "walk";
  mode: Mode;
  /** The window's length once known (open: after the file's stat); undefined before. */
  length?: number;
  /** Who asks, for messages (a kernel's name). */
  what?: string;
}

/** The engine, and why it was chosen. */
export interface EngineDecision {
  engine: Engine;
  why: string;
}

/**
 * The engine policy. "buffered" is always possible; "mapped" needs FFI and a passing self-test
 * (ENOFFI otherwise, before anything is opened or changed). "auto" maps, except:
 * - small "read"/"private" windows of open() (up to {@link SMALL_WINDOW}): two mmap calls cost
 *   more than copying them; "write" always maps, as other processes must see the changes;
 * - reads of a path shorter than {@link SMALL_WALK}: copied;
 * - walks that write (transforms of a path): where the file's page cache is in 4 KiB pages, a
 *   write fault per page with the file system's page_mkwrite costs more than copying the bytes
 *   twice; where it is in 2 MiB folios, mapping costs about half. A walk of three windows or more
 *   times one of each and goes on with the faster (kernels/walk.ts). Reads map: fault-around
 *   makes them cheaper than a copy (all measured in bench/RESULTS.md).
 */
export function decideEngine(rt: Runtime, ask: EngineAsk): EngineDecision {
  if (ask.choice === "buffered") return { engine: "buffered", why: "asked for" };
  if (!rt.mappedWorks()) {
    const reason = rt.noMapReason ?? "unknown reason";
    if (ask.choice === "mapped") {
      const who = ask.what === undefined ? "" : `${ask.what}: `;
      throw new MmapError("ENOFFI", `${who}the mapped engine is not available here: ${reason}`);
    }
    return { engine: "buffered", why: `no mapping here: ${reason}` };
  }
  if (ask.choice === "mapped") return { engine: "mapped", why: "asked for" };
  if (ask.use === "walk" && ask.mode === "write") {
    return { engine: "buffered", why: "a walk that writes: copying costs less than a write fault per page" };
  }
  if (ask.use === "walk" && ask.length !== undefined && ask.length < SMALL_WALK) {
    return { engine: "buffered", why: `a read of less than ${SMALL_WALK} bytes: copying costs less` };
  }
  if (ask.use === "open" && ask.mode !== "write" && ask.length !== undefined && ask.length <= SMALL_WINDOW) {
    return { engine: "buffered", why: `a "${ask.mode}" window of ${SMALL_WINDOW} bytes or less: reading costs less` };
  }
  return { engine: "mapped", why: "zero-copy" };
}

/** What a window shows. */
export interface WindowTarget {
  /** The open descriptor; -1 for anonymous memory. */
  fd: number;
  /** The path `fd` was opened from ("" for anonymous memory): the view engine opens it itself. */
  path: string;
  /** Writes reach the file (mapped: MAP_SHARED; buffered: written back). */
  write: boolean;
  /** Buffered: remember the blocks written, so that a flush writes only those (a MappedFile). */
  track?: boolean;
  /** Buffered: a small window may have a buffer of its own (a MappedFile; see engine_buffered.ts). */
  own?: boolean;
  /** Anonymous mapped memory: ask for transparent huge pages. */
  hugePages?: boolean;
}

/**
 * Builds the window of `engine` over `target`: the buffered window, the view window where the OS
 * picks the address (Windows), or a MAP_FIXED slot of an arena (POSIX). Nothing is mapped or read
 * until its place().
 */
export function openWindow(rt: Runtime, engine: Engine, target: WindowTarget): Window {
  const { fd, path, write } = target;
  if (engine === "buffered") {
    return new BufferedWindow(rt, { fd, writeBack: write, track: target.track === true, own: target.own === true });
  }
  if (rt.placement === "view") return new ViewWindow(rt, { path: fd < 0 ? "" : path, shared: write });
  return new MappedWindow(rt, { fd, path, shared: write, hugePages: target.hugePages === true });
}

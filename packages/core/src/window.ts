/** The engine interface: a window of a file (or anonymous memory) inside an arena. @module */
import type { Advice } from "./args.ts";
import type { Arena } from "./arena.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";

/** A window over [offset, offset + length) of a file, seen as `view`. */
export interface Window {
  readonly engine: "mapped" | "buffered";
  /** The view of the current window (replaced by place()). */
  readonly view: Uint8Array;
  /** The arena holding the window, for kernels; undefined once disposed. */
  readonly arena: Arena | undefined;
  /** Byte offset of view[0] inside the arena's Memory. */
  readonly ptr: number;
  /**
   * Maps (or reads) [offset, offset + length) of the file, replacing the previous window.
   * `populate` prefaults it; "write" when every page is about to be written.
   */
  place(offset: number, length: number, populate?: boolean | "write"): void;
  /**
   * Writes [start, start + length) of the view back to the file; with `invalidate`, then makes
   * the view show the file's current bytes (msync MS_INVALIDATE; the buffered engine re-reads).
   */
  flush(start: number, length: number, async: boolean, invalidate?: boolean): void;
  advise(start: number, length: number, advice: Advice): void;
  /**
   * Changes the descriptor and whether writes reach the file (mapped: MAP_SHARED, else
   * MAP_PRIVATE; buffered: flush writes back); takes effect at the next place().
   */
  rebind(fd: number, writesReachFile: boolean): void;
  lock(): void;
  unlock(): void;
  residency(): { pages: number; resident: number };
  /** Whether the window's pages were faulted in when it was placed (`populate`); absent: unknown. */
  readonly faultedIn?: boolean;
  /** The errno name of a failed prefault at the last placement ("EFAULT": a page would raise SIGBUS). */
  readonly prefaultFailure?: string | undefined;
  /**
   * Makes every view of the window keep `owner` (which holds the window) alive, so pages stay
   * mapped while the caller can read them; engines whose views own their memory have none.
   */
  keep?(owner: object): void;
  /**
   * Detaches the views of a window whose memory is not an arena's (the arena's are detached by
   * its pool), keeping its bytes; engines whose views the OS unmaps for them have none.
   */
  detachViews?(): void;
  /** Restores anonymous zero pages and returns the arena to the pool. Idempotent. */
  dispose(): void;
}

/** Rounds `n` up to a multiple of `to`. */
export const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;
/** Rounds `n` down to a multiple of `to`. */
export const alignDown = (n: number, to: number): number => Math.floor(n / to) * to;

/**
 * The size re-check before pages are touched: a mapped page past the end of its file faults with
 * SIGBUS, which kills the process. Throws EFILECHANGED when the file open on `fd` now ends before
 * file offset `end`. `path` names it ("" when unknown); `during` says what the file shrank under:
 * a mapping (remap or reopen it) or a kernel's walk over a path (run it again).
 */
export function checkSize(
  rt: Runtime,
  fd: number,
  path: string,
  end: number,
  what: string,
  during: "mapping" | "walk",
): void {
  const size = rt.io.stat(fd, path).size;
  if (end <= size) return;
  const name = path === "" ? "the mapped file" : JSON.stringify(path);
  const fix = during === "walk"
    ? "during the walk; run it again"
    : "under the mapping; remap() to a range inside it, or open it again";
  throw new MmapError("EFILECHANGED", `${what}: ${name} shrank to ${size} bytes ${fix}`, {
    ...(path === "" ? {} : { path }),
  });
}

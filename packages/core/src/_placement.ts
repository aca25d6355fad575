/**
 * What a mapped window has placed in its arena's Memory, kept apart from the window and its views
 * so that a window dropped without dispose() still gets zero pages put back before the garbage
 * collector frees the Memory. Freeing a Memory with file pages in it is never safe:
 * JavaScriptCore (Bun) hands a freed Memory's address space back to its allocator, which then
 * gives out the file's bytes as "zeroed" memory — fresh ArrayBuffers and Memories with file data
 * in them, engine hash tables that never find an empty slot (a hung process), a crash.
 *
 * The finalizer's held value is the placement: it holds the Memory strongly, so the Memory cannot
 * be freed before the finalizer has run, and it reaches no window and no view (a window kept alive
 * by its own held value would never be collected). The window's views keep the window alive (see
 * `MappedWindow.keep`), so pages are put back only once nothing the caller was given can read them.
 * @module
 */
import type { Runtime } from "./runtime.ts";
import type { Sys } from "./sys.ts";
import type { Platform } from "./platform.ts";
import { checkSize } from "./window.ts";

/** Memories whose file pages could not be replaced: never freed, so never handed to an allocator. */
const quarantined: WebAssembly.Memory[] = [];

/** One window's mapping inside a Memory: where, how long, and from which file. */
export class Placement {
  readonly #rt: Runtime;
  readonly #sys: Sys;
  readonly #p: Platform;
  /** The Memory the slot is in; undefined when the window holds none. */
  memory: WebAssembly.Memory | undefined;
  /** Byte offset of the slot inside the Memory (page-aligned address). */
  slot = 0;
  /** Bytes mapped at the slot (whole pages; 0: nothing). */
  mapLen = 0;
  /** File offset of the slot's first byte. */
  fileOffset = 0;
  /** The descriptor mapped (-1: anonymous) and its path, for the size guard. */
  fd: number;
  path: string;

  constructor(rt: Runtime, sys: Sys, p: Platform, fd: number, path: string) {
    this.#rt = rt;
    this.#sys = sys;
    this.#p = p;
    this.fd = fd;
    this.path = path;
  }

  /** Address of the slot, from the Memory's current buffer (never cached across calls). */
  address(memory: WebAssembly.Memory): number {
    return this.#sys.addressOf(memory.buffer as ArrayBuffer) + this.slot;
  }

  /**
   * MAP_FIXED anonymous read-write zero pages over [from, to) of the slot (never munmap inside a
   * Memory). Returns false when the kernel refused: the Memory is then quarantined for good.
   */
  zero(from: number, to: number): boolean {
    const memory = this.memory;
    if (memory === undefined || to <= from) return true;
    const p = this.#p;
    const addr = this.address(memory) + from;
    const r = this.#sys.mmap(
      addr,
      to - from,
      p.PROT_READ | p.PROT_WRITE,
      p.MAP_FIXED | p.MAP_PRIVATE | p.MAP_ANONYMOUS,
      -1,
      0,
    );
    if (r === addr) return true;
    quarantined.push(memory);
    this.memory = undefined;
    return false;
  }

  /** Arena.guard while a file is mapped: re-reads the file's size (fstat) before pages are touched. */
  readonly guard = (at: number, length: number, what: string): void => {
    const from = Math.max(at, this.slot);
    const to = Math.min(at + length, this.slot + this.mapLen);
    if (to <= from) return; // not over the file's pages
    checkSize(this.#rt, this.fd, this.path, this.fileOffset + (to - this.slot), what, "mapping");
  };
}

/** Windows dropped without dispose(): their pages go back to zero pages, their Memory to the collector. */
const dropped = new FinalizationRegistry<Placement>((placement) => {
  try {
    placement.zero(0, placement.mapLen);
    placement.mapLen = 0;
    placement.memory = undefined;
  } catch { /* nothing to report to from a finalizer */ }
});

/** Puts `placement`'s pages back once `owner` is collected, unless {@link forgetOnDrop} comes first. */
export function zeroOnDrop(owner: object, placement: Placement): void {
  dropped.register(owner, placement, placement);
}

/** The owner was disposed: its placement needs nothing more from the collector. */
export function forgetOnDrop(placement: Placement): void {
  dropped.unregister(placement);
}

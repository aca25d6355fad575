/**
 * `MappedFile`: a window of a file (or of anonymous memory) you read and write as `bytes`.
 * Unmapping is deterministic (`close()`, or `using`), never left to the garbage collector.
 * @module
 */
import { growFile } from "./_grow.ts";
import { type Advice, type Mode, toAdvice, toIndex, toOptions } from "./_args.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import type { Window } from "./_window.ts";

/** A range inside the mapping, relative to `bytes[0]`. */
export interface Range {
  offset?: number;
  length?: number;
}

/** The state a MappedFile is built from (internal). */
export interface MappedFileInit {
  rt: Runtime;
  path: string;
  mode: Mode;
  fd: number;
  window: Window;
  offset: number;
  length: number;
  anonymous: boolean;
  /**
   * Refuse to shrink the file: shared memory, which other processes map; a shrink would kill each
   * of them with SIGBUS at its next touch past the new end.
   */
  noShrink?: boolean;
}

/**
 * Closes the descriptor of a mapping that was dropped without close(): the memory goes with the
 * garbage collector, and so must the file descriptor (else a program that forgets close() runs
 * out of descriptors). It only closes; it never touches the mapping (no MAP_FIXED from here).
 */
const dropped = new FinalizationRegistry<{ close(fd: number): void; fd: number }>((held) => {
  try {
    held.close(held.fd);
  } catch { /* already closed or never ours: nothing to do from a finalizer */ }
});

/**
 * A memory-mapped window of a file. `bytes` is a zero-copy view (mapped engine) of
 * [offset, offset + length) of the file.
 *
 * @example
 * ```ts
 * import { open } from "mmapkit";
 * using f = open("data.bin", { mode: "write" });
 * f.bytes[0] = 42;
 * f.flush();
 * ```
 */
export class MappedFile implements Disposable {
  readonly #rt: Runtime;
  readonly #path: string;
  readonly #mode: Mode;
  readonly #anonymous: boolean;
  #fd: number;
  #window: Window | undefined;
  #offset: number;
  #length: number;
  readonly #noShrink: boolean;
  readonly #closeHooks = new Set<() => void>();

  /** @internal Use `open()` or `anonymous()`. */
  constructor(init: MappedFileInit) {
    if (typeof init !== "object" || init === null || typeof init.rt !== "object") {
      throw new MmapError("EINVAL", "a MappedFile is made by open(), anonymous() or shared(), not with new");
    }
    this.#rt = init.rt;
    this.#path = init.path;
    this.#mode = init.mode;
    this.#fd = init.fd;
    this.#window = init.window;
    this.#offset = init.offset;
    this.#length = init.length;
    this.#anonymous = init.anonymous;
    this.#noShrink = init.noShrink === true;
    if (init.fd >= 0) {
      const io = init.rt.io;
      dropped.register(this, { close: (fd) => io.close(fd), fd: init.fd }, this);
    }
  }

  /** The path mapped ("" for anonymous memory). */
  get path(): string {
    return this.#path;
  }
  /** "read", "write" or "private". */
  get mode(): Mode {
    return this.#mode;
  }
  /** File offset of `bytes[0]`. */
  get offset(): number {
    return this.#offset;
  }
  /** Length of the window in bytes. */
  get length(): number {
    return this.#length;
  }
  /** Whether close() was called. */
  get closed(): boolean {
    return this.#window === undefined;
  }
  /** "mapped" (zero-copy) or "buffered" (pread/pwrite). */
  get engine(): "mapped" | "buffered" {
    return this.#open().engine;
  }

  /** The zero-copy view of the window. Throws ECLOSED after close(). Re-read it after remap()/resize(). */
  get bytes(): Uint8Array {
    return this.#open().view;
  }

  #open(): Window {
    if (this.#window === undefined) {
      throw new MmapError(
        "ECLOSED",
        `the mapping of ${JSON.stringify(this.#path || "anonymous memory")} is closed; open it again`,
      );
    }
    return this.#window;
  }

  /** @internal The runtime this mapping was made in (Mutex and Channel find FFI through it). */
  get runtime(): Runtime {
    return this.#rt;
  }

  /** @internal The window, for kernels. */
  get window(): Window {
    return this.#open();
  }

  #range(range: unknown, what: string): { start: number; length: number } {
    const r = toOptions<Range>(range, `${what} range`);
    const start = r.offset === undefined ? 0 : toIndex(r.offset, `${what} range offset`);
    if (start > this.#length) {
      throw new MmapError(
        "ERANGE",
        `${what}: offset ${start} is past the mapping's length ${this.#length}; pass an offset ≤ ${this.#length}`,
      );
    }
    const length = r.length === undefined ? this.#length - start : toIndex(r.length, `${what} range length`);
    if (start + length > this.#length) {
      throw new MmapError(
        "ERANGE",
        `${what}: range ${start}+${length} is past the mapping's length ${this.#length}; pass a length ≤ ${
          this.#length - start
        }`,
      );
    }
    return { start, length };
  }

  /** Writes changes back to the file (msync): whole mapping or a range; `async` returns before the disk write. */
  flush(range?: Range & { async?: boolean }): void {
    const w = this.#open();
    const { start, length } = this.#range(range, "flush");
    const async = range?.async ?? false;
    if (typeof async !== "boolean") throw new MmapError("EINVAL", "flush: async must be a boolean");
    if (this.#mode !== "write") return;
    w.flush(start, length, async);
  }

  /** Advice to the OS about how the pages will be used (madvise). "dontneed" on a private mapping discards private changes. */
  advise(advice: Advice, range?: Range): void {
    const w = this.#open();
    const a = toAdvice(advice);
    const { start, length } = this.#range(range, "advise");
    w.advise(start, length, a);
  }

  /** Locks the window's pages in RAM (mlock). */
  lock(): void {
    this.#open().lock();
  }

  /** Undoes lock() (munlock). */
  unlock(): void {
    this.#open().unlock();
  }

  /** How many of the window's pages are in RAM (mincore). */
  residency(): { pages: number; resident: number } {
    return this.#open().residency();
  }

  /** Re-reads the file's size; a helper for walks that must not touch pages past the end. */
  fileSize(): number {
    this.#open();
    if (this.#anonymous) return this.#length;
    return this.#rt.io.stat(this.#fd, this.#path).size;
  }

  /** Slides the window to `offset` (any value); `length` defaults to the current length, cut at the end of file. */
  remap(offset: number | bigint, length?: number): void {
    const w = this.#open();
    if (this.#anonymous) throw new MmapError("EMODE", "anonymous memory cannot be remapped; allocate a new one");
    const off = toIndex(offset, "remap offset");
    const size = this.fileSize();
    if (off > size) {
      throw new MmapError(
        "ERANGE",
        `remap offset ${off} is past the end of the file (${size} bytes); pass an offset ≤ ${size}`,
      );
    }
    const len = length === undefined ? Math.min(this.#length, size - off) : toIndex(length, "remap length");
    if (len > this.#rt.maxWindow) {
      throw new MmapError(
        "ERANGE",
        `remap length ${len} is over maxWindow (${this.#rt.maxWindow}); map a smaller window`,
      );
    }
    if (off + len > size) {
      throw new MmapError(
        "ERANGE",
        `remap range ${off}+${len} is past the end of the file (${size} bytes); pass a length ≤ ${size - off}`,
      );
    }
    this.#flushBeforeMove(w);
    w.place(off, len);
    this.#offset = off;
    this.#length = len;
  }

  /** "write" mode: sets the file's size (ftruncate) and maps [offset, new end of file). */
  resize(size: number | bigint): void {
    const w = this.#open();
    if (this.#anonymous) throw new MmapError("EMODE", "anonymous memory has a fixed size; allocate a new one");
    if (this.#mode !== "write") {
      throw new MmapError(
        "EMODE",
        `resize needs mode "write" (this mapping is "${this.#mode}"); open with { mode: "write" }`,
      );
    }
    const n = toIndex(size, "resize size");
    if (n < this.#offset) {
      throw new MmapError(
        "ERANGE",
        `resize to ${n} would end the file before the mapping's offset ${this.#offset}; pass a size ≥ ${this.#offset}`,
      );
    }
    const current = this.fileSize();
    if (this.#noShrink && n < current) {
      throw new MmapError(
        "EPERM",
        `resize to ${n} would shrink shared memory ${
          JSON.stringify(this.#path)
        } (${current} bytes), and every other process mapping it would die (SIGBUS) at its next touch past the new end; only grow it, or create a new region under another name`,
      );
    }
    const len = n - this.#offset;
    if (len > this.#rt.maxWindow) {
      throw new MmapError(
        "ERANGE",
        `the window after resize (${len} bytes) would be over maxWindow (${this.#rt.maxWindow}); remap() to a later offset first, or open a smaller window`,
      );
    }
    this.#flushBeforeMove(w);
    if (n < current && w.engine === "mapped" && this.#rt.placement === "view") {
      // Windows refuses to shrink a file while a view of it is mapped (ERROR_USER_MAPPED_FILE):
      // unmap, shrink, map again — what memmap2 and .NET users do by hand.
      w.place(this.#offset, 0);
      try {
        this.#rt.io.truncate(this.#fd, n, this.#path);
      } finally {
        w.place(this.#offset, this.fileSize() === n ? len : this.#length); // as before when the shrink failed
      }
    } else if (n < this.#offset + this.#length) {
      w.place(this.#offset, len); // shrink the window first: never map pages past the end of file
      this.#rt.io.truncate(this.#fd, n, this.#path);
    } else if (n < current) {
      this.#rt.io.truncate(this.#fd, n, this.#path); // shrinking the file beyond the window
      w.place(this.#offset, len);
    } else {
      // Growing: under the file's lock and never below what another process grew it to meanwhile.
      growFile(this.#rt, this.#fd, this.#path, n, this.#noShrink);
      w.place(this.#offset, len);
    }
    this.#length = len;
  }

  /**
   * @internal Runs `hook` when close() starts, while the window is still mapped (a Mutex held by
   * this process marks itself abandoned). Returns the function that removes the hook.
   */
  onClose(hook: () => void): () => void {
    this.#closeHooks.add(hook);
    return () => void this.#closeHooks.delete(hook);
  }

  /** The buffered engine keeps changes in memory: write them back before the window moves. */
  #flushBeforeMove(w: Window): void {
    if (this.#mode === "write" && w.engine === "buffered") w.flush(0, this.#length, true);
  }

  /** Unmaps (restoring zero pages: stale views read zeros) and closes the file. Safe to call twice. */
  close(): void {
    const w = this.#window;
    if (w === undefined) return;
    for (const hook of [...this.#closeHooks]) {
      try {
        hook();
      } catch { /* a hook's failure must not keep the mapping open */ }
    }
    this.#closeHooks.clear();
    try {
      this.#flushBeforeMove(w);
    } finally {
      this.#window = undefined;
      try {
        w.dispose();
      } finally {
        if (this.#fd >= 0) {
          const fd = this.#fd;
          this.#fd = -1;
          dropped.unregister(this);
          this.#rt.io.close(fd);
        }
      }
    }
  }

  /** `using f = open(...)` closes at the end of the block. */
  [Symbol.dispose](): void {
    this.close();
  }
}

/**
 * `MappedFile`: a window of a file (or of anonymous memory) you read and write as `bytes`.
 * Unmapping is deterministic (`close()`, or `using`), never left to the garbage collector.
 * @module
 */
import { growFile } from "./_grow.ts";
import { type Advice, type Mode, toAdvice, toIndex, toOptions } from "./args.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import { checkSize, type Window } from "./window.ts";

/** A range inside the mapping, relative to `bytes[0]`. */
export interface Range {
  offset?: number;
  length?: number;
}

/**
 * The names a range takes (a misspelt one is EINVAL: `advise("remove", { ofset })` would
 * otherwise punch a hole in the whole file).
 */
const RANGE_OPTIONS: readonly string[] = ["offset", "length"];
const FLUSH_OPTIONS: readonly string[] = [...RANGE_OPTIONS, "async", "invalidate"];

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
  /** The descriptor is open read-write (default: mode is "write"). */
  writable?: boolean;
  /** Mapped from a caller's descriptor: there is no path to reopen (protect("write")). */
  byDescriptor?: boolean;
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
  #mode: Mode;
  #writable: boolean;
  readonly #byDescriptor: boolean;
  readonly #anonymous: boolean;
  #fd: number;
  #window: Window | undefined;
  /** `bytes` was read since the window was last placed: its views must be detached when it moves or closes. */
  #viewed = false;
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
    this.#writable = init.writable ?? init.mode === "write";
    this.#byDescriptor = init.byDescriptor === true;
    if (init.fd >= 0) this.#register(init.fd);
    init.window.keep?.(this);
  }

  /**
   * What memory without a file is, for messages: anonymous memory, or (a path without a
   * descriptor) shared memory in a Windows section, which cannot grow, move or be protected.
   */
  #memory(): string {
    return this.#path === "" ? "anonymous memory" : `shared memory ${JSON.stringify(this.#path)} (a Windows section)`;
  }

  #instead(): string {
    return this.#path === "" ? "allocate a new one" : "map a region of the size you need under another name";
  }

  /** Closes `fd` if this object is collected without close(). */
  #register(fd: number): void {
    const io = this.#rt.io;
    dropped.register(this, { close: (fd) => io.close(fd), fd }, this);
  }

  /** The path mapped ("" for anonymous memory). */
  get path(): string {
    return this.#path;
  }
  /** "read", "write" or "private"; protect() switches between "read" and "write". */
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
    const view = this.#open().view;
    this.#viewed = true;
    return view;
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

  /** @internal The descriptor of the mapped file (-1 for anonymous memory or once closed); other threads reach the same file through it. */
  get descriptor(): number {
    return this.#anonymous ? -1 : this.#fd;
  }

  /** @internal The runtime this mapping was made in (Mutex and Channel find FFI through it). */
  get runtime(): Runtime {
    return this.#rt;
  }

  /** @internal The window, for kernels. */
  get window(): Window {
    return this.#open();
  }

  #range(range: unknown, what: string, known: readonly string[]): { start: number; length: number } {
    const r = toOptions<Range>(range, `${what} range`, known);
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

  /**
   * Writes changes back to the file (msync): whole mapping or a range; `async` returns before the
   * disk write. `invalidate` (msync MS_INVALIDATE, allowed with `async` as POSIX allows) then makes
   * `bytes` show what other processes wrote to the file: on the mapped engine the page cache is
   * shared already (except pages of a "read" mapping you wrote to, which stay your copy); on the
   * buffered engine the range is read again — in "write" mode, every 16 KiB block you did not
   * change, after the blocks you changed are written. A "private" mapping (its changes are its
   * own copy: `remap(f.offset)` re-reads it) and anonymous memory (no file) refuse it (EMODE).
   */
  flush(range?: Range & { async?: boolean; invalidate?: boolean }): void {
    const w = this.#open();
    const { start, length } = this.#range(range, "flush", FLUSH_OPTIONS);
    const async = range?.async ?? false;
    if (typeof async !== "boolean") throw new MmapError("EINVAL", "flush: async must be a boolean");
    const invalidate = range?.invalidate ?? false;
    if (typeof invalidate !== "boolean") throw new MmapError("EINVAL", "flush: invalidate must be a boolean");
    if (invalidate && this.#anonymous) {
      throw new MmapError("EMODE", `flush: ${this.#memory()} has no file to re-read; drop invalidate`);
    }
    if (invalidate && this.#mode === "private") {
      throw new MmapError(
        "EMODE",
        'flush: invalidate on a "private" mapping would drop your copy on one engine and not the other; to re-read the file, call remap(f.offset) (your changes go), or open it "read"',
      );
    }
    if (this.#mode !== "write" && !invalidate) return;
    // Writing back past a new end of the file would grow it again on the buffered engine (pwrite),
    // and drop the bytes without a word on the mapped one: refuse before either writes anything.
    if (this.#mode === "write" && length > 0) this.checkSize(start + length, "flush");
    w.flush(start, length, async, invalidate);
  }

  /**
   * Advice to the OS about how the pages will be used (madvise). "dontneed" on a private mapping
   * discards private changes. "free" is for anonymous memory only (EMODE on a file). "remove"
   * DESTROYS DATA: it punches a hole in the file, so the range reads as zeros for every process
   * from then on; it needs a "write" mapping (EMODE otherwise) and a range whose file offsets are
   * page-aligned (the end may be the end of the file; EINVAL otherwise). An advice the OS or the
   * running kernel lacks is ENOTSUP, naming the Linux version that added it. The buffered engine
   * accepts every advice but "remove" (ENOTSUP) and does nothing: its bytes are in memory already.
   */
  advise(advice: Advice, range?: Range): void {
    const w = this.#open();
    const a = toAdvice(advice);
    const { start, length } = this.#range(range, "advise", RANGE_OPTIONS);
    if (a === "free" && !this.#anonymous) {
      throw new MmapError(
        "EMODE",
        'advise "free" is for anonymous memory (the kernel refuses it on a file mapping); use "dontneed" or "pageout" to let file pages go',
      );
    }
    if (a === "remove") this.#checkRemove(start, length);
    w.advise(start, length, a);
  }

  /** "remove" punches a hole in the file: only where that is what the caller can mean. */
  #checkRemove(start: number, length: number): void {
    if (this.#anonymous) {
      throw new MmapError(
        "EMODE",
        'advise "remove" punches a hole in a file; anonymous memory has none: use "free" or "dontneed"',
      );
    }
    if (this.#mode !== "write") {
      throw new MmapError(
        "EMODE",
        `advise "remove" punches a hole in the file (its bytes become zeros for every process); it needs a "write" mapping, and this one is "${this.#mode}"`,
      );
    }
    const ps = this.#rt.pageSize;
    const from = this.#offset + start;
    const to = from + length;
    if (length > 0 && (from % ps !== 0 || (to % ps !== 0 && to < this.fileSize()))) {
      throw new MmapError(
        "EINVAL",
        `advise "remove" frees whole pages: the range covers file bytes ${from} to ${to}, which are not multiples of the page size (${ps}) — it would zero bytes outside it; pass a page-aligned range (the end may be the end of the file)`,
      );
    }
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
    if (this.#anonymous) throw new MmapError("EMODE", `${this.#memory()} cannot be remapped; ${this.#instead()}`);
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
        `remap range ${off}+${len} is past the end of the file (${size} bytes); ${
          off === size
            ? `offset ${off} is the end of the file: pass an offset below ${size}`
            : `pass a length ≤ ${size - off}`
        }`,
      );
    }
    this.#flushBeforeMove(w);
    this.#detachViews(w);
    w.place(off, len);
    this.#offset = off;
    this.#length = len;
  }

  /** "write" mode: sets the file's size (ftruncate) and maps [offset, new end of file). */
  resize(size: number | bigint): void {
    const w = this.#open();
    if (this.#anonymous) throw new MmapError("EMODE", `${this.#memory()} has a fixed size; ${this.#instead()}`);
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
    this.#detachViews(w);
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
   * Switches whether writes through `bytes` reach the file, without ever making a page read-only
   * (a JavaScript store into a read-only page would kill the process with SIGSEGV, and `bytes` is
   * a writable Uint8Array): `protect("read")` on a "write" mapping flushes, then maps the same
   * window again copy-on-write (MAP_PRIVATE; the buffered engine stops writing back), so from then
   * on stores through `bytes` stay in this process and never reach the file; `mode` reads "read",
   * and transform and resize are refused (EMODE). `protect("write")` maps it shared again — with
   * the descriptor if it is open read-write, else by reopening the path read-write (EACCES when
   * that is not permitted; EFILECHANGED when the path now names another file; a mapping made
   * from a read-only descriptor cannot, EACCES) — and drops the private changes made meanwhile.
   * Refused with EMODE on "private" mappings (never written to the file: open "write" instead),
   * anonymous memory (no file) and shared memory (other processes rely on it staying shared).
   */
  protect(access: "read" | "write"): void {
    const w = this.#open();
    if (access !== "read" && access !== "write") {
      throw new MmapError(
        "EINVAL",
        `protect: unknown access ${
          JSON.stringify(access)
        }; pass "read" (writes stay in this process) or "write" (writes reach the file)`,
      );
    }
    if (this.#noShrink) {
      throw new MmapError(
        "EMODE",
        `protect: ${
          JSON.stringify(this.#path)
        } is shared memory, which other processes rely on staying shared (Mutex, Channel); ${
          this.#anonymous ? "copy its bytes instead" : 'map a copy with open(path, { mode: "private" })'
        }`,
      );
    }
    if (this.#anonymous) {
      throw new MmapError(
        "EMODE",
        "protect: anonymous memory has no file to protect; allocate it again if you need a copy",
      );
    }
    if (this.#mode === "private") {
      throw new MmapError(
        "EMODE",
        'protect: a "private" mapping never writes to the file; open the file with mode "read" or "write" to switch',
      );
    }
    if (access === this.#mode) return;
    this.checkSize(this.#length, "protect");
    if (access === "read") {
      w.flush(0, this.#length, false);
      w.rebind(this.#fd, false);
      w.place(this.#offset, this.#length);
      this.#mode = "read";
      return;
    }
    const fd = this.#writable ? this.#fd : this.#reopenWritable();
    try {
      w.rebind(fd, true);
      w.place(this.#offset, this.#length);
    } catch (e) {
      // Back to the private window on the old descriptor, as before the call.
      w.rebind(this.#fd, false);
      if (fd !== this.#fd) this.#rt.io.close(fd);
      try {
        w.place(this.#offset, this.#length);
      } catch { /* the first error says more */ }
      throw e;
    }
    if (fd !== this.#fd) {
      dropped.unregister(this);
      this.#rt.io.close(this.#fd);
      this.#fd = fd;
      this.#register(fd);
      this.#writable = true;
    }
    this.#mode = "write";
  }

  /**
   * @internal EFILECHANGED when the file now ends before `end` bytes of the window: the pages a
   * walk or a new placement is about to touch must lie inside it (else SIGBUS).
   */
  checkSize(end: number, what: string): void {
    this.#open();
    if (!this.#anonymous) checkSize(this.#rt, this.#fd, this.#path, this.#offset + end, what, "mapping");
  }

  /** A read-write descriptor of the same file, by its path; the caller owns it. */
  #reopenWritable(): number {
    if (this.#byDescriptor) {
      throw new MmapError(
        "EACCES",
        `protect("write"): ${this.#path} was opened read-only and has no path to reopen; open() a descriptor opened read-write ("r+")`,
        { path: this.#path },
      );
    }
    const fd = this.#rt.io.open(this.#path, true, false); // EACCES etc. with the OS's code
    try {
      const now = this.#rt.io.stat(fd, this.#path);
      const was = this.#rt.io.stat(this.#fd, this.#path);
      if (now.dev !== was.dev || now.ino !== was.ino) {
        throw new MmapError(
          "EFILECHANGED",
          `protect("write"): ${
            JSON.stringify(this.#path)
          } now names another file (renamed or replaced since open); open the new file instead`,
          { path: this.#path },
        );
      }
      return fd;
    } catch (e) {
      this.#rt.io.close(fd);
      throw e;
    }
  }

  /**
   * @internal Runs `hook` when close() starts, while the window is still mapped (a Mutex held by
   * this process marks itself abandoned). Returns the function that removes the hook.
   */
  onClose(hook: () => void): () => void {
    this.#closeHooks.add(hook);
    return () => void this.#closeHooks.delete(hook);
  }

  /**
   * Views of the window taken before it moves or closes are detached (read as empty): one kept
   * would read, and write, whatever lands at the same place of the Memory next — another part of
   * the file, or another mapping's file. A Memory whose views could not be detached goes back to
   * no pool (see ArenaPool.refresh).
   */
  #detachViews(w: Window): void {
    if (!this.#viewed) return;
    this.#viewed = false;
    const arena = w.arena;
    if (arena === undefined) w.detachViews?.(); // a small window on a buffer of its own
    else if (!this.#rt.pool.refresh(arena)) this.#rt.pool.retire(arena);
  }

  /** The buffered engine keeps changes in memory: write them back before the window moves. */
  #flushBeforeMove(w: Window): void {
    if (this.#mode !== "write" || w.engine !== "buffered") return;
    // A mapping's pages past the end of a file that shrank are dropped, never written; the same
    // here, where a pwrite past the end would grow the file again.
    w.flush(0, Math.max(0, Math.min(this.#length, this.fileSize() - this.#offset)), true);
  }

  /**
   * Writes back what a buffered window holds, unmaps and closes the file. Views of `bytes` taken
   * before are detached (length 0). Safe to call twice.
   */
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
        // dispose() detaches the views of memory a window owns (a small buffered window's buffer,
        // a Windows view); only an arena, which outlives the window, needs its views detached here.
        if (w.arena !== undefined) this.#detachViews(w);
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

/**
 * The buffered engine: pread windows into the arena's Memory and pwrite them back on flush. Same
 * API and results as the mapped engine; used when FFI is missing, the self-test fails, for small
 * files where it is cheaper, or on request (`engine: "buffered"`). Writes by other processes are
 * not seen after the window is read.
 * @module
 */
import type { Advice } from "./_args.ts";
import { type Arena, RESERVED } from "./arena.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import { alignUp, type Window } from "./_window.ts";
import { winError } from "./win.ts";

/** Options of a buffered window. */
export interface BufferedWindowOptions {
  /** -1 for anonymous memory. */
  fd: number;
  /** flush() writes back (mode "write"). */
  writeBack: boolean;
}

/** A window read into an arena. */
export class BufferedWindow implements Window {
  readonly engine = "buffered" as const;
  readonly #rt: Runtime;
  readonly #o: BufferedWindowOptions;
  #arena: Arena | undefined;
  #offset = 0;
  #used = 0;
  #locked = false;
  #view: Uint8Array = new Uint8Array(0);

  constructor(rt: Runtime, options: BufferedWindowOptions) {
    this.#rt = rt;
    this.#o = options;
  }

  get view(): Uint8Array {
    return this.#view;
  }
  get arena(): Arena | undefined {
    return this.#arena;
  }
  get ptr(): number {
    return RESERVED;
  }

  /** Zeroes [from, to) of the slot: with anonymous pages when FFI is there (frees memory), else fill. */
  #zero(from: number, to: number): void {
    const arena = this.#arena;
    if (arena === undefined || to <= from) return;
    const { sys, platform: p, pageSize: ps } = this.#rt;
    // Small windows: fill() keeps the pooled pages warm for the next pread; large ones go back to
    // the OS as fresh anonymous pages (no memory held by an idle arena).
    if (sys !== undefined && p !== undefined && to - from >= (1 << 20)) {
      const start = alignUp(RESERVED + from, ps);
      const end = Math.floor((RESERVED + to) / ps) * ps;
      const addr = sys.addressOf(arena.buffer);
      if (end > start) {
        const r = sys.mmap(
          addr + start,
          end - start,
          p.PROT_READ | p.PROT_WRITE,
          p.MAP_FIXED | p.MAP_PRIVATE | p.MAP_ANONYMOUS,
          -1,
          0,
        );
        if (r === addr + start) {
          new Uint8Array(arena.buffer, RESERVED + from, start - RESERVED - from).fill(0);
          new Uint8Array(arena.buffer, end, RESERVED + to - end).fill(0);
          return;
        }
      }
    }
    new Uint8Array(arena.buffer, RESERVED + from, to - from).fill(0);
  }

  place(offset: number, length: number): void {
    const need = RESERVED + length;
    if (this.#arena === undefined || this.#arena.byteLength < need) {
      this.#release();
      this.#arena = this.#rt.pool.acquire(need);
    }
    const arena = this.#arena;
    const view = new Uint8Array(arena.buffer, RESERVED, length);
    if (this.#o.fd >= 0 && length > 0) {
      const got = this.#rt.io.pread(this.#o.fd, view, offset);
      if (got < length) view.fill(0, got);
    } else {
      view.fill(0);
    }
    if (this.#used > length) this.#zero(length, this.#used);
    this.#used = length;
    this.#offset = offset;
    this.#view = view;
  }

  flush(start: number, length: number, async: boolean): void {
    if (!this.#o.writeBack || this.#o.fd < 0 || length === 0) return;
    this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(start, start + length), this.#offset + start);
    if (!async) this.#rt.io.fsync(this.#o.fd);
  }

  advise(_start: number, _length: number, _advice: Advice): void {
    // The window is ordinary memory already read in: advice has nothing to act on.
  }

  lock(): void {
    if (this.#rt.win !== undefined && this.#arena !== undefined) return this.#winLock(true);
    const { sys, platform: p } = this.#rt;
    if (sys === undefined || p === undefined || this.#arena === undefined) {
      throw new MmapError("ENOFFI", "locking pages needs FFI (Deno: run with --allow-ffi)");
    }
    if (this.#used === 0) return;
    if (sys.mlock(sys.addressOf(this.#arena.buffer) + RESERVED, this.#used) !== 0) {
      const errno = sys.errno();
      throw new MmapError(p.errnoNames[errno] ?? "EPERM", "mlock: the OS refused to lock the pages (RLIMIT_MEMLOCK?)", {
        errno,
        syscall: "mlock",
      });
    }
    this.#locked = true;
  }

  /** Windows: VirtualLock / VirtualUnlock over the window's bytes in the arena. */
  #winLock(lock: boolean): void {
    const win = this.#rt.win!;
    if (this.#used === 0 || this.#locked === lock) return;
    const addr = win.addressOf(this.#arena!.buffer) + RESERVED;
    if ((lock ? win.fn.VirtualLock : win.fn.VirtualUnlock)(addr, this.#used) === 0) {
      throw winError(win.fn.GetLastError(), lock ? "VirtualLock" : "VirtualUnlock");
    }
    this.#locked = lock;
  }

  unlock(): void {
    if (this.#rt.win !== undefined && this.#arena !== undefined) return this.#winLock(false);
    const { sys } = this.#rt;
    if (sys === undefined || this.#arena === undefined || !this.#locked) return;
    sys.munlock(sys.addressOf(this.#arena.buffer) + RESERVED, this.#used);
    this.#locked = false;
  }

  residency(): { pages: number; resident: number } {
    const pages = Math.ceil(this.#used / this.#rt.pageSize);
    return { pages, resident: pages };
  }

  #release(): void {
    if (this.#arena === undefined) return;
    this.unlock();
    this.#zero(0, this.#used);
    this.#used = 0;
    this.#rt.pool.release(this.#arena);
    this.#arena = undefined;
  }

  dispose(): void {
    this.#view = new Uint8Array(0);
    this.#release();
  }
}

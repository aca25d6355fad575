/**
 * The buffered engine: pread windows into the arena's Memory and pwrite them back on flush. Same
 * API and results as the mapped engine; used when FFI is missing, the self-test fails, for small
 * files where it is cheaper, or on request (`engine: "buffered"`). Writes by other processes are
 * not seen after the window is read, until flush with `invalidate` re-reads it.
 *
 * A tracked window (a "write" MappedFile) remembers a 64-bit digest (xxh3, by the kernel) of each
 * 16 KiB block as last read or written: flush writes back only the blocks whose bytes changed, so
 * a flush never overwrites what another process wrote to a block this process did not touch,
 * and `invalidate` can re-read every clean block.
 * @module
 */
import type { Advice } from "./args.ts";
import { type Arena, RESERVED } from "./arena.ts";
import { MmapError } from "./errors.ts";
import { STATE_BYTES, STATE_OFFSET } from "./wasm/layout.ts";
import type { Runtime } from "./runtime.ts";
import { alignUp, type Window } from "./window.ts";
import { winError } from "./win.ts";

/** Options of a buffered window. */
export interface BufferedWindowOptions {
  /** -1 for anonymous memory. */
  fd: number;
  /** flush() writes back (mode "write"). */
  writeBack: boolean;
  /** Keep block digests: flush writes only changed blocks (see the module's doc). */
  track?: boolean;
}

/** Bytes per tracked block. */
const BLOCK = 16384;

/** A window read into an arena. */
export class BufferedWindow implements Window {
  readonly engine = "buffered" as const;
  readonly #rt: Runtime;
  #o: BufferedWindowOptions;
  #arena: Arena | undefined;
  #offset = 0;
  #used = 0;
  #locked = false;
  #view: Uint8Array = new Uint8Array(0);
  /** Two u32 words (the xxh3 digest) per block of the view, as last read or written. */
  #sums: Uint32Array = new Uint32Array(0);

  constructor(rt: Runtime, options: BufferedWindowOptions) {
    this.#rt = rt;
    this.#o = options;
  }

  get view(): Uint8Array {
    return this.#view;
  }

  rebind(fd: number, writesReachFile: boolean): void {
    this.#o = { ...this.#o, fd, writeBack: writesReachFile };
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
    if (this.#tracking()) {
      this.#sums = new Uint32Array(2 * Math.ceil(length / BLOCK));
      for (let b = 0; b * BLOCK < length; b++) this.#remember(b);
    }
  }

  #tracking(): boolean {
    return this.#o.track === true && this.#o.writeBack && this.#o.fd >= 0;
  }

  /** The digest of block `b` as it is now, written into the STATE area's last 8 bytes. */
  #digest(b: number): DataView {
    const arena = this.#arena!;
    const k = arena.kernel;
    const from = b * BLOCK;
    const out = STATE_OFFSET + STATE_BYTES - 8;
    k.xxh3Reset(STATE_OFFSET, 0, 0);
    k.xxh3Update(STATE_OFFSET, RESERVED + from, Math.min(BLOCK, this.#used - from));
    k.xxh3Digest(STATE_OFFSET, out);
    return new DataView(arena.buffer, out, 8);
  }

  #remember(b: number): void {
    const d = this.#digest(b);
    this.#sums[2 * b] = d.getUint32(0, true);
    this.#sums[2 * b + 1] = d.getUint32(4, true);
  }

  #changed(b: number): boolean {
    const d = this.#digest(b);
    return d.getUint32(0, true) !== this.#sums[2 * b] || d.getUint32(4, true) !== this.#sums[2 * b + 1];
  }

  /**
   * Writes back [start, start + length): every byte, or on a tracked window only the blocks
   * that changed. With `invalidate`, then re-reads the range from the file, so the view shows
   * what other processes wrote (on a tracked window: except in the blocks just written).
   */
  flush(start: number, length: number, async: boolean, invalidate = false): void {
    if (this.#o.fd < 0 || length === 0) return;
    const end = start + length;
    if (!this.#tracking()) {
      if (this.#o.writeBack) {
        this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(start, end), this.#offset + start);
        if (!async) this.#rt.io.fsync(this.#o.fd);
      }
      if (invalidate) this.#reread(start, end);
      return;
    }
    let wrote = false;
    const first = Math.floor(start / BLOCK);
    const last = Math.ceil(end / BLOCK);
    for (let b = first; b < last; b++) {
      const bs = Math.max(start, b * BLOCK);
      const be = Math.min(end, (b + 1) * BLOCK, this.#used);
      const whole = bs === b * BLOCK && be === Math.min((b + 1) * BLOCK, this.#used);
      if (!this.#changed(b)) {
        if (invalidate) {
          this.#reread(bs, be);
          if (whole) this.#remember(b);
        }
        continue;
      }
      this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(bs, be), this.#offset + bs);
      wrote = true;
      // A block only partly in the range may hold other changes still: it stays "changed".
      if (whole) this.#remember(b);
    }
    if (wrote && !async) this.#rt.io.fsync(this.#o.fd);
  }

  /** Reads [from, to) of the view again from the file (zeros past its end, as place does). */
  #reread(from: number, to: number): void {
    if (to <= from) return;
    const part = this.#view.subarray(from, to);
    const got = this.#rt.io.pread(this.#o.fd, part, this.#offset + from);
    if (got < part.length) part.fill(0, got);
  }

  advise(_start: number, _length: number, advice: Advice): void {
    // The window is ordinary memory already read in: the hints and populate_* have nothing to act
    // on (the bytes are in memory already). "remove" would have to punch a hole in the file.
    if (advice === "remove") {
      throw new MmapError(
        "ENOTSUP",
        'advise "remove" punches a hole through a mapping; the buffered engine has none: open with engine "mapped" (needs FFI), or write zeros through bytes',
      );
    }
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
    this.#sums = new Uint32Array(0);
    this.#rt.pool.release(this.#arena);
    this.#arena = undefined;
  }

  dispose(): void {
    this.#view = new Uint8Array(0);
    this.#release();
  }
}

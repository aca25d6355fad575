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
 *
 * A window of a MappedFile up to {@link OWN_BUFFER_MAX} bytes lives on an ArrayBuffer of its own
 * instead of an arena, where the runtime can detach a buffer with `transfer()`: views handed out
 * must be detached when the window moves or closes, and detaching a Memory's views (`grow(0)`)
 * costs JavaScriptCore ~17 µs, more than reading the file (bench/RESULTS.md, "night"). Such
 * a window tracks its blocks with a copy of its bytes rather than digests (no kernel at hand).
 * @module
 */
import type { Advice } from "./args.ts";
import { type Arena, RESERVED } from "./arena.ts";
import { MmapError } from "./errors.ts";
import { STATE_BYTES, STATE_OFFSET } from "./wasm/layout.ts";
import type { Runtime } from "./runtime.ts";
import { alignUp, type Window } from "./window.ts";
import { canTransfer, giveBuffer, sizeFor, takeBuffer, transfer } from "./spare_buffers.ts";
import { winError } from "./win.ts";

/** Options of a buffered window. */
export interface BufferedWindowOptions {
  /** -1 for anonymous memory. */
  fd: number;
  /** flush() writes back (mode "write"). */
  writeBack: boolean;
  /** Keep block digests: flush writes only changed blocks (see the module's doc). */
  track?: boolean;
  /** Small windows may live on an ArrayBuffer of their own (see the module's doc). */
  own?: boolean;
}

/** The largest window given a buffer of its own. */
export const OWN_BUFFER_MAX: number = 64 * 1024;

/** Whether a and b (same length) hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = a.length >>> 2;
    const wa = new Uint32Array(a.buffer, a.byteOffset, words);
    const wb = new Uint32Array(b.buffer, b.byteOffset, words);
    for (; i < words; i++) if (wa[i] !== wb[i]) return false;
    i = words << 2;
  }
  for (; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Zeroed ranges from this size go back to the OS rather than being filled. A fresh page costs its
 * first write a fault: on one VM, pread of 1 MiB into pages given back took ~3 ms against ~60 µs
 * into pages kept (the same in C), so the walks' 1.75 MiB staging windows are kept and filled
 * (~50 µs), and only large windows give their memory back.
 */
const RELEASE_MIN = 16 << 20;

/** Bytes per tracked block. */
const BLOCK = 16384;

/** A window read into an arena. */
export class BufferedWindow implements Window {
  readonly engine = "buffered" as const;
  readonly #rt: Runtime;
  #o: BufferedWindowOptions;
  #arena: Arena | undefined;
  /** The window's own buffer, when it has one instead of an arena. */
  #own: ArrayBuffer | undefined;
  /** A tracked window on its own buffer: its bytes as last read or written. */
  #pristine: Uint8Array = new Uint8Array(0);
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
    // Up to RELEASE_MIN: fill() keeps the pooled pages warm for the next pread; larger ranges go
    // back to the OS as fresh anonymous pages (no memory held by an idle arena).
    if (sys !== undefined && p !== undefined && to - from >= RELEASE_MIN) {
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
    const view = this.#o.own === true && canTransfer && length <= OWN_BUFFER_MAX
      ? this.#ownView(length)
      : this.#arenaView(length);
    if (this.#o.fd >= 0 && length > 0) {
      const got = this.#rt.io.pread(this.#o.fd, view, offset);
      if (got < length) view.fill(0, got);
    } else {
      view.fill(0);
    }
    this.#used = length;
    this.#offset = offset;
    this.#view = view;
    if (this.#tracking()) {
      if (this.#own !== undefined) this.#pristine = new Uint8Array(length);
      else this.#sums = new Uint32Array(2 * Math.ceil(length / BLOCK));
      for (let b = 0; b * BLOCK < length; b++) this.#remember(b);
    }
  }

  /** A view of `length` bytes in an arena (leaving an own buffer, whose views are detached). */
  #arenaView(length: number): Uint8Array {
    this.#dropOwn();
    const need = RESERVED + length;
    if (this.#arena === undefined || this.#arena.byteLength < need) {
      this.#release();
      this.#arena = this.#rt.pool.acquire(need);
    }
    if (this.#used > length) this.#zero(length, this.#used);
    return new Uint8Array(this.#arena.buffer, RESERVED, length);
  }

  /**
   * A view of `length` bytes on the window's own buffer: the same buffer while it is the right
   * size (views taken before stay attached, as an arena's do), else a spare one.
   */
  #ownView(length: number): Uint8Array {
    this.#release();
    if (this.#own !== undefined && this.#own.byteLength === sizeFor(length)) {
      if (this.#used > length) new Uint8Array(this.#own, length, this.#used - length).fill(0);
    } else {
      this.#dropOwn();
      this.#own = takeBuffer(length);
    }
    return new Uint8Array(this.#own, 0, length);
  }

  /** Detaches the views of the own buffer and gives it back to the spares. */
  #dropOwn(): void {
    if (this.#own === undefined) return;
    this.unlock();
    giveBuffer(this.#own, this.#used);
    this.#own = undefined;
    this.#pristine = new Uint8Array(0);
    this.#view = new Uint8Array(0);
    this.#used = 0;
  }

  /**
   * Detaches the views of an own buffer taken so far, keeping its bytes (the arena's views are
   * detached by its pool). The window's view is a new one.
   */
  detachViews(): void {
    if (this.#own === undefined) return;
    const locked = this.#locked;
    this.unlock(); // transfer() may move the bytes: lock them again where they are now
    this.#own = transfer(this.#own);
    this.#view = new Uint8Array(this.#own, 0, this.#used);
    if (locked) this.lock();
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
    if (this.#own !== undefined) {
      const from = b * BLOCK;
      this.#pristine.set(this.#view.subarray(from, Math.min(from + BLOCK, this.#used)), from);
      return;
    }
    const d = this.#digest(b);
    this.#sums[2 * b] = d.getUint32(0, true);
    this.#sums[2 * b + 1] = d.getUint32(4, true);
  }

  #changed(b: number): boolean {
    if (this.#own !== undefined) {
      const from = b * BLOCK;
      const to = Math.min(from + BLOCK, this.#used);
      return !sameBytes(this.#view.subarray(from, to), this.#pristine.subarray(from, to));
    }
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

  /** Whether the window holds memory (an arena or its own buffer). */
  #placed(): boolean {
    return this.#arena !== undefined || this.#own !== undefined;
  }

  /**
   * Where the window's bytes are. An own buffer shares its first and last page with other
   * buffers of the heap: locking it locks them too, and unlocking it unlocks them.
   */
  #address(addressOf: (buffer: ArrayBuffer) => number): number {
    return this.#own !== undefined ? addressOf(this.#own) : addressOf(this.#arena!.buffer) + RESERVED;
  }

  lock(): void {
    if (this.#rt.win !== undefined && this.#placed()) return this.#winLock(true);
    const { sys, platform: p } = this.#rt;
    if (sys === undefined || p === undefined || !this.#placed()) {
      throw new MmapError("ENOFFI", "locking pages needs FFI (Deno: run with --allow-ffi)");
    }
    if (this.#used === 0) return;
    if (sys.mlock(this.#address(sys.addressOf), this.#used) !== 0) {
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
    const addr = this.#address(win.addressOf);
    if ((lock ? win.fn.VirtualLock : win.fn.VirtualUnlock)(addr, this.#used) === 0) {
      throw winError(win.fn.GetLastError(), lock ? "VirtualLock" : "VirtualUnlock");
    }
    this.#locked = lock;
  }

  unlock(): void {
    if (this.#rt.win !== undefined && this.#placed()) return this.#winLock(false);
    const { sys } = this.#rt;
    if (sys === undefined || !this.#placed() || !this.#locked) return;
    sys.munlock(this.#address(sys.addressOf), this.#used);
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
    this.#dropOwn();
    this.#release();
    this.#view = new Uint8Array(0);
  }
}

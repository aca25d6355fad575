/**
 * The zero-copy engine: the file's pages replace a slot of the arena's Memory with one MAP_FIXED
 * mmap, so JS views and the wasm kernel read the page cache itself (ARCHITECTURE.md, "The zero-copy engine"). Invariants:
 * always PROT_READ|PROT_WRITE; MAP_SHARED only on an O_RDWR descriptor ("write"), MAP_PRIVATE
 * otherwise; slot, length and file offset page-aligned; never munmap inside the Memory — unmapping
 * is MAP_FIXED|MAP_PRIVATE|MAP_ANONYMOUS over the slot; the base is re-derived before each call.
 * @module
 */
import { type Advice, ADVICE_SINCE } from "./args.ts";
import { osError } from "./_check.ts";
import { type Arena, MAX_PAGES, RESERVED } from "./arena.ts";
import { WASM_PAGE } from "./wasm/layout.ts";
import { forgetOnDrop, Placement, zeroOnDrop } from "./_placement.ts";
import { MmapError } from "./errors.ts";
import type { Platform } from "./platform.ts";
import type { Runtime } from "./runtime.ts";
import type { Sys } from "./sys.ts";
import { alignDown, alignUp, type Window } from "./window.ts";

/** The size of the kernel's largest file folios and of a huge page (x86-64, arm64 with 4 KiB pages). */
const LARGE_FOLIO = 2 << 20;

/** Options of a mapped window. */
export interface MappedWindowOptions {
  /** -1 for anonymous memory. */
  fd: number;
  /** The path `fd` was opened from, for messages. */
  path?: string;
  /** MAP_SHARED (writes reach the file) instead of MAP_PRIVATE. */
  shared: boolean;
  /** MAP_LOCKED on every placement (anonymous `lock`). */
  locked?: boolean;
  /** MADV_HUGEPAGE on every placement. */
  hugePages?: boolean;
}

/** A window mapped with MAP_FIXED into an arena. */
export class MappedWindow implements Window {
  readonly engine = "mapped" as const;
  readonly #rt: Runtime;
  readonly #sys: Sys;
  readonly #p: Platform;
  #o: MappedWindowOptions;
  #arena: Arena | undefined;
  /** Slot, length and file offset of the pages placed: what a finalizer needs, and nothing more. */
  readonly #pl: Placement;
  #delta = 0;
  #view: Uint8Array = new Uint8Array(0);
  #faultedIn = false;
  #prefaultFailure: string | undefined;
  /** Registered to have its pages zeroed if dropped (from the first arena until dispose()). */
  #watched = false;
  /** What every view handed out keeps alive (this window, or the object that owns it). */
  #owner: object = this;

  constructor(rt: Runtime, options: MappedWindowOptions) {
    if (rt.sys === undefined || rt.platform === undefined) throw new MmapError("ENOFFI", "the mapped engine needs FFI");
    this.#rt = rt;
    this.#sys = rt.sys;
    this.#p = rt.platform;
    this.#o = options;
    this.#pl = new Placement(rt, rt.sys, rt.platform, options.fd, options.path ?? "");
  }

  /**
   * Makes every view of this window keep `owner` alive (it must hold this window): while the caller
   * can still read a view, its pages stay mapped, even if the owner itself was dropped.
   */
  keep(owner: object): void {
    this.#owner = owner;
    keepAlive(this.#view, owner);
  }

  get view(): Uint8Array {
    return this.#view;
  }

  /** Whether the current window was prefaulted when placed (a walk then needs no prefetch thread). */
  get faultedIn(): boolean {
    return this.#faultedIn;
  }

  rebind(fd: number, writesReachFile: boolean): void {
    this.#o = { ...this.#o, fd, shared: writesReachFile };
    this.#pl.fd = fd;
  }
  get arena(): Arena | undefined {
    return this.#arena;
  }
  get ptr(): number {
    return this.#pl.slot + this.#delta;
  }

  #fail(syscall: string): never {
    throw osError(this.#p.errnoNames, this.#sys.errno(), syscall);
  }

  /**
   * Where in the arena's Memory a mapping of `mapLen` bytes from file offset `fileOffset` goes: the
   * lowest page after the reserved area, moved up (when the Memory has room) to the same offset
   * within a 2 MiB block as the file offset. Then the kernel can map a cached file's large folios
   * whole — one page-table entry per 2 MiB — instead of a fault per few 4 KiB pages: touching every
   * page of a cached 1 GiB file took 5-6 ms so against 40-57 ms a page off (bench/RESULTS.md).
   */
  #slotFor(arena: Arena, fileOffset: number, mapLen: number): number {
    const base = this.#sys.addressOf(arena.buffer);
    const first = alignUp(base + RESERVED, this.#rt.pageSize) - base;
    if (mapLen < LARGE_FOLIO) return first;
    // Anonymous memory aligns to 2 MiB as well (transparent huge pages).
    const want = this.#o.fd < 0 ? 0 : fileOffset % LARGE_FOLIO;
    const shift = (((want - (base + first)) % LARGE_FOLIO) + LARGE_FOLIO) % LARGE_FOLIO;
    return first + shift + mapLen <= arena.byteLength ? first + shift : first;
  }

  /** Address of the slot, from the Memory's current buffer (invariant 5, strong references and fresh addresses). */
  #slotAddress(arena: Arena): number {
    return this.#pl.address(arena.memory);
  }

  /** MAP_FIXED anonymous RW zero pages over [from, to) of the slot (invariant 4, never munmap inside a Memory). */
  #restore(from: number, to: number): void {
    if (this.#arena === undefined || to <= from) return;
    if (!this.#pl.zero(from, to)) {
      // The Memory may now hold a file mapping we could not replace: never reuse this arena.
      this.#arena = undefined;
      this.#fail("mmap");
    }
  }

  place(offset: number, length: number, populate: boolean | "write" = false): void {
    const ps = this.#rt.pageSize;
    const p = this.#p;
    const aligned = alignDown(offset, ps);
    const delta = offset - aligned;
    const mapLen = length === 0 ? 0 : alignUp(delta + length, ps);
    const need = RESERVED + ps + mapLen;
    if (this.#arena === undefined || this.#arena.byteLength < need) {
      this.#releaseArena();
      // Room to align the slot too, when a Memory can hold it (an idle Memory without that room
      // is still taken before a new one is created: see ArenaPool.acquire).
      const room = need + (mapLen >= LARGE_FOLIO ? LARGE_FOLIO : 0);
      this.#arena = this.#rt.pool.acquire(need, room <= MAX_PAGES * WASM_PAGE ? room : need);
      // From here until dispose() a Memory holds this window's pages: zeroed if it is dropped.
      if (!this.#watched) zeroOnDrop(this, this.#pl);
      this.#watched = true;
      this.#pl.memory = this.#arena.memory; // its slot is chosen below (nothing is mapped in it yet)
    }
    const arena = this.#arena;
    let old = this.#pl.mapLen;
    // No view of the old placement stays reachable from here: the pages under it are replaced.
    this.#view = new Uint8Array(0);
    const slot = this.#slotFor(arena, aligned, mapLen);
    if (slot !== this.#pl.slot) {
      // The slot moves (another offset within 2 MiB): zero pages back over the old one first.
      this.#restore(0, old);
      this.#pl.mapLen = old = 0;
      this.#pl.slot = slot;
    }
    if (mapLen > 0) {
      const addr = this.#slotAddress(arena);
      const anon = this.#o.fd < 0;
      const shared = this.#o.shared && !anon;
      // MAP_POPULATE on a private writable mapping prefaults for write, copying every page:
      // only shared and anonymous mappings take it; private ones use MADV_POPULATE_READ below.
      const flags = p.MAP_FIXED | (shared ? p.MAP_SHARED : p.MAP_PRIVATE) | (anon ? p.MAP_ANONYMOUS : 0) |
        (populate === true && (shared || anon) ? p.MAP_POPULATE : 0) | (this.#o.locked ? p.MAP_LOCKED : 0);
      const r = this.#sys.mmap(addr, mapLen, p.PROT_READ | p.PROT_WRITE, flags, this.#o.fd, anon ? 0 : aligned);
      if (r !== addr) {
        const err = osError(p.errnoNames, this.#sys.errno(), "mmap");
        // A failed MAP_FIXED may have left a hole: put zero pages back over the whole range.
        this.#pl.mapLen = Math.max(old, mapLen);
        this.#restore(0, this.#pl.mapLen);
        this.#pl.mapLen = 0;
        throw err;
      }
      if (this.#o.hugePages === true && p.MADV.hugepage !== undefined) this.#sys.madvise(addr, mapLen, p.MADV.hugepage);
      this.#faultedIn = populate !== false &&
        this.#prefault(addr, mapLen, populate === "write", (flags & p.MAP_POPULATE) !== 0);
    } else {
      this.#faultedIn = false;
    }
    if (old > mapLen) this.#restore(mapLen, old);
    if (this.#o.fd >= 0) arena.guard = this.#pl.guard;
    this.#pl.mapLen = mapLen;
    this.#pl.fileOffset = aligned;
    this.#delta = delta;
    this.#view = keepAlive(new Uint8Array(arena.buffer, this.#pl.slot + delta, length), this.#owner);
  }

  /**
   * Prefaults [addr, addr + len): MADV_POPULATE_WRITE when every page is about to be written (a
   * transform: one call instead of a write fault per page), MADV_POPULATE_READ otherwise
   * (Linux ≥ 5.14), falling back to MADV_WILLNEED. Best effort: advice never fails a mapping.
   * Returns whether the pages are now in the page tables (MAP_POPULATE or MADV_POPULATE_*).
   */
  #prefault(addr: number, len: number, write: boolean, done: boolean): boolean {
    const m = this.#p.MADV;
    const advice = write ? m.populate_write : done ? undefined : m.populate_read;
    this.#prefaultFailure = undefined;
    if (advice !== undefined) {
      if (this.#sys.madvise(addr, len, advice) === 0) return true;
      const errno = this.#sys.errno();
      this.#prefaultFailure = this.#p.errnoNames[errno] ?? `E${errno}`;
    }
    if (!done) this.#sys.madvise(addr, len, m.willneed); // starts reading; the page tables stay empty
    return done;
  }

  /**
   * Why the last placement's MADV_POPULATE_* failed (its errno name), if it did: "EFAULT" means
   * touching some page would have raised SIGBUS (a full file system with holes to fill, a quota,
   * the file shrunk meanwhile).
   */
  get prefaultFailure(): string | undefined {
    return this.#prefaultFailure;
  }

  /** The page range [addr, addr + len) covering [start, start + length) of the view. */
  #pages(start: number, length: number): { addr: number; len: number; fileOffset: number } {
    const ps = this.#rt.pageSize;
    const from = alignDown(this.#delta + start, ps);
    const to = Math.min(alignUp(this.#delta + start + length, ps), this.#pl.mapLen);
    const arena = this.#arena;
    if (arena === undefined) throw new MmapError("ECLOSED", "the window is closed");
    return {
      addr: this.#slotAddress(arena) + from,
      len: Math.max(0, to - from),
      fileOffset: this.#pl.fileOffset + from,
    };
  }

  flush(start: number, length: number, async: boolean, invalidate = false): void {
    if (this.#o.fd < 0 || (!this.#o.shared && !invalidate)) return;
    const { addr, len } = this.#pages(start, length);
    if (len === 0) return;
    const p = this.#p;
    const flags = (async ? p.MS_ASYNC : p.MS_SYNC) | (invalidate ? p.MS_INVALIDATE : 0);
    if (this.#sys.msync(addr, len, flags) !== 0) this.#fail("msync");
  }

  advise(start: number, length: number, advice: Advice): void {
    const p = this.#p;
    const value = p.MADV[advice];
    if (value === undefined) {
      throw new MmapError(
        "ENOTSUP",
        `advice "${advice}" does not exist on ${p.id} (Linux has it since ${ADVICE_SINCE[advice]}); leave it out there`,
      );
    }
    const { addr, len, fileOffset } = this.#pages(start, length);
    if (len === 0) return;
    if (this.#sys.madvise(addr, len, value) !== 0) this.#adviceFailed(advice);
    if (advice === "dontneed" && this.#o.fd >= 0 && p.POSIX_FADV_DONTNEED !== undefined) {
      // Also let the page cache drop the clean pages, so "dontneed" frees memory for everyone.
      this.#sys.fadvise(this.#o.fd, fileOffset, len, p.POSIX_FADV_DONTNEED);
    }
  }

  /** The error for a failed madvise: what the kernel's answer means for this advice. */
  #adviceFailed(advice: Advice): never {
    const errno = this.#sys.errno();
    const code = this.#p.errnoNames[errno];
    const basic = ["normal", "sequential", "random", "willneed", "dontneed"].includes(advice);
    if (code === "EINVAL" && !basic) {
      throw new MmapError(
        "ENOTSUP",
        `madvise "${advice}": the running kernel refused it (EINVAL); it needs Linux ${ADVICE_SINCE[advice]} or later${
          advice === "hugepage" ? " with transparent huge pages" : ""
        }, and no locked pages (unlock() first); leave the advice out here`,
        { errno, syscall: "madvise" },
      );
    }
    if (code === "EOPNOTSUPP" && advice === "remove") {
      throw new MmapError(
        "ENOTSUP",
        'madvise "remove": this file system cannot punch holes; write zeros through bytes instead',
        { errno, syscall: "madvise" },
      );
    }
    this.#fail("madvise");
  }

  lock(): void {
    const { addr, len } = this.#pages(0, this.#view.length);
    if (len > 0 && this.#sys.mlock(addr, len) !== 0) this.#fail("mlock");
  }

  unlock(): void {
    const { addr, len } = this.#pages(0, this.#view.length);
    if (len > 0 && this.#sys.munlock(addr, len) !== 0) this.#fail("munlock");
  }

  residency(): { pages: number; resident: number } {
    const { addr, len } = this.#pages(0, this.#view.length);
    const pages = len / this.#rt.pageSize;
    if (pages === 0) return { pages: 0, resident: 0 };
    const vec = new Uint8Array(pages);
    if (this.#sys.mincore(addr, len, vec) !== 0) this.#fail("mincore");
    let resident = 0;
    for (let i = 0; i < pages; i++) resident += vec[i]! & 1;
    return { pages, resident };
  }

  #releaseArena(): void {
    if (this.#arena === undefined) return;
    this.#restore(0, this.#pl.mapLen);
    this.#pl.mapLen = 0;
    const arena = this.#arena;
    this.#arena = undefined;
    this.#pl.memory = undefined;
    if (arena !== undefined) {
      if (arena.guard === this.#pl.guard) arena.guard = undefined;
      this.#rt.pool.release(arena);
    }
  }

  dispose(): void {
    this.#view = new Uint8Array(0);
    this.#releaseArena();
    if (this.#watched) forgetOnDrop(this.#pl);
    this.#watched = false;
  }
}

/** A hidden property through which a view keeps the object owning its pages alive. */
const OWNER = Symbol("mmapkit.owner");

/** `view`, made to keep `owner` alive for as long as the view is reachable. */
function keepAlive(view: Uint8Array, owner: object): Uint8Array {
  if (view.length > 0) Object.defineProperty(view, OWNER, { value: owner, configurable: true });
  return view;
}

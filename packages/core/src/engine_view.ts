/**
 * The view engine: the zero-copy engine where the file's pages cannot be placed inside a
 * WebAssembly.Memory (Windows: MapViewOfFile picks the address, and there is no MAP_FIXED). The
 * view lives wherever the OS put it; `bytes` is an ArrayBuffer over it that does not own the
 * memory, and kernels stage it into their Memory in chunks (kernels/walk.ts, as for any
 * Uint8Array). Offsets are aligned to the allocation granularity (64 KiB) inside, never by you.
 * Stale views are detached (length 0) before the memory is unmapped, so they cannot fault.
 * @module
 */
import type { Advice } from "./args.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";
import { alignDown, alignUp, type Window } from "./window.ts";
import { hiLo, W, wide, winError, type WinSys } from "./win.ts";

/** Options of a view window. */
export interface ViewWindowOptions {
  /** The file to map; "" for anonymous (pagefile-backed) memory. */
  path: string;
  /** Writes reach the file (FILE_MAP_WRITE); else copy-on-write (FILE_MAP_COPY). */
  shared: boolean;
  /** VirtualLock every placement (anonymous `lock`). */
  locked?: boolean;
  /**
   * A named section (shared memory) to map instead of a new pagefile-backed one, with `path` "":
   * mapped FILE_MAP_WRITE from offset 0; the window owns the handle and closes it at dispose.
   */
  section?: number;
}

/**
 * A mapping dropped without close(): its view is unmapped once its ArrayBuffer is collected (no
 * JS view can reach the memory any more), and its file handle once the window is. close() does
 * both at once and unregisters.
 */
const dropped = new FinalizationRegistry<() => void>((release) => {
  try {
    release();
  } catch { /* nothing to report to from a finalizer */ }
});

/** ERROR_NOT_LOCKED: VirtualUnlock of pages that were not locked (how "dontneed" trims them). */
const ERROR_NOT_LOCKED = 158;

/** A window mapped with MapViewOfFile wherever the OS places it. */
export class ViewWindow implements Window {
  readonly engine = "mapped" as const;
  readonly #rt: Runtime;
  readonly #win: WinSys;
  readonly #o: ViewWindowOptions;
  /** Writes reach the file: the options' `shared`, until protect() switches it (rebind). */
  #shared: boolean;
  #file = W.INVALID_HANDLE_VALUE as number;
  /** The handle was opened with GENERIC_WRITE. */
  #writableFile = false;
  #base = 0;
  #mapLen = 0;
  #delta = 0;
  #locked = false;
  #buffer: ArrayBuffer | undefined;
  #view: Uint8Array = new Uint8Array(0);

  constructor(rt: Runtime, options: ViewWindowOptions) {
    if (rt.win === undefined) throw new MmapError("ENOFFI", "the view engine needs the Windows adapter");
    this.#rt = rt;
    this.#win = rt.win;
    this.#o = options;
    this.#shared = options.shared;
    if (options.path !== "") this.#openFile(options.shared);
    const section = options.section;
    if (section !== undefined) {
      const close = this.#win.fn.CloseHandle;
      dropped.register(this, () => void close(section), this);
    }
  }

  /** Opens the file (read-write when `write`), replacing the handle held so far. */
  #openFile(write: boolean): void {
    const f = this.#win.fn;
    const h = f.CreateFileW(
      wide(this.#win.fullPath(this.#o.path)),
      W.GENERIC_READ | (write ? W.GENERIC_WRITE : 0),
      W.FILE_SHARE_READ | W.FILE_SHARE_WRITE | W.FILE_SHARE_DELETE,
      0,
      W.OPEN_EXISTING,
      W.FILE_ATTRIBUTE_NORMAL,
      0,
    );
    if (h === W.INVALID_HANDLE_VALUE || h === 0) throw this.#fail("CreateFileW", this.#o.path);
    this.#closeFile();
    this.#file = h;
    this.#writableFile = write;
    const close = f.CloseHandle;
    dropped.register(this, () => void close(h), this);
  }

  #closeFile(): void {
    if (this.#file === W.INVALID_HANDLE_VALUE) return;
    const h = this.#file;
    this.#file = W.INVALID_HANDLE_VALUE;
    dropped.unregister(this);
    this.#win.fn.CloseHandle(h);
  }

  get view(): Uint8Array {
    return this.#view;
  }
  /** No arena: the pages are outside every Memory (kernels stage them). */
  get arena(): undefined {
    return undefined;
  }
  get ptr(): number {
    return 0;
  }
  /** Address of `view[0]` (0 when nothing is mapped). */
  get address(): number {
    return this.#base === 0 ? 0 : this.#base + this.#delta;
  }

  #fail(call: string, path?: string): MmapError {
    return winError(this.#win.fn.GetLastError(), call, path);
  }

  get #anonymous(): boolean {
    return this.#o.path === "";
  }

  place(offset: number, length: number, populate: boolean | "write" = false): void {
    if (this.#anonymous && this.#base !== 0 && length === this.#mapLen) return; // anonymous memory stays put
    const f = this.#win.fn;
    const aligned = alignDown(offset, this.#rt.granularity);
    const delta = offset - aligned;
    const mapLen = length === 0 ? 0 : delta + length;
    this.#unmap();
    if (mapLen > 0) {
      const writable = this.#anonymous || this.#shared;
      // The section ends where the window ends: never past the end of the file (a section larger
      // than the file would grow it), and never holding pages a later shrink would need.
      const [sizeHi, sizeLo] = hiLo(this.#anonymous ? mapLen : aligned + mapLen);
      const named = this.#o.section;
      const section = named ?? f.CreateFileMappingW(
        this.#anonymous ? W.INVALID_HANDLE_VALUE : this.#file,
        null,
        (writable ? W.PAGE_READWRITE : W.PAGE_WRITECOPY) | (this.#anonymous ? W.SEC_COMMIT : 0),
        sizeHi,
        sizeLo,
        null,
      );
      if (section === 0) throw this.#fail("CreateFileMappingW", this.#o.path || undefined);
      let base = 0;
      try {
        const [offHi, offLo] = hiLo(this.#anonymous ? 0 : aligned);
        base = f.MapViewOfFile(section, writable ? W.FILE_MAP_WRITE : W.FILE_MAP_COPY, offHi, offLo, mapLen);
        if (base === 0) throw this.#fail("MapViewOfFile", this.#o.path || undefined);
      } finally {
        if (named === undefined) f.CloseHandle(section); // the view keeps the section alive
      }
      this.#base = base;
      this.#mapLen = mapLen;
      this.#buffer = this.#win.view(base, mapLen);
      const unmap = this.#win.fn.UnmapViewOfFile;
      dropped.register(this.#buffer, () => void unmap(base), this.#buffer);
      if (this.#o.locked === true) this.lock();
      if (populate !== false) this.#touch(0, mapLen); // what MAP_POPULATE does in one call on Linux
    }
    this.#delta = delta;
    this.#view = this.#buffer === undefined ? new Uint8Array(0) : new Uint8Array(this.#buffer, delta, length);
  }

  /** Detaches every view of the mapping (they read as empty, never fault), then unmaps it. */
  #unmap(): void {
    const buffer = this.#buffer;
    this.#buffer = undefined;
    this.#view = new Uint8Array(0);
    if (buffer !== undefined) {
      dropped.unregister(buffer);
      detach(buffer);
    }
    if (this.#base !== 0) {
      const base = this.#base;
      this.#base = 0;
      this.#mapLen = 0;
      this.#locked = false;
      if (this.#win.fn.UnmapViewOfFile(base) === 0) throw this.#fail("UnmapViewOfFile");
    }
  }

  /** The page range covering [start, start + length) of the view, as (address, bytes). */
  #pages(start: number, length: number): { addr: number; len: number } {
    if (this.#base === 0) return { addr: 0, len: 0 };
    const ps = this.#rt.pageSize;
    const from = alignDown(this.#delta + start, ps);
    const to = Math.min(alignUp(this.#delta + start + length, ps), this.#mapLen);
    return { addr: this.#base + from, len: Math.max(0, to - from) };
  }

  flush(start: number, length: number, async: boolean): void {
    if (!this.#shared || this.#anonymous) return;
    const { addr, len } = this.#pages(start, length);
    if (len === 0) return;
    const f = this.#win.fn;
    if (f.FlushViewOfFile(addr, len) === 0) throw this.#fail("FlushViewOfFile", this.#o.path);
    // FlushViewOfFile starts the writes; FlushFileBuffers waits for them and the file's metadata.
    if (!async && f.FlushFileBuffers(this.#file) === 0) throw this.#fail("FlushFileBuffers", this.#o.path);
  }

  /**
   * Prefaults [from, from + len) of the mapping: PrefetchVirtualMemory reads the pages ahead in
   * one request, then one read per page maps them into the working set.
   */
  #touch(from: number, len: number): void {
    this.#prefetch(from, len);
    const bytes = new Uint8Array(this.#buffer!, from, len);
    const ps = this.#rt.pageSize;
    let sum = 0;
    for (let i = 0; i < bytes.length; i += ps) sum |= bytes[i]!;
    if (sum < 0) throw new Error("unreachable"); // keeps the reads
  }

  /** PrefetchVirtualMemory over [from, from + len) of the mapping; best effort (a hint). */
  #prefetch(from: number, len: number): void {
    const pf = this.#win.fn.PrefetchVirtualMemory;
    if (pf === undefined || len === 0) return;
    const entry = new Uint8Array(16); // WIN32_MEMORY_RANGE_ENTRY { PVOID VirtualAddress; SIZE_T NumberOfBytes; }
    const dv = new DataView(entry.buffer);
    dv.setBigUint64(0, BigInt(this.#base + from), true);
    dv.setBigUint64(8, BigInt(len), true);
    pf(this.#win.fn.GetCurrentProcess(), 1, entry, 0);
  }

  /**
   * Windows' counterparts of the madvise values: "willneed" is PrefetchVirtualMemory;
   * "populate_read"/"populate_write" also read one byte a page, mapping the pages into the
   * working set (no page is written: a write would make every page dirty); "dontneed", "cold",
   * "pageout" and "free" take the pages out of the working set (VirtualUnlock of unlocked pages)
   * — their contents are kept, private changes too (Windows has no call that discards part of a
   * view); "remove" is refused (ENOTSUP): Windows zeroes a range of a file only through
   * FSCTL_SET_ZERO_DATA on a sparse file, never through a view. "normal", "random",
   * "sequential" and "hugepage" have no Windows equivalent for a view and do nothing.
   */
  advise(start: number, length: number, advice: Advice): void {
    if (advice === "remove") {
      throw new MmapError(
        "ENOTSUP",
        'advise "remove": Windows cannot punch a hole in a file through a view; write zeros through bytes instead',
      );
    }
    const { addr, len } = this.#pages(start, length);
    if (len === 0) return;
    switch (advice) {
      case "willneed":
        return this.#prefetch(addr - this.#base, len);
      case "populate_read":
      case "populate_write":
        return this.#touch(addr - this.#base, len);
      case "dontneed":
      case "cold":
      case "pageout":
      case "free":
        // Unlocking pages that are not locked takes them out of the working set.
        if (this.#win.fn.VirtualUnlock(addr, len) === 0) {
          const code = this.#win.fn.GetLastError();
          if (code !== ERROR_NOT_LOCKED) throw winError(code, "VirtualUnlock");
        }
        return;
    }
    // Windows takes access-pattern hints only when a file is opened (FILE_FLAG_RANDOM_ACCESS,
    // FILE_FLAG_SEQUENTIAL_SCAN), never for a view, and large pages only for private memory.
  }

  lock(): void {
    const { addr, len } = this.#pages(0, this.#view.length);
    if (len === 0) return;
    if (this.#win.fn.VirtualLock(addr, len) === 0) throw this.#fail("VirtualLock");
    this.#locked = true;
  }

  unlock(): void {
    const { addr, len } = this.#pages(0, this.#view.length);
    if (len === 0 || !this.#locked) return;
    if (this.#win.fn.VirtualUnlock(addr, len) === 0) throw this.#fail("VirtualUnlock");
    this.#locked = false;
  }

  residency(): { pages: number; resident: number } {
    const { addr, len } = this.#pages(0, this.#view.length);
    const ps = this.#rt.pageSize;
    const pages = Math.ceil(len / ps);
    if (pages === 0) return { pages: 0, resident: 0 };
    const q = this.#win.fn.K32QueryWorkingSetEx;
    if (q === undefined) {
      throw new MmapError("ENOSYS", "residency() needs K32QueryWorkingSetEx (Windows 7 or later)");
    }
    // PSAPI_WORKING_SET_EX_INFORMATION { PVOID VirtualAddress; ULONG_PTR VirtualAttributes; }: bit 0 Valid.
    const info = new Uint8Array(16 * pages);
    const dv = new DataView(info.buffer);
    for (let i = 0; i < pages; i++) dv.setBigUint64(16 * i, BigInt(addr + i * ps), true);
    if (q(this.#win.fn.GetCurrentProcess(), info, info.byteLength) === 0) throw this.#fail("K32QueryWorkingSetEx");
    let resident = 0;
    for (let i = 0; i < pages; i++) resident += info[16 * i + 8]! & 1;
    return { pages, resident };
  }

  /**
   * protect(): the next place() maps the view FILE_MAP_WRITE (writes reach the file) or
   * FILE_MAP_COPY (they stay in this process). Windows picks a view's address anew, so `bytes`
   * must be re-read after it, as after remap(). The file is reopened read-write by its path when
   * writes must reach it and the handle held cannot write (ERROR_ACCESS_DENIED → EACCES).
   */
  rebind(_fd: number, writesReachFile: boolean): void {
    if (this.#anonymous) return;
    if (writesReachFile && !this.#writableFile) this.#openFile(true);
    this.#shared = writesReachFile;
  }

  dispose(): void {
    try {
      if (this.#locked) this.unlock();
    } catch { /* unmapping unlocks anyway */ }
    try {
      this.#unmap();
    } finally {
      this.#closeFile();
      if (this.#o.section !== undefined) {
        dropped.unregister(this);
        this.#win.fn.CloseHandle(this.#o.section);
      }
    }
  }
}

/** Cuts every JS view off `buffer` (they read as length 0) without touching its memory. */
function detach(buffer: ArrayBuffer): void {
  const t = (buffer as ArrayBuffer & { transfer?: (n: number) => ArrayBuffer }).transfer;
  if (typeof t === "function") t.call(buffer, 0);
  else structuredClone(buffer, { transfer: [buffer] });
}

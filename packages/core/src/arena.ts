/**
 * Arenas: a WebAssembly.Memory (memory32, not shared, initial == maximum, never grown but by 0 pages) with its
 * kernel instance, pooled by size class so thousands of open/close cycles reuse a few Memories
 * instead of exhausting V8's address space or Bun's eight fast memories (ARCHITECTURE.md, invariant 1).
 * @module
 */
import { instantiate } from "./wasm/load.ts";
import type { KernelExports } from "./wasm/exports.ts";
import { RESERVED_BYTES, WASM_PAGE } from "./wasm/layout.ts";
import { MmapError } from "./errors.ts";

/** The largest Memory a memory32 module can have: 65,536 pages, 4 GiB. */
export const MAX_PAGES = 65536;
const MIN_PAGES = 8;

/** One pooled Memory and the kernel instance bound to it. Strong references for its whole life. */
export class Arena {
  readonly memory: WebAssembly.Memory;
  readonly kernel: KernelExports;
  readonly pages: number;
  readonly byteLength: number;
  /**
   * Set while a file is mapped into this Memory: throws EFILECHANGED when [at, at + length) of the
   * Memory lies past the file's current end (a kernel run in place on a view must not SIGBUS).
   */
  guard: ((at: number, length: number, what: string) => void) | undefined;

  constructor(pages: number) {
    let memory: WebAssembly.Memory;
    try {
      memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    } catch (cause) {
      throw new MmapError(
        "ENOMEM",
        `could not reserve ${pages * WASM_PAGE} bytes of WebAssembly memory; map a smaller window`,
        { cause },
      );
    }
    this.memory = memory;
    this.pages = pages;
    this.byteLength = pages * WASM_PAGE;
    this.kernel = instantiate(memory);
  }

  /** The Memory's current buffer (re-read every time; never cached across calls). */
  get buffer(): ArrayBuffer {
    return this.memory.buffer as ArrayBuffer;
  }

  /**
   * Detaches every view of this Memory taken so far (they read as empty from here on) with
   * `grow(0)`: the same pages at the same address, a new ArrayBuffer over them (measured on Node,
   * Deno and Bun, Bun's bounds-checked Memories too). A view kept past close() or remap() would
   * otherwise read, and write, whatever the Memory holds next. False when the engine refused.
   */
  detachViews(): boolean {
    try {
      this.memory.grow(0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Number of wasm pages of the size class that holds `bytes`. */
export function sizeClass(bytes: number): number {
  let pages = MIN_PAGES;
  while (pages * WASM_PAGE < bytes && pages < MAX_PAGES) pages *= 2;
  if (pages * WASM_PAGE < bytes) {
    throw new MmapError("ERANGE", `a window of ${bytes} bytes does not fit in one 4 GiB Memory; pass a smaller length`);
  }
  return pages;
}

/** Idle arenas by size class. */
export class ArenaPool {
  readonly #idle = new Map<number, Arena[]>();
  readonly #perClass: number;
  /** Arenas ever created (the leak soak checks this stays small). */
  created = 0;
  /** Each arena by its Memory's buffer, so a view of a mapping handed to a kernel runs in place. */
  readonly #byBuffer = new WeakMap<ArrayBuffer, Arena>();
  readonly #retired = new WeakSet<Arena>();

  constructor(perClass = 2) {
    this.#perClass = perClass;
  }

  /**
   * An arena whose Memory holds at least `bytes` (reserved area included): an idle one of its size
   * class, else the smallest idle one of a larger class, else a new one. Taking a larger idle
   * Memory costs no memory (only the pages the window touches are ever backed) and saves creating
   * one: JavaScriptCore gives only the first few Memories of a process guard pages, and compiles
   * the kernel of every later one with a bounds check on each load (Bun's xxh64 measured 14 → 10
   * GB/s in the ninth Memory). `wanted` (at least `bytes`): the size preferred, when an idle
   * Memory or a new one can have it; an idle one holding only `bytes` is still taken before a new one.
   */
  acquire(bytes: number, wanted: number = bytes): Arena {
    const reused = this.#idleFor(wanted) ?? (wanted > bytes ? this.#idleFor(bytes) : undefined);
    if (reused !== undefined) return reused;
    this.created++;
    const arena = new Arena(sizeClass(wanted));
    this.#byBuffer.set(arena.buffer, arena);
    return arena;
  }

  /** An idle arena of the size class of `bytes`, else the smallest idle larger one (taken from the pool). */
  #idleFor(bytes: number): Arena | undefined {
    const pages = sizeClass(bytes);
    const exact = this.#idle.get(pages)?.pop();
    if (exact !== undefined) return exact;
    let larger: Arena[] | undefined;
    for (const [size, list] of this.#idle) {
      if (size > pages && list.length > 0 && (larger === undefined || size < larger[0]!.pages)) larger = list;
    }
    return larger?.pop();
  }

  /**
   * Returns an arena whose window pages were already restored to zeroed anonymous memory. A mapping
   * whose views were handed out detached them before (see MappedFile): internal walks hand out none
   * and pay nothing for it (a `grow(0)` took about 5 µs on Node 20, a third of opening and reading
   * a 4 KiB file).
   */
  release(arena: Arena): void {
    if (this.#retired.has(arena)) return;
    let list = this.#idle.get(arena.pages);
    if (list === undefined) this.#idle.set(arena.pages, list = []);
    if (list.length < this.#perClass) list.push(arena);
  }

  /** Detaches the views of `arena` (see {@link Arena.detachViews}) and knows it by its new buffer. */
  refresh(arena: Arena): boolean {
    if (!arena.detachViews()) return false;
    this.#byBuffer.set(arena.buffer, arena);
    return true;
  }

  /** Never takes `arena` back: views of it are still attached (they read its zero pages). */
  retire(arena: Arena): void {
    this.#retired.add(arena);
  }

  /** The arena whose Memory `buffer` is, if any. */
  arenaOf(buffer: ArrayBufferLike): Arena | undefined {
    return this.#byBuffer.get(buffer as ArrayBuffer);
  }

  /** How many arenas sit idle. */
  get idle(): number {
    let n = 0;
    for (const l of this.#idle.values()) n += l.length;
    return n;
  }
}

/** Bytes the reserved area takes at the bottom of every arena. */
export const RESERVED: number = RESERVED_BYTES;

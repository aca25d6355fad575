/**
 * The runtime context core works in: the adapter's `Sys` (or none), the platform constants, file
 * I/O, the page size, the arena pool, and the engine self-test (ARCHITECTURE.md, invariant 6).
 * @module
 */
import type { Sys } from "./sys.ts";
import { type Platform, platformFor } from "./platform.ts";
import { type FileIO, sysFileIO } from "./fileio.ts";
import { ArenaPool, MAX_PAGES, RESERVED } from "./arena.ts";
import { WASM_PAGE } from "./wasm/layout.ts";
import { prefetchBuffer, Prefetcher } from "./prefetch.ts";
import { tracedIO, tracedSys, tracedWin } from "./_trace.ts";
import { systemInfo, type WinSys } from "./win.ts";
import type { NativeCrc32 } from "./kernels/native.ts";
import type { NativeHashes } from "./kernels/native_hash.ts";
import { tuneKernelFor, type WasmEngine } from "./wasm/load.ts";

/** Everything the engines need, bound once per runtime entry. */
export interface Runtime {
  /** libc through FFI, or undefined when FFI is unavailable (buffered engine only). */
  readonly sys: Sys | undefined;
  readonly platform: Platform | undefined;
  readonly io: FileIO;
  readonly pageSize: number;
  /** Mapping offsets are aligned to this: the page size on POSIX, 64 KiB on Windows. */
  readonly granularity: number;
  /** kernel32 through FFI on Windows; undefined elsewhere. */
  readonly win: WinSys | undefined;
  /**
   * Where the zero-copy engine puts a file's pages: "arena" (MAP_FIXED into a slot of a
   * WebAssembly.Memory: kernels run in place) or "view" (wherever MapViewOfFile puts them:
   * kernels stage them into their Memory in chunks).
   */
  readonly placement: "arena" | "view";
  readonly maxWindow: number;
  readonly pool: ArenaPool;
  /** Why the mapped engine is unavailable, when it is. */
  readonly noMapReason: string | undefined;
  /** Self-test result, computed at first use: can we MAP_FIXED file pages into a Memory here? */
  mappedWorks(): boolean;
  /** The prefetch worker, started at first use; undefined where it cannot run. */
  prefetcher(): Prefetcher | undefined;
  /**
   * Throws for a handle of this runtime that open() cannot map (a Deno.FsFile: no public
   * descriptor); returns for anything else. From the runtime's adapter; absent when it has none.
   */
  readonly refuseHandle?: (handle: object) => void;
  /** The runtime's own crc32 (`node:zlib`), used where it agrees with the kernel and is faster. */
  readonly nativeCrc32?: NativeCrc32;
  /** The runtime's own one-shot xxHash (Bun.hash), used where it agrees with the kernel and is faster. */
  readonly nativeHash?: NativeHashes;
  /** The WebAssembly engine whose code shapes the kernel instances take. */
  readonly wasmEngine: WasmEngine;
}

/** Choices of a runtime entry. */
export interface RuntimeOptions {
  /** Throws for this runtime's file handles that open() cannot map. */
  refuseHandle?: (handle: object) => void;
  /** Whether walks may start a prefetch thread (default true; kernel workers, which run in parallel already, say false). */
  prefetch?: boolean;
  /** On Windows, kernel32: files are then read and written through `portable`, mapped through it. */
  win?: WinSys;
  /** The runtime's own crc32 (`node:zlib`'s `crc32(data, value)`), if it has one. */
  nativeCrc32?: NativeCrc32 | undefined;
  /** The runtime's own one-shot xxh32/xxh64/xxh3 (Bun's `Bun.hash`), if it has them. */
  nativeHash?: NativeHashes | undefined;
  /** The WebAssembly engine, for the kernel's code shapes (default "v8"). */
  wasmEngine?: WasmEngine | undefined;
}

/**
 * Builds the runtime context. `portable` is node:fs I/O for when `sys` is missing; on Windows,
 * `options.win` is kernel32.
 */
export function createRuntime(
  sys: Sys | undefined,
  portable: () => FileIO,
  selfTest: (rt: Runtime) => string | undefined,
  sysError?: string,
  options: RuntimeOptions = {},
): Runtime {
  const { refuseHandle, nativeCrc32, nativeHash } = options;
  const wasmEngine = options.wasmEngine ?? "v8";
  tuneKernelFor(wasmEngine);
  const win = options.win === undefined ? undefined : tracedWin(options.win);
  const platform = sys === undefined ? undefined : platformFor(sys.os, sys.arch);
  const usable = sys !== undefined && platform !== undefined ? tracedSys(sys) : undefined;
  const winInfo = win === undefined ? undefined : systemInfo(win);
  const pageSize = usable !== undefined && platform !== undefined
    ? usable.sysconf(platform._SC_PAGESIZE)
    : winInfo?.pageSize ?? 4096;
  const maxWindow = Math.floor((MAX_PAGES * WASM_PAGE - RESERVED - 2 * pageSize) / pageSize) * pageSize;
  let reason: string | undefined = win !== undefined
    ? undefined
    : sys === undefined
    ? (sysError ?? "no FFI adapter")
    : platform === undefined
    ? `no constants for ${sys.os}/${sys.arch}; the buffered engine is used`
    : undefined;
  let tested = false;
  let prefetch: Prefetcher | null | undefined;
  const rt: Runtime = {
    sys: usable,
    platform,
    io: tracedIO(usable !== undefined && platform !== undefined ? sysFileIO(usable, platform) : portable()),
    pageSize,
    granularity: winInfo?.granularity ?? pageSize,
    win,
    placement: win === undefined ? "arena" : "view",
    maxWindow,
    pool: new ArenaPool(),
    wasmEngine,
    ...(refuseHandle === undefined ? {} : { refuseHandle }),
    ...(nativeCrc32 === undefined ? {} : { nativeCrc32 }),
    ...(nativeHash === undefined ? {} : { nativeHash }),
    get noMapReason() {
      return reason;
    },
    prefetcher() {
      if (prefetch === undefined) {
        prefetch = null;
        const advice = platform?.MADV.populate_read;
        const wanted = options.prefetch !== false;
        if (wanted && usable?.spawnPrefetcher !== undefined && advice !== undefined && rt.mappedWorks()) {
          try {
            const sab = prefetchBuffer();
            usable.spawnPrefetcher(sab, advice);
            prefetch = new Prefetcher(sab);
          } catch {
            prefetch = null;
          }
        }
      }
      return prefetch ?? undefined;
    },
    mappedWorks() {
      if (!tested) {
        tested = true;
        if (reason === undefined) {
          try {
            reason = selfTest(rt);
          } catch (e) {
            // e.g. a permission the runtime denies: the buffered engine, with the reason said
            reason = `self-test: ${e instanceof Error ? e.message : String(e)}`;
          }
        }
      }
      return reason === undefined;
    },
  };
  return rt;
}

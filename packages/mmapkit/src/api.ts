/**
 * mmapkit: memory-mapped files for Node.js, Deno and Bun. This module holds the one public API;
 * each runtime's entry (`node.ts`, `deno.ts`, `bun.ts`) installs its adapter and re-exports it,
 * so every runtime sees identical names.
 *
 * @example
 * ```ts
 * import { open } from "mmapkit";
 * using f = open("data.bin");            // read-only, zero-copy
 * console.log(f.bytes.length, f.bytes[0]);
 * ```
 * @module
 */
import {
  type Algorithm,
  type AnonymousOptions,
  type Checksum,
  checksumOf,
  type ChecksumOptions,
  countIn,
  createChecksumIn,
  type CreateChecksumOptions,
  type FileHandleLike,
  type FileURL,
  findAllIn,
  hashImplementations,
  hasSimd,
  implementations,
  indexOfIn,
  type IndexOfOptions,
  lastIndexOfIn,
  type LastIndexOfOptions,
  type MappedFile,
  MmapError,
  openAnonymous,
  openDescriptor,
  openFile,
  type OpenOptions,
  type RunOptions,
  type SharedOptions,
  sharedRegion,
  type Source,
  transformIn,
  type TransformOp,
  type TransformOptions,
  unlinkShared as unlinkSharedIn,
  xxh32Loop,
} from "@mmapkit/core";
import { runtime, runtimeName } from "./runtime.ts";
import { cores, crc32Auto, runCall, type SliceApi, sumArg, workerCount } from "./parallel/mod.ts";

/** The single-threaded calls a slice of a parallel call makes (each passes threads: 1). */
const SLICES: SliceApi = { count, indexOf, lastIndexOf, findAll, checksum, transform };

export {
  type AddType,
  type Advice,
  type Algorithm,
  type AnonymousOptions,
  Channel,
  type Checksum,
  type ChecksumOptions,
  type CreateChecksumOptions,
  type EngineChoice,
  type FileHandleLike,
  type FileURL,
  type IndexOfOptions,
  type LastIndexOfOptions,
  MappedFile,
  MmapError,
  type Mode,
  Mutex,
  type OpenOptions,
  type Range,
  type RunOptions,
  type SharedOptions,
  type Source,
  type TransformOp,
  type TransformOptions,
} from "@mmapkit/core";
export { maxWindow, pageSize } from "./runtime.ts";

/**
 * A `Deno.FsFile` where the consumer's types declare Deno (never elsewhere). open() refuses it
 * (EINVAL): Deno 2 gives it no public file descriptor; pass the path instead.
 */
export type DenoFsFile = typeof globalThis extends { Deno: { FsFile: { prototype: infer F } } } ? F : never;

/**
 * Maps a file, or a segment at any offset, as memory. The file is named by its path (a string or
 * a `file:` URL), or is one you have open already: a file descriptor (number) or a FileHandle
 * (node:fs/promises, in Node, Deno and Bun). You keep ownership of a descriptor: mmapkit maps a
 * duplicate, never closes yours, and the mapping stays valid after you close it. Its mode must
 * fit how the descriptor was opened ("write" needs read-write: EACCES otherwise), `create` is
 * refused (EINVAL), `size` grows the file, and `path` reads `fd:N`. A descriptor needs FFI to be
 * duplicated (ENOFFI on Deno without --allow-ffi: pass the path). A Deno.FsFile has no public
 * descriptor in Deno 2 and is refused (EINVAL: pass the path).
 *
 * @example
 * ```ts
 * import { open } from "mmapkit";
 * using f = open("big.log", { offset: 1n << 32n, length: 1 << 20 });
 * console.log(f.bytes.indexOf(10));
 * ```
 */
export function open(
  target: string | FileURL | number | FileHandleLike | DenoFsFile,
  options?: OpenOptions,
): MappedFile {
  const descriptor = typeof target === "number" ||
    (typeof target === "object" && target !== null && !(target instanceof URL));
  if (descriptor) return openDescriptor(runtime(), target, options);
  if (typeof target !== "string" && !(target instanceof URL)) {
    throw new MmapError(
      "EINVAL",
      `open() takes a path, a file: URL, a file descriptor (number) or a FileHandle (node:fs/promises), got ${
        target === null ? "null" : typeof target
      }; pass one of those`,
    );
  }
  return openFile(runtime(), target, options);
}

/**
 * Maps `size` bytes of zeroed anonymous memory, off the JS heap.
 *
 * @example
 * ```ts
 * import { anonymous } from "mmapkit";
 * using m = anonymous(64 << 20);
 * m.bytes.fill(1);
 * ```
 */
export function anonymous(size: number, options?: AnonymousOptions): MappedFile {
  return openAnonymous(runtime(), size, options);
}

/**
 * Maps the named shared memory region `/dev/shm/<name>` read-write shared: every process that
 * maps the name — Node, Deno or Bun — sees the same bytes. Linux and Windows (`ENOSYS` elsewhere);
 * needs FFI (`ENOFFI` on Deno without --allow-ffi). `create` makes it if missing (zero-filled, mode
 * `permissions`, default 0o600), `exclusive` fails with `EEXIST` if it exists, `size` grows a
 * smaller region; the whole region is mapped. Share it with {@link Mutex} and {@link Channel}.
 *
 * On Windows it is the named pagefile-backed section `Local\<name>` (`Global\<name>` with
 * `global: true`), created for the current user only: it lives while any process has it open and
 * goes with the last close, and it cannot grow (a larger `size` than an existing one has is
 * `ERANGE`); README "Windows" says what else differs.
 *
 * @example
 * ```ts
 * import { shared, unlinkShared } from "mmapkit";
 * using region = shared("my-app", { size: 1 << 20, create: true });
 * region.bytes[0] = 1;              // visible at once to every process mapping "my-app"
 * unlinkShared("my-app");           // the name goes; mappings stay usable until closed
 * ```
 */
export function shared(name: string, options: SharedOptions): MappedFile {
  return sharedRegion(runtime(), name, options);
}

/**
 * Removes the shared memory region `name` (`ENOENT` if there is none). Processes that mapped it
 * keep their mapping until they close it; a later `shared(name, { create: true })` makes a new one.
 * On Windows a section has no name to remove — it goes when the last process closes it — so this
 * only checks that it exists (`ENOENT` if not), as .NET and Boost offer no removal either.
 *
 * @example
 * ```ts
 * import { unlinkShared } from "mmapkit";
 * unlinkShared("my-app");
 * ```
 */
export function unlinkShared(name: string): void {
  unlinkSharedIn(runtime(), name);
}

/**
 * How many bytes of `source` equal `byte`. A path of any size is walked window by window.
 *
 * @example
 * ```ts
 * import { count } from "mmapkit";
 * console.log(count("big.log", 10)); // lines
 * ```
 */
export function count(source: Source, byte: number, options?: RunOptions): number {
  return runCall("count", source, byte, options, "count", SLICES, (o) => countIn(runtime(), source, byte, o as never));
}

/**
 * The first position (from the source's start) where `needle` — a byte, a string (UTF-8) or bytes
 * — starts, at or after `from`; −1 if none.
 *
 * @example
 * ```ts
 * import { indexOf } from "mmapkit";
 * console.log(indexOf("big.log", "ERROR"));
 * ```
 */
export function indexOf(source: Source, needle: number | string | Uint8Array, options?: IndexOfOptions): number {
  return runCall(
    "indexOf",
    source,
    needle,
    options,
    "indexOf",
    SLICES,
    (o) => indexOfIn(runtime(), source, needle, o as never),
  );
}

/**
 * The last position (from the source's start) where `needle` — a byte, a string (UTF-8) or bytes
 * — starts, at or before `to` (default: anywhere); −1 if none. Like `Uint8Array.prototype.lastIndexOf`
 * with `to` as its `fromIndex`, and Python's `rfind`. The range is walked from its end backwards,
 * window by window: a match near the end of a 10 GiB file is found without reading the rest.
 *
 * @example
 * ```ts
 * import { lastIndexOf } from "mmapkit";
 * const lastLine = lastIndexOf("big.log", "\n", { to: 1_000_000 });
 * ```
 */
export function lastIndexOf(
  source: Source,
  needle: number | string | Uint8Array,
  options?: LastIndexOfOptions,
): number {
  const f = (o: unknown) => lastIndexOfIn(runtime(), source, needle, o as never);
  return runCall("lastIndexOf", source, needle, options, "lastIndexOf", SLICES, f);
}

/**
 * Every position where `needle` starts, ascending; overlapping matches included ("aa" in "aaa"
 * is at 0 and 1).
 *
 * @example
 * ```ts
 * import { findAll } from "mmapkit";
 * console.log(findAll("big.log", "\n").length);
 * ```
 */
export function findAll(source: Source, needle: number | string | Uint8Array, options?: RunOptions): number[] {
  return runCall(
    "findAll",
    source,
    needle,
    options,
    "findAll",
    SLICES,
    (o) => findAllIn(runtime(), source, needle, o as never),
  );
}

/**
 * The checksum of `source` as lowercase hex: crc32 (zlib, `%08x`), crc32c (Castagnoli), adler32
 * (zlib), xxh32, xxh64, xxh3 and xxh128 (as `xxhsum -H0`/`-H1`/`-H3`/`-H2` print them; xxh128 in
 * its canonical form, high 64 bits first). `seed` is the xxHash seed (xxh32: [0, 2^32), the
 * others: [0, 2^64); out of range: `ERANGE`), or a previous crc32/crc32c/adler32 value to
 * continue from.
 *
 * @example
 * ```ts
 * import { checksum } from "mmapkit";
 * console.log(checksum("big.iso", "xxh3"));
 * console.log(checksum("big.iso", "xxh128", { seed: 42n }));
 * ```
 */
export function checksum(source: Source, algorithm: Algorithm, options?: ChecksumOptions): string {
  const arg = sumArg(algorithm, (options as { seed?: unknown } | undefined)?.seed);
  return runCall(
    "checksum",
    source,
    arg,
    options,
    "checksum",
    SLICES,
    (o) => checksumOf(runtime(), source, algorithm, o as never),
  );
}

/**
 * A streaming checksum for data that arrives in pieces (a pipe, a socket, standard input):
 * `update(bytes)` any number of times with pieces of any length, then `digest()` — the same hex
 * as {@link checksum} of the concatenation. Memory stays bounded: each piece is hashed in place
 * when it is a view of a mapping, else copied through a pooled buffer a chunk at a time. Every
 * algorithm and seed of `checksum`; an unknown algorithm or a bad seed throws at once. After
 * `digest()`, `update()` throws `ECLOSED`; a piece that is not a Uint8Array, `EINVAL`.
 *
 * @example
 * ```ts
 * import process from "node:process";
 * import { createChecksum } from "mmapkit";
 * const sum = createChecksum("xxh128");
 * for await (const piece of process.stdin) sum.update(piece);
 * console.log(sum.digest());
 * ```
 */
export function createChecksum(algorithm: Algorithm, options?: CreateChecksumOptions): Checksum {
  return createChecksumIn(runtime(), algorithm, options);
}

/**
 * Transforms bytes in place: `{ xor }` (repeating key), `{ add, type }` (little-endian u8…f64),
 * `{ map }` (256-byte table) or `{ swap }` (byte order). A path is opened "write", walked and
 * flushed; a "read" mapping is refused (`EMODE`).
 *
 * @example
 * ```ts
 * import { transform } from "mmapkit";
 * transform("ints.bin", { add: 1, type: "i32" });
 * ```
 */
export function transform(
  target: MappedFile | Uint8Array | string | FileURL,
  op: TransformOp,
  options?: TransformOptions,
): void {
  const sync = (options as { sync?: unknown } | undefined)?.sync === true;
  // A bad op is refused before any slice starts.
  const check = () => transformIn(runtime(), new Uint8Array(0), op);
  runCall(
    "transform",
    target,
    { op, sync },
    options,
    "transform",
    SLICES,
    (o) => transformIn(runtime(), target, op, o as never),
    check,
  );
}

/** What this runtime uses: the engine "auto" picks, why, and whether the kernel runs SIMD. */
export interface RuntimeInfo {
  /** "node", "deno" or "bun": the entry in use. */
  runtime: string;
  engine: "mapped" | "buffered";
  reason?: string;
  /**
   * With the mapped engine, where the file's pages are: "arena" (inside a WebAssembly.Memory, so
   * kernels run on them in place: Linux, macOS) or "view" (where the OS mapped them: Windows;
   * kernels copy them into their Memory in chunks).
   */
  placement?: "arena" | "view";
  simd: boolean;
  /**
   * The engine whose code shapes the SIMD kernel takes: "javascriptcore" on Bun, "v8" on Node and
   * Deno (a loop written one way can be 10-20% faster on one engine and slower on the other).
   * Results never depend on it.
   */
  kernelShapes: "v8" | "javascriptcore";
  /**
   * The loops whose faster form depends on the CPU, as timed here once per thread (under a
   * millisecond, at the first xxh32 of 64 KiB or more, or here): xxh32's stripe loop as one
   * "i32x4" vector chain or four "scalar" chains. Results never depend on it.
   */
  kernelLoops: { xxh32: "i32x4" | "scalar" };
  pageSize: number;
  maxWindow: number;
  /** WebAssembly Memories created so far and idle in the pool (they are reused, never leaked). */
  arenas: { created: number; idle: number };
  /**
   * Threads for `threads` and `mmapkit/promises`: the cores this process may use, and the kernel
   * workers started so far (created at first need, reused, never keeping the process alive).
   * `crc32`: what `threads: "auto"` does with a crc32 of 128 MiB or more, on a populated mapping
   * (`resident`) and on a path or a mapping read for the first time (`firstPass`) — "split" over
   * the cores, or "one" thread. Where the runtime's own crc32 computes it (Deno, Bun) on fewer
   * than 4 cores, whether a second thread gains depends on the machine, so "auto" times both ways
   * on its first calls of that size (three each, the first a warm-up) and says "learning" until then;
   * later it times the other way now and then, and the choice may change.
   */
  threads: {
    cores: number;
    workers: number;
    crc32: { resident: "split" | "one" | "learning"; firstPass: "split" | "one" | "learning" };
  };
  /**
   * What computes each checksum: "wasm" (the kernel), "node:zlib" (the runtime's own crc32, used
   * where it gives the kernel's results faster: Deno and Bun) or "Bun.hash" (Bun's one-shot
   * xxh32/xxh64/xxh3, used where faster for a range that is one array in memory — a MappedFile or a
   * Uint8Array; paths and createChecksum always use the kernel). Decided once per thread and
   * algorithm, by timing both on a resident 256 KiB piece (1–5 ms), at the first call of 64 KiB
   * or more, or here.
   */
  checksums: Record<Algorithm, "wasm" | "node:zlib" | "Bun.hash">;
}

/**
 * Which engine and kernel build this runtime uses (runs the self-test on first call).
 *
 * @example
 * ```ts
 * import { runtimeInfo } from "mmapkit";
 * console.log(runtimeInfo().engine); // "mapped" where FFI and the self-test work
 * ```
 */
export function runtimeInfo(): RuntimeInfo {
  const r = runtime();
  const mapped = r.mappedWorks();
  return {
    runtime: runtimeName,
    engine: mapped ? "mapped" : "buffered",
    ...(r.noMapReason === undefined ? {} : { reason: r.noMapReason }),
    ...(mapped ? { placement: r.placement } : {}),
    simd: hasSimd(),
    kernelShapes: r.wasmEngine,
    kernelLoops: { xxh32: xxh32Loop(r) },
    pageSize: r.pageSize,
    maxWindow: r.maxWindow,
    arenas: { created: r.pool.created, idle: r.pool.idle },
    threads: {
      cores: cores(),
      workers: workerCount(),
      crc32: { resident: crc32Auto(true), firstPass: crc32Auto(false) },
    },
    checksums: { ...implementations(r), ...hashImplementations(r) },
  };
}

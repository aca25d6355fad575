/**
 * @mmapkit/core: the runtime-agnostic core. The `mmapkit` package and the adapters import it by
 * this name; it is bundled into `mmapkit` and never published on its own. It imports no runtime
 * module: each adapter hands it a {@link Sys} (libc through FFI) and a {@link FileIO}.
 * @module
 */
export { MmapError } from "./errors.ts";
export { hintFor } from "./_check.ts";
export type { Advice, FileURL, Mode } from "./args.ts";
export { toOptions, toPath } from "./args.ts";
export { libcSys, type Sys, type SysRuntime, type WorkerClass } from "./sys.ts";
export { bindKernel32, type WinArg, type WinFn, type WinSys } from "./win.ts";
export { type WinName, winSymbols } from "./win_symbols.ts";
export type { FileIO, FileKind, FileStat } from "./fileio.ts";
// The FFI tables and how to bind them, the prefetch loop, besideModule: what workers import alone.
export * from "./worker.ts";
export { platformFor } from "./platform.ts";
export { createRuntime, type Runtime, type RuntimeOptions } from "./runtime.ts";
export { adler32Combine, combinerOf, CRC32_POLY, CRC32C_POLY, crcCombine } from "./combine.ts";
export { mappedSelfTest } from "./selftest.ts";
export { type AnonymousOptions, type EngineChoice, openAnonymous, openFile, type OpenOptions } from "./open.ts";
export { type FileHandleLike, openDescriptor } from "./open_fd.ts";
export { MappedFile, type Range } from "./mapped_file.ts";
export { hasSimd } from "./wasm/load.ts";
export { ArenaPool } from "./arena.ts";
export {
  defaultWalkSizes,
  Handover,
  handover,
  knownRunOptions,
  prefetching,
  type ProbeKernel,
  readChoice,
  type RunOptions,
  type Source,
  type TransformOptions,
  type WalkSizes,
} from "./kernels/walk.ts";
export {
  countIn,
  findAllIn,
  indexOfIn,
  type IndexOfOptions,
  joinPieces,
  lastIndexOfIn,
  type LastIndexOfOptions,
  MATCH_LIMIT,
  matchLimitOf,
  MAX_MATCHES,
  OFFSET_SINK,
  type OffsetSink,
  roomFor,
} from "./kernels/scan.ts";
export {
  type Algorithm,
  ALGORITHM_NAMES,
  type AlgorithmRow,
  ALGORITHMS,
  algorithmsWhere,
  isAlgorithm,
  rowOf,
} from "./kernels/algorithms.ts";
export { checksumOf, type ChecksumOptions, checksumWhat } from "./kernels/checksum.ts";
export {
  chooseCrc32,
  crc32Implementation,
  type Implementation,
  implementations,
  type NativeCrc32,
  timeCrc32,
} from "./kernels/native.ts";
export {
  chooseHash,
  type HashImplementation,
  hashImplementation,
  hashImplementations,
  type NativeHash,
  type NativeHashes,
  type OneShot,
  timeHash,
} from "./kernels/native_hash.ts";
export { chooseXxh32Loop, timeXxh32Loops, type Xxh32Loop, xxh32Loop } from "./kernels/loops.ts";
export { resetTrials, timedCall, trialState, trialThreads } from "./split_trial.ts";
export { type Checksum, createChecksumIn, type CreateChecksumOptions } from "./kernels/checksum_stream.ts";
export {
  ADD_TYPES,
  type AddType,
  ELEMENT_TYPES,
  elementTypeOf,
  type ElementTypeRow,
  isAddType,
} from "./kernels/element_types.ts";
export { transformIn, type TransformOp } from "./kernels/transform.ts";
export { type SharedOptions, sharedRegion, unlinkShared } from "./shared.ts";
export { Mutex } from "./mutex.ts";
export { Channel } from "./channel.ts";

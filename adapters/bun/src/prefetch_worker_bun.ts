/** The prefetch worker (see packages/core/src/prefetch.ts): madvise through this runtime's FFI. @module */
import { workerData } from "node:worker_threads";
import process from "node:process";
import { libcNames, runPrefetchLoop } from "@mmapkit/core/worker";
import { dlopen, FFIType } from "bun:ffi";

const symbols = { madvise: { args: [FFIType.u64_fast, FFIType.u64_fast, FFIType.i32], returns: FFIType.i32 } } as const; // (void*, size_t, int)
const lib = libcNames(process.platform).map((name) => {
  try {
    return dlopen(name, symbols);
  } catch {
    return undefined;
  }
}).find((l) => l !== undefined);

const { sab, advice } = workerData as { sab: SharedArrayBuffer; advice: number };
runPrefetchLoop(sab, (address, length) => void lib!.symbols.madvise(address, length, advice));

/** The prefetch worker (see packages/core/src/prefetch.ts): madvise through this runtime's FFI. @module */
import { workerData } from "node:worker_threads";
import { libcNames, runPrefetchLoop } from "@mmapkit/core/worker";

const symbols = { madvise: { parameters: ["usize", "usize", "i32"], result: "i32" } } as const; // (void*, size_t, int)
const lib = libcNames(Deno.build.os).map((name) => {
  try {
    return Deno.dlopen(name, symbols);
  } catch {
    return undefined;
  }
}).find((l) => l !== undefined);

const { sab, advice } = workerData as { sab: SharedArrayBuffer; advice: number };
runPrefetchLoop(sab, (address, length) => void lib!.symbols.madvise(BigInt(address), BigInt(length), advice));

/** The prefetch worker (see packages/core/src/prefetch.ts): madvise through this runtime's FFI. @module */
import { workerData } from "node:worker_threads";
import process from "node:process";
import { libcNames, runPrefetchLoop } from "@mmapkit/core/worker";
import { createRequire } from "node:module";

type Madvise = (address: number, length: number, advice: number) => number;
const koffi = createRequire(import.meta.url)("koffi") as { load(name: string): { func(decl: string): Madvise } };
const lib = libcNames(process.platform).map((name) => {
  try {
    return koffi.load(name);
  } catch {
    return undefined;
  }
}).find((l) => l !== undefined);
const madvise = lib!.func("int madvise(intptr_t addr, size_t len, int advice)");

const { sab, advice } = workerData as { sab: SharedArrayBuffer; advice: number };
runPrefetchLoop(sab, (address, length) => void madvise(address, length, advice));

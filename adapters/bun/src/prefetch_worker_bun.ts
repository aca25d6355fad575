/** The prefetch worker on Bun (see packages/core/src/prefetch.ts): madvise through bun:ffi. @module */
import { workerData } from "node:worker_threads";
import process from "node:process";
import { runPrefetchWorker } from "@mmapkit/core/worker";
import { bunDialect } from "./_ffi.ts";

runPrefetchWorker(workerData, bunDialect, process.platform);

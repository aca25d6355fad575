/** The prefetch worker on Node (see packages/core/src/prefetch.ts): madvise through koffi. @module */
import { workerData } from "node:worker_threads";
import process from "node:process";
import { runPrefetchWorker } from "@mmapkit/core/worker";
import { koffiDialect, requireKoffi } from "./_ffi.ts";

runPrefetchWorker(workerData, koffiDialect(requireKoffi()), process.platform);

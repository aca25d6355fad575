/** The prefetch worker on Deno (see packages/core/src/prefetch.ts): madvise through Deno.dlopen. @module */
import { workerData } from "node:worker_threads";
import { runPrefetchWorker } from "@mmapkit/core/worker";
import { denoDialect } from "./_ffi.ts";

runPrefetchWorker(workerData, denoDialect, Deno.build.os);

/** A kernel worker on Bun: its own runtime (no prefetch thread of its own), serving parallel jobs. @module */
import { parentPort, workerData } from "node:worker_threads";
import { loadSys, loadWinSys, nativeHash, wasmEngine } from "@mmapkit/adapter-bun";
import { nativeCrc32, portableIO } from "@mmapkit/adapter-portable";
import { install } from "../runtime.ts";
import * as api from "../api.ts";
import { serveJobs } from "./worker.ts";

install("bun", loadSys, portableIO, { prefetch: false, loadWin: loadWinSys, nativeCrc32, nativeHash, wasmEngine });
serveJobs(api, parentPort!, (workerData as { replies: import("node:worker_threads").MessagePort }).replies);

/** The Bun entry of mmapkit: binds the API to the bun adapter, then re-exports it. @module */
import { loadSys, loadWinSys, nativeHash, wasmEngine } from "@mmapkit/adapter-bun";
import { nativeCrc32, portableIO } from "@mmapkit/adapter-portable";
import { install } from "./runtime.ts";

install("bun", loadSys, portableIO, { loadWin: loadWinSys, nativeCrc32, nativeHash, wasmEngine });
export * from "./api.ts";

/** The Deno entry of mmapkit: binds the API to the deno adapter (the buffered engine without --allow-ffi), then re-exports it. @module */
import { loadSys, loadWinSys, refuseHandle } from "@mmapkit/adapter-deno";
import { nativeCrc32, portableIO } from "@mmapkit/adapter-portable";
import { install } from "./runtime.ts";

install("deno", loadSys, portableIO, { refuseHandle, loadWin: loadWinSys, nativeCrc32 });
export * from "./api.ts";

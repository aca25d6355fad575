/** The Node.js entry of mmapkit: binds the API to the node adapter, then re-exports it. @module */
import { loadSys, loadWinSys } from "@mmapkit/adapter-node";
import { nativeCrc32, portableIO } from "@mmapkit/adapter-portable";
import { install } from "./runtime.ts";

install("node", loadSys, portableIO, { loadWin: loadWinSys, nativeCrc32 });
export * from "./api.ts";

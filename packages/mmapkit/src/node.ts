/** The Node.js entry of mmapkit: binds the API to the node adapter. @module */
import { loadSys } from "../../../adapters/node/src/mod.ts";
import { portableIO } from "../../../adapters/portable/src/mod.ts";
import { install } from "./api.ts";

install(loadSys, portableIO);
export * from "./api.ts";

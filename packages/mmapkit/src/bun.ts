/** The Bun entry of mmapkit: binds the API to the bun adapter. @module */
import { loadSys } from "../../../adapters/bun/src/mod.ts";
import { portableIO } from "../../../adapters/portable/src/mod.ts";
import { install } from "./api.ts";

install(loadSys, portableIO);
export * from "./api.ts";

/** The Deno entry of mmapkit: binds the API to the Deno adapter (buffered engine without --allow-ffi). @module */
import { loadSys } from "../../../adapters/deno/src/mod.ts";
import { portableIO } from "../../../adapters/portable/src/mod.ts";
import { install } from "./api.ts";

install(loadSys, portableIO);
export * from "./api.ts";

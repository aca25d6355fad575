/** `mmapkit/promises` on Deno: installs the deno entry, then the promise API. @module */
import "./deno.ts";
export * from "./promises.ts";

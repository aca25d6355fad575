/** `mmapkit/promises` on Bun: installs the bun entry, then the promise API. @module */
import "./bun.ts";
export * from "./promises.ts";

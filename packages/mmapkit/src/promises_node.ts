/** `mmapkit/promises` on Node: installs the node entry, then the promise API. @module */
import "./node.ts";
export * from "./promises.ts";

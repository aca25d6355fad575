/** The package's version, as `mmapkit --version` prints it; a test keeps it equal to package.json and deno.json. @module */

/** The version of mmapkit. */
export const VERSION = "0.1.0";

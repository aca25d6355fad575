/** Loading koffi, the Node adapter's FFI, once for libc and kernel32 alike. @module */
import { createRequire } from "node:module";
import { MmapError } from "@mmapkit/core";

/** The koffi module, typed by the caller as much as it uses; ENOFFI when it cannot be loaded. */
export function requireKoffi<T>(): T {
  try {
    return createRequire(import.meta.url)("koffi") as T;
  } catch (cause) {
    throw new MmapError("ENOFFI", "koffi could not be loaded; run npm install (koffi is a dependency of mmapkit)", {
      cause,
    });
  }
}

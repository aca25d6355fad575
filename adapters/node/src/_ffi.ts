/** The Node adapter's FFI: koffi, loaded once, and the translation of core's neutral tables into it. @module */
import { createRequire } from "node:module";
import { type CType, type Dialect, MmapError } from "@mmapkit/core/worker";

type KoffiFn = ((...args: unknown[]) => unknown) & { async(...args: unknown[]): void };
/** The part of koffi the adapter uses. */
export interface Koffi {
  load(path: string): { func(decl: string): KoffiFn };
  errno(): number;
  view(ptr: unknown, length: number): ArrayBuffer;
}

/** The koffi module; ENOFFI when it cannot be loaded. */
export function requireKoffi(): Koffi {
  try {
    return createRequire(import.meta.url)("koffi") as Koffi;
  } catch (cause) {
    throw new MmapError("ENOFFI", "koffi could not be loaded; run npm install (koffi is a dependency of mmapkit)", {
      cause,
    });
  }
}

/** koffi's spelling of each neutral type. */
const koffiType: Record<CType, string> = {
  i32: "int",
  u32: "uint32_t",
  i64: "int64_t",
  isize: "intptr_t",
  usize: "uintptr_t",
  buf: "void *",
  ptr: "void *",
  void: "void",
};

/** Core's tables through koffi: one prototype string per row (`convention`: "__stdcall " for kernel32). */
export function koffiDialect(koffi: Koffi, convention = ""): Dialect {
  return (file, rows) => {
    const lib = koffi.load(file);
    return Object.fromEntries(
      Object.entries(rows).map(([name, s]) => {
        let f: KoffiFn;
        try {
          f = lib.func(`${koffiType[s.result]} ${convention}${name}(${s.args.map((a) => koffiType[a]).join(", ")})`);
        } catch {
          return [name, undefined]; // not exported here
        }
        const threaded = (...a: unknown[]) =>
          new Promise((resolve, reject) => f.async(...a, (err: unknown, r: unknown) => err ? reject(err) : resolve(r)));
        return [name, { call: f, async: s.async === true ? threaded : undefined }];
      }),
    );
  };
}

/** `mmapkit info`: a file's size, pages and resident pages, and the engine this runtime uses. @module */
import { formatBytes } from "./_args.ts";
import { type Api, type Command, fileSize } from "./_command.ts";
import { UsageError } from "./_errors.ts";
import { printJson } from "./_io.ts";

/** Resident pages of the whole file (mincore over windows of at most `maxWindow`). */
function residency(api: Api, path: string, size: number): { pages: number; resident: number } {
  let pages = 0;
  let resident = 0;
  for (let offset = 0; offset < size; offset += api.maxWindow) {
    const f = api.open(path, { offset, length: Math.min(api.maxWindow, size - offset), engine: "mapped" });
    try {
      const r = f.residency();
      pages += r.pages;
      resident += r.resident;
    } finally {
      f.close();
    }
  }
  return { pages, resident };
}

/** The `info` command. */
export const info: Command = {
  name: "info",
  summary: "size, pages, resident pages of a file, and the engine in use",
  options: { json: { type: "boolean" } },
  help: `Usage: mmapkit info [--json] FILE

Prints the file's size, its pages, how many are resident in the page cache (mincore; unknown
on the buffered engine, which cannot see the page cache), and what this runtime uses: the
engine ("mapped", zero-copy, or "buffered" without FFI) and whether the kernel runs SIMD.

      --json      one JSON document on standard output
      --no-progress   taken, as by every command (info draws no bar)
  -h, --help      this text

Exit status: 0 done, 1 the file could not be read, 2 bad usage.
`,
  run(api, args, io) {
    if (args.positionals.length !== 1) throw new UsageError("give exactly one FILE");
    const file = args.positionals[0]!;
    const size = fileSize(api, file);
    const rt = api.runtimeInfo();
    const pages = Math.ceil(size / api.pageSize);
    const resident = rt.engine === "mapped" ? residency(api, file, size).resident : null;
    const engine = {
      runtime: rt.runtime,
      engine: rt.engine,
      ...(rt.reason === undefined ? {} : { reason: rt.reason }),
      simd: rt.simd,
    };
    if (args.flag("json")) {
      printJson(io, { file, size, pageSize: api.pageSize, pages, resident, ...engine });
      return Promise.resolve(0);
    }
    const pct = resident === null || pages === 0 ? "" : ` (${((100 * resident) / pages).toFixed(1)} %)`;
    io.out(
      [
        `file      ${file}`,
        `size      ${size} bytes${size >= 1024 ? ` (${formatBytes(size)})` : ""}`,
        `pages     ${pages} of ${api.pageSize} bytes`,
        `resident  ${resident === null ? "unknown (buffered engine)" : `${resident}${pct}`}`,
        `engine    ${rt.engine}${rt.reason === undefined ? "" : ` (${rt.reason})`}, ${rt.runtime}, ${
          rt.simd ? "SIMD" : "no SIMD"
        } kernel`,
      ].join("\n") + "\n",
    );
    return Promise.resolve(0);
  },
};

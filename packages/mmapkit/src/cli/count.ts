/** `mmapkit count`: how many times a byte occurs — lines (`\n`) by default, like `wc -l`. @module */
import { fstatSync, statSync } from "node:fs";
import { parseByte, parseThreads } from "./_args.ts";
import type { Command } from "./_command.ts";
import { describe, EXIT, UsageError } from "./_errors.ts";
import { printJson } from "./_io.ts";
import { progress } from "./_progress.ts";
import { countStream, piecesOf, streamed } from "./_stream.ts";

/**
 * The width `wc` gives its columns for several inputs: the digits of the regular files' total
 * size, and at least 7 when one input is not a regular file (standard input from a pipe, a
 * directory); inputs that cannot be read do not count.
 */
function wcWidth(names: readonly string[]): number {
  let regular = 0;
  let minimum = 1;
  for (const name of names) {
    try {
      const st = name === "-" ? fstatSync(0) : statSync(name);
      if (st.isFile()) regular += st.size;
      else minimum = 7;
    } catch { /* wc leaves out what it cannot stat */ }
  }
  return Math.max(String(regular).length, minimum);
}

/** The `count` command. */
export const count: Command = {
  name: "count",
  summary: "count lines (\\n) or any byte, like wc -l",
  options: {
    lines: { type: "boolean", short: "l" },
    byte: { type: "string", short: "b" },
    threads: { type: "string" },
    json: { type: "boolean" },
  },
  help: `Usage: mmapkit count [--lines | --byte N] [--threads N] [--json] [FILE…]

Counts a byte in each file and prints "<count> <file>", with a "total" line when there are
several files, like wc -l. With no FILE, or when FILE is "-", counts standard input as it
arrives (any size, in bounded memory) and prints the count alone; a FIFO or a device named
as FILE is read the same way.

  -l, --lines     count newlines (\\n, 0x0a); the default
  -b, --byte N    count byte N: 0–255 (decimal or 0x hex) or one ASCII character
      --threads N   threads per file: a number, or auto (the default: what measured faster,
                    see the README)
      --json      one JSON document on standard output
      --no-progress   no progress bar on a terminal
  -h, --help      this text

Exit status: 0 all counted, 1 a file could not be read, 2 bad usage.
`,
  async run(api, args, io) {
    const byteText = args.string("byte");
    if (byteText !== undefined && args.flag("lines")) throw new UsageError("pass --lines or --byte, not both");
    const byte = byteText === undefined ? 10 : parseByte(byteText, "--byte");
    const threads = parseThreads(args.string("threads"));
    const names = args.positionals.length === 0 ? ["-"] : args.positionals;
    const files: { file: string; count?: number; error?: { code: string; message: string } }[] = [];
    for (const file of names) {
      const bar = progress(io, file);
      try {
        const n = streamed(file)
          ? await countStream(api, piecesOf(io, file), byte)
          : api.count(file, byte, bar.onProgress === undefined ? { threads } : { threads, onProgress: bar.onProgress });
        files.push({ file, count: n });
      } catch (e) {
        const message = describe(e, "count");
        files.push({ file, error: { code: (e as { code?: string }).code ?? "ERROR", message } });
        if (!args.flag("json")) io.err(message + "\n");
      } finally {
        bar.end();
      }
    }
    const total = files.reduce((s, f) => s + (f.count ?? 0), 0);
    if (args.flag("json")) printJson(io, { byte, files, total });
    else {
      const several = names.length > 1;
      const width = several ? Math.max(String(total).length, wcWidth(names)) : 0;
      for (const f of files) {
        if (f.count === undefined) continue;
        // wc -l prints a count alone for standard input it was not given by name.
        io.out(args.positionals.length === 0 ? `${f.count}\n` : `${String(f.count).padStart(width)} ${f.file}\n`);
      }
      if (several) io.out(`${String(total).padStart(width)} total\n`);
    }
    return files.some((f) => f.error !== undefined) ? EXIT.failed : EXIT.ok;
  },
};

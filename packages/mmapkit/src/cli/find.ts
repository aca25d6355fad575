/**
 * `mmapkit find`: byte offsets of a fixed string, with `grep -b -o -F` semantics — matches do
 * not overlap ("aa" in "aaaa" is at 0 and 2), the API's overlapping `findAll` is filtered — and
 * grep's exit status (1 when nothing matched).
 * @module
 */
import { hexBytes, parseThreads } from "./_args.ts";
import type { Command } from "./_command.ts";
import { describe, EXIT, UsageError } from "./_errors.ts";
import { printJson } from "./_io.ts";
import { progress } from "./_progress.ts";
import { countStream, findStream, piecesOf, streamed } from "./_stream.ts";

/** Drops matches that start inside the previous kept one (`offsets` ascending). */
export function nonOverlapping(offsets: readonly number[], length: number): number[] {
  const out: number[] = [];
  let end = 0;
  for (const o of offsets) {
    if (o < end) continue;
    out.push(o);
    end = o + length;
  }
  return out;
}

/** PATTERN given with --hex: pairs of hex digits, spaces between them allowed. */
function fromHex(pattern: string): Uint8Array {
  const bytes = hexBytes(pattern.replace(/\s+/g, ""));
  if (bytes === undefined) {
    throw new UsageError(`--hex: PATTERN must be pairs of hex digits, like 'de ad be ef'; got '${pattern}'`);
  }
  return bytes;
}

/**
 * PATTERN as UTF-8 bytes. A byte that is not UTF-8 reaches a program's arguments as U+FFFD on every
 * runtime, and would be searched for as EF BF BD: refused, with --hex as the way to give it.
 */
function utf8Pattern(pattern: string): Uint8Array {
  if (pattern.includes("\uFFFD")) {
    throw new UsageError(
      "PATTERN holds U+FFFD, which is what a byte that is not UTF-8 becomes in an argument; give the bytes in hex " +
        "with --hex (for example --hex be, or --hex efbfbd for U+FFFD itself)",
    );
  }
  return new TextEncoder().encode(pattern);
}

/** The `find` command. */
export const find: Command = {
  name: "find",
  summary: "byte offsets of a string, like grep -b -o -F",
  options: {
    all: { type: "boolean", short: "a" },
    count: { type: "boolean", short: "c" },
    threads: { type: "string" },
    hex: { type: "boolean" },
    json: { type: "boolean" },
  },
  help: `Usage: mmapkit find [--all] [--count] [--hex] [--threads N] [--json] PATTERN [FILE…]

Prints "<offset>:PATTERN" for the first match of PATTERN (a string, matched as UTF-8 bytes; with
--hex, bytes written in hex) in each file; with several files each line starts with "<file>:".
With no FILE, or when FILE is "-", searches standard input as it arrives (any size, in bounded
memory); a FIFO or a device named as FILE is read the same way.

  -a, --all       every match, as grep -b -o -F prints them: matches do not overlap
  -c, --count     print the number of (non-overlapping) matches instead
      --hex       PATTERN is bytes in hex, pairs of digits, spaces allowed: --hex 'de ad be ef'
                  (for bytes that are not UTF-8: an argument cannot carry them)
      --threads N   threads per file: a number, or auto (the default: what measured faster,
                    see the README)
      --json      one JSON document on standard output
      --no-progress   no progress bar on a terminal
  -h, --help      this text

Exit status: 0 a match was found, 1 no match (or a file could not be read), 2 bad usage.
`,
  async run(api, args, io) {
    const [pattern, ...given] = args.positionals;
    if (pattern === undefined) throw new UsageError("give a PATTERN (and FILEs, or standard input)");
    const names = given.length === 0 ? ["-"] : given;
    const needle = args.flag("hex") ? fromHex(pattern) : utf8Pattern(pattern);
    if (needle.length === 0) throw new UsageError("PATTERN is empty");
    const every = args.flag("all") || args.flag("count");
    const threads = parseThreads(args.string("threads"));
    const json = args.flag("json");
    const prefix = names.length > 1;
    let matched = false;
    let broken = false;
    const files = [];
    for (const file of names) {
      const bar = progress(io, file);
      try {
        const options = bar.onProgress === undefined ? { threads } : { threads, onProgress: bar.onProgress };
        const stdin = streamed(file);
        let offsets: number[] | undefined;
        let n: number;
        if (!every) {
          const at = stdin
            ? (await findStream(api, piecesOf(io, file), needle, true))[0] ?? -1
            : api.indexOf(file, needle, options);
          offsets = at < 0 ? [] : [at];
          n = offsets.length;
        } else if (args.flag("count") && needle.length === 1) {
          // One byte: matches cannot overlap.
          n = stdin ? await countStream(api, piecesOf(io, file), needle[0]!) : api.count(file, needle[0]!, options);
        } else {
          const all = stdin
            ? await findStream(api, piecesOf(io, file), needle, false)
            : api.findAll(file, needle, options);
          offsets = nonOverlapping(all, needle.length);
          n = offsets.length;
        }
        bar.end();
        if (n > 0) matched = true;
        if (json) {
          files.push(args.flag("count") ? { file, count: n } : { file, count: n, offsets });
        } else if (args.flag("count")) {
          io.out(prefix ? `${file}:${n}\n` : `${n}\n`);
        } else if (offsets !== undefined && offsets.length > 0) {
          const head = prefix ? `${file}:` : "";
          for (let i = 0; i < offsets.length; i += 65536) {
            io.out(offsets.slice(i, i + 65536).map((o) => `${head}${o}:${pattern}\n`).join(""));
          }
        }
      } catch (e) {
        bar.end();
        broken = true;
        const message = describe(e, "find");
        if (json) files.push({ file, error: { code: (e as { code?: string }).code ?? "ERROR", message } });
        else io.err(message + "\n");
      }
    }
    if (json) printJson(io, { pattern, files });
    return matched && !broken ? EXIT.ok : EXIT.failed;
  },
};

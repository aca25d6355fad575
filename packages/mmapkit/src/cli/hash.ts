/**
 * `mmapkit hash`: a checksum per file, printed as `xxhsum` prints it (`-H0`…`-H3` as xxhsum
 * spells them), and `--check` to verify lists written by xxhsum, sha256sum-style tools or
 * mmapkit, with coreutils' options, messages and exit codes. The default algorithm is xxh64,
 * xxhsum's default, so the two tools read each other's lists. No FILE, or "-", hashes standard
 * input as it arrives, in bounded memory.
 * @module
 */
import { readFileSync } from "node:fs";
import type { Algorithm } from "../api.ts";
import { algorithmsWhere, rowOf } from "@mmapkit/core";
import { BY_LENGTH, byName, byXxhsum, DEFAULT_ALGORITHM, digitsOf, listed, NAMES, XXHSUM } from "./_algorithms.ts";
import { parseInteger, parseThreads } from "./_args.ts";
import { cores } from "../parallel/mod.ts";
import type { Api, Command } from "./_command.ts";
import { describe, EXIT, quoteName, UsageError } from "./_errors.ts";
import { type Io, printJson } from "./_io.ts";
import { progress } from "./_progress.ts";
import { hashStream, piecesOf, streamed } from "./_stream.ts";
import { type CheckEntry, formatLine, readCheckList, reportedName } from "./_sumfile.ts";

interface Digested {
  file: string;
  digest?: string;
  error?: { code: string; message: string };
}

const tagOf = (a: Algorithm): string => rowOf(a).tag;
/** `-H0, -H1, …` as xxhsum numbers them; the widths it takes too (`-H32, …`). */
const H_FLAGS = XXHSUM.map((a) => `-H${rowOf(a).xxhsum}`);
const H_BITS = XXHSUM.flatMap((a) => rowOf(a).xxhsumBits ?? []);
const H_VALUES = `${listed(XXHSUM.map((a) => rowOf(a).xxhsum!), "or")} (or ${H_BITS.join(", ")})`;
/** What `--seed` continues (a previous value), and what `--threads` splits: from the table. */
const CONTINUED = algorithmsWhere((r) => r.seed === "previous");
const SPLIT = algorithmsWhere((r) => r.combine !== undefined);

/**
 * `--seed`. For the algorithms that continue a previous value (crc32/crc32c/adler32) it is that
 * value as this command prints it — hex, `0x` optional — so a printed digest can be passed back
 * as it is; for xxHash, a whole number (decimal or 0x hex) in the algorithm's seed range. Under
 * `--check` without an algorithm, lists may mix algorithms: any 64-bit number.
 */
function seedOf(text: string | undefined, algo: Algorithm | undefined, check: boolean): bigint | undefined {
  if (text === undefined) return undefined;
  const kind = algo === undefined && check ? 64 : rowOf(algo ?? DEFAULT_ALGORITHM).seed;
  if (kind === "previous") {
    const m = /^(?:0x)?([0-9a-f]{1,8})$/i.exec(text.trim());
    if (m === null) {
      throw new UsageError(
        `--seed for ${algo} is a previous ${algo} checksum as printed (up to 8 hex digits), got '${text}'`,
      );
    }
    return BigInt("0x" + m[1]);
  }
  const seed = parseInteger(text, "--seed");
  if (seed < 0n || seed >= 1n << BigInt(kind)) {
    throw new UsageError(
      `--seed${algo === undefined ? "" : ` for ${algo}`} must be from 0 to 2^${kind}−1, got '${text}'`,
    );
  }
  return seed;
}

function algorithmOf(algo: string | undefined, h: string | undefined): Algorithm | undefined {
  let chosen: Algorithm | undefined;
  if (algo !== undefined) {
    chosen = byName(algo);
    if (chosen === undefined) throw new UsageError(`--algo must be one of ${NAMES.join(", ")}, got '${algo}'`);
  }
  if (h !== undefined) {
    const byH = byXxhsum(h);
    if (byH === undefined) throw new UsageError(`-H takes ${H_VALUES}, as xxhsum does; got '${h}'`);
    if (chosen !== undefined && chosen !== byH) throw new UsageError(`-H${h} is ${byH}, but --algo says ${chosen}`);
    chosen = byH;
  }
  return chosen;
}

const failure = (file: string, e: unknown): Digested => ({
  file,
  error: { code: (e as { code?: string }).code ?? "ERROR", message: describe(e, "hash") },
});

async function digest(
  api: Api,
  io: Io,
  file: string,
  algo: Algorithm,
  seed: bigint | undefined,
  threads: number | "auto",
): Promise<Digested> {
  const bar = progress(io, file);
  try {
    if (streamed(file)) return { file, digest: await hashStream(api, piecesOf(io, file), algo, seed) };
    const options = {
      threads,
      ...(seed === undefined ? {} : { seed }),
      ...(bar.onProgress === undefined ? {} : { onProgress: bar.onProgress }),
    };
    return { file, digest: api.checksum(file, algo, options) };
  } catch (e) {
    return failure(file, e);
  } finally {
    bar.end();
  }
}

/**
 * Several files at once, up to the cores, on the kernel workers (xxHash cannot split a file,
 * but it can hash several side by side); `done` receives them in the order given, as soon as
 * each and those before it are ready. No progress bar: several would overwrite each other.
 */
async function digestAll(
  api: Api,
  files: readonly string[],
  algo: Algorithm,
  seed: bigint | undefined,
  threads: number | "auto",
  done: (d: Digested) => void,
): Promise<void> {
  const results: (Digested | undefined)[] = files.map(() => undefined);
  let next = 0;
  let printed = 0;
  const options = { threads, ...(seed === undefined ? {} : { seed }) };
  const lane = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      try {
        results[i] = { file, digest: await api.promises.checksum(file, algo, options) };
      } catch (e) {
        results[i] = failure(file, e);
      }
      for (; printed < files.length && results[printed] !== undefined; printed++) done(results[printed]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores(), files.length) }, lane));
}

/** How `--check` reports. */
interface CheckMode {
  given: Algorithm | undefined;
  threads: number | "auto";
  seed: bigint | undefined;
  json: boolean;
  quiet: boolean;
  status: boolean;
  strict: boolean;
  ignoreMissing: boolean;
  warn: boolean;
}

/** What --json says of one list: the same fields whether or not the list could be read. */
interface ListReport {
  list: string;
  /** Why the list itself could not be read (then it has no results and every count is 0). */
  error?: { code: string; message: string };
  results: object[];
  ok: number;
  failed: number;
  unreadable: number;
  ignored: number;
  malformed: number;
  /** The warnings the text output gives on standard error, without the "mmapkit hash: WARNING: " prefix. */
  warnings: string[];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Verifies one list; resolves to whether everything in it is good, and what JSON reports of it. */
async function checkList(
  api: Api,
  io: Io,
  list: string,
  m: CheckMode,
): Promise<{ good: boolean; report: ListReport }> {
  const say = (text: string): void => {
    if (!m.json && !m.status) io.out(text);
  };
  const warnings: string[] = [];
  const warn = (text: string): void => {
    warnings.push(text);
    if (!m.json && !m.status) io.err(`mmapkit hash: WARNING: ${text}\n`);
  };
  let text: string;
  try {
    text = new TextDecoder().decode(list === "-" ? await io.readStdin() : readFileSync(list));
  } catch (e) {
    // The list as the user spelled it (Node on Windows reports the path it resolved).
    const named = e instanceof Error && typeof (e as { path?: unknown }).path === "string"
      ? Object.assign(e, { path: list })
      : e;
    const error = { code: (e as { code?: string }).code ?? "ERROR", message: describe(named, "hash") };
    if (!m.json) io.err(error.message + "\n");
    const report = { list, error, results: [], ok: 0, failed: 0, unreadable: 0, ignored: 0, malformed: 0, warnings };
    return { good: false, report };
  }
  const lines = readCheckList(text, m.given);
  const results: (Digested & { line: number; algorithm: Algorithm; expected: string; ok: boolean })[] = [];
  let failed = 0;
  // Lines whose 8 hex digits were taken for XXH32 by their length, failed and matched.
  let failedAsXxh32 = 0;
  let matchedAsXxh32 = 0;
  let unreadable = 0;
  let ignored = 0;
  const byLine = new Map<number, CheckEntry>(lines.entries.map((e) => [e.line, e]));
  const bad = new Set(lines.malformed);
  const last = Math.max(0, lines.malformed.at(-1) ?? 0, lines.entries.at(-1)?.line ?? 0);
  for (let n = 1; n <= last; n++) {
    if (m.warn && bad.has(n) && !m.json) {
      io.err(`mmapkit hash: ${quoteName(list)}: ${n}: improperly formatted checksum line\n`);
    }
    const entry = byLine.get(n);
    if (entry === undefined) continue;
    const d = await digest(api, io, entry.file, entry.algorithm, m.seed, m.threads);
    const name = reportedName(entry.file);
    if (d.error !== undefined) {
      if (m.ignoreMissing && d.error.code === "ENOENT") {
        ignored++;
        continue;
      }
      unreadable++;
      if (!m.json) io.err(d.error.message + "\n");
      say(`${name}: FAILED open or read\n`);
    } else if (d.digest === entry.digest) {
      if (entry.byLength && entry.algorithm === "xxh32") matchedAsXxh32++;
      if (!m.quiet) say(`${name}: OK\n`);
    } else {
      failed++;
      if (entry.byLength && entry.algorithm === "xxh32") failedAsXxh32++;
      say(`${name}: FAILED\n`);
    }
    results.push({ ...d, line: n, algorithm: entry.algorithm, expected: entry.digest, ok: d.digest === entry.digest });
  }
  const malformed = lines.malformed.length;
  const report = {
    list,
    results,
    ok: results.length - failed - unreadable,
    failed,
    unreadable,
    ignored,
    malformed,
    warnings,
  };
  if (lines.entries.length === 0) {
    if (!m.json) io.err(`mmapkit hash: ${quoteName(list)}: no properly formatted checksum lines found\n`);
    return { good: false, report };
  }
  if (malformed > 0) warn(`${plural(malformed, "line is", "lines are")} improperly formatted`);
  if (unreadable > 0) warn(`${plural(unreadable, "listed file", "listed files")} could not be read`);
  if (failed > 0) warn(`${plural(failed, "computed checksum", "computed checksums")} did NOT match`);
  // crc32, crc32c and adler32 digests are 8 hex digits too, and a plain list does not say which:
  // when no such line matched as XXH32, the list is likely one of those.
  if (failedAsXxh32 > 0 && matchedAsXxh32 === 0) {
    warn(
      `${
        plural(failedAsXxh32, "failed line has", "failed lines have")
      } 8 hex digits, read as XXH32 (as xxhsum reads them); for crc32, crc32c or adler32 lists pass --algo`,
    );
  }
  if (m.ignoreMissing && results.length === 0) {
    if (!m.json) io.err(`mmapkit hash: ${quoteName(list)}: no file was verified\n`);
    return { good: false, report };
  }
  return { good: failed === 0 && unreadable === 0 && !(m.strict && malformed > 0), report };
}

const CHECK_ONLY = ["quiet", "status", "strict", "ignore-missing", "warn"] as const;

/** The `hash` command. */
export const hash: Command = {
  name: "hash",
  summary:
    `checksum files or standard input (${DEFAULT_ALGORITHM} by default, like xxhsum), or verify lists with --check`,
  options: {
    algo: { type: "string", short: "a" },
    H: { type: "string", short: "H" },
    seed: { type: "string" },
    check: { type: "boolean", short: "c" },
    tag: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    status: { type: "boolean" },
    strict: { type: "boolean" },
    "ignore-missing": { type: "boolean" },
    warn: { type: "boolean", short: "w" },
    threads: { type: "string" },
    json: { type: "boolean" },
  },
  help: `Usage: mmapkit hash [${H_FLAGS.join("|")} | --algo ALGO] [--seed N] [--tag] [--threads N] [--json] [FILE…]
       mmapkit hash --check [--quiet|--status] [--strict] [--warn] [--ignore-missing] [LIST…]

Prints "<hex>  <file>" per file, as xxhsum and sha256sum print it. With no FILE, or when FILE
is "-", reads standard input as it arrives (any size, in bounded memory); a FIFO or a device
named as FILE (<(cmd), /dev/stdin) is read the same way.

  ${H_FLAGS.join(", ")}  ${
    XXHSUM.map((a) => tagOf(a) + (a === DEFAULT_ALGORITHM ? " (the default)" : "")).join(", ")
  } — as xxhsum numbers them
                      (${H_BITS.map((b) => "-H" + b).join(", ")} work too). ${
    listed(XXHSUM.filter((a) => rowOf(a).bsdOnly === true).map(tagOf))
  } lines are BSD-style, as xxhsum writes them
  -a, --algo ALGO     ${NAMES.join(" | ")}
      --seed N        the xxHash seed (decimal or 0x hex), or for ${CONTINUED.join("/")} a previous checksum to
                      continue from, in hex as printed
      --tag           BSD-style lines: "${tagOf(DEFAULT_ALGORITHM)} (file) = <hex>"
  -c, --check         read lists of checksums from the LISTs (or standard input) and verify them;
                      prints "FILE: OK" or "FILE: FAILED" per line. Lists may mix algorithms: a
                      BSD tag decides, else --algo, else the digest length as xxhsum reads it
                      (${
    BY_LENGTH.map((a, i) => `${digitsOf(a)}${i === 0 ? " hex digits" : ""}: ${tagOf(a)}`).join(", ")
  })
  -q, --quiet         --check: do not print OK for files that verify
      --status        --check: print nothing; the exit status says it all
  -w, --warn          --check: warn about each improperly formatted line
                      (of --quiet, --status and --warn the last one given counts, as in coreutils)
      --strict        --check: exit 1 when a line is improperly formatted
      --ignore-missing  --check: skip files that do not exist instead of failing
      --threads N     threads: a number, or auto (the default). ${listed(SPLIT)} split a
                      file over the cores (auto: from 128 MiB; crc32 below 4 cores only where
                      that timed faster than one thread, when the runtime's zlib computes it);
                      several files are hashed side by side, up to the cores
                      (xxHash cannot split one file: it is sequential)
      --json          one JSON document on standard output
      --no-progress   no progress bar on a terminal
  -h, --help          this text

Names holding a backslash or a line break are escaped as sha256sum escapes them, and read back.

Exit status: 0 all good, 1 a file could not be read or did not match (or, with --strict, a
line was improperly formatted), 2 bad usage.
`,
  async run(api, args, io) {
    const algo = algorithmOf(args.string("algo"), args.string("H"));
    const seed = seedOf(args.string("seed"), algo, args.flag("check"));
    const json = args.flag("json");
    const threads = parseThreads(args.string("threads"));
    const names = args.positionals.length === 0 ? ["-"] : args.positionals;
    if (args.flag("check")) {
      if (args.flag("tag")) throw new UsageError("--tag writes lists; it does not go with --check");
      // As in coreutils, --quiet, --status and --warn override each other: the last one counts.
      const voice = args.last(["quiet", "status", "warn"]);
      const mode: CheckMode = {
        given: algo,
        threads,
        seed,
        json,
        quiet: voice === "quiet",
        status: voice === "status",
        strict: args.flag("strict"),
        ignoreMissing: args.flag("ignore-missing"),
        warn: voice === "warn",
      };
      const lists: ListReport[] = [];
      let good = true;
      for (const list of names) {
        const r = await checkList(api, io, list, mode);
        good &&= r.good;
        lists.push(r.report);
      }
      if (json) {
        const sum = (k: "failed" | "unreadable" | "malformed") => lists.reduce((n, l) => n + l[k], 0);
        printJson(io, {
          check: true,
          ok: good,
          failed: sum("failed"),
          unreadable: sum("unreadable"),
          malformed: sum("malformed"),
          lists,
        });
      }
      return good ? EXIT.ok : EXIT.failed;
    }
    const misplaced = CHECK_ONLY.find((o) => args.flag(o));
    if (misplaced !== undefined) throw new UsageError(`--${misplaced} is meaningful only with --check`);
    const chosen = algo ?? DEFAULT_ALGORITHM;
    const files: Digested[] = [];
    const show = (d: Digested): void => {
      files.push(d);
      if (json) return;
      if (d.error !== undefined) io.err(d.error.message + "\n");
      // Standard input is named "stdin" in the line, as xxhsum names it.
      else io.out(formatLine(chosen, d.digest!, d.file === "-" ? "stdin" : d.file, args.flag("tag")));
    };
    // Several regular files side by side on the workers; a stream (stdin, a FIFO) is read here.
    if (names.length > 1 && threads !== 1 && !names.some(streamed)) {
      await digestAll(api, names, chosen, seed, threads, show);
    } else {
      for (const file of names) show(await digest(api, io, file, chosen, seed, threads));
    }
    if (json) printJson(io, { algorithm: chosen, ...(seed === undefined ? {} : { seed: seed.toString() }), files });
    return files.some((f) => f.error !== undefined) ? EXIT.failed : EXIT.ok;
  },
};

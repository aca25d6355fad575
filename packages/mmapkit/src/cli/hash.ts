/**
 * `mmapkit hash`: a checksum per file, printed as `xxhsum`/`sha256sum` print it, and `--check`
 * to verify such a list. The default algorithm is xxh64, `xxhsum`'s default, so the two tools
 * read each other's lists.
 * @module
 */
import { readFileSync } from "node:fs";
import { parseInteger } from "./_args.ts";
import { type Api, type Command, sourceOf } from "./_command.ts";
import { describe, EXIT, UsageError } from "./_errors.ts";
import { type Io, printJson } from "./_io.ts";
import { progress } from "./_progress.ts";
import { readCheckList } from "./_sumfile.ts";

/** The algorithms, and the tag BSD-style lines (`--tag`, `xxhsum -H3`) name them by. */
export const TAGS = { crc32: "CRC32", crc32c: "CRC32C", adler32: "ADLER32", xxh64: "XXH64", xxh3: "XXH3" } as const;
/** An algorithm name. */
export type Algo = keyof typeof TAGS;

function algoOf(text: string | undefined): Algo {
  if (text === undefined) return "xxh64";
  const a = text.toLowerCase();
  if (a in TAGS) return a as Algo;
  throw new UsageError(`--algo must be one of ${Object.keys(TAGS).join(", ")}, got '${text}'`);
}

interface Digested {
  file: string;
  digest?: string;
  error?: { code: string; message: string };
}

async function digest(api: Api, io: Io, file: string, algo: Algo, seed: bigint | undefined): Promise<Digested> {
  const bar = progress(io, file);
  try {
    const source = await sourceOf(io, file);
    const options = {
      ...(seed === undefined ? {} : { seed }),
      ...(bar.onProgress === undefined ? {} : { onProgress: bar.onProgress }),
    };
    return { file, digest: api.checksum(source, algo, options) };
  } catch (e) {
    return { file, error: { code: (e as { code?: string }).code ?? "ERROR", message: describe(e) } };
  } finally {
    bar.end();
  }
}

async function check(
  api: Api,
  io: Io,
  sumfile: string,
  given: Algo | undefined,
  seed: bigint | undefined,
  json: boolean,
): Promise<number> {
  const text = new TextDecoder().decode(sumfile === "-" ? await io.readStdin() : readFileSync(sumfile));
  const { entries, malformed } = readCheckList(text, sumfile, given);
  const results = [];
  let failed = 0;
  for (const entry of entries) {
    const d = await digest(api, io, entry.file, entry.algo, seed);
    const ok = d.digest === entry.digest;
    if (!ok) failed++;
    if (d.error !== undefined && !json) io.err(d.error.message + "\n");
    if (!json) io.out(`${entry.file}: ${ok ? "OK" : d.error === undefined ? "FAILED" : "FAILED open or read"}\n`);
    results.push({ ...d, algorithm: entry.algo, expected: entry.digest, ok });
  }
  if (json) printJson(io, { check: sumfile, results, ok: entries.length - failed, failed, malformed });
  else {
    if (malformed > 0) io.err(`mmapkit hash: WARNING: ${malformed} line(s) of ${sumfile} are improperly formatted\n`);
    if (failed > 0) io.err(`mmapkit hash: WARNING: ${failed} of ${entries.length} file(s) did NOT match\n`);
  }
  if (entries.length === 0) {
    if (!json) io.err(`mmapkit hash: ${sumfile}: no properly formatted checksum lines found\n`);
    return EXIT.failed;
  }
  return failed > 0 || malformed > 0 ? EXIT.failed : EXIT.ok;
}

/** The `hash` command. */
export const hash: Command = {
  name: "hash",
  summary: "checksum files (xxh64 by default), or verify a checksum list with --check",
  options: {
    algo: { type: "string", short: "a" },
    seed: { type: "string" },
    check: { type: "string", short: "c" },
    tag: { type: "boolean" },
    json: { type: "boolean" },
  },
  help: `Usage: mmapkit hash [--algo ALGO] [--seed N] [--tag] [--json] FILE…
       mmapkit hash --check SUMFILE [--algo ALGO] [--json]

Prints "<hex>  <file>" per file, the line xxhsum and sha256sum print. "-" reads standard input.

  -a, --algo ALGO     crc32 | crc32c | adler32 | xxh64 | xxh3 (default xxh64, like xxhsum)
      --seed N        the xxHash seed, or a crc32/crc32c/adler32 value to continue from
      --tag           print BSD-style lines instead: "XXH64 (file) = <hex>"
  -c, --check FILE    verify a list in either format ("-": standard input); prints "FILE: OK" or
                      "FILE: FAILED" per line and exits 1 if any failed. The algorithm comes from
                      --algo, a BSD tag, or the digest length (16 hex digits: xxh64; 8 digits are
                      ambiguous — crc32, crc32c, adler32 — and need --algo)
      --json          one JSON document on standard output

Exit status: 0 all good, 1 a file could not be read or did not match, 2 bad usage.
`,
  async run(api, args, io) {
    const algo = args.string("algo") === undefined ? undefined : algoOf(args.string("algo"));
    const seedText = args.string("seed");
    const seed = seedText === undefined ? undefined : parseInteger(seedText, "--seed");
    if (seed !== undefined && (seed < 0n || seed >= 1n << 64n)) {
      throw new UsageError(`--seed must be from 0 to 2^64−1, got '${seedText}'`);
    }
    const json = args.flag("json");
    const sumfile = args.string("check");
    if (sumfile !== undefined) {
      if (args.positionals.length > 0) throw new UsageError("--check takes the list only; the files are named in it");
      return await check(api, io, sumfile, algo, seed, json);
    }
    if (args.positionals.length === 0) throw new UsageError('no FILE given ("-" reads standard input)');
    const chosen = algo ?? "xxh64";
    const files: Digested[] = [];
    for (const file of args.positionals) {
      const d = await digest(api, io, file, chosen, seed);
      files.push(d);
      if (json) continue;
      if (d.error !== undefined) io.err(d.error.message + "\n");
      else if (args.flag("tag")) io.out(`${TAGS[chosen]} (${file}) = ${d.digest}\n`);
      else io.out(`${d.digest}  ${file}\n`);
    }
    if (json) printJson(io, { algorithm: chosen, ...(seed === undefined ? {} : { seed: seed.toString() }), files });
    return files.some((f) => f.error !== undefined) ? EXIT.failed : EXIT.ok;
  },
};

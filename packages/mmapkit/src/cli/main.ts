/**
 * The `mmapkit` command line: `hash`, `count`, `find`, `transform`, `info`, `bench`. This module
 * is runtime-neutral — it receives the public API from a launcher (`node.ts`, `deno.ts`,
 * `bun.ts` beside it), each of which imports its runtime's entry of the package and calls
 * {@link main}.
 *
 * @example
 * ```ts
 * import * as api from "mmapkit";
 * import { main } from "./main.ts";
 * const code = await main(api, ["hash", "big.iso"]); // prints "<xxh64>  big.iso"
 * ```
 * @module
 */
import { parse } from "./_args.ts";
import type { Api, Command } from "./_command.ts";
import { describe, EXIT, UsageError } from "./_errors.ts";
import { type Io, printJson, processIo } from "./_io.ts";
import { bench } from "./bench_command.ts";
import { count } from "./count.ts";
import { find } from "./find.ts";
import { hash } from "./hash.ts";
import { info } from "./info.ts";
import { transform } from "./transform.ts";
import { VERSION } from "./_version.ts";

export type { Api } from "./_command.ts";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [hash, count, find, transform, info, bench];

const HELP = `Usage: mmapkit <command> [options] [FILE…]

Memory-mapped file tools on the mmapkit WebAssembly kernel; files of any size.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Every command takes --help, --json (one JSON document on standard output) and --no-progress.
-V, --version prints the version. Exit status: 0 success, 1 a failed check or error, 2 bad usage.
`;

/**
 * `argv` with its command first: options may come before it (`mmapkit --json count FILE`), as
 * they may anywhere with xxhsum and coreutils. The first word that names a command (before any
 * `--`) is the command; with none, `argv` as it was (the usage error names what came first).
 */
function commandFirst(argv: readonly string[]): readonly string[] {
  const first = argv[0];
  if (first === undefined || !first.startsWith("-") || ["--help", "-h", "--version", "-V"].includes(first)) return argv;
  const end = argv.indexOf("--");
  const at = argv.findIndex((a, i) => (end < 0 || i < end) && COMMANDS.some((c) => c.name === a));
  return at < 0 ? argv : [argv[at]!, ...argv.slice(0, at), ...argv.slice(at + 1)];
}

/**
 * Runs the command line `argv` (without the runtime and script) against `api` — or a loader of
 * it, called only once a command runs, so `--help` and usage errors do not load FFI — and
 * resolves to the exit code.
 */
export async function main(
  api: Api | (() => Promise<Api>),
  argv: readonly string[],
  io: Io = processIo(),
): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  if (name === undefined) {
    io.err(HELP);
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return EXIT.ok;
  }
  const version = (json: boolean): number => {
    if (json) printJson(io, { version: VERSION });
    else io.out(`mmapkit ${VERSION}\n`);
    return EXIT.ok;
  };
  if (name === "--version" || name === "-V") return version(rest.includes("--json"));
  // --json promised one JSON document on standard output, bad usage included; it is known
  // before the arguments parse (they may not), so it is looked for among the raw options.
  const end = rest.indexOf("--");
  const json = (end < 0 ? rest : rest.slice(0, end)).includes("--json") || name === "--json";
  const usage = (message: string): number => {
    io.err(message + "\n");
    if (json) printJson(io, { error: { code: "EUSAGE", message } });
    return EXIT.usage;
  };
  if (name.startsWith("-")) {
    // Options and no command among them: --help or --version anywhere answers, else the first
    // word that is not an option is the unknown command.
    const before = end < 0 ? rest : rest.slice(0, end);
    const given = [name, ...before];
    if (given.includes("--help") || given.includes("-h")) {
      io.out(HELP);
      return EXIT.ok;
    }
    if (given.includes("--version") || given.includes("-V")) return version(json);
    const word = given.find((a) => !a.startsWith("-"));
    const names = COMMANDS.map((c) => c.name).join(", ");
    return usage(
      word === undefined
        ? `mmapkit: no command given; the commands are ${names}`
        : `mmapkit: unknown command '${word}'; the commands are ${names}`,
    );
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    return usage(`mmapkit: unknown command '${name}'; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`);
  }
  try {
    const args = parse(rest, command.options);
    if (args.flag("help")) {
      io.out(command.help);
      return EXIT.ok;
    }
    const quiet = args.flag("no-progress") ? { ...io, progress: false } : io;
    return await command.run(typeof api === "function" ? await api() : api, args, quiet);
  } catch (e) {
    if (e instanceof UsageError) return usage(`mmapkit ${name}: ${e.message} (see mmapkit ${name} --help)`);
    const message = describe(e, name);
    io.err(message + "\n");
    // --json promised one document on standard output: the error is that document.
    if (json) printJson(io, { error: { code: (e as { code?: unknown }).code ?? "ERROR", message } });
    return EXIT.failed;
  }
}

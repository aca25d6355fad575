/**
 * `mmapkit transform`: one in-place transform of a whole file — xor, add, byte swap, byte map.
 * It changes the file, so it asks first on a terminal, refuses without `--yes` elsewhere, and
 * `--dry-run` says what would change without writing.
 * @module
 */
import { ADD_TYPES, elementTypeOf, isAddType } from "@mmapkit/core";
import type { TransformOp } from "../api.ts";
import { hexBytes, parseByte, parseInteger, parseThreads } from "./_args.ts";
import { type Api, type Command, fileSize } from "./_command.ts";
import { EXIT, UsageError } from "./_errors.ts";
import { printJson } from "./_io.ts";
import { progress } from "./_progress.ts";

/** A parsed transform: the API's op, its element size, words for people, and (when cheap) bytes changed. */
interface Plan {
  op: TransformOp;
  width: number;
  text: string;
  changed?: (api: Api, path: string, size: number) => number;
}

const hex2 = (b: number): string => `0x${b.toString(16).padStart(2, "0")}`;

function xorPlan(text: string): Plan {
  let key: Uint8Array;
  if (/^hex:/i.test(text)) {
    const bytes = hexBytes(text.slice(4));
    if (bytes === undefined || bytes.length === 0 || bytes.length > 65536) {
      throw new UsageError(`--xor hex:KEY needs 1–65536 bytes as pairs of hex digits, got '${text}'`);
    }
    key = bytes;
  } else key = Uint8Array.of(parseByte(text, "--xor"));
  const nonzero = (n: number): number => key.subarray(0, n).reduce((s, b) => s + (b === 0 ? 0 : 1), 0);
  return {
    op: { xor: key.length === 1 ? key[0]! : key },
    width: 1,
    text: key.length === 1 ? `xor ${hex2(key[0]!)}` : `xor with a ${key.length}-byte key`,
    changed: (_api, _path, size) => Math.floor(size / key.length) * nonzero(key.length) + nonzero(size % key.length),
  };
}

function addPlan(text: string, type: string | undefined): Plan {
  if (type === undefined) throw new UsageError(`--add needs --type (${ADD_TYPES.join(", ")})`);
  if (!isAddType(type)) throw new UsageError(`--type must be one of ${ADD_TYPES.join(", ")}, got '${type}'`);
  const t = type;
  const { bytes: width, float } = elementTypeOf(t);
  if (float) {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--add must be a finite number, got '${text}'`);
    return { op: { add: n, type: t }, width, text: `add ${n} as ${t}` };
  }
  const n = parseInteger(text, "--add");
  const bits = BigInt(width * 8);
  if (n < -(1n << (bits - 1n)) || n >= 1n << bits) throw new UsageError(`--add ${text} does not fit in ${t}`);
  return { op: { add: n, type: t }, width, text: `add ${n} as ${t}` };
}

function swapPlan(text: string): Plan {
  if (text !== "2" && text !== "4" && text !== "8") throw new UsageError(`--swap takes 2, 4 or 8, got '${text}'`);
  const w = Number(text) as 2 | 4 | 8;
  return { op: { swap: w }, width: w, text: `swap the byte order of ${w}-byte elements` };
}

function mapPlan(pairs: readonly string[]): Plan {
  const table = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (const pair of pairs) {
    const at = pair.indexOf(":", 1);
    if (at < 0) throw new UsageError(`--map takes FROM:TO (two bytes), got '${pair}'`);
    table[parseByte(pair.slice(0, at), "--map FROM")] = parseByte(pair.slice(at + 1), "--map TO");
  }
  const moved = [...table.keys()].filter((b) => table[b] !== b);
  return {
    op: { map: table },
    width: 1,
    text: `map ${moved.map((b) => `${hex2(b)}→${hex2(table[b]!)}`).join(", ") || "nothing"}`,
    changed: (api, path, size) => size === 0 ? 0 : moved.reduce((s, b) => s + api.count(path, b), 0),
  };
}

/** The `transform` command. */
export const transform: Command = {
  name: "transform",
  summary: "transform a file in place: --xor, --add, --swap or --map",
  options: {
    xor: { type: "string" },
    add: { type: "string" },
    type: { type: "string", short: "t" },
    swap: { type: "string" },
    map: { type: "string", multiple: true },
    "dry-run": { type: "boolean", short: "n" },
    yes: { type: "boolean", short: "y" },
    threads: { type: "string" },
    json: { type: "boolean" },
  },
  help:
    `Usage: mmapkit transform (--xor K | --add N --type T | --swap W | --map FROM:TO…) [--dry-run] [--yes] [--json] FILE

Changes FILE in place: read, changed and written back to the file in pieces (no fsync). Give
exactly one of:

      --xor K            xor every byte with K (0–255), or with a repeating key: --xor hex:deadbeef
      --add N --type T   add N to every little-endian element, T = ${ADD_TYPES.join(" | ")}
                         (integers wrap; a negative N is written --add=-1)
      --swap W           reverse the byte order of every W-byte element, W = 2 | 4 | 8
      --map FROM:TO      replace byte FROM by TO; repeat for more pairs (bytes as 0–255, 0x.. or a
                         character: --map 0x0d:0x0a, --map a:b)
  -n, --dry-run          say what would change, write nothing
  -y, --yes              do not ask; without it, mmapkit asks on a terminal and refuses otherwise
      --threads N        a number, or auto (the default: what measured faster, see the README)
      --json             one JSON document on standard output
      --no-progress      no progress bar on a terminal
  -h, --help             this text

The file's size must be a whole number of elements (of T or W bytes).
Exit status: 0 done (or dry run), 1 an error or answered no, 2 bad usage (or no terminal to ask
and no --yes).
`,
  async run(api, args, io) {
    const given = ["xor", "add", "swap", "map"].filter((o) => args.strings(o).length > 0);
    if (given.length !== 1) {
      throw new UsageError(
        `pass exactly one of --xor, --add, --swap, --map (got ${given.map((g) => "--" + g).join(", ") || "none"})`,
      );
    }
    if (args.string("type") !== undefined && given[0] !== "add") throw new UsageError("--type goes with --add");
    const plan = given[0] === "xor"
      ? xorPlan(args.string("xor")!)
      : given[0] === "add"
      ? addPlan(args.string("add")!, args.string("type"))
      : given[0] === "swap"
      ? swapPlan(args.string("swap")!)
      : mapPlan(args.strings("map"));
    if (args.positionals.length !== 1) throw new UsageError("give exactly one FILE");
    const file = args.positionals[0]!;
    if (file === "-") throw new UsageError("transform changes a file in place; standard input cannot be");
    const threads = parseThreads(args.string("threads"));
    api.transform(new Uint8Array(plan.width), plan.op); // the API checks the op's values
    const size = fileSize(api, file);
    if (size % plan.width !== 0) {
      io.err(
        `mmapkit transform: ${file} is ${size} bytes, not a whole number of ${plan.width}-byte elements; nothing changed\n`,
      );
      return EXIT.failed;
    }
    const json = args.flag("json");
    const report = { file, op: plan.text, size, elements: size / plan.width };
    if (args.flag("dry-run")) {
      const changed = plan.changed?.(api, file, size);
      if (json) printJson(io, { ...report, dryRun: true, ...(changed === undefined ? {} : { changedBytes: changed }) });
      else {
        io.out(
          `would ${plan.text} over ${file}: ${size} bytes` +
            (plan.width > 1 ? ` (${size / plan.width} elements)` : "") +
            (changed === undefined ? "" : `, ${changed} of them would change`) + "; nothing written\n",
        );
      }
      return EXIT.ok;
    }
    if (!args.flag("yes")) {
      if (!io.stdinTTY) {
        throw new UsageError(
          `refusing to change ${file} in place without confirmation (standard input is not a terminal); pass --yes`,
        );
      }
      const answer = await io.ask(`${plan.text} over ${file} (${size} bytes), in place? [y/N] `);
      if (!/^y(es)?$/i.test(answer.trim())) {
        io.err(`mmapkit transform: not confirmed; ${file} unchanged\n`);
        return EXIT.failed;
      }
    }
    const bar = progress(io, file);
    try {
      api.transform(
        file,
        plan.op,
        bar.onProgress === undefined ? { threads } : { threads, onProgress: bar.onProgress },
      );
    } finally {
      bar.end();
    }
    if (json) printJson(io, { ...report, dryRun: false });
    else io.out(`${plan.text} over ${file} (${size} bytes): done\n`);
    return EXIT.ok;
  },
};

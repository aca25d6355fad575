/**
 * Which test files run: every `*.test.ts` under tests/ (any depth) is a test file, found by its
 * name — no list to keep. A test file exports `register` (see ./_ctx.ts). The command line may
 * narrow the run to some of them; a name that is not a test file, or a file under tests/ that
 * looks like a test but is not named `*.test.ts`, stops the run with a message saying what to do.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import process from "node:process";

/** The convention: a test file's name. */
export const TEST_FILE: RegExp = /\.test\.ts$/;

/** What the command line asked for. */
export interface Selection {
  /** Test files to run, relative to the repository with "/" (tests/kernel/checksum.test.ts), sorted. */
  readonly files: readonly string[];
  /** Only tests whose "suite test" title matches. */
  readonly grep: RegExp | undefined;
  /** Whether the command line named files or a pattern (a partial run). */
  readonly partial: boolean;
}

/** Thrown for a command line or a test tree the runner refuses; the message says what to do. */
export class SelectionError extends Error {}

/** Every test file under `root`/tests, relative to `root` with "/", sorted. */
export function testFiles(root: string): string[] {
  return walk(root, join(root, "tests")).filter((f) => TEST_FILE.test(f)).sort();
}

/**
 * Parses the runner's arguments (`[--grep PATTERN] [tests/... .test.ts ...]`) against the test
 * tree under `root`, after checking that tree for files that break the convention (and `env` for
 * the module filter this replaced).
 */
export function select(
  root: string,
  args: readonly string[],
  cwd: string = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): Selection {
  if (env.MMAPKIT_TEST_ONLY) {
    throw new SelectionError(
      "MMAPKIT_TEST_ONLY (test module names) is gone: name the test files instead, e.g. " +
        "npm test -- --runtime node tests/contract/shared.test.ts, or --grep PATTERN",
    );
  }
  misnamed(root);
  const all = testFiles(root);
  const named: string[] = [];
  let grep: RegExp | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--grep" || a.startsWith("--grep=")) {
      const pattern = a === "--grep" ? args[++i] : a.slice("--grep=".length);
      if (pattern === undefined || pattern === "") throw new SelectionError('--grep needs a pattern: --grep "protect"');
      try {
        grep = new RegExp(pattern);
      } catch (e) {
        throw new SelectionError(
          `--grep ${JSON.stringify(pattern)} is not a regular expression (${(e as Error).message})`,
        );
      }
    } else if (a.startsWith("-")) {
      throw new SelectionError(`unknown option ${a}; the runner takes test files and --grep PATTERN`);
    } else {
      named.push(a);
    }
  }
  const files = named.length === 0 ? all : [...new Set(named.flatMap((n) => testFile(root, cwd, n, all)))].sort();
  return { files, grep, partial: named.length > 0 || grep !== undefined };
}

/** The test files `name` (a file or a folder, relative to `cwd`) stands for. */
function testFile(root: string, cwd: string, name: string, all: readonly string[]): string[] {
  const abs = isAbsolute(name) ? name : resolve(cwd, name);
  const rel = relative(root, abs).split(sep).join("/");
  if (all.includes(rel)) return [rel];
  if (!existsSync(abs)) {
    throw new SelectionError(`no such test file: ${name} (test files: ${all.length}, e.g. ${all[0]})`);
  }
  if (statSync(abs).isDirectory()) {
    const under = all.filter((f) => f.startsWith(`${rel}/`));
    if (under.length === 0) throw new SelectionError(`${name} holds no *.test.ts file`);
    return under;
  }
  throw new SelectionError(
    `${name} is not a test file: tests are the files named *.test.ts under tests/ (rename it, or name one of those)`,
  );
}

/**
 * Fails on a file that looks like a test but would never run (a *.spec.ts, *_test.ts, *.test.js,
 * a file that exports `register`), or a test file whose suites would bypass this runner.
 */
function misnamed(root: string): void {
  const bad: string[] = [];
  for (const f of walk(root, join(root, "tests"))) {
    if (TEST_FILE.test(f)) {
      if (/^import [^;]*\bfrom "uvu";/m.test(readFileSync(join(root, f), "utf8"))) {
        bad.push(
          `${f} (imports suite from "uvu", whose suites this runner never sees: import it from tests/_suite.ts)`,
        );
      }
      continue;
    }
    if (f.startsWith("tests/consumer/")) continue;
    if (/(?:[._-](?:test|tests|spec))\.[cm]?[jt]sx?$/i.test(f)) bad.push(`${f} (name it *.test.ts)`);
    else if (/\.ts$/.test(f) && /^export (?:const|function) register\b/m.test(readFileSync(join(root, f), "utf8"))) {
      bad.push(`${f} (exports register, so it is a test file: name it *.test.ts)`);
    }
  }
  if (bad.length > 0) throw new SelectionError(`test files that would not run:\n  ${bad.join("\n  ")}`);
}

function walk(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "node_modules") out.push(...walk(root, p));
    } else {
      out.push(relative(root, p).split(sep).join("/"));
    }
  }
  return out;
}

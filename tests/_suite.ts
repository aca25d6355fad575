/**
 * The test runner. Test files write uvu's suite API — `const t = suite(name)`, `t(name, fn)`,
 * `t.before`, `t.after`, `.before.each`, `.after.each`, `.only`, `.skip`, `t.run()` — and assert
 * with `uvu/assert`; this module runs those suites itself so that every result is a record (file,
 * suite, test, outcome, skips, error) that the runner writes as JSON for scripts/test.mjs, which
 * sums the records instead of reading printed text.
 * @module
 */
import process from "node:process";
import { compare } from "uvu/diff";
import { skipped, type SkipRecord } from "./_skip.ts";

/** A test body or hook. */
export type Callback = () => unknown;

/** `t.before(fn)` runs once before the suite's tests, `t.before.each(fn)` before each one. */
export interface Hook {
  (fn: Callback): void;
  each(fn: Callback): void;
}

/** A suite: call it to add a test, then `run()` to queue the suite. */
export interface Test {
  (name: string, fn: Callback): void;
  /** Runs only the tests added with `only` in this suite; the others count as skipped. */
  only(name: string, fn: Callback): void;
  /** A test that does not run; it counts as skipped. */
  skip(name?: string, fn?: Callback): void;
  before: Hook;
  after: Hook;
  /** Queues the suite as it is now; the suite starts empty again. */
  run(): void;
}

/** The outcome of one test. */
export interface TestRecord {
  /** The test file, relative to the repository (tests/...). */
  readonly file: string;
  readonly suite: string;
  readonly test: string;
  /** "skipped": the test called skip() for itself, or was added with `t.skip` or left out by `t.only`. */
  readonly outcome: "passed" | "failed" | "skipped";
  readonly ms: number;
  /** What failed, formatted for a person. */
  readonly error?: string;
  /** The skip() calls made while the test ran (whole and partial). */
  readonly skips: readonly SkipRecord[];
}

interface Entry {
  readonly name: string;
  readonly fn: Callback;
}

/** A suite queued by its `run()`. */
export interface Queued {
  readonly file: string;
  readonly name: string;
  readonly tests: readonly Entry[];
  readonly only: readonly Entry[];
  readonly skips: readonly string[];
  readonly before: readonly Callback[];
  readonly after: readonly Callback[];
  readonly beforeEach: readonly Callback[];
  readonly afterEach: readonly Callback[];
}

const queue: Queued[] = [];
const added = new Map<string, number>();
let registering = "";

/** Suites created from now on belong to `file` (the runner calls it before each file's register). */
export function registeringFile(file: string): void {
  registering = file;
}

/** How many tests `file` added (with `t`, `t.only` or `t.skip`). */
export function testsAdded(file: string): number {
  return added.get(file) ?? 0;
}

/** Creates a suite named `name` (its `run()` queues it on `into`: the runner's queue unless given). */
export function suite(name = "", into: Queued[] = queue): Test {
  const file = registering;
  let tests: Entry[] = [];
  let only: Entry[] = [];
  let skips: string[] = [];
  let before: Callback[] = [];
  let after: Callback[] = [];
  let beforeEach: Callback[] = [];
  let afterEach: Callback[] = [];
  const count = (): void => void added.set(file, (added.get(file) ?? 0) + 1);
  const t = ((test: string, fn: Callback): void => {
    count();
    tests.push({ name: test, fn });
  }) as Test;
  t.only = (test, fn) => {
    count();
    only.push({ name: test, fn });
  };
  t.skip = (test = "(unnamed)") => {
    count();
    skips.push(test);
  };
  t.before = Object.assign((fn: Callback) => void before.push(fn), {
    each: (fn: Callback) => void beforeEach.push(fn),
  });
  t.after = Object.assign((fn: Callback) => void after.push(fn), { each: (fn: Callback) => void afterEach.push(fn) });
  t.run = () => {
    into.push({ file, name, tests, only, skips, before, after, beforeEach, afterEach });
    tests = [];
    only = [];
    skips = [];
    before = [];
    after = [];
    beforeEach = [];
    afterEach = [];
  };
  return t;
}

/**
 * Runs every queued suite (suites queued while running too), the tests whose "suite test" title
 * matches `grep`, adding a record per test to `records` as it goes and printing progress with
 * `write`. `from`: the runner's queue unless given.
 */
export async function runQueued(
  grep: RegExp | undefined,
  records: TestRecord[],
  from: Queued[] = queue,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): Promise<void> {
  const selected = (s: Queued, e: Entry): boolean => grep === undefined || grep.test(`${s.name} ${e.name}`);
  for (let i = 0; i < from.length; i++) {
    const s = from[i]!;
    const record = (test: string, outcome: TestRecord["outcome"], ms = 0, error?: string, skips: SkipRecord[] = []) =>
      void records.push({ file: s.file, suite: s.name, test, outcome, ms, skips, ...(error ? { error } : {}) });
    const left = s.only.length > 0 ? s.tests : [];
    for (const e of left) if (selected(s, e)) record(e.name, "skipped", 0, undefined, [only(s, e.name)]);
    for (const name of s.skips) {
      if (selected(s, { name, fn: () => {} })) record(name, "skipped", 0, undefined, [marked(s, name)]);
    }
    const run = (s.only.length > 0 ? s.only : s.tests).filter((e) => selected(s, e));
    if (run.length === 0) continue; // nothing selected: not even the hooks run
    write(`${s.name} `);
    let errors = "";
    let passed = 0;
    try {
      for (const hook of s.before) await hook();
    } catch (e) {
      const error = format("before", e, s.name);
      for (const test of run) record(test.name, "failed", 0, error);
      write(`✘ (before hook failed)\n${error}\n`);
      await hooks(s.after, (e) => record("(after hook)", "failed", 0, format("after", e, s.name)));
      continue;
    }
    for (const test of run) {
      const t0 = performance.now();
      const mark = skipped().length;
      let error: string | undefined;
      let bodyDone = false;
      try {
        for (const hook of s.beforeEach) await hook();
        await test.fn();
        bodyDone = true;
        for (const hook of s.afterEach) await hook();
      } catch (e) {
        error = format(test.name, e, s.name);
        if (!bodyDone) await hooks(s.afterEach, () => {}); // the test failed: its teardown still runs, once
      }
      const skips = skipped().slice(mark);
      const ms = performance.now() - t0;
      if (error !== undefined) {
        errors += `${error}\n`;
        write("✘ ");
        record(test.name, "failed", ms, error, skips);
      } else if (skips.some((k) => k.whole)) {
        write("- ");
        record(test.name, "skipped", ms, undefined, skips);
      } else {
        write("• ");
        passed++;
        record(test.name, "passed", ms, undefined, skips);
      }
    }
    await hooks(s.after, (e) => {
      errors += `${format("(after hook)", e, s.name)}\n`;
      record("(after hook)", "failed", 0, format("after", e, s.name));
    });
    write(`  (${passed} / ${run.length})\n`);
    if (errors) write(`\n${errors}\n`);
  }
}

function only(s: Queued, name: string): SkipRecord {
  return { name: `${s.name}: ${name}`, reason: "another test of the suite is marked t.only", whole: true };
}

function marked(s: Queued, name: string): SkipRecord {
  return { name: `${s.name}: ${name}`, reason: "marked t.skip", whole: true };
}

async function hooks(list: readonly Callback[], failed: (e: unknown) => void): Promise<void> {
  for (const hook of list) {
    try {
      await hook();
    } catch (e) {
      failed(e);
    }
  }
}

/** A failure as uvu prints it: the suite and test, the message, a diff for assertions, the stack. */
function format(test: string, e: unknown, suiteName: string): string {
  if (!(e instanceof Error)) return `  FAIL ${suiteName} "${test}"\n    ${String(e)}\n`;
  const err = e as Error & { operator?: string; actual?: unknown; expected?: unknown; details?: string };
  let out = `  FAIL ${suiteName} "${test}"\n    ${err.message}${err.operator ? `  (${err.operator})` : ""}\n`;
  let details = err.details;
  if (err.name.startsWith("Assertion") && err.operator !== undefined && !err.operator.includes("not")) {
    details = compare(err.actual, err.expected);
  }
  if (details) out += `\n        ${details.split("\n").join("\n        ")}\n`;
  const stack = (err.stack ?? "").split("\n").slice(1).map((l) => l.trim());
  const own = stack.filter((l) => l !== "" && !/\((?:node:|internal\/)|^at (?:node:|internal\/)/.test(l));
  if (own.length > 0) out += `    ${own.join("\n    ")}\n`;
  return out;
}

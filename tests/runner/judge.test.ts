/**
 * How `npm test` judges each runtime's run (scripts/_judge.mjs): a skip is counted as skipped,
 * per runtime in the closing line; a skip that tests/skips.json does not list for the runtime, a
 * run that wrote no report, stopped early, ran no test or timed out fail the whole run. Checked
 * on made-up reports, and tests/skips.json itself on its runtime keys.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Register } from "../_ctx.ts";

interface Skip {
  name: string;
  reason: string;
}
interface Verdict {
  passed: number;
  failed: number;
  skipped: number;
  key?: string;
  unknown: Skip[];
  why: string;
}
interface Judge {
  judgeRun(
    report: unknown,
    exit: { status: number | null; signal?: string | null; timedOut?: boolean },
    known: object,
  ): Verdict;
  closingLine(verdicts: (Verdict & { id: string })[]): {
    passed: number;
    failed: number;
    skipped: number;
    ok: boolean;
    line: string;
  };
}

/** The repository's root: this file is tests/runner/ (Deno, Bun) or dist/tests/runner/ (Node). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "scripts", "_judge.mjs"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("scripts/_judge.mjs not found above this test file");
    dir = up;
  }
  return dir;
}

/** A complete report of `key` with `passed` passing tests and the given skips. */
function report(key: string, passed: number, skips: Skip[], extra: object = {}): object {
  const tests = Array.from({ length: passed }, (_, i) => ({ test: `t${i}`, outcome: "passed" }));
  return {
    key,
    complete: true,
    totals: { passed, failed: 0, skipped: skips.length },
    tests,
    skips,
    ...extra,
  };
}

export const register: Register = (ctx) => {
  const t = suite(`runner: skips and broken runs fail npm test [${ctx.runtime}]`);
  const root = repoRoot();
  const judge = (): Promise<Judge> => import(pathToFileURL(join(root, "scripts", "_judge.mjs")).href);
  const known = { node: { "a known one": "why" }, bun: {} };
  const ok = { status: 0, signal: null };

  t("a listed skip counts as skipped and the run is sound; the closing line gives each runtime's skips", async () => {
    const { judgeRun, closingLine } = await judge();
    const v = judgeRun(report("node", 5, [{ name: "a known one", reason: "r" }]), ok, known);
    assert.equal([v.passed, v.failed, v.skipped, v.why, v.unknown], [5, 0, 1, "", []]);
    const b = judgeRun(report("bun", 7, []), ok, known);
    const total = closingLine([{ id: "node", ...v }, { id: "bun", ...b }]);
    assert.is(total.line, "total: 12 passed, 0 failed, 1 skipped (node 1, bun 0)");
    assert.ok(total.ok);
  });

  t("a skip not listed for its runtime fails the run, even with no test failed", async () => {
    const { judgeRun, closingLine } = await judge();
    // Listed for node only: on bun it is a new skip.
    const v = judgeRun(report("bun", 5, [{ name: "a known one", reason: "r" }]), ok, known);
    assert.is(v.why, " 1 skip(s) not in tests/skips.json");
    assert.equal(v.unknown.map((s) => s.name), ["a known one"]);
    const total = closingLine([{ id: "bun", ...v }]);
    assert.is(total.line, "total: 5 passed, 1 failed, 1 skipped (bun 1)");
    assert.not.ok(total.ok);
    // A name that only looks listed (an inherited property) is not.
    assert.is(judgeRun(report("node", 1, [{ name: "toString", reason: "r" }]), ok, known).unknown.length, 1);
    // A runtime key tests/skips.json lacks: every skip is new.
    assert.is(judgeRun(report("deno", 1, [{ name: "x", reason: "r" }]), ok, known).unknown.length, 1);
  });

  t("no report, an early stop, no test run, a crash or a timeout fail the run", async () => {
    const { judgeRun, closingLine } = await judge();
    const cases: [unknown, { status: number | null; signal?: string | null; timedOut?: boolean }, string][] = [
      [undefined, { status: 1, signal: null }, " wrote no report (exit 1)"],
      [
        report("node", 3, [], { complete: false }),
        { status: null, signal: "SIGSEGV" },
        " stopped before its last test (exit SIGSEGV)",
      ],
      [report("node", 0, []), ok, " ran no test"],
      [report("node", 3, []), { status: 7, signal: null }, " exit 7"],
      [undefined, { status: null, signal: "SIGKILL", timedOut: true }, " timed out after 15 min"],
    ];
    for (const [r, exit, why] of cases) {
      const v = judgeRun(r, exit, known);
      assert.is(v.why, why);
      const total = closingLine([{ id: "node", ...v }]);
      assert.not.ok(total.ok, why);
      assert.ok(total.failed >= 1, `${why}: counted as a failure`);
    }
    // Failed tests are counted as they are, not as one.
    const failing = judgeRun(
      { ...report("node", 2, []), totals: { passed: 2, failed: 3, skipped: 0 } },
      { status: 1 },
      known,
    );
    assert.is(failing.why, "");
    assert.is(closingLine([{ id: "node", ...failing }]).failed, 3);
  });

  t("tests/skips.json lists skips per runtime key, each with a reason", () => {
    const skips = JSON.parse(readFileSync(join(root, "tests", "skips.json"), "utf8")) as Record<
      string,
      Record<string, string>
    >;
    assert.equal(Object.keys(skips).sort(), ["bun", "deno", "deno-noffi", "node"]);
    for (const [key, names] of Object.entries(skips)) {
      for (const [name, reason] of Object.entries(names)) {
        assert.ok(typeof reason === "string" && reason.length > 10, `${key}: "${name}" says why`);
      }
    }
  });

  t.run();
};

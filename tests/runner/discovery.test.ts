/**
 * The runner itself: which files are test files (every *.test.ts under tests/, found by name),
 * what the command line may name, and the refusals — a misnamed test, a name that is not a test
 * file, a bad pattern, a test file that registers nothing — each with a message saying what to
 * do. Checked on scratch trees against the files written there, and on this repository's tree
 * against a plain recursive listing.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Register } from "../_ctx.ts";
import { select, SelectionError, testFiles } from "../_discover.ts";
import { inRunOrder, registerFile } from "../_run.ts";

const TEST = 'import { suite } from "../_suite.ts";\nexport const register = () => {};\n';

/** A scratch repository holding `files` (path under it -> text). */
function tree(tmp: string, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmp, "runner-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The message of the SelectionError `fn` throws. */
function refused(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.instance(e, SelectionError);
    return (e as Error).message;
  }
  throw new assert.Assertion({ message: "expected a SelectionError", operator: "throws" } as never);
}

export const register: Register = (ctx) => {
  const t = suite(`runner: test files found by name [${ctx.runtime}]`);

  t("every *.test.ts under tests/, at any depth, sorted; helpers and fixtures are not tests", () => {
    const root = tree(ctx.tmp, {
      "tests/b.test.ts": TEST,
      "tests/a/x.test.ts": TEST,
      "tests/a/deep/y.test.ts": TEST,
      "tests/_helper.ts": "export const x = 1;\n",
      "tests/fixtures/script.ts": "console.log(1);\n",
      "tests/consumer/smoke.mjs": "export {};\n",
      "tests/README.md": "# tests\n",
    });
    const want = ["tests/a/deep/y.test.ts", "tests/a/x.test.ts", "tests/b.test.ts"];
    assert.equal(testFiles(root), want);
    const all = select(root, [], root);
    assert.equal(all.files, want);
    assert.is(all.grep, undefined);
    assert.is(all.partial, false);
  });

  t("the command line names files (relative to the working directory) and folders, and a pattern", () => {
    const root = tree(ctx.tmp, { "tests/b.test.ts": TEST, "tests/a/x.test.ts": TEST, "tests/a/deep/y.test.ts": TEST });
    assert.equal(select(root, ["tests/b.test.ts"], root).files, ["tests/b.test.ts"]);
    assert.equal(select(root, ["x.test.ts"], join(root, "tests", "a")).files, ["tests/a/x.test.ts"]);
    assert.equal(select(root, ["tests/a"], root).files, ["tests/a/deep/y.test.ts", "tests/a/x.test.ts"]);
    assert.equal(select(root, [join(root, "tests/b.test.ts"), "tests/b.test.ts"], root).files, ["tests/b.test.ts"]);
    const g = select(root, ["--grep", "prot(ect)?", "tests/b.test.ts"], root);
    assert.equal([g.files, g.grep?.source, g.partial], [["tests/b.test.ts"], "prot(ect)?", true]);
    assert.ok(g.grep!.test("protect [node] flags"));
    assert.ok(!g.grep!.test("Protect"), "case-sensitive, as a regular expression is");
    const eq = select(root, ["--grep=abc"], root);
    assert.equal([eq.files.length, eq.grep?.source], [3, "abc"]);
  });

  t("a file that looks like a test but is not named *.test.ts stops the run, naming it", () => {
    for (
      const [file, text, hint] of [
        ["tests/a/x.spec.ts", TEST, "name it *.test.ts"],
        ["tests/a/x_test.ts", TEST, "name it *.test.ts"],
        ["tests/x.test.js", TEST, "name it *.test.ts"],
        ["tests/a/helper.ts", "export const register = (ctx) => {};\n", "exports register"],
        ["tests/a/z.test.ts", 'import { suite } from "uvu";\n', "import it from tests/_suite.ts"],
      ] as const
    ) {
      const root = tree(ctx.tmp, { "tests/b.test.ts": TEST, [file]: text });
      const message = refused(() => select(root, [], root));
      assert.match(message, file, `${file}: named`);
      assert.match(message, hint, `${file}: says what to do`);
    }
  });

  t("a name that is not a test file, a missing file, a bad pattern or option is refused with what to do", () => {
    const root = tree(ctx.tmp, { "tests/b.test.ts": TEST, "tests/_helper.ts": "export {};\n", "tests/empty/n.md": "" });
    assert.match(refused(() => select(root, ["tests/_helper.ts"], root)), "is not a test file");
    assert.match(refused(() => select(root, ["tests/_helper.ts"], root)), "*.test.ts");
    assert.match(refused(() => select(root, ["tests/nope.test.ts"], root)), "no such test file: tests/nope.test.ts");
    assert.match(refused(() => select(root, ["tests/empty"], root)), "holds no *.test.ts file");
    assert.match(refused(() => select(root, ["--grep", "("], root)), "is not a regular expression");
    assert.match(refused(() => select(root, ["--grep"], root)), '--grep "protect"');
    assert.match(refused(() => select(root, ["--only", "x"], root)), "unknown option --only");
    const old = refused(() => select(root, [], root, { MMAPKIT_TEST_ONLY: "shared" }));
    assert.match(old, "MMAPKIT_TEST_ONLY");
    assert.match(old, "name the test files instead");
    assert.equal(select(root, [], root, {}).files, ["tests/b.test.ts"]);
  });

  t("a test file without register, or whose register adds no test and no skip, is a problem", () => {
    assert.match(registerFile("tests/a.test.ts", {}, ctx)!, "exports no register function");
    assert.match(registerFile("tests/b.test.ts", { register: () => {} }, ctx)!, "registers no test");
    // A suite made by register (never run here) with one test in it: that file registers something.
    const adds = registerFile(
      "tests/c.test.ts",
      { register: () => suite("runner: never run")("a test", () => {}) },
      ctx,
    );
    assert.is(adds, undefined);
  });

  t("files run in path order, those exporting runsLast = true after the others", () => {
    const mods: [string, { runsLast?: unknown }][] = [
      ["tests/a.test.ts", {}],
      ["tests/b.test.ts", { runsLast: true }],
      ["tests/c.test.ts", { runsLast: "yes" }],
      ["tests/d.test.ts", {}],
      ["tests/e.test.ts", { runsLast: true }],
    ];
    assert.equal(inRunOrder(mods).map(([f]) => f), [
      "tests/a.test.ts",
      "tests/c.test.ts",
      "tests/d.test.ts",
      "tests/b.test.ts",
      "tests/e.test.ts",
    ]);
  });

  t("this repository: the runner finds every *.test.ts a plain recursive listing finds", () => {
    // This file is tests/runner/ (Deno, Bun) or dist/tests/runner/ (Node, compiled).
    const here = dirname(fileURLToPath(import.meta.url));
    const root = join(here, ctx.runtime === "node" ? "../../.." : "../..");
    const listed = (readdirSync(join(root, "tests"), { recursive: true }) as string[])
      .map((f) => `tests/${f.split("\\").join("/")}`)
      .filter((f) => f.endsWith(".test.ts"))
      .sort();
    assert.ok(listed.length >= 30, `${listed.length} test files`);
    assert.ok(listed.includes("tests/runner/discovery.test.ts"));
    assert.equal(select(root, [], root).files, listed);
  });

  t.run();
};

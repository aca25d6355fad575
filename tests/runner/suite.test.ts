/**
 * The suite runner (tests/_suite.ts) on suites of its own queue: each test's record (passed,
 * failed with the message, skipped) is what the test did, as uvu would count it — a failing
 * before hook fails the suite's tests and still runs its after hooks, an after-each failure fails
 * its test, `.only` and `.skip` count as skipped, and --grep selects by "suite test" title
 * without running the hooks of suites it leaves out. The expected records are written out by hand.
 * @module
 */
import { type Queued, runQueued, suite, type TestRecord } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Register } from "../_ctx.ts";

/** Runs the suites `build` queues; returns (outcome, suite: test, first line of the error) rows and the printed text. */
async function runOwn(build: (q: Queued[]) => void, grep?: RegExp): Promise<{ rows: string[]; text: string }> {
  const q: Queued[] = [];
  build(q);
  const records: TestRecord[] = [];
  let text = "";
  await runQueued(grep, records, q, (t) => void (text += t));
  const rows = records.map((r) =>
    `${r.outcome} ${r.suite}: ${r.test}${r.error ? ` | ${r.error.split("\n")[1]!.trim()}` : ""}`
  );
  return { rows, text };
}

export const register: Register = (ctx) => {
  const t = suite(`runner: suites and their records [${ctx.runtime}]`);

  t("passes, failures with their message, and the order tests ran in", async () => {
    const order: string[] = [];
    const { rows, text } = await runOwn((q) => {
      const s = suite("s", q);
      s("a", () => void order.push("a"));
      s("b", () => {
        order.push("b");
        assert.is(1 + 1, 3, "arithmetic");
      });
      s("c", async () => {
        await Promise.resolve();
        order.push("c");
      });
      s.run();
    });
    assert.equal(order, ["a", "b", "c"]);
    assert.equal(rows, ["passed s: a", "failed s: b | arithmetic  (is)", "passed s: c"]);
    assert.match(text, "(2 / 3)");
  });

  t("hooks: a failing before fails every test and still runs after; a failing after-each fails its test", async () => {
    const seen: string[] = [];
    const { rows } = await runOwn((q) => {
      const s = suite("broken", q);
      s.before(() => {
        throw new Error("no fixture");
      });
      s.after(() => void seen.push("after"));
      s("x", () => void seen.push("x"));
      s("y", () => void seen.push("y"));
      s.run();
      const e = suite("each", q);
      e.before.each(() => void seen.push("before each"));
      e.after.each(() => {
        seen.push("after each");
        if (seen.filter((v) => v === "after each").length === 2) throw new Error("teardown failed");
      });
      e("one", () => {});
      e("two", () => {});
      e("three", () => {
        throw new Error("body failed");
      });
      e.run();
    });
    // Each teardown runs once per test, also after a failing body.
    const each = ["before each", "after each"];
    assert.equal(seen, ["after", ...each, ...each, ...each]);
    assert.equal(rows, [
      "failed broken: x | no fixture",
      "failed broken: y | no fixture",
      "passed each: one",
      "failed each: two | teardown failed",
      "failed each: three | body failed",
    ]);
  });

  t("only and skip: the tests left out count as skipped, with the reason", async () => {
    const { rows } = await runOwn((q) => {
      const s = suite("o", q);
      s("plain", () => {});
      s.only("chosen", () => {});
      s.skip("later");
      s.run();
    });
    assert.equal(rows, ["skipped o: plain", "skipped o: later", "passed o: chosen"]);
  });

  t("--grep runs the tests whose title matches; a suite with none runs no hook", async () => {
    const hooks: string[] = [];
    const { rows } = await runOwn((q) => {
      const a = suite("protect [node]", q);
      a.before(() => void hooks.push("protect"));
      a("read", () => {});
      a("write", () => {});
      a.run();
      const b = suite("mapping [node]", q);
      b.before(() => void hooks.push("mapping"));
      b("read", () => {});
      b("protect a page", () => {});
      b.run();
      const c = suite("other", q);
      c.before(() => void hooks.push("other"));
      c("x", () => {});
      c.run();
    }, /protect/);
    assert.equal(rows, [
      "passed protect [node]: read",
      "passed protect [node]: write",
      "passed mapping [node]: protect a page",
    ]);
    assert.equal(hooks, ["protect", "mapping"]);
  });

  t("a suite is queued as it was at run(), and starts empty again", async () => {
    const { rows } = await runOwn((q) => {
      const s = suite("twice", q);
      s("first", () => {});
      s.run();
      s("second", () => {});
      s.run();
    });
    assert.equal(rows, ["passed twice: first", "passed twice: second"]);
  });

  t.run();
};

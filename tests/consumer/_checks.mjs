// The consumer test's tally, shared by run.mjs and smoke.mjs (copied beside smoke.mjs into the
// fresh project): one "ok"/"not ok" line per check, the counts, and one record per check (what
// run.mjs writes into its JSON report for scripts/test.mjs).
export const tally = { passed: 0, failed: 0, records: [] };

/** Runs `fn` as the check `name`: a throw fails it, with the message (or stack) indented below. */
export function check(name, fn, detail = (e) => (e instanceof Error ? e.message : String(e))) {
  const t = performance.now();
  try {
    fn();
    passed(name, t);
  } catch (e) {
    failed(name, t, detail(e));
  }
}

/** {@link check} for an async `fn`. */
export async function checkAsync(name, fn, detail = (e) => (e instanceof Error ? e.message : String(e))) {
  const t = performance.now();
  try {
    await fn();
    passed(name, t);
  } catch (e) {
    failed(name, t, detail(e));
  }
}

function passed(name, t) {
  tally.passed++;
  const ms = performance.now() - t;
  tally.records.push({ name, outcome: "passed", ms });
  // MMAPKIT_TIMES=1 (scripts/test.mjs): each check's time, to see where the consumer run goes.
  console.log(`ok - ${name}${globalThis.process?.env?.MMAPKIT_TIMES === "1" ? ` (${(ms / 1000).toFixed(1)} s)` : ""}`);
}

function failed(name, t, error) {
  tally.failed++;
  tally.records.push({ name, outcome: "failed", ms: performance.now() - t, error });
  console.log(`not ok - ${name}\n${error.replace(/^/gm, "    ")}`);
}

// The consumer test's tally, shared by run.mjs and smoke.mjs (copied beside smoke.mjs into the
// fresh project): one "ok"/"not ok" line per check, and the counts.
export const tally = { passed: 0, failed: 0 };

/** Runs `fn` as the check `name`: a throw fails it, with the message (or stack) indented below. */
export function check(name, fn, detail = (e) => (e instanceof Error ? e.message : String(e))) {
  try {
    fn();
    tally.passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    tally.failed++;
    console.log(`not ok - ${name}\n${detail(e).replace(/^/gm, "    ")}`);
  }
}

/** {@link check} for an async `fn`. */
export async function checkAsync(name, fn, detail = (e) => (e instanceof Error ? e.message : String(e))) {
  try {
    await fn();
    tally.passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    tally.failed++;
    console.log(`not ok - ${name}\n${detail(e).replace(/^/gm, "    ")}`);
  }
}

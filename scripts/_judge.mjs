// How scripts/test.mjs judges one runtime's run from its JSON report (tests/_run.ts), and the
// closing line it sums the runs into. Apart from the runner so that tests/runner/judge.test.ts can
// check the rules: a skip not listed for the runtime in tests/skips.json, a run that wrote no
// report, stopped early, ran nothing or timed out each fail the whole run.

/**
 * One run's verdict. `report`: the run's parsed JSON report, or undefined when it wrote none;
 * `exit`: { status, signal, timedOut } of its process; `knownSkips`: tests/skips.json.
 * Returns its counts, the skips not listed for it, and `why` (empty when the run is sound).
 */
export function judgeRun(report, exit, knownSkips) {
  const { passed = 0, failed = 0, skipped = 0 } = report?.totals ?? {};
  const listed = knownSkips[report?.key] ?? {};
  const unknown = (report?.skips ?? []).filter((s) => !Object.hasOwn(listed, s.name));
  const code = exit.status ?? exit.signal;
  const why = exit.timedOut
    ? " timed out after 15 min"
    : report === undefined
    ? ` wrote no report (exit ${code})`
    : !report.complete
    ? ` stopped before its last test (exit ${code})`
    : exit.status !== 0 && failed === 0
    ? ` exit ${code}`
    : report.tests.length === 0
    ? " ran no test"
    : unknown.length > 0
    ? ` ${unknown.length} skip(s) not in tests/skips.json`
    : "";
  return { passed, failed, skipped, key: report?.key, unknown, why };
}

/**
 * The closing line over the verdicts (each with the `id` of its run): the sums, and the skips of
 * each runtime. A run that is not sound counts as a failure even when no test failed.
 */
export function closingLine(verdicts) {
  const sum = (k) => verdicts.reduce((n, v) => n + v[k], 0);
  const broken = verdicts.some((v) => v.why !== "");
  const failed = sum("failed") === 0 && broken ? 1 : sum("failed");
  const perRun = verdicts.map((v) => `${v.key ?? v.id} ${v.skipped}`).join(", ");
  return {
    passed: sum("passed"),
    failed,
    skipped: sum("skipped"),
    ok: failed === 0 && !broken,
    line: `total: ${sum("passed")} passed, ${failed} failed, ${sum("skipped")} skipped (${perRun})`,
  };
}

/**
 * Visible skips. A test that cannot run here calls {@link skip} instead of returning quietly: the
 * skip is printed, recorded, and written to the run's JSON report (the file named by
 * MMAPKIT_REPORT), so the runner (scripts/test.mjs) counts it as skipped, not passed, and fails
 * the run when a runtime skips a test that tests/skips.json does not list for it.
 * @module
 */

/** One skipped test, or one skipped row inside a test. */
export interface SkipRecord {
  /** A stable name: the same on every run of this runtime (no seeds, no paths). */
  readonly name: string;
  /** Why it cannot run here. */
  readonly reason: string;
  /** True when the whole uvu test was skipped (uvu counted it passed; the runner moves it). */
  readonly whole: boolean;
}

const records: SkipRecord[] = [];

/**
 * Records that the test (or, with `whole` false, one part of it) named `name` did not run here,
 * and why. Call it, then return from the test.
 */
export function skip(name: string, reason: string, whole = true): void {
  records.push({ name, reason, whole });
  console.log(`  # skip ${name}: ${reason}`);
}

/** Everything skipped so far in this process. */
export function skipped(): readonly SkipRecord[] {
  return records;
}

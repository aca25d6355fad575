/**
 * The trial that decides whether "auto" splits a kernel whose gain from more threads depends on
 * the machine (a native crc32 on 2-3 cores): it alternates one thread and all cores over its first
 * taught calls, drops the first each way (a warm-up), keeps each way's best rate of the others,
 * then runs the faster way — splitting only when it beats one thread by a margin — and times the
 * other way after 16 calls (twice as many after each call that confirms the choice). Calls it was not asked to time (the promise API's, failed ones)
 * teach nothing. The calls here are timed spins, so the faster way is known beforehand.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { resetTrials, timedCall, trialState, trialThreads } from "@mmapkit/core";
import type { Register } from "../_ctx.ts";

const CORES = 4;
const BYTES = 64 << 20;

/** Busy for `ms` milliseconds. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) { /* the call's work */ }
}

/** One taught call under `key`: spins `oneMs` or `splitMs` by the way it was given; returns its threads. */
function call(key: string, oneMs: number, splitMs: number): number {
  return timedCall(() => {
    const threads = trialThreads(key, BYTES, CORES, true);
    spin(threads === 1 ? oneMs : splitMs);
    return threads;
  });
}

export const register: Register = (ctx) => {
  const t = suite(`"auto"'s split trial [${ctx.runtime}]`);

  t("alternates one thread and all cores, then keeps the faster way", () => {
    resetTrials();
    assert.is(trialState("fast split"), "open");
    const ways = [1, 2, 3, 4, 5, 6].map(() => call("fast split", 12, 3));
    assert.equal(ways, [1, CORES, 1, CORES, 1, CORES]);
    assert.is(trialState("fast split"), "split");
    for (let i = 0; i < 3; i++) assert.is(call("fast split", 12, 3), CORES, "decided: no more turns of one thread");

    assert.equal([1, 2, 3, 4, 5, 6].map(() => call("slow split", 3, 12)), [1, CORES, 1, CORES, 1, CORES]);
    assert.is(trialState("slow split"), "one");
    assert.is(call("slow split", 3, 12), 1);
    assert.is(trialState("fast split"), "split", "each key its own trial");
  });

  t("the first call each way is a warm-up, then each way's best call counts", () => {
    resetTrials();
    // Warm-ups: a fast first call of one thread, a slow first split (it starts the workers). Then
    // one slow split among fast ones.
    const spins = [[1, 0], [0, 30], [6, 0], [0, 20], [6, 0], [0, 2]];
    for (const [one, split] of spins) call("slow start", one!, split!);
    assert.is(trialState("slow start"), "split");
    // The same calls, but a warm-up of one thread that was the fastest of all: it does not count.
    resetTrials();
    for (const [one, split] of [[0.2, 0], [0, 30], [6, 0], [0, 2], [6, 0], [0, 2]]) call("warm", one!, split!);
    assert.is(trialState("warm"), "split");
  });

  t("a decided trial runs the other way every 16th call, and changes its mind when that way got faster", () => {
    resetTrials();
    for (let i = 0; i < 6; i++) call("changes", 3, 12); // split slow (its workers not warm yet, say)
    assert.is(trialState("changes"), "one");
    const ways = Array.from({ length: 16 }, () => call("changes", 3, 0.5));
    assert.equal(ways, [...Array(15).fill(1), CORES], "15 calls the chosen way, then one the other way");
    assert.is(trialState("changes"), "split", "the split that ran fast decides now");
    const back = Array.from({ length: 16 }, () => call("changes", 3, 0.5));
    assert.equal(back, [...Array(15).fill(CORES), 1], "and one thread is timed again in its turn");
    assert.is(trialState("changes"), "split");
  });

  t("a call the other way that confirms the choice doubles the wait for the next one", () => {
    resetTrials();
    for (let i = 0; i < 6; i++) call("confirmed", 3, 12);
    assert.is(trialState("confirmed"), "one");
    // Calls until the next one the other way: 16, then 32, then 64 (each confirmed "one").
    for (const wait of [16, 32, 64]) {
      const ways = Array.from({ length: wait }, () => call("confirmed", 1, 12));
      assert.equal(ways.indexOf(CORES), wait - 1, `the call the other way comes after ${wait - 1} calls`);
      assert.is(ways.filter((w) => w === CORES).length, 1);
    }
    assert.is(trialState("confirmed"), "one");
  });

  t("untaught and failed calls teach nothing; an open trial gives them one thread", () => {
    resetTrials();
    for (let i = 0; i < 6; i++) {
      assert.is(
        timedCall(() => trialThreads("untaught", BYTES, CORES, false)),
        1,
        "the promise API's call, while open",
      );
    }
    assert.is(trialState("untaught"), "open");
    for (let i = 0; i < 6; i++) {
      assert.throws(() =>
        timedCall(() => {
          trialThreads("failing", BYTES, CORES, true);
          throw new Error("the call failed");
        })
      );
    }
    assert.is(trialState("failing"), "open");
    // A call outside timedCall that planned under the trial is not recorded by the next timed call.
    trialThreads("stray", BYTES, CORES, true);
    timedCall(() => spin(1));
    assert.is(call("stray", 5, 1), 1, "still the first turn");
  });

  t.run();
};

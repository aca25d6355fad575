/**
 * "auto"'s choice for a kernel whose gain from a second thread depends on the machine, learnt by
 * timing: the first calls large enough to split run alternately on one thread and on all cores
 * (WARM + TURNS each), and from then on the faster way runs. Today that is crc32 computed by the
 * runtime's own zlib (carry-less multiply) on two or three cores: two threads gained 0.93–1.17×
 * on one machine (AMD Zen 4), and 1.15–1.8× on another (Zen 5), as memory, not the core, bounds
 * it.
 *
 * The first call each way warms up and does not count: it may start the workers, and time the
 * implementations once (here and in each worker). After it, each way's best rate (bytes per
 * millisecond) of its last few calls counts, so one slow call does not decide alone; and a
 * decided trial still runs the other way now and then (less often while that confirms it), timed,
 * so a choice made while the workers were still slow to start, or on memory that has since become
 * faster or slower, is made again.
 * Only the synchronous API teaches a trial (its time is the call's own); the promise API uses what
 * was learnt, one thread before.
 * @module
 */

/** Calls each way that warm up, and that count, before the choice is made. */
const WARM = 1;
const TURNS = 2;
/** Splitting must beat one thread by this much: a worker round trip and its slices cost too. */
const MARGIN = 1.1;
/**
 * Once decided, a taught call runs the other way, timed, after EXPLORE calls the chosen way: the
 * workers reach their full speed only after a few calls (their code is optimised as it runs),
 * and the memory a machine gives a second thread can change while a process lives (on a shared
 * VM here, two threads ran a resident crc32 1.8× faster, and 1.15× twenty minutes later). Such
 * a call can cost several times the chosen way's (a busy machine gives the workers no core), so
 * each one that leaves the choice as it was doubles the wait for the next, up to EXPLORE_MAX.
 */
const EXPLORE = 16;
const EXPLORE_MAX = 1024;
/** The choice compares each way's best of its last KEEP counted calls. */
const KEEP = 3;

interface Trial {
  one: number[];
  split: number[];
  /** Taught calls the chosen way since the last call the other way (or since the choice). */
  since: number;
  /** How many of them before the next call the other way. */
  wait: number;
  /** The choice when the last call the other way was made. */
  was: "one" | "split" | undefined;
}

const trials = new Map<string, Trial>();

/** A call being timed: which trial, which way, how many bytes. */
interface Timing {
  trial: Trial;
  split: boolean;
  bytes: number;
}

/** Set while the call planned (inside {@link timedCall}), under a trial that wanted its time. */
let timing: Timing | undefined;

/** The best rate of the last KEEP calls that count. */
const best = (rates: number[]): number => Math.max(0, ...rates.slice(WARM).slice(-KEEP));

function choice(t: Trial | undefined): "one" | "split" | "open" {
  if (t === undefined || t.one.length < WARM + TURNS || t.split.length < WARM + TURNS) return "open";
  return best(t.split) > best(t.one) * MARGIN ? "split" : "one";
}

/** Whether the trial `key` has made its choice, and which: "one", "split" or "open". */
export function trialState(key: string): "one" | "split" | "open" {
  return choice(trials.get(key));
}

/**
 * Threads for a call of `bytes` under trial `key`: `cores` or 1. With `teach`, a call made while
 * the trial is open, or a decided trial's EXPLORE-th call (run the other way), is timed by the
 * {@link timedCall} around it.
 */
export function trialThreads(key: string, bytes: number, cores: number, teach: boolean): number {
  let t = trials.get(key);
  const state = choice(t);
  if (!teach) return state === "split" ? cores : 1;
  if (t === undefined) trials.set(key, t = { one: [], split: [], since: 0, wait: EXPLORE, was: undefined });
  let split: boolean;
  if (state === "open") split = t.split.length < t.one.length;
  else {
    // The last call the other way left the choice as it was: wait twice as long for the next.
    if (t.was !== undefined) t.wait = t.was === state ? Math.min(t.wait * 2, EXPLORE_MAX) : EXPLORE;
    t.was = undefined;
    if (++t.since < t.wait) return state === "split" ? cores : 1;
    t.since = 0;
    t.was = state;
    split = state === "one";
  }
  timing = { trial: t, split, bytes };
  return split ? cores : 1;
}

/** Runs `call`; when it planned under a trial that wanted its time, the time goes to that trial. */
export function timedCall<T>(call: () => T): T {
  timing = undefined;
  const began = performance.now();
  try {
    const result = call();
    const t = timing as Timing | undefined; // set by the call, if it planned under a trial
    if (t !== undefined) {
      const ms = Math.max(performance.now() - began, 0.001);
      (t.split ? t.trial.split : t.trial.one).push(t.bytes / ms);
    }
    return result;
  } finally {
    timing = undefined;
  }
}

/** Forgets every trial (tests). */
export function resetTrials(): void {
  trials.clear();
  timing = undefined;
}

/**
 * The engine a read of a path chose by timing, per file (device, inode, size), reused for a few
 * seconds and calls: a trial splits a walk into three spans (measured +5 ms on a 1 GiB count that
 * maps anyway), and the page cache of a file read again and again keeps its shape. Per thread.
 * @module
 */
import type { Engine } from "../args.ts";

/** What a trial chose, and the copy's rate then (ms per byte). */
export interface ReadChoice {
  engine: Engine;
  copiedRate: number;
}

const choices = new Map<string, ReadChoice & { until: number; uses: number }>();
const CHOICE_MS = 10_000;
const CHOICE_USES = 16;
const CHOICES_MAX = 64;

/** The key of the file `st` describes. */
export const fileKey = (st: { dev: number; ino: number; size: number }): string => `${st.dev}:${st.ino}:${st.size}`;

/** The engine a recent trial chose for this file, if still fresh; counts the use. */
export function recentChoice(key: string): ReadChoice | undefined {
  const c = choices.get(key);
  if (c === undefined) return undefined;
  if (performance.now() > c.until || c.uses >= CHOICE_USES) {
    choices.delete(key);
    return undefined;
  }
  c.uses++;
  return c;
}

export function rememberChoice(key: string, engine: Engine, copiedRate: number): void {
  if (choices.size >= CHOICES_MAX) choices.delete(choices.keys().next().value!);
  choices.set(key, { engine, copiedRate, until: performance.now() + CHOICE_MS, uses: 0 });
}

/**
 * The engine a read of a path chose by timing, per file (device, inode, size) and kernel, reused for a few
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

/**
 * The key of a choice: the file `st` describes, and the kernel (a walk's `what`). Which engine wins
 * depends on the kernel too: a kernel slower than memory hides a mapping's reads behind its work
 * where a copy is a pass of its own (adler32 of 1 GiB in 2 MiB folios: 66 ms mapped, 98 copied),
 * while a count runs at memory speed either way and times about the same.
 */
export const choiceKey = (st: { dev: number; ino: number; size: number }, kernel: string): string =>
  `${st.dev}:${st.ino}:${st.size} ${kernel}`;

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

/** What the fault-injection fixtures and tests share: the writer's seeded plan of writes. @module */
import { rng } from "./_rand.ts";

/** One write: `bytes` at `offset`. */
export interface Write {
  offset: number;
  bytes: Uint8Array;
}

/** The writes the writer fixture makes into a file of `size` bytes for `seed`: random offsets, sizes and bytes. */
export function planWrites(seed: number, size: number): Write[] {
  const next = rng(seed);
  const n = 1 + (next() % 16);
  const out: Write[] = [];
  for (let i = 0; i < n; i++) {
    const len = 1 + (next() % Math.min(4096, size));
    const offset = next() % (size - len + 1);
    const bytes = new Uint8Array(len);
    for (let j = 0; j < len; j++) bytes[j] = next() & 0xff;
    out.push({ offset, bytes });
  }
  return out;
}

/** `data` with `writes` applied in order (the oracle). */
export function applyWrites(data: Uint8Array, writes: readonly Write[]): Uint8Array {
  const out = data.slice();
  for (const w of writes) out.set(w.bytes, w.offset);
  return out;
}

/** Prints how long suite `t` took when it ends (the reliability group keeps an eye on its budget). */
export function timed(t: { before(fn: () => void): void; after(fn: () => void): void }, label: string): void {
  let start = 0;
  t.before(() => void (start = Date.now()));
  t.after(() => console.log(`  # ${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`));
}

/**
 * The benchmark's threads section: each kernel on as many threads as the cores against one
 * thread, on a first pass (a path: fresh mappings, page faults included) and on a resident
 * mapping (a populated MappedFile); "auto" against one thread at sizes from 64 KiB to the whole
 * file; and how long the event loop waits while `mmapkit/promises` hashes the file.
 * @module
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type * as Mmapkit from "../api.ts";
import type * as Promises from "../promises.ts";
import { NEEDLE } from "./bench_data.ts";
import { runC } from "./bench_refs.ts";

type Api = Pick<typeof Mmapkit, "open" | "count" | "findAll" | "checksum" | "runtimeInfo"> & {
  promises?: Pick<typeof Promises, "checksum">;
};

/** How a row is recorded (as `compare` in bench.ts). */
export type Compare = (
  id: string,
  work: string,
  reference: string,
  oursMs: number,
  refMs: number | null,
  target: number | null,
  note?: string,
) => void;

/**
 * Best times (ms) of `repeat` runs each of `a` and `b`, taken in turns (a b, b a, a b, …), with
 * `check` called on each result: on a machine whose speed drifts, both see the same moments.
 */
function bestOfTwo<T>(repeat: number, a: () => T, b: () => T, check: (v: T) => void): [number, number] {
  const min = [Infinity, Infinity];
  const runs = [a, b];
  for (let i = 0; i < repeat * 2; i++) {
    const which = (i >> 1) % 2 === 0 ? i % 2 : 1 - (i % 2);
    const t = performance.now();
    const v = runs[which]!();
    min[which] = Math.min(min[which]!, performance.now() - t);
    check(v);
  }
  return [min[0]!, min[1]!];
}

/** Runs the section on `path` (`size` bytes, in the page cache). */
export async function benchThreads(
  api: Api,
  path: string,
  size: number,
  dir: string,
  repeat: number,
  compare: Compare,
  c?: string,
): Promise<void> {
  const n = api.runtimeInfo().threads.cores;
  const many = { threads: n };
  const one = { threads: 1 };
  const same = (want: unknown) => (got: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`threaded result differs: ${got} vs ${want}`);
  };
  const pair = <T>(id: string, work: string, target: number, run: (o: { threads: number }) => T) => {
    const want = run(one); // also warms the workers
    run(many);
    // Two threads vary more from call to call than one (the second core is shared with whatever
    // else runs): with 3 turns a row moved 1.2-1.9x between runs, with 15 it held 1.6-2.0x.
    const [single, multi] = bestOfTwo(repeat * 4, () => run(one), () => run(many), same(want));
    compare(id, work, "the same call, threads: 1", multi, single, target);
    return [single, multi, want] as const;
  };
  const sums = ["crc32", "crc32c", "adler32"] as const;
  for (const algo of sums) {
    pair(`t-${algo}-path`, `${algo}, ${n} threads (path, first pass)`, 1.5, (o) => api.checksum(path, algo, o));
  }
  pair(`t-count-path`, `count \\n, ${n} threads (path, first pass)`, 1.0, (o) => api.count(path, 10, o));
  pair(`t-find-path`, `findAll 16 B, ${n} threads (path, first pass)`, 1.0, (o) => api.findAll(path, NEEDLE, o).length);
  {
    using f = api.open(path, { populate: true });
    // Warmed as a program scanning one mapping again and again is: a worker reads it through a
    // mapping of its own, and on some machines the first read of each page through a new mapping
    // costs more than the page's bytes (a virtual machine here: ~1.3 µs a 4 KiB page, even after
    // populating; C touching one byte a page of a populated 1 GiB mapping: 350 ms, then 7 ms).
    // Slices go to whichever thread is free, so a worker has read every part after ~10 calls.
    for (let i = 0; i < 12; i++) api.count(f, 10, many);
    for (const algo of sums) {
      pair(`t-${algo}-mem`, `${algo}, ${n} threads (resident mapping)`, 1.7, (o) => api.checksum(f, algo, o));
    }
    const [, multi, want] = pair(
      `t-count-mem`,
      `count \\n, ${n} threads (resident mapping)`,
      1.5,
      (o) => api.count(f, 10, o),
    );
    if (c !== undefined) {
      // What the machine allows, measured in the same run: C counting the same resident pages on
      // as many threads (its own ratio to one thread in the note). Where that ratio is below the
      // row above's target, memory, not the cores, bounds every program at that moment. No
      // target: a reference, not a goal (C's threads split once; ours claim slices, and report).
      const cOne = runC(c, ["rcountn", path, String(size), "1"]);
      const cMany = runC(c, ["rcountn", path, String(size), String(n)]);
      if (cOne.result !== want || cMany.result !== want) {
        throw new Error(`resident count disagrees with C: ${want} vs ${cOne.result}, ${cMany.result}`);
      }
      compare(
        `t-count-mem-c`,
        `count \\n, ${n} threads (resident mapping)`,
        `C, ${n} threads (what the machine allows)`,
        multi,
        cMany.ms,
        null,
        `C on ${n} threads: ${(cOne.ms / cMany.ms).toFixed(2)}× its one thread`,
      );
    }
    pair(`t-find-mem`, `findAll 16 B, ${n} threads (resident mapping)`, 1.5, (o) => api.findAll(f, NEEDLE, o).length);
    // "auto" splits a populated mapping whatever the kernel: it must not lose where memory, not a core, is the limit.
    for (
      const [id, work, run] of [
        ["count", "count \\n", (o: object) => api.count(f, 10, o)],
        ["adler32", "adler32", (o: object) => api.checksum(f, "adler32", o)],
        // Decided by timing both ways where the runtime's own crc32 computes it (runtimeInfo().threads).
        ["crc32", "crc32", (o: object) => api.checksum(f, "crc32", o)],
      ] as const
    ) {
      const want = run(one);
      const [single, auto] = bestOfTwo(repeat, () => run(one), () => run({ threads: "auto" }), same(want));
      compare(
        `t-auto-mem-${id}`,
        `${work}, threads "auto" (resident mapping)`,
        "the same call, threads: 1",
        auto,
        single,
        1.0,
      );
    }
  }
  // "auto" must never lose to one thread: small files stay on one, large ones split.
  // A Set: with --size 64M the whole file is the 64 MiB row (one row, not two with the same id).
  for (const bytes of new Set([64 << 10, 1 << 20, 64 << 20, size])) {
    if (bytes > size) continue;
    const file = bytes === size ? path : join(dir, `auto-${bytes}.bin`);
    if (file !== path) writeFileSync(file, new Uint8Array(bytes).fill(10));
    const label = bytes >= 1 << 20 ? `${bytes >> 20} MiB` : `${bytes >> 10} KiB`;
    // Small calls take µs: many turns, so that the best of each is the call, not the machine's moment.
    // Below the size "auto" splits at, both sides are the same call: with 12 turns the 64 MiB row
    // read 0.95-0.98x in runs where 120 interleaved calls outside the benchmark were equal (best
    // 11.46 / 11.43 ms, medians 11.99 / 12.02): 60 turns there.
    const reps = bytes <= 1 << 20 ? repeat * 200 : bytes < size ? repeat * 20 : repeat * 4;
    const want = api.checksum(file, "crc32", one);
    const [single, auto] = bestOfTwo(
      reps,
      () => api.checksum(file, "crc32", one),
      () => api.checksum(file, "crc32", { threads: "auto" }),
      same(want),
    );
    compare(`t-auto-${bytes}`, `crc32, threads "auto" (${label} path)`, "the same call, threads: 1", auto, single, 1.0);
  }
  // The event loop while a promise hashes the whole file on a worker.
  if (api.promises !== undefined) {
    await api.promises.checksum(path, "xxh3"); // a warm worker
    let worst = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last - 5);
      last = now;
    }, 5);
    const t = performance.now();
    await api.promises.checksum(path, "xxh3");
    const ms = performance.now() - t;
    clearInterval(timer);
    compare(
      "t-loop",
      "await promises.checksum xxh3 (whole file)",
      "a 5 ms setInterval",
      ms,
      null,
      null,
      `longest extra wait of the event loop: ${worst.toFixed(1)} ms`,
    );
  }
}

/** The benchmark's data set: text-like lines made here, nothing downloaded. @module */
import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";

/** The 16-byte pattern the search benchmarks look for; planted every ~64 KiB. */
export const NEEDLE = "mmapkit-needle!!";
/** An 8-byte pattern of common letters (the filter works hard on it). */
export const NEEDLE8 = "the fox ";

/** Writes `size` bytes of lowercase words and newlines to `path` (seeded, the same every run). */
export function writeDataSet(path: string, size: number): void {
  const block = new Uint8Array(4 << 20);
  let s = 0x2545f491;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const words = ["the ", "fox ", "map ", "page ", "cache ", "kernel ", "window ", "memory ", "x ", "ab "];
  const enc = new TextEncoder();
  const wordBytes = words.map((w) => enc.encode(w));
  const needle = enc.encode(NEEDLE);
  let i = 0;
  let line = 0;
  while (i < block.length) {
    const r = next();
    if ((r & 15) === 0 || line > 120) {
      block[i++] = 0x0a;
      line = 0;
      continue;
    }
    if ((r >>> 8) % 1024 === 0 && i + needle.length < block.length) {
      block.set(needle, i);
      i += needle.length;
      continue;
    }
    const w = wordBytes[(r >>> 4) % wordBytes.length]!;
    const n = Math.min(w.length, block.length - i);
    block.set(w.subarray(0, n), i);
    i += n;
    line += n;
  }
  const fd = openSync(path, "w");
  try {
    for (let done = 0; done < size;) {
      const n = Math.min(block.length, size - done);
      const k = (done / block.length) % block.length | 0;
      block[k] = block[k]! ^ 1; // blocks differ a little
      writeSync(fd, block, 0, n, done);
      done += n;
    }
    // On disk before any row is timed: else the first rows share the machine with writing it back.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

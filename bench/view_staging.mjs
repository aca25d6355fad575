// What the view placement's staging costs: count and xxh3 over a warm 256 MiB file on the mapped
// engine (where the view placement is used, Windows, the kernel copies the view into its Memory
// in staging chunks of 1.75 MiB) against the buffered engine (the window already read into the Memory, the
// kernel runs in place), plus the bare copy. Run it on the runtime under test, e.g. under Wine:
// `wine node.exe bench/view_staging.mjs` from the repository (after `npm run build`).
import { checksum, count, open, runtimeInfo } from "mmapkit";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const p = path.join(os.tmpdir(), "view-bench.bin");
const size = 256 << 20;
const buf = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) buf[i] = i & 255;
fs.writeFileSync(p, buf);
const best = (fn) => {
  let b = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
};
const gbs = (ms) => (size / ms / 1e6).toFixed(2);
const m = open(p, { engine: "mapped" });
const b = open(p, { engine: "buffered" });
const staged = best(() => count(m, 7));
const inPlace = best(() => count(b, 7));
const copy = best(() => {
  const dst = new Uint8Array((2 << 20) - (256 << 10)); // the staging chunk
  for (let o = 0; o < size; o += dst.length) dst.set(m.bytes.subarray(o, o + dst.length));
});
const xs = best(() => checksum(m, "xxh3"));
const xb = best(() => checksum(b, "xxh3"));
console.log(JSON.stringify({
  info: runtimeInfo().placement,
  mb: size >> 20,
  countStagedMs: staged.toFixed(1),
  countInPlaceMs: inPlace.toFixed(1),
  copyOnlyMs: copy.toFixed(1),
  countStagedGBs: gbs(staged),
  countInPlaceGBs: gbs(inPlace),
  copyGBs: gbs(copy),
  xxh3StagedGBs: gbs(xs),
  xxh3InPlaceGBs: gbs(xb),
}));
m.close();
b.close();
fs.rmSync(p);

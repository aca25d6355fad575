/**
 * Leaks and load. 5,000 seeded cycles of open (every engine, every mode, anonymous) → kernel
 * (count, indexOf, findAll, checksum, transform on the mapping, its view, a path or a Uint8Array)
 * → close leave the open descriptors (/proc/self/fd) and the mappings (/proc/self/maps) where a
 * warm-up left them, map none of the test's files any more, and create only a handful of
 * WebAssembly Memories (the pool reuses them). Then a sparse file over 4 GiB is walked by path
 * (count and checksum) in a child process that does nothing else: its peak RSS stays under
 * 256 MiB and the results agree with oracles (zeros = size − marker bytes; crc32 = node:zlib over
 * the content written: zeros with the markers).
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { join } from "node:path";
import zlib from "node:zlib";
import type { Register } from "../_ctx.ts";
import { fixture } from "../_files.ts";
import { rng } from "../_rand.ts";
import { seedOf } from "./faults.test.ts";
import { timed } from "../_faults.ts";
import { skip } from "../_skip.ts";
import { fdCount, mapsLines } from "../_fds.ts";
import process from "node:process";

export const CYCLES = 5_000;
/** The runner registers this file after the others: the soak measures the process as a long run leaves it. */
export const runsLast = true;
const WARMUP = 200;
/**
 * 4 GiB and a few KiB: larger than any window (maxWindow is just under 4 GiB), its last window
 * and two markers past 2^32, and its size mod 2^32 a few KiB (a size or position kept in 32 bits
 * would count and hash the first 5 KiB instead).
 */
export const SPARSE_SIZE: number = 2 ** 32 + 5 * 1024 + 3;
const MARKERS: readonly [number, number][] = [[0, 0x4d], [4096 * 3 + 1, 0x01], [2 ** 32 + 7, 0xff], [
  SPARSE_SIZE - 1,
  0x7f,
]];

// Counted from a child where this runtime may not read /proc/self (Deno without -A).
const fds = fdCount;
const maps = mapsLines;
const gc = (): void => {
  const g = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
  if (g.Bun !== undefined) g.Bun.gc(true);
  else g.gc?.();
};

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const t = suite(`leaks and load [${ctx.runtime}]`);
  timed(t, `leaks and load [${ctx.runtime}]`);

  t(`${CYCLES} open/kernel/close cycles: descriptors, mappings and Memories stay flat`, () => {
    if (process.platform !== "linux") {
      skip(`${CYCLES} open/kernel/close cycles`, "no /proc/<pid>/fd and maps here (not Linux)");
      return;
    }
    const seed = seedOf(0x1ea5);
    const next = rng(seed);
    const files = [1, 3, 17].map((n) => fixture(ctx.tmp, n * ps + 11 * n, 300 + n));
    const cycle = (i: number): void => {
      const engine = ctx.engines[i % ctx.engines.length]!;
      const file = files[next() % files.length]!;
      const kind = next() % 6;
      const f = kind === 5
        ? api.anonymous(ps * (1 + (next() % 4)), { engine })
        : api.open(file.path, { mode: (["read", "write", "private", "write", "read"] as const)[kind]!, engine });
      try {
        const source = [f, f.bytes, file.path, file.data][next() % 4]!;
        const opts = source === file.path ? { engine } : {};
        switch (next() % 5) {
          case 0:
            api.count(source, next() & 0xff, opts);
            break;
          case 1:
            api.indexOf(source, "mmapkit", opts);
            break;
          case 2:
            api.findAll(source, next() & 0xff, opts);
            break;
          case 3:
            api.checksum(source, (["crc32", "xxh3", "adler32"] as const)[next() % 3]!, opts);
            break;
          default:
            // xor twice with the same key: the files end as they began
            if (f.mode === "read" && source === f) break;
            api.transform(source, { xor: 0x33 }, opts);
            api.transform(source, { xor: 0x33 }, opts);
        }
      } finally {
        f.close();
      }
    };
    try {
      const start = api.runtimeInfo().arenas.created;
      for (let i = 0; i < WARMUP; i++) cycle(i);
      gc();
      const fd0 = fds();
      const maps0 = maps().length;
      const created0 = api.runtimeInfo().arenas.created;
      for (let i = 0; i < CYCLES; i++) cycle(i);
      gc();
      const fd1 = fds();
      const m1 = maps();
      const info = api.runtimeInfo();
      console.log(
        `  # ${CYCLES} cycles [${ctx.runtime}]: fds ${fd0} → ${fd1}, maps ${maps0} → ${m1.length}, ` +
          `Memories created ${start} → ${created0} (warm-up) → ${info.arenas.created} (idle ${info.arenas.idle})`,
      );
      assert.ok(fd1 <= fd0, `open descriptors grew: ${fd0} → ${fd1} (MMAPKIT_SEED=${seed})`);
      // The cycles' own files: a mapping another test dropped without close() stays mapped for as
      // long as any view of its Memory lives (the garbage collector decides), so it is not counted.
      const ours = m1.filter((l) => files.some((f) => l.includes(f.path)));
      assert.equal(ours, [], "no file of these cycles stays mapped after close");
      // The runtime's own heap and code mappings move a little on their own; ours would grow per cycle.
      assert.ok(m1.length <= maps0 + 16, `mappings grew: ${maps0} → ${m1.length}`);
      assert.is(info.arenas.created, created0, "no Memory created after the warm-up: the pool reuses them");
      assert.ok(created0 - start <= 16, `the warm-up created ${created0 - start} Memories`);
    } catch (e) {
      console.log(`  # leak soak failed with MMAPKIT_SEED=${seed}`);
      throw e;
    }
  });

  t("a sparse file over 4 GiB walked by path: peak RSS under 256 MiB, results agree with oracles", async () => {
    // `npm test` passes one folder to every run (MMAPKIT_SPARSE_DIR) and removes it at the end: the
    // file is made once and the later runs find its 4 GiB of zero pages in the page cache, instead
    // of each run making the kernel allocate and zero a million pages again (~15 s a run here).
    const shared = process.env.MMAPKIT_SPARSE_DIR;
    const path = join(shared || ctx.tmp, "sparse.bin");
    const fd = fs.openSync(path, fs.existsSync(path) ? "r+" : "w+"); // "w+" would truncate: no cache left
    try {
      // Made afresh (same size, same markers) when shared: ftruncate to the size it has keeps the
      // cached pages; every marker is written again, so a run never trusts a previous one's file.
      fs.ftruncateSync(fd, SPARSE_SIZE);
      for (const [at, b] of MARKERS) fs.writeSync(fd, Uint8Array.of(b), 0, 1, at);
      fs.fsyncSync(fd);
    } catch (e) {
      fs.closeSync(fd);
      fs.rmSync(path, { force: true });
      skip("the > 4 GiB sparse walk", `the file system cannot hold a sparse ${SPARSE_SIZE}-byte file (${e})`);
      return;
    }
    fs.closeSync(fd);
    const st = fs.statSync(path);
    if (st.size !== SPARSE_SIZE || st.blocks * 512 > 64 << 20) {
      fs.rmSync(path, { force: true });
      skip("the > 4 GiB sparse walk", `the file system does not keep files sparse here (${st.blocks} blocks)`);
      return;
    }
    try {
      // The oracles, from what was written (zeros with the markers), not from the file: reading
      // 4 GiB of holes makes the kernel allocate and zero a million page-cache pages, the most
      // expensive step of this test, and the child's walk reads them anyway. zeros = size − marker
      // bytes; crc32 = node:zlib over the same content in 16 MiB pieces.
      const zeros = SPARSE_SIZE - MARKERS.filter(([, b]) => b !== 0).length;
      const piece = new Uint8Array(16 << 20);
      let crc = 0;
      for (let pos = 0; pos < SPARSE_SIZE; pos += piece.length) {
        const n = Math.min(piece.length, SPARSE_SIZE - pos);
        const marks = MARKERS.filter(([at]) => at >= pos && at < pos + n);
        for (const [at, b] of marks) piece[at - pos] = b;
        crc = zlib.crc32(piece.subarray(0, n), crc);
        for (const [at] of marks) piece[at - pos] = 0;
      }
      // The engine this pass tests (Deno without --allow-ffi: buffered; the child itself runs with -A).
      const argv = ctx.spawnArgs("fixtures/sparse_walk", [path, ctx.ffi ? "auto" : "buffered"]);
      const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Uint8Array) => void (out += new TextDecoder().decode(d)));
      child.stderr.on("data", (d: Uint8Array) => void (err += new TextDecoder().decode(d)));
      // "close", not "exit": the child's stdout can still be in the pipe when it has exited (seen on
      // Bun under Wine: exit 0 and no line read yet).
      const done = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
      const code = await done;
      const line = out.split("\n").find((l) => l.startsWith("{"));
      assert.ok(code === 0 && line !== undefined, `the walk child failed (exit ${code}): ${err}`);
      const got = JSON.parse(line!) as { zeros: number; crc32: string; hwmKiB: number; engine: string; ms: number };
      console.log(
        `  # sparse ${SPARSE_SIZE} bytes [${ctx.runtime}, ${got.engine}]: count + checksum in ${got.ms} ms, ` +
          `peak RSS ${(got.hwmKiB / 1024).toFixed(0)} MiB`,
      );
      assert.is(got.zeros, zeros, "count(path, 0) = size − marker bytes");
      assert.is(got.crc32, (crc >>> 0).toString(16).padStart(8, "0"), "crc32 = node:zlib over fs chunks");
      assert.ok(got.hwmKiB > 0, "VmHWM was read");
      assert.ok(got.hwmKiB < 256 * 1024, `peak RSS ${got.hwmKiB} KiB is over 256 MiB`);
    } finally {
      if (!shared) fs.rmSync(path, { force: true });
    }
  });
  t.run();
};

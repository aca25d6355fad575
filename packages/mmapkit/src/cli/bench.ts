/**
 * `mmapkit bench`: one run, side by side, on a generated file — mmapkit against what a user
 * could write by hand (readFileSync + JS) and the native tools on the machine, as ratios taken
 * in the same run. A ratio above 1 means mmapkit is faster.
 * @module
 */
import { spawnSync } from "node:child_process";
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import zlib from "node:zlib";
import type * as Mmapkit from "../api.ts";
import type * as Promises from "../promises.ts";
import { benchThreads, type Compare } from "./bench_threads.ts";
import { best, bestAsync, buildC, has, hashWasm, runC, timeProcess } from "./bench_refs.ts";
import { NEEDLE, NEEDLE8, writeDataSet } from "./bench_data.ts";
import { benchResident, formatResident, type ResidentRow } from "./bench_resident.ts";
import { formatSideBySide, type KernelTime } from "./bench_runtimes.ts";

type Api = Pick<typeof Mmapkit, "open" | "count" | "findAll" | "checksum" | "transform" | "runtimeInfo"> & {
  promises?: Pick<typeof Promises, "checksum">;
};

/** Options of a benchmark run. */
export interface BenchOptions {
  /** Size of the generated file in bytes (the transform uses at most 256 MiB of it). */
  size: number;
  /** Where to put the file; a fresh temporary directory by default. */
  dir?: string;
  /** Called with a line as each measurement finishes. */
  onLine?: (line: string) => void;
  /** Repetitions per measurement (best is kept); default 3. */
  repeat?: number;
}

/** One comparison. `ratio` = reference time / mmapkit time (above 1: mmapkit is faster). */
export interface BenchRow {
  id: string;
  work: string;
  reference: string;
  oursMs: number;
  refMs: number | null;
  ratio: number | null;
  /** The ratio this project aims for, if there is one. */
  target: number | null;
  note?: string;
}

/** A run's results on one runtime. */
export interface BenchReport {
  runtime: string;
  version: string;
  engine: string;
  size: number;
  date: string;
  machine: string;
  /** The CPU's SIMD and CRC features the benchmark detected (what its figures depend on). */
  cpu: string;
  rows: BenchRow[];
  /** Kernels on resident memory, GB/s, with the references' rates. */
  resident?: ResidentRow[];
  /** This runtime's best times in the runtimes' turns (`--runtime all`; bench_runtimes.ts). */
  sideBySide?: KernelTime[];
}

/** The runtime running this code, and its version. */
export function runtimeName(): { runtime: string; version: string } {
  const g = globalThis as { Deno?: { version: { deno: string } }; Bun?: { version: string } };
  if (g.Deno !== undefined) return { runtime: "deno", version: g.Deno.version.deno };
  if (g.Bun !== undefined) return { runtime: "bun", version: g.Bun.version };
  return { runtime: "node", version: process.versions.node };
}

/** /proc/cpuinfo's text, or "" where there is none (not Linux). */
function cpuinfo(): string {
  try {
    return readFileSync("/proc/cpuinfo", "utf8");
  } catch {
    return "";
  }
}

/** The machine, as RESULTS.md records it (x86 Linux adds the family and model numbers the name may lack). */
export function machine(): string {
  const info = cpuinfo();
  const model = /model name\s*:\s*(.*)/.exec(info)?.[1] ?? cpus()[0]?.model ?? "unknown CPU";
  const family = /^cpu family\s*:\s*(\d+)/m.exec(info)?.[1];
  const number = /^model\s*:\s*(\d+)/m.exec(info)?.[1];
  const id = family === undefined || number === undefined ? "" : ` (family ${family} model ${number})`;
  return `${platform()} ${arch()}, ${model.trim()}${id}, ${cpus().length} cores`;
}

/** Features that bound the kernels and the references: SIMD width, carry-less multiply, CRC instructions. */
const FEATURES = [
  "sse4_2",
  "avx",
  "avx2",
  "avx512f",
  "avx512bw",
  "avx512vl",
  "avx512vbmi",
  "gfni",
  "pclmulqdq",
  "vpclmulqdq",
  "sha_ni",
  "asimd",
  "sve",
  "sve2",
  "pmull",
  "crc32",
];

/**
 * The SIMD and CRC features detected: the `flags` (x86) or `Features` (Arm) line of /proc/cpuinfo on
 * Linux, `sysctl` on macOS, else what is known without asking the OS.
 */
export function cpuFeatures(): string {
  let flags = /^(?:flags|Features)\s*:\s*(.*)$/m.exec(cpuinfo())?.[1]?.split(/\s+/);
  if (flags === undefined && platform() === "darwin") {
    const r = spawnSync("sysctl", [
      "-n",
      "machdep.cpu.features",
      "machdep.cpu.leaf7_features",
      "hw.optional.arm.FEAT_PMULL",
    ], {
      encoding: "utf8",
    });
    if (r.status === 0) flags = r.stdout.toLowerCase().replace(/\./g, "_").split(/\s+/);
  }
  if (flags === undefined) return arch() === "arm64" ? "features unknown (arm64: NEON always)" : "features unknown";
  const found = FEATURES.filter((f) => flags!.includes(f));
  return found.length === 0 ? "no SIMD features listed" : found.join(" ");
}

/** The C reference for count (bench_refs.ts). */
const C_COUNT = "C mmap + vectorised count (-O3 -march=native)";

/** Runs every comparison on this runtime and returns the report. */
export async function runBench(api: Api, options: BenchOptions): Promise<BenchReport> {
  const repeat = options.repeat ?? 3;
  const own = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "mmapkit-bench-"));
  const rows: BenchRow[] = [];
  let resident: ResidentRow[] | undefined;
  const say = options.onLine ?? (() => {});
  const add = (row: BenchRow): void => {
    rows.push(row);
    say(formatRow(row));
  };
  const compare: Compare = (id, work, reference, oursMs, refMs, target, note) =>
    add({
      id,
      work,
      reference,
      oursMs,
      refMs,
      ratio: refMs === null ? null : refMs / oursMs,
      target,
      ...(note === undefined ? {} : { note }),
    });
  say(`${machine()}; CPU features: ${cpuFeatures()}`);
  try {
    const path = join(dir, "data.txt");
    writeDataSet(path, options.size);
    readFileSync(path); // in the page cache: the benchmark compares computation, not the disk
    const size = options.size;
    const c = buildC(dir);

    // count lines, path source, first pass: a fresh mapping (page faults included) each time
    let lines = 0;
    const oursCount = best(repeat, () => void (lines = api.count(path, 10)));
    if (c !== undefined) {
      let cMs = Infinity;
      for (let i = 0; i < repeat; i++) {
        const r = runC(c, ["count", path]);
        if (r.result !== lines) throw new Error(`count disagrees with C: ${lines} vs ${r.result}`);
        cMs = Math.min(cMs, r.ms);
      }
      compare("count-c", "count \\n (path, first pass)", C_COUNT, oursCount, cMs, 0.9);
    } else compare("count-c", "count \\n (path, first pass)", C_COUNT, oursCount, null, 0.9, "no cc here");
    if (has("wc")) {
      let wcMs = Infinity;
      for (let i = 0; i < repeat; i++) {
        const r = timeProcess("wc", ["-l", path]);
        if (Number(r.out.trim().split(/\s+/)[0]) !== lines) throw new Error("count disagrees with wc -l");
        wcMs = Math.min(wcMs, r.ms);
      }
      compare("count-wc", "count \\n (path, first pass)", "wc -l (whole process)", oursCount, wcMs, 1.5);
    }
    const jsCount = best(repeat, () => {
      const b = readFileSync(path);
      let n = 0;
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
      if (n !== lines) throw new Error("count disagrees with readFileSync + indexOf");
    });
    compare("count-js", "count \\n (path, first pass)", "readFileSync + Buffer.indexOf loop", oursCount, jsCount, 6);

    // pattern search: every match of a 16-byte and an 8-byte pattern
    for (const [id, needle] of [["find16", NEEDLE], ["find8", NEEDLE8]] as const) {
      let matches = 0;
      const ours = best(repeat, () => void (matches = api.findAll(path, needle).length));
      if (c !== undefined) {
        let cMs = Infinity;
        for (let i = 0; i < repeat; i++) {
          const r = runC(c, ["memmem", path, needle]);
          if (r.result !== matches) throw new Error(`findAll disagrees with C memmem: ${matches} vs ${r.result}`);
          cMs = Math.min(cMs, r.ms);
        }
        compare(`${id}-c`, `findAll "${needle}" (path)`, "C mmap+memmem loop", ours, cMs, 0.8);
      }
      const needleBuf = Buffer.from(needle);
      const js = best(repeat, () => {
        const b = readFileSync(path);
        let n = 0;
        for (let i = b.indexOf(needleBuf); i >= 0; i = b.indexOf(needleBuf, i + 1)) n++;
        if (n !== matches) throw new Error("findAll disagrees with Buffer.indexOf");
      });
      compare(`${id}-js`, `findAll "${needle}" (path)`, "readFileSync + Buffer.indexOf(Buffer) loop", ours, js, 3);
    }

    // xxHash against xxhsum's whole process (open + map + faults on our side too)
    const xxh = [["xxh32", "-H0", 1.0], ["xxh64", "-H1", 1.2], ["xxh3", "-H3", 1.0], ["xxh128", "-H2", 1.0]] as const;
    for (const [algo, flag, target] of xxh) {
      let digest = "";
      const ours = best(repeat, () => void (digest = api.checksum(path, algo)));
      if (has("xxhsum", ["-V"])) {
        let ref = Infinity;
        for (let i = 0; i < repeat; i++) {
          const r = timeProcess("xxhsum", [flag, path]);
          // "<hex>  <file>" (-H0/-H1/-H2) or "XXH3 (<file>) = <hex>" (-H3, BSD style)
          const theirs = new RegExp(`\\b[0-9a-f]{${digest.length}}\\b`).exec(r.out)?.[0];
          if (theirs !== digest) throw new Error(`${algo} disagrees with xxhsum: ${digest} vs ${theirs}`);
          ref = Math.min(ref, r.ms);
        }
        compare(algo, `${algo} (path)`, `xxhsum ${flag} (whole process)`, ours, ref, target);
      } else compare(algo, `${algo} (path)`, `xxhsum ${flag}`, ours, null, target, "xxhsum not installed");
    }

    // CRC-32 / Adler-32 on the same bytes in memory (a populated mapping)
    {
      using f = api.open(path, { populate: true });
      let ours = "";
      // With the runtime's own crc32 on 2-3 cores, "auto" times one thread and all cores on its
      // first six calls this large: timed here once it has decided, as a process hashing more
      // than once runs. The row says which it chose; with one thread it is zlib's own function.
      for (let i = 0; i < 6; i++) api.checksum(f, "crc32");
      const split = `"auto" chose: ${api.runtimeInfo().threads.crc32.resident}`;
      const oursCrc = best(repeat, () => void (ours = api.checksum(f, "crc32")));
      if (typeof zlib.crc32 === "function") {
        let theirs = 0;
        const z = best(repeat, () => void (theirs = zlib.crc32(f.bytes)));
        if ((theirs >>> 0).toString(16).padStart(8, "0") !== ours) throw new Error("crc32 disagrees with zlib.crc32");
        compare("crc32-zlib", "crc32 (same bytes, in memory)", "node:zlib crc32", oursCrc, z, 1.0, split);
      }
      const hw = await hashWasm();
      if (hw !== undefined) {
        const hwCrc = await bestAsync(repeat, () => hw.crc32(f.bytes));
        compare("crc32-hw", "crc32 (same bytes, in memory)", "hash-wasm crc32", oursCrc, hwCrc, 2.0, split);
        const oursAdler = best(repeat, () => void api.checksum(f, "adler32"));
        const hwAdler = await bestAsync(repeat, () => hw.adler32(f.bytes));
        compare("adler32-hw", "adler32 (same bytes, in memory)", "hash-wasm adler32", oursAdler, hwAdler, 3.0);
      }
    }

    // each kernel on resident memory, GB/s, next to the other implementations and the ceiling
    resident = await benchResident(api, path, Math.min(size, 256 << 20), repeat, c);
    for (const r of resident) {
      const refs = Object.entries(r.refs).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ");
      say(`resident ${r.kernel}: ${r.gbs.toFixed(2)} GB/s (${r.impl})${refs === "" ? "" : `; ${refs}`}`);
    }

    // the cores: threads against one thread, "auto", and the event loop under the promise API
    await benchThreads(api, path, size, dir, repeat, compare, c);

    // the classic experiment: read → +1 on every int32 → write back, vs transform in place
    {
      const n = Math.min(size, 256 << 20) & ~3;
      const tpath = join(dir, "ints.bin");
      // Written from a buffer whose pages exist (filled): the kernel builds a file's page cache
      // from large folios when a write copies from resident memory, and from 4 KiB pages when
      // the source is untouched (a fresh zeroed buffer faults during the copy). With 4 KiB pages
      // every later pread/pwrite and mapping of the file was 2.5-3.5x slower here (C and mmapkit
      // alike), so the row measured how the file was created, not the transform.
      writeFileSync(tpath, new Uint8Array(n).fill(0));
      readFileSync(tpath);
      // Each timed run starts from a clean cached file: the previous run's writeback is waited
      // for outside the timing (pages under writeback make the next writer wait, on both sides).
      const clean = (): void => {
        const fd = openSync(tpath, "r+");
        fsyncSync(fd);
        closeSync(fd);
      };
      // Taken in turn (ours, JS, C, ours, …): runs of one kind back to back measured the page
      // cache's state as much as the code (a C run after C runs took a third of the time).
      let ours = Infinity;
      let js = Infinity;
      let cMs: number | null = c === undefined ? null : Infinity;
      let adds = 0;
      for (let i = 0; i < repeat; i++) {
        clean();
        ours = Math.min(ours, best(1, () => api.transform(tpath, { add: 1, type: "i32" })));
        clean();
        js = Math.min(
          js,
          best(1, () => {
            const b = readFileSync(tpath);
            const ints = new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
            for (let i = 0; i < ints.length; i++) ints[i] = (ints[i]! + 1) | 0;
            writeFileSync(tpath, b);
          }),
        );
        adds += 2;
        if (c !== undefined) {
          // The copying limit: C doing what the transform does (pread, add, pwrite), no JS at all.
          const r = runC(c, ["add1", tpath]); // fsyncs first, untimed
          if (r.result !== ++adds) throw new Error(`C add1 result ${r.result}, want ${adds}`);
          cMs = Math.min(cMs!, r.ms);
        }
      }
      const after = new Int32Array(readFileSync(tpath).buffer, 0, 1)[0];
      if (after !== adds) throw new Error(`transform result ${after}, want ${adds}`);
      const work = `add 1 to int32 (${(n / 2 ** 20).toFixed(0)} MiB file)`;
      compare("transform", work, "readFileSync → +1 in JS → writeFileSync", ours, js, 5);
      if (cMs !== null) compare("transform-c", work, "C pread + add + pwrite (the copying limit)", ours, cMs, null);
    }

    // small files: open + read + close of 4 KiB
    {
      const small = join(dir, "small.bin");
      writeFileSync(small, new Uint8Array(4096).fill(7));
      const loops = 2000;
      let sink = 0;
      const ours = best(repeat, () => {
        for (let i = 0; i < loops; i++) {
          const f = api.open(small);
          sink += f.bytes[4095]!;
          f.close();
        }
      });
      const js = best(repeat, () => {
        for (let i = 0; i < loops; i++) sink += readFileSync(small)[4095]!;
      });
      if (sink === 0) throw new Error("unreachable");
      compare("small", "open + read + close, 4 KiB file (×2000)", "readFileSync", ours, js, 1 / 1.5);
    }
  } finally {
    if (own) rmSync(dir, { recursive: true, force: true });
  }
  const { runtime, version } = runtimeName();
  return {
    runtime,
    version,
    engine: api.runtimeInfo().engine,
    size: options.size,
    date: new Date().toISOString(),
    machine: machine(),
    cpu: cpuFeatures(),
    rows,
    ...(resident === undefined ? {} : { resident }),
  };
}

const fmtMs = (ms: number | null): string => (ms === null ? "—" : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const fmtRatio = (r: number | null): string => (r === null ? "—" : `${r.toFixed(2)}×`);
const verdict = (r: BenchRow): string =>
  r.ratio === null || r.target === null
    ? (r.note ?? "")
    : `${r.ratio >= r.target ? "meets" : "below"}${r.note === undefined ? "" : ` (${r.note})`}`;

function formatRow(r: BenchRow): string {
  return `${r.work} vs ${r.reference}: mmapkit ${fmtMs(r.oursMs)} ms, reference ${fmtMs(r.refMs)} ms → ${
    fmtRatio(r.ratio)
  } (target ≥ ${r.target === null ? "—" : r.target.toFixed(2)}×) ${verdict(r)}`;
}

/** A Markdown table of one or more runtimes' reports, rows side by side. */
export function formatBench(reports: readonly BenchReport[]): string {
  const first = reports[0];
  if (first === undefined) return "";
  const head = [
    `mmapkit bench — ${(first.size / 2 ** 20).toFixed(0)} MiB generated file, ${
      first.date.slice(0, 10)
    }, ${first.machine}`,
    `CPU features: ${first.cpu ?? "not recorded"}`,
    `ratio = reference time / mmapkit time (above 1: mmapkit is faster); best of several runs`,
    "",
    `| work | reference | target | ${reports.map((r) => `${r.runtime} ${r.version} (ms → ratio)`).join(" | ")} |`,
    `| --- | --- | --- | ${reports.map(() => "---").join(" | ")} |`,
  ];
  const lines = first.rows.map((row) => {
    const cells = reports.map((rep) => {
      const r = rep.rows.find((x) => x.id === row.id);
      if (r === undefined) return "—";
      return `${fmtMs(r.oursMs)} vs ${fmtMs(r.refMs)} → **${fmtRatio(r.ratio)}** ${verdict(r)}`;
    });
    return `| ${row.work} | ${row.reference} | ${row.target === null ? "—" : `≥ ${row.target.toFixed(2)}×`} | ${
      cells.join(" | ")
    } |`;
  });
  const side = reports.flatMap((r) =>
    r.sideBySide === undefined ? [] : [{ runtime: r.runtime, version: r.version, times: r.sideBySide }]
  );
  return [...head, ...lines, formatResident(reports), formatSideBySide(side)].join("\n");
}

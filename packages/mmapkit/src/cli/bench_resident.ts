/**
 * The benchmark's resident-memory rates: each kernel over a populated mapping (no page faults, no
 * file I/O), in GB/s (10^9 bytes per second), next to what else computes the same on the same
 * bytes — hash-wasm, xxhash-wasm, the runtime's `node:zlib`, xxhsum's in-memory benchmark, the C
 * reference's vectorised count — and the ceiling: C reading every word of the same resident
 * pages. Every result is checked against the references that give one.
 * @module
 */
import zlib from "node:zlib";
import type * as Mmapkit from "../api.ts";
import { best, bestAsync, hashWasm, runC, xxhashWasm, xxhsumBench } from "./bench_refs.ts";
import { NEEDLE } from "./bench_data.ts";

type Api = Pick<typeof Mmapkit, "open" | "count" | "findAll" | "checksum" | "runtimeInfo">;

/** One kernel's rate and the references' rates, in GB/s. */
export interface ResidentRow {
  kernel: string;
  /** What computed ours ("wasm", "node:zlib", "Bun.hash"). */
  impl: string;
  gbs: number;
  refs: Record<string, number>;
}

/** The rates on `bytes` bytes at the start of `path` (the same for every runtime). */
export async function benchResident(
  api: Api,
  path: string,
  bytes: number,
  repeat: number,
  c: string | undefined,
): Promise<ResidentRow[]> {
  const rows: ResidentRow[] = [];
  // Best of at least 7: a call here is ~10–60 ms, and the engines' optimising tiers (V8's
  // TurboFan, JavaScriptCore's OMG) take over after the first calls; best of 3 measured Bun's
  // xxh64 at 7.8 GB/s where longer runs of the same kernel give 11–14.
  repeat = Math.max(repeat, 7);
  const rate = (ms: number): number => bytes / ms / 1e6;
  const hw = await hashWasm();
  const xw = await xxhashWasm();
  const hex = (n: number | bigint, digits: number): string => n.toString(16).padStart(digits, "0");
  using f = api.open(path, { populate: true, length: bytes });
  const data = f.bytes;
  const o = { threads: 1 } as const;

  // The ceiling: C reads every 64-bit word of the same resident pages.
  const ceiling: Record<string, number> = {};
  if (c !== undefined) ceiling["C read (ceiling)"] = rate(runC(c, ["read", path, String(bytes)]).ms);

  {
    let n = 0;
    const ms = best(repeat, () => (n = api.count(f, 10, o)));
    const refs: Record<string, number> = {};
    if (c !== undefined) {
      const r = runC(c, ["rcount", path, String(bytes)]);
      if (r.result !== n) throw new Error(`resident count disagrees with C: ${n} vs ${r.result}`);
      refs["C vectorised"] = rate(r.ms);
    }
    rows.push({ kernel: "count \\n", impl: "wasm", gbs: rate(ms), refs: { ...refs, ...ceiling } });
  }
  {
    const ms = best(repeat, () => api.findAll(f, NEEDLE, o));
    rows.push({ kernel: `findAll ${NEEDLE.length} B`, impl: "wasm", gbs: rate(ms), refs: {} });
  }

  type Ref = [string, () => Promise<string> | string];
  const kernels: [string, Ref[]][] = [
    ["crc32", [
      ...(hw === undefined ? [] : [["hash-wasm", () => hw.crc32(data)] as Ref]),
      ...(typeof zlib.crc32 === "function" ? [["node:zlib", () => hex(zlib.crc32(data) >>> 0, 8)] as Ref] : []),
    ]],
    ["crc32c", hw === undefined ? [] : [["hash-wasm", () => hw.crc32(data, 0x82f63b78)]]],
    ["adler32", hw === undefined ? [] : [["hash-wasm", () => hw.adler32(data)]]],
    ["xxh32", [
      ...(hw === undefined ? [] : [["hash-wasm", () => hw.xxhash32(data)] as Ref]),
      ...(xw === undefined ? [] : [["xxhash-wasm", () => hex(xw.h32Raw(data, 0) >>> 0, 8)] as Ref]),
    ]],
    ["xxh64", [
      ...(hw === undefined ? [] : [["hash-wasm", () => hw.xxhash64(data)] as Ref]),
      ...(xw === undefined ? [] : [["xxhash-wasm", () => hex(xw.h64Raw(data, 0n), 16)] as Ref]),
    ]],
    ["xxh3", hw === undefined ? [] : [["hash-wasm", () => hw.xxhash3(data)]]],
    ["xxh128", hw === undefined ? [] : [["hash-wasm", () => hw.xxhash128(data)]]],
  ];
  const xxhsumVariant: Record<string, number> = { xxh32: 1, xxh64: 3, xxh3: 5, xxh128: 11 };
  for (const [algo, refList] of kernels) {
    let digest = "";
    const ms = best(repeat, () => (digest = api.checksum(f, algo as "crc32", o)));
    const refs: Record<string, number> = {};
    for (const [name, run] of refList) {
      const theirs = await run();
      if (theirs !== digest) throw new Error(`resident ${algo} disagrees with ${name}: ${digest} vs ${theirs}`);
      refs[name] = rate(await bestAsync(repeat, async () => await run()));
    }
    const variant = xxhsumVariant[algo];
    const native = variant === undefined ? undefined : xxhsumBench(variant, bytes);
    if (native !== undefined) refs[`xxhsum -b${variant}`] = native;
    rows.push({ kernel: algo, impl: api.runtimeInfo().checksums[algo as "crc32"], gbs: rate(ms), refs });
  }
  return rows;
}

/** The rows of several runtimes as one Markdown table: a column per runtime, references in each cell. */
export function formatResident(
  reports: readonly { runtime: string; version: string; resident?: ResidentRow[] }[],
): string {
  const first = reports.find((r) => r.resident !== undefined)?.resident;
  if (first === undefined) return "";
  const g = (n: number): string => n.toFixed(n < 10 ? 2 : 1);
  const lines = [
    "",
    "Resident memory (a populated mapping, one thread; no faults, no I/O), GB/s — mmapkit (its implementation), then the references:",
    "",
    `| kernel | ${reports.map((r) => `${r.runtime} ${r.version}`).join(" | ")} |`,
    `| --- | ${reports.map(() => "---").join(" | ")} |`,
  ];
  for (const row of first) {
    const cells = reports.map((rep) => {
      const r = rep.resident?.find((x) => x.kernel === row.kernel);
      if (r === undefined) return "—";
      const refs = Object.entries(r.refs).map(([k, v]) => `${k} ${g(v)}`).join(", ");
      return `**${g(r.gbs)}** (${r.impl})${refs === "" ? "" : `; ${refs}`}`;
    });
    lines.push(`| ${row.kernel} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

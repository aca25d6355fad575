/**
 * Fault injection. (1) A writer process (tests/fixtures/writer.ts, same runtime) writes seeded
 * random bytes into a "write" mapping, calls flush(), prints "flushed" and is killed with SIGKILL
 * the moment the test reads that line: the data is in the file. (2) The same without flush():
 * with the mapped engine the page cache already holds the writes, so they survive the kill; the
 * buffered engine keeps them in process memory until flush(), so they may be lost (documented,
 * not asserted). (3) A file truncated by another process (coreutils `truncate`) while mapped:
 * every kernel refuses with EFILECHANGED instead of touching pages past the end — MappedFile,
 * view and path sources, before a walk and in the middle of one (small walk windows). (4) Use
 * after close: 10,000 seeded random operations over open/view/close/access on every engine.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { spawn, spawnSync } from "node:child_process";
import { truncateSync } from "node:fs";
import process from "node:process";
import type { Api, Ctx, Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { applyWrites, planWrites, timed } from "../_faults.ts";
import { rng } from "../_rand.ts";
import { walkSizes } from "../_walk_sizes.ts";
import { skip } from "../_skip.ts";

type MappedFile = InstanceType<Api["MappedFile"]>;
type Engine = "mapped" | "buffered";

/**
 * Kill counts, for RELIABILITY.md and the closing summary line. A flush that does not write is
 * caught by any one kill of its engine (scripts/mutants.mjs plants one); 20 alternate the engines
 * over 20 seeded write patterns.
 */
export const WRITER_KILLS_FLUSHED = 20;
export const WRITER_KILLS_UNFLUSHED = 10;
/**
 * Use-after-close operations per runtime. Bun builds a WebAssembly Memory for most opens (several
 * ms each late in a run), so it runs 3,000: still about 25 calls of each API kind on a closed
 * mapping and some 300 stale-view reads, each a deterministic check.
 */
export const CLOSE_OPS = 10_000;
const closeOps = (runtime: string): number => (runtime === "bun" ? 3_000 : CLOSE_OPS);

/** The seed: MMAPKIT_SEED overrides the fixed default. */
export function seedOf(fallback: number): number {
  const env = process.env.MMAPKIT_SEED;
  return env !== undefined && env !== "" ? Number(env) >>> 0 : fallback;
}

/** Runs the writer fixture; resolves once it printed its line and was SIGKILLed. */
function writeAndKill(ctx: Ctx, path: string, engine: Engine, seed: number, flush: boolean): Promise<string> {
  const argv = ctx.spawnArgs("fixtures/writer", [path, engine, String(seed), flush ? "flush" : "none"]);
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let line = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`writer timed out (seed ${seed}): ${err}`));
    }, 60_000);
    child.stdout.on("data", (d: Uint8Array) => {
      out += new TextDecoder().decode(d);
      const nl = out.indexOf("\n");
      if (nl >= 0 && line === "") {
        line = out.slice(0, nl);
        child.kill("SIGKILL"); // right after it said so
      }
    });
    child.stderr.on("data", (d: Uint8Array) => void (err += new TextDecoder().decode(d)));
    child.on("error", (e) => (clearTimeout(timer), reject(e)));
    child.on("close", (code, signal) => { // after stdout's last byte, unlike "exit"
      clearTimeout(timer);
      if (line === "") reject(new Error(`writer exited (${code ?? signal}) without a line (seed ${seed}): ${err}`));
      else if (signal !== "SIGKILL") reject(new Error(`writer ended with ${code ?? signal}, not SIGKILL: ${err}`));
      else resolve(line);
    });
  });
}

/** Runs `jobs` with at most `width` at a time. */
async function pool(jobs: (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: width }, async () => {
    while (next < jobs.length) await jobs[next++]!();
  });
  await Promise.all(lanes);
}

const isCode = (api: Api, code: string) => (e: unknown): boolean => {
  if (e instanceof api.MmapError && e.code === code) return true;
  throw new Error(`expected MmapError ${code}, got ${String(e)}`);
};

/** Truncates `path` from another process. */
function truncateElsewhere(path: string, size: number): void {
  const r = spawnSync("truncate", ["-s", String(size), path]);
  if (r.error !== undefined && (r.error as { code?: string }).code === "ENOENT") {
    truncateSync(path, size); // no coreutils (Windows): the same change, made from this process
    return;
  }
  if (r.status !== 0) throw new Error(`truncate failed: ${r.stderr}`);
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;

  // ---- (1) and (2): a writer killed with SIGKILL -------------------------------------------------
  const w = suite(`faults: writer killed with SIGKILL [${ctx.runtime}]`);
  timed(w, `writer kills [${ctx.runtime}]`);
  w(`flush() then SIGKILL: the data is in the file (${WRITER_KILLS_FLUSHED} kills over the engines)`, async () => {
    const base = seedOf(0x5eed);
    const jobs: (() => Promise<void>)[] = [];
    const failures: string[] = [];
    for (let i = 0; i < WRITER_KILLS_FLUSHED; i++) {
      const engine = ctx.engines[i % ctx.engines.length]!;
      const seed = base + i;
      jobs.push(async () => {
        const size = 3 * ps + ((seed * 977) % ps);
        const { path, data } = fixture(ctx.tmp, size, seed);
        const line = await writeAndKill(ctx, path, engine, seed, true);
        if (line !== "flushed") failures.push(`seed ${seed}: writer printed ${line}`);
        const want = applyWrites(data, planWrites(seed, size));
        if (!same(readBack(path), want)) failures.push(`seed ${seed} [${engine}]: flushed data missing after SIGKILL`);
      });
    }
    await pool(jobs, 6);
    assert.equal(failures, [], `MMAPKIT_SEED=${base}`);
  });

  w("no flush() then SIGKILL: mapped-engine writes are already in the page cache", async () => {
    if (!ctx.ffi) {
      skip("no flush() then SIGKILL", "the buffered engine keeps unflushed writes in process memory (lost on SIGKILL)");
      return;
    }
    const base = seedOf(0xf1a5);
    const failures: string[] = [];
    const jobs: (() => Promise<void>)[] = [];
    for (let i = 0; i < WRITER_KILLS_UNFLUSHED; i++) {
      const seed = base + i;
      jobs.push(async () => {
        const size = 2 * ps + 17 * i;
        const { path, data } = fixture(ctx.tmp, size, seed);
        await writeAndKill(ctx, path, "mapped", seed, false);
        const want = applyWrites(data, planWrites(seed, size));
        if (!same(readBack(path), want)) failures.push(`seed ${seed}: unflushed mapped writes lost after SIGKILL`);
      });
    }
    await pool(jobs, 5);
    assert.equal(failures, [], `MMAPKIT_SEED=${base}`);
  });
  w.run();

  // ---- (3): a file truncated by another process while mapped -------------------------------------
  const tr = suite(`faults: file truncated under a mapping [${ctx.runtime}]`);
  timed(tr, `truncations [${ctx.runtime}]`);
  // a size re-check between every page-sized chunk: every kernel call below walks with these sizes
  const small = walkSizes({ chunk: ps, window: 2 * ps, stage: ps });

  type Run = (s: unknown, o?: Record<string, unknown>) => unknown;
  const kernels: [string, Run][] = [
    ["count", (s, o) => api.count(s as string, 0, { ...small, ...o })],
    ["indexOf", (s, o) => api.indexOf(s as string, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9), { ...small, ...o })],
    ["findAll", (s, o) => api.findAll(s as string, 0x61, { ...small, ...o })],
    ["checksum", (s, o) => api.checksum(s as string, "xxh3", { ...small, ...o })],
    ["transform", (s, o) => api.transform(s as string, { xor: 0x5a }, { ...small, ...o })],
  ];
  const pages = 8;

  // Windows refuses to shrink a file while a view of it is mapped (the view placement): nothing
  // can shrink under a mapping there, which tests/contract/view.test.ts checks.
  const view = api.runtimeInfo().placement === "view";
  for (const engine of ctx.engines) {
    const trm = engine === "mapped" && view ? tr.skip : tr;
    trm(`every kernel on a MappedFile (${engine}) shrunk before the call: EFILECHANGED`, () => {
      for (const [name, run] of kernels) {
        const { path } = fixture(ctx.tmp, pages * ps, 11);
        const f = api.open(path, { mode: name === "transform" ? "write" : "read", engine });
        try {
          truncateElsewhere(path, 2 * ps + 5);
          const before = readBack(path);
          assert.throws(() => run(f), isCode(api, "EFILECHANGED"), `${name} [${engine}]`);
          if (name !== "transform") assert.ok(same(readBack(path), before), `${name}: the file is unchanged`);
          run(f, { length: 2 * ps }); // within the new size: fine
        } finally {
          f.close();
        }
      }
    });

    trm(`flush of a write mapping (${engine}) whose file shrank: EFILECHANGED, the file keeps its size`, () => {
      const { path } = fixture(ctx.tmp, pages * ps, 14);
      const f = api.open(path, { mode: "write", engine });
      try {
        f.bytes.fill(0x41, 3, ps + 7); // a change that straddles a page, within the size to come
        truncateElsewhere(path, 2 * ps + 5);
        const before = readBack(path);
        for (const range of [undefined, { offset: ps, length: 2 * ps }, { offset: 2 * ps + 5, length: 1 }]) {
          assert.throws(() => f.flush(range), isCode(api, "EFILECHANGED"), `flush(${JSON.stringify(range)})`);
          assert.ok(same(readBack(path), before), `flush(${JSON.stringify(range)}): the file is unchanged`);
        }
        // Within the new size it writes back: on the buffered engine that is when the change lands.
        f.flush({ offset: 0, length: 2 * ps + 5 });
        const after = readBack(path);
        assert.is(after.length, 2 * ps + 5, "the file did not grow");
        assert.ok(after.subarray(3, ps + 7).every((b) => b === 0x41), "the change within the new size is in the file");
      } finally {
        f.close();
      }
      // close() (and remap) write back what lies within the file, and never grow it.
      for (const move of ["close", "remap"] as const) {
        const { path: p } = fixture(ctx.tmp, pages * ps, 15);
        const g = api.open(p, { mode: "write", engine });
        try {
          g.bytes.fill(0x42, ps - 1, 2 * ps + 3);
          truncateElsewhere(p, 2 * ps + 5);
          if (move === "remap") g.remap(0, ps);
        } finally {
          g.close();
        }
        const got = readBack(p);
        assert.is(got.length, 2 * ps + 5, `${move}: the file did not grow`);
        assert.ok(got.subarray(ps - 1, 2 * ps + 3).every((b) => b === 0x42), `${move}: the change is in the file`);
      }
    });

    trm(`every kernel on a MappedFile (${engine}) shrunk mid-walk: EFILECHANGED at the next chunk`, () => {
      for (const [name, run] of kernels) {
        const { path } = fixture(ctx.tmp, pages * ps, 12);
        const f = api.open(path, { mode: name === "transform" ? "write" : "read", engine });
        try {
          let calls = 0;
          const onProgress = (): void => {
            if (calls++ === 0) truncateElsewhere(path, ps + 100);
          };
          assert.throws(() => run(f, { onProgress }), isCode(api, "EFILECHANGED"), `${name} [${engine}]`);
          assert.is(calls, 1, `${name}: stopped at the chunk after the truncation`);
        } finally {
          f.close();
        }
      }
    });

    trm(`every kernel on a path (${engine}) shrunk mid-walk: EFILECHANGED at the next chunk and window`, () => {
      for (const [name, run] of kernels) {
        for (const at of [1, 2]) {
          // at 1: inside the first window (between its chunks); at 2: at the next window
          const { path } = fixture(ctx.tmp, pages * ps, 13);
          let calls = 0;
          const onProgress = (): void => {
            if (++calls === at) truncateElsewhere(path, ps + 100);
          };
          assert.throws(() => run(path, { engine, onProgress }), isCode(api, "EFILECHANGED"), `${name} @${at}`);
          assert.is(calls, at, `${name}: stopped right after the truncation`);
        }
      }
    });
  }

  if (ctx.ffi && !view) {
    tr("every kernel on a view of a shrunk mapping (a Uint8Array run in place): EFILECHANGED", () => {
      for (const [name, run] of kernels) {
        const { path } = fixture(ctx.tmp, pages * ps, 14);
        const f = api.open(path, { mode: "write", engine: "mapped" });
        try {
          const view = f.bytes;
          truncateElsewhere(path, 3 * ps - 1);
          assert.throws(() => run(view), isCode(api, "EFILECHANGED"), `${name}: whole view`);
          assert.throws(() => run(view.subarray(3 * ps - 2)), isCode(api, "EFILECHANGED"), `${name}: tail view`);
          assert.throws(() => run(view.subarray(ps, 4 * ps)), isCode(api, "EFILECHANGED"), `${name}: middle`);
          run(view.subarray(0, 3 * ps - 1)); // up to the new end: fine
        } finally {
          f.close();
        }
      }
    });
  }
  tr.run();

  // ---- (4): use after close ----------------------------------------------------------------------
  const ops = closeOps(ctx.runtime);
  const uc = suite(`faults: use after close, ${ops} random operations [${ctx.runtime}]`);
  timed(uc, `use after close [${ctx.runtime}]`);
  uc("no crash; ECLOSED from the API; views kept past close() are detached (empty), reused Memory or not", () => {
    const seed = seedOf(0xc105e);
    const next = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[next() % xs.length]!;
    const files = [1, 2, 3, 5].map((n) => fixture(ctx.tmp, n * ps - 7 * n, 100 + n));
    interface Open {
      f: MappedFile;
      data: Uint8Array;
    }
    interface Stale {
      view: Uint8Array;
      /** Whether no Memory was acquired since the close (the view must read zeros). */
      clean: boolean;
    }
    let open: Open[] = [];
    let closed: MappedFile[] = [];
    let stale: Stale[] = [];
    const dirty = (): void => {
      for (const s of stale) s.clean = false;
      if (stale.length > 64) stale = stale.slice(-32);
    };
    const counts: Record<string, number> = {};
    const eclosed = (f: MappedFile, call: () => unknown, what: string): void => {
      try {
        call();
      } catch (e) {
        if (e instanceof api.MmapError && e.code === "ECLOSED") return;
        throw new Error(`${what} after close: ${String(e)}`);
      }
      throw new Error(`${what} after close returned (closed=${f.closed})`);
    };
    try {
      for (let i = 0; i < ops; i++) {
        const op = pick(["open", "open", "view", "close", "close", "api", "stale", "kernel", "reopen"] as const);
        counts[op] = (counts[op] ?? 0) + 1;
        const where = `op ${i} ${op} (MMAPKIT_SEED=${seed})`;
        if (op === "open" && open.length < 12) {
          const engine = pick(ctx.engines);
          dirty();
          if (next() % 5 === 0) {
            const f = api.anonymous(pick([1, 2, 3]) * ps, { engine });
            open.push({ f, data: new Uint8Array(f.length) });
          } else {
            const file = pick(files);
            const mode = pick(["read", "private", "write"] as const);
            open.push({ f: api.open(file.path, { mode, engine }), data: file.data });
          }
        } else if (op === "view" && open.length > 0) {
          const o = pick(open);
          const v = o.f.bytes;
          const at = next() % v.length;
          assert.is(v[at], o.data[at], `${where}: an open view reads the file`);
        } else if (op === "close" && open.length > 0) {
          const k = next() % open.length;
          const o = open[k]!;
          const view = o.f.bytes;
          const sub = view.subarray(next() % view.length);
          o.f.close();
          open = open.filter((_, j) => j !== k);
          closed.push(o.f);
          if (closed.length > 32) closed = closed.slice(-16);
          stale.push({ view, clean: true }, { view: sub, clean: true });
        } else if (op === "api" && closed.length > 0) {
          const f = pick(closed);
          const call = pick(
            [
              ["bytes", () => f.bytes],
              ["flush", () => f.flush()],
              ["advise", () => f.advise("sequential")],
              ["residency", () => f.residency()],
              ["remap", () => f.remap(0)],
              ["resize", () => f.resize(ps)],
              ["lock", () => f.lock()],
              ["count", () => api.count(f, 0)],
              ["indexOf", () => api.indexOf(f, 1)],
              ["findAll", () => api.findAll(f, 2)],
              ["checksum", () => api.checksum(f, "crc32")],
              ["transform", () => api.transform(f, { xor: 1 })],
            ] as const,
          );
          eclosed(f, call[1], `${where} ${call[0]}`);
          assert.ok(f.closed);
          f.close(); // idempotent
        } else if (op === "stale" && stale.length > 0) {
          const s = pick(stale);
          // A stale view must not crash, nor see what its Memory holds next: it is detached.
          assert.is(s.view.length, 0, `${where}: a view kept past close() is detached (clean: ${s.clean})`);
          assert.is(s.view[0], undefined, `${where}: a detached view reads nothing`);
          s.view[0] = 0x5a; // a write through it goes nowhere (the files are read back at the end)
        } else if (op === "kernel") {
          // Kernels on staged bytes and paths take Memories from the pool, too.
          dirty();
          const file = pick(files);
          const source = pick<unknown>([file.path, file.data, ...open.map((o) => o.f)]);
          api.checksum(source as string, "crc32");
        } else if (op === "reopen" && open.length > 0) {
          const o = pick(open);
          if (o.f.path !== "") {
            dirty();
            const before = o.f.bytes;
            o.f.remap(0, Math.min(o.f.length, ps));
            assert.is(o.f.bytes[0], o.data[0], `${where}: remapped`);
            assert.is(before.length, 0, `${where}: a view taken before remap() is detached`);
          }
        }
      }
    } catch (e) {
      console.log(`  # use after close failed with MMAPKIT_SEED=${seed}`);
      throw e;
    } finally {
      for (const o of open) o.f.close();
    }
    for (const file of files) {
      assert.ok(same(readBack(file.path), file.data), "no write through a stale view reached a file");
    }
    console.log(`  # use after close [${ctx.runtime}]: ${JSON.stringify(counts)}`);
  });
  uc.run();
};

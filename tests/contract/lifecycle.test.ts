/** Lifecycle: close() twice, ECLOSED, stale views read zeros, `using`, pooled Memories. @module */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { fdCount } from "../_fds.ts";
import { ArenaPool } from "@mmapkit/core";

const isClosed = (api: { MmapError: new (...a: never[]) => Error }) => (e: unknown): boolean =>
  e instanceof api.MmapError && (e as unknown as { code: string }).code === "ECLOSED";

export const register: Register = (ctx) => {
  const { api } = ctx;
  for (const engine of ctx.engines) {
    const t = suite(`lifecycle [${ctx.runtime}, ${engine}]`);

    t("close() is idempotent; bytes after close throws ECLOSED with a hint", () => {
      const { path } = fixture(ctx.tmp, 1000);
      const f = api.open(path, { engine });
      assert.is(f.closed, false);
      f.close();
      f.close();
      assert.is(f.closed, true);
      try {
        void f.bytes;
        assert.unreachable("bytes after close must throw");
      } catch (e) {
        assert.ok(isClosed(api)(e));
        assert.match((e as Error).message, /open it again/);
      }
      for (const call of [() => f.flush(), () => f.residency(), () => f.remap(0), () => f.advise("normal")]) {
        assert.throws(call, isClosed(api));
      }
    });

    t("a view taken before close() is detached afterwards; writes to it never reach the file", () => {
      const { path, data } = fixture(ctx.tmp, 3 * api.pageSize + 3);
      const f = api.open(path, { mode: "write", offset: 1, engine });
      const view = f.bytes;
      assert.is(view[0], data[1]);
      f.close();
      // Detached on every engine and platform: it reads nothing and never faults, and whatever
      // later takes its memory (another mapping, another file) is out of its reach.
      assert.is(view.length, 0, "stale view is detached");
      try {
        view.fill(0x33); // V8 ignores it; JavaScriptCore throws a TypeError
      } catch (e) {
        assert.instance(e, TypeError);
      }
      assert.ok(same(readBack(path), data), "the file is unchanged");
    });

    t("`using` closes at the end of the block", () => {
      const { path } = fixture(ctx.tmp, 100);
      let escaped: { closed: boolean } | undefined;
      {
        using f = api.open(path, { engine });
        escaped = f;
        assert.is(f.closed, false);
      }
      assert.is(escaped.closed, true);
    });

    t("2,000 open/close cycles reuse pooled Memories and leave no descriptor open", () => {
      const { path, data } = fixture(ctx.tmp, 5000);
      const fds = fdCount();
      const before = api.runtimeInfo().arenas.created;
      for (let i = 0; i < 2000; i++) {
        const f = api.open(path, { engine, offset: i % 4000 });
        if (f.bytes[0] !== data[i % 4000]) assert.unreachable(`cycle ${i}: wrong byte`);
        f.close();
      }
      const created = api.runtimeInfo().arenas.created - before;
      assert.ok(created <= 2, `${created} Memories created for 2,000 cycles`);
      // No more than before: a runtime may close unrelated descriptors meanwhile.
      // A leak here would be one descriptor per cycle (2,000); the runtime itself may open a few
      // meanwhile (Deno's worker and child-process plumbing), so allow 8.
      const now = fdCount();
      assert.ok(now <= fds + 8, `no descriptor leaked (${fds} before, ${now} after 2,000 cycles)`);
    });

    t("a mapping takes an idle larger Memory before creating a new one", () => {
      const small = fixture(ctx.tmp, 1001);
      const big = fixture(ctx.tmp, 3 << 20);
      // Three small mappings held open leave no idle Memory of their size class (two are kept).
      const held = [0, 1, 2].map(() => api.open(small.path, { engine }));
      try {
        api.open(big.path, { engine }).close(); // a larger Memory is idle now
        const before = api.runtimeInfo().arenas.created;
        using f = api.open(small.path, { engine, offset: 3 });
        assert.is(api.runtimeInfo().arenas.created, before, "no Memory created: the idle larger one was taken");
        assert.equal(f.bytes.slice(0, 998), small.data.subarray(3), "the mapping reads the file's bytes");
        assert.is(api.count(f, small.data[500]!), small.data.subarray(3).filter((b) => b === small.data[500]).length);
      } finally {
        for (const h of held) h.close();
      }
    });

    t.run();
  }

  const pool = suite(`lifecycle [${ctx.runtime}]: the Memory pool`);
  pool("a size preferred (room to align a slot) never costs a new Memory while an idle one holds the window", () => {
    const MiB = 1 << 20;
    const p = new ArenaPool();
    const fourMiB = p.acquire(3 * MiB); // the 4 MiB size class
    assert.is(fourMiB.byteLength, 4 * MiB);
    p.release(fourMiB);
    assert.is(p.acquire(3 * MiB, 5 * MiB), fourMiB, "the idle 4 MiB Memory, not a new 8 MiB one");
    assert.is(p.created, 1);
    const eight = p.acquire(3 * MiB, 5 * MiB); // none idle now: a new one, of the preferred size
    assert.is(eight.byteLength, 8 * MiB);
    assert.is(p.created, 2);
    p.release(fourMiB);
    p.release(eight);
    assert.is(p.acquire(3 * MiB, 5 * MiB), eight, "an idle Memory with the room preferred comes first");
    assert.is(p.acquire(3 * MiB, 5 * MiB), fourMiB);
    assert.is(p.created, 2);
  });
  pool.run();
};

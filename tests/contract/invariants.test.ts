/**
 * The seven invariants of the zero-copy engine (ARCHITECTURE.md), each checked against what the OS
 * reports in /proc/self/maps, not against what mmapkit says about itself.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { closeSync, openSync, readFileSync, truncateSync } from "node:fs";
import type { Register } from "../_ctx.ts";
import { fixture, procSelf, same } from "../_files.ts";
import { skip } from "../_skip.ts";
import { RESERVED_BYTES } from "@mmapkit/core/wasm";

interface MapsLine {
  start: number;
  end: number;
  perms: string;
  offset: number;
  path: string;
}

/** The lines of /proc/self/maps that map `path`. */
function mapsOf(path: string): MapsLine[] {
  return readFileSync("/proc/self/maps", "utf8").split("\n").flatMap((line) => {
    const m = /^([0-9a-f]+)-([0-9a-f]+) (\S+) ([0-9a-f]+) \S+ \d+\s+(.*)$/.exec(line);
    if (m === null || m[5] !== path) return [];
    return [{ start: parseInt(m[1]!, 16), end: parseInt(m[2]!, 16), perms: m[3]!, offset: parseInt(m[4]!, 16), path }];
  });
}

/** Asks the runtime for a full garbage collection, where it lets us. */
function forceGc(): boolean {
  const g = globalThis as { gc?: () => void; Bun?: { gc(force: boolean): void } };
  if (g.Bun !== undefined) {
    g.Bun.gc(true);
    return true;
  }
  if (g.gc !== undefined) {
    g.gc();
    return true;
  }
  return false;
}

interface Internals {
  window: { arena?: { memory: WebAssembly.Memory; kernel: { load8(p: number): number } }; ptr: number };
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const t = suite(`invariants [${ctx.runtime}]`);

  t("6. the self-test picks the mapped engine here, or says why not", () => {
    const info = api.runtimeInfo();
    if (ctx.ffi) {
      assert.is(info.engine, "mapped");
      assert.is(info.reason, undefined);
    } else {
      assert.is(info.engine, "buffered");
      assert.type(info.reason, "string");
      if (ctx.runtime === "deno") assert.match(info.reason!, /--allow-ffi/);
      assert.throws(
        () => api.open("x", { engine: "mapped" }),
        (e: unknown) => e instanceof api.MmapError && e.code === "ENOFFI",
      );
    }
  });

  t("an unknown engine or advice is refused with a message listing every name there is", () => {
    const fx = fixture(ctx.tmp, 4096);
    const engines = ["auto", "mapped", "buffered"];
    const advice = [
      "normal",
      "sequential",
      "random",
      "willneed",
      "dontneed",
      "hugepage",
      "free",
      "remove",
      "populate_read",
      "populate_write",
      "cold",
      "pageout",
    ];
    const message = (call: () => unknown): string => {
      try {
        call();
      } catch (e) {
        assert.ok(e instanceof api.MmapError && e.code === "EINVAL", String(e));
        return e.message;
      }
      throw new Error("not refused");
    };
    for (
      const call of [
        () => api.open(fx.path, { engine: "fast" } as never),
        () => api.anonymous(4096, { engine: "fast" } as never),
        () => api.count(fx.path, 0, { engine: "fast" } as never),
      ]
    ) {
      const msg = message(call);
      for (const name of engines) assert.ok(msg.includes(`"${name}"`), `${msg} names ${name}`);
    }
    using f = api.open(fx.path);
    const msg = message(() => f.advise("bogus" as never));
    for (const name of advice) assert.ok(msg.includes(`"${name}"`), `${msg} names ${name}`);
  });

  if (!ctx.ffi) {
    t.run();
    skip("invariants: the mapped engine's rows", "FFI is unavailable: the buffered engine only", false);
    return;
  }

  t("auto: small read/private windows are read, larger ones and every write window are mapped", () => {
    const small = fixture(ctx.tmp, 64 * 1024);
    const large = fixture(ctx.tmp, 64 * 1024 + 1);
    for (const mode of ["read", "private"] as const) {
      using s = api.open(small.path, { mode });
      assert.is(s.engine, "buffered");
      using l = api.open(large.path, { mode });
      assert.is(l.engine, "mapped");
      using w = api.open(large.path, { mode, length: 10 });
      assert.is(w.engine, "buffered", "the window's length decides, not the file's");
    }
    using w = api.open(small.path, { mode: "write" });
    assert.is(w.engine, "mapped");
  });

  t("the engine policy is the same for open(fd) and anonymous(); an explicit engine overrides it", () => {
    const small = fixture(ctx.tmp, 4096);
    // Descriptors are refused on Windows (tests/contract/open_fd.test.ts).
    if (process.platform !== "win32") {
      const fd = openSync(small.path, "r");
      try {
        using byFd = api.open(fd);
        assert.is(byFd.engine, "buffered", "a small read window from a descriptor is read, as from a path");
        using mappedFd = api.open(fd, { engine: "mapped" });
        assert.is(mappedFd.engine, "mapped");
        assert.equal(mappedFd.bytes, new Uint8Array(readFileSync(small.path)));
      } finally {
        closeSync(fd);
      }
    }
    using mapped = api.open(small.path, { engine: "mapped" });
    assert.is(mapped.engine, "mapped");
    using a = api.anonymous(4096);
    assert.is(a.engine, "mapped", "anonymous memory is mapped at any size");
    using b = api.anonymous(4096, { engine: "buffered" });
    assert.is(b.engine, "buffered");
  });

  // These are the arena placement's invariants (file pages MAP_FIXED into a Memory). Where the
  // view placement is used (Windows), they are skipped: tests/contract/view.test.ts checks its own.
  const arena = api.runtimeInfo().placement !== "view";
  const ta = arena ? t : t.skip;

  ta("1. each window owns a non-shared Memory with initial == maximum that cannot grow", () => {
    const { path } = fixture(ctx.tmp, 5 * ps);
    using f = api.open(path, { engine: "mapped" });
    const memory = (f as unknown as Internals).window.arena!.memory;
    assert.ok(!(typeof SharedArrayBuffer !== "undefined" && memory.buffer instanceof SharedArrayBuffer));
    assert.is(f.bytes.buffer, memory.buffer);
    const size = memory.buffer.byteLength;
    assert.throws(() => memory.grow(1), "a Memory with maximum == initial refuses to grow");
    assert.is(memory.buffer.byteLength, size);
    f.remap(ps);
    assert.is((f as unknown as Internals).window.arena!.memory, memory, "remap within the class keeps the Memory");
  });

  if (procSelf("maps")) {
    ta("2. always PROT_READ|PROT_WRITE: private for read/private, shared only for write", () => {
      const { path, data } = fixture(ctx.tmp, 4 * ps);
      for (const [mode, perms] of [["read", "rw-p"], ["private", "rw-p"], ["write", "rw-s"]] as const) {
        using f = api.open(path, { mode, offset: 1, engine: "mapped" });
        const lines = mapsOf(path);
        assert.is(lines.length, 1, `${mode}: one mapping of the file`);
        assert.is(lines[0]!.perms, perms, mode);
        if (mode !== "write") {
          f.bytes[0] = data[1]! ^ 1; // a stray write changes only the private view
          assert.is(readFileSync(path)[1], data[1]);
        }
      }
    });

    ta("3. slot address, length and file offset are page multiples", () => {
      const { path, data } = fixture(ctx.tmp, 10 * ps + 9);
      for (const [offset, length] of [[1, 10], [ps - 1, ps + 2], [3 * ps + 5, 6 * ps + 4]] as const) {
        using f = api.open(path, { offset, length, engine: "mapped" });
        const [line] = mapsOf(path);
        assert.ok(line !== undefined);
        assert.is(line.start % ps, 0);
        assert.is((line.end - line.start) % ps, 0);
        assert.is(line.offset, Math.floor(offset / ps) * ps);
        assert.ok(line.end - line.start >= length + (offset % ps));
        assert.ok(same(f.bytes, data.subarray(offset, offset + length)));
      }
    });

    ta("3b. a mapping of 2 MiB or more sits at its file offset's place within 2 MiB (large folios map whole)", () => {
      const M2 = 2 << 20;
      const { path, data } = fixture(ctx.tmp, 9 * M2 + 12345);
      let aligned = 0;
      const check = (f: { bytes: Uint8Array }, offset: number, length: number): void => {
        const lines = mapsOf(path);
        assert.is(lines.length, 1, `offset ${offset}: one mapping of the file (a moved slot leaves none behind)`);
        const line = lines[0]!;
        assert.is(line.offset, Math.floor(offset / ps) * ps);
        // Aligned whenever its Memory has room for it: a new Memory always gets that room; an idle
        // one without it is still reused, and a window moved within its Memory keeps the Memory.
        const mapLen = Math.ceil(((offset % ps) + length) / ps) * ps;
        const memory = (f as unknown as Internals).window.arena!.memory.buffer.byteLength;
        if (length >= M2 && memory >= RESERVED_BYTES + ps + M2 + mapLen) {
          assert.is((line.start - line.offset) % M2, 0, `offset ${offset}: address ≡ file offset mod 2 MiB`);
          aligned++;
        }
        assert.ok(same(f.bytes, data.subarray(offset, offset + length)), `offset ${offset}: the file's bytes`);
        let ones = 0;
        for (let i = offset; i < offset + length; i++) ones += data[i] === 1 ? 1 : 0;
        assert.is(api.count(f.bytes, 1), ones, `offset ${offset}: the kernel reads the same bytes`);
      };
      const cases = [[3 * M2 + 5 * ps + 7, 2 * M2 + 3], [M2 - ps, 3 * M2], [0, M2], [7 * ps, 5 * M2 + 1]] as const;
      for (const mode of ["read", "write"] as const) {
        for (const [offset, length] of cases) {
          using f = api.open(path, { mode, offset, length, engine: "mapped" });
          check(f, offset, length);
        }
        // One window moved across offsets whose place within 2 MiB differs.
        using f = api.open(path, { mode, offset: cases[0][0], length: cases[0][1], engine: "mapped" });
        for (const [offset, length] of [...cases, [ps, ps + 1] as const]) {
          f.remap(offset, length);
          check(f, offset, length);
        }
      }
      assert.ok(aligned >= 8, `${aligned} mappings had room to align (of 18)`);
      assert.equal(new Uint8Array(readFileSync(path)), data, "the file is unchanged");
    });

    ta("4. close() replaces the file pages with anonymous zero pages (no munmap hole)", () => {
      const { path } = fixture(ctx.tmp, 4 * ps);
      const f = api.open(path, { mode: "write", engine: "mapped" });
      const internals = (f as unknown as Internals).window;
      const arena = internals.arena!;
      const ptr = internals.ptr;
      const view = f.bytes;
      assert.is(mapsOf(path).length, 1);
      f.close();
      assert.is(mapsOf(path).length, 0, "no mapping of the file remains");
      assert.is(arena.kernel.load8(ptr), 0, "the kernel reads zeros, not a fault");
      assert.ok(new Uint8Array(arena.memory.buffer, ptr, 4 * ps).every((b) => b === 0), "the slot reads zeros");
      assert.is(view.length, 0, "a view kept past close() is detached");
    });
  }

  ta("5. the Memory and kernel stay alive for the mapping's life, whatever the GC does", () => {
    const { path, data } = fixture(ctx.tmp, 6 * ps + 1);
    const f = api.open(path, { offset: 3, engine: "mapped" });
    let garbage: unknown[] = [];
    for (let i = 0; i < 200; i++) garbage.push(new Uint8Array(64 * 1024));
    garbage = [];
    const collected = forceGc();
    const internals = (f as unknown as Internals).window;
    assert.is(internals.arena!.kernel.load8(internals.ptr + 5), data[8]);
    assert.ok(same(f.bytes, data.subarray(3)));
    f.close();
    if (!collected) console.log("  (this runtime exposes no gc(); checked without forcing one)");
  });

  const canGc = (globalThis as { gc?: unknown; Bun?: unknown }).gc !== undefined ||
    (globalThis as { Bun?: unknown }).Bun !== undefined;
  if (procSelf("maps") && canGc) {
    ta("5b. a mapping dropped without close(): zero pages replace its file's before the Memory is freed", async () => {
      // Twelve Memories held first: on Bun the next ones are those whose address space the engine
      // reuses for its own allocations once they are freed, where file pages left behind showed up
      // as non-zero "fresh" memory (and hung or crashed the process). V8 frees them either way.
      // Mappings kept open first take the idle Memories of the pool, so the ones dropped below are new.
      const { path, data } = fixture(ctx.tmp, 5 * ps + 7);
      const open = Array.from({ length: 6 }, () => api.open(path, { engine: "mapped" }));
      const held = Array.from({ length: 12 }, () => new WebAssembly.Memory({ initial: 1, maximum: 1 }));
      const kept = api.open(path, { offset: 3, engine: "mapped" }).bytes; // only the view is kept
      for (let i = 0; i < 3; i++) assert.is(api.open(path, { engine: "mapped" }).bytes[1], data[1]);
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let k = 0; k < 40 && mapsOf(path).length > open.length + 1; k++) {
        forceGc();
        await sleep(10); // finalizers run between tasks
      }
      assert.is(mapsOf(path).length, open.length + 1, "only the mappings still open or with a view held remain");
      assert.ok(same(kept, data.subarray(3)), "a view still held reads the file, though its MappedFile was dropped");
      // Memory handed out after the collection is zeroed (plain loops as the oracle).
      for (let i = 0; i < 64; i++) {
        const fresh = new Uint8Array(new WebAssembly.Memory({ initial: 17, maximum: 17 }).buffer);
        const buf = new Uint8Array((1 << 20) + i * ps);
        for (let j = 0; j < fresh.length; j += 512) assert.is(fresh[j], 0, `fresh Memory ${i}, byte ${j}`);
        for (let j = 0; j < buf.length; j += 512) assert.is(buf[j], 0, `fresh buffer ${i}, byte ${j}`);
      }
      assert.is(kept[0], data[3]);
      for (const f of open) f.close();
      held.length = 0;
    });
  }

  ta("7. a file truncated under a mapping: remap re-checks the size and refuses, never faults", () => {
    const { path, data } = fixture(ctx.tmp, 8 * ps);
    using f = api.open(path, { length: 2 * ps, engine: "mapped" });
    truncateSync(path, 3 * ps);
    const range = (e: unknown) => e instanceof api.MmapError && e.code === "ERANGE";
    assert.throws(() => f.remap(2 * ps, 2 * ps), range, "a window past the new end");
    assert.throws(() => f.remap(4 * ps), range, "an offset past the new end");
    f.remap(ps);
    assert.ok(same(f.bytes, data.subarray(ps, 3 * ps)));
  });

  t.run();
};

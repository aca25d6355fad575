/** The mapping contract: modes, offsets, create/size, resize, remap, flush, advice, residency. @module */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Register } from "../_ctx.ts";
import { fixture, freshPath, readBack, same, syncFile } from "../_files.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  for (const engine of ctx.engines) {
    const t = suite(`mapping [${ctx.runtime}, ${engine}]`);
    const size = 3 * ps + 123;

    t("read: bytes equal the file at offsets 0, 1, 4095, 4097 and near EOF", () => {
      const { path, data } = fixture(ctx.tmp, size);
      for (const offset of [0, 1, 4095, 4097, size - 17, size - 1]) {
        using f = api.open(path, { offset, engine });
        assert.is(f.engine, engine);
        assert.is(f.offset, offset);
        assert.is(f.length, size - offset);
        assert.ok(same(f.bytes, data.subarray(offset)), `offset ${offset}`);
      }
      for (const [offset, length] of [[1, 1], [4095, 2], [4097, 4099], [size - 5, 5]] as const) {
        using f = api.open(path, { offset: BigInt(offset), length, engine });
        assert.ok(same(f.bytes, data.subarray(offset, offset + length)), `offset ${offset} length ${length}`);
      }
    });

    t("a file: URL and a bigint offset work", () => {
      const { path, data } = fixture(ctx.tmp, 5000);
      using f = api.open(pathToFileURL(path), { offset: 4097n, engine });
      assert.ok(same(f.bytes, data.subarray(4097)));
    });

    t("write: changes reach the file after flush() and after close()", () => {
      const { path, data } = fixture(ctx.tmp, size);
      const f = api.open(path, { mode: "write", offset: 4097, engine });
      f.bytes[0] = data[4097]! ^ 0xff;
      f.bytes[f.length - 1] = 7;
      f.flush();
      const after = readBack(path);
      assert.is(after[4097], data[4097]! ^ 0xff);
      assert.is(after[size - 1], 7);
      f.bytes[100] = 0xab;
      f.close();
      assert.is(readBack(path)[4197], 0xab);
      assert.is(statSync(path).size, size);
    });

    t("a view kept past close() or remap() is detached: it never reaches the next window or file", () => {
      const a = fixture(ctx.tmp, size);
      const b = fixture(ctx.tmp, size + 1);
      const f = api.open(a.path, { mode: "write", offset: 1, engine });
      const kept = f.bytes;
      const part = kept.subarray(5, 9);
      f.close();
      // The next mapping may take the same Memory, and the same place in it.
      const g = api.open(b.path, { mode: "write", offset: 1, engine });
      for (const v of [kept, part]) {
        assert.is(v.length, 0, "detached at close()");
        v[0] = 0x5a; // goes nowhere
        assert.is(v[0], undefined);
      }
      assert.ok(same(g.bytes, b.data.subarray(1)), "the next mapping reads its own file");
      const before = g.bytes;
      g.remap(ps + 3, 100);
      assert.is(before.length, 0, "detached at remap()");
      before[0] = 0x5a;
      assert.ok(same(g.bytes, b.data.subarray(ps + 3, ps + 103)), "the remapped window");
      g.close();
      assert.ok(same(readBack(a.path), a.data), "file A unchanged");
      assert.ok(same(readBack(b.path), b.data), "file B unchanged");
    });

    t("the memory after a window holds no earlier window's bytes", () => {
      const a = fixture(ctx.tmp, 60 * 1024 + 7);
      const b = fixture(ctx.tmp, 100);
      const f = api.open(a.path, { mode: "private", engine });
      f.bytes.fill(0xaa); // private: stays in this process
      f.close();
      for (const len of [100, 37]) {
        using g = api.open(b.path, { length: len, engine });
        assert.ok(same(g.bytes, b.data.subarray(0, len)));
        const after = g.bytes.byteOffset + len;
        const tail = new Uint8Array(g.bytes.buffer, after, Math.min(64 * 1024, g.bytes.buffer.byteLength - after));
        // Zeros, or (a mapping shows its last page whole) the rest of this file.
        const at = tail.findIndex((x, i) => x !== 0 && x !== b.data[len + i]);
        assert.is(at, -1, `after a window of ${len} bytes: ${tail[at]} at ${at}`);
      }
    });

    t("flush: async and a range", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", engine });
      f.bytes.fill(1, 5000, 5010);
      f.flush({ offset: 5000, length: 10, async: true });
      assert.ok(same(readBack(path).subarray(5000, 5010), new Uint8Array(10).fill(1)));
      f.bytes[3] = 9;
      f.flush({ offset: 3, length: 1 });
      assert.is(readBack(path)[3], 9);
      f.flush({ offset: f.length, length: 0 });
    });

    for (const mode of ["read", "private"] as const) {
      t(`${mode}: changes to bytes never reach the file`, () => {
        const { path, data } = fixture(ctx.tmp, size);
        const f = api.open(path, { mode, offset: 1, engine });
        f.bytes.fill(0x5a);
        assert.is(f.bytes[10], 0x5a);
        f.flush();
        assert.ok(same(readBack(path), data));
        f.close();
        assert.ok(same(readBack(path), data));
      });
    }

    t("create + size make a file; size grows an existing one keeping its bytes", () => {
      const path = freshPath(ctx.tmp);
      using f = api.open(path, { mode: "write", create: true, size: 10_000, engine });
      assert.is(statSync(path).size, 10_000);
      assert.is(f.length, 10_000);
      assert.ok(f.bytes.every((b) => b === 0));
      f.bytes[9_999] = 42;
      f.flush();
      assert.is(readBack(path)[9_999], 42);

      const small = fixture(ctx.tmp, 100);
      using g = api.open(small.path, { mode: "write", size: 5000n, engine });
      assert.is(statSync(small.path).size, 5000);
      assert.ok(same(g.bytes.subarray(0, 100), small.data));
      assert.ok(g.bytes.subarray(100).every((b) => b === 0));
    });

    t("resize() grows and shrinks the file and the mapping", () => {
      const { path, data } = fixture(ctx.tmp, 100);
      using f = api.open(path, { mode: "write", offset: 7, engine });
      f.resize(9000);
      assert.is(statSync(path).size, 9000);
      assert.is(f.length, 9000 - 7);
      assert.ok(same(f.bytes.subarray(0, 93), data.subarray(7)));
      f.bytes[f.length - 1] = 0x77;
      f.flush();
      assert.is(readBack(path)[8999], 0x77);
      f.resize(50n);
      assert.is(statSync(path).size, 50);
      assert.is(f.length, 43);
      assert.ok(same(f.bytes, data.subarray(7, 50)));
      f.resize(7);
      assert.is(f.length, 0);
      assert.is(f.bytes.length, 0);
    });

    t("remap() slides a window across a file larger than the window", () => {
      const fileSize = 9 * ps + 77;
      const { path, data } = fixture(ctx.tmp, fileSize);
      using f = api.open(path, { offset: 1, length: ps + 3, engine });
      for (const offset of [0, ps, 2 * ps + 1, 5 * ps - 1, fileSize - ps - 3]) {
        f.remap(offset);
        assert.is(f.offset, offset);
        assert.is(f.length, ps + 3);
        assert.ok(same(f.bytes, data.subarray(offset, offset + ps + 3)), `offset ${offset}`);
      }
      f.remap(fileSize - 10); // the default length is cut at the end of the file
      assert.is(f.length, 10);
      assert.ok(same(f.bytes, data.subarray(fileSize - 10)));
      f.remap(BigInt(ps + 5), 4 * ps);
      assert.ok(same(f.bytes, data.subarray(ps + 5, 5 * ps + 5)));
    });

    t("remap() of a write mapping keeps changes made before the move", () => {
      const { path } = fixture(ctx.tmp, 4 * ps);
      using f = api.open(path, { mode: "write", length: ps, engine });
      f.bytes[10] = 0xee;
      f.remap(2 * ps);
      f.bytes[1] = 0xdd;
      f.close();
      const after = readBack(path);
      assert.is(after[10], 0xee);
      assert.is(after[2 * ps + 1], 0xdd);
    });

    t("advise() accepts every advice; lock()/unlock() work", () => {
      const { path, data } = fixture(ctx.tmp, 8 * ps);
      using f = api.open(path, { engine, advice: "sequential" });
      for (const advice of ["normal", "sequential", "random", "willneed", "dontneed"] as const) {
        f.advise(advice);
        f.advise(advice, { offset: 3, length: ps });
      }
      assert.ok(same(f.bytes, data), "data survives advice");
      if (!ctx.ffi) {
        assert.throws(() => f.lock(), (e: unknown) => e instanceof api.MmapError && e.code === "ENOFFI");
        return;
      }
      f.lock();
      assert.equal(f.residency().resident, f.residency().pages);
      f.unlock();
    });

    t("residency() rises after reading; dontneed on a private mapping drops it", () => {
      const { path, data } = fixture(ctx.tmp, 64 * ps);
      syncFile(path);
      using f = api.open(path, { mode: "private", engine });
      const pages = Math.ceil(f.length / ps);
      assert.is(f.residency().pages, pages);
      if (engine === "buffered") {
        assert.is(f.residency().resident, pages, "buffered windows are in memory");
        return;
      }
      if (api.runtimeInfo().placement === "view") {
        // Windows' "dontneed" is a working-set trim the OS may defer (Wine ignores it): reading
        // all pages brings every one in, which residency() must see.
        for (let i = 0; i < f.length; i += ps) void f.bytes[i];
        assert.is(f.residency().resident, pages);
        f.advise("dontneed");
        return;
      }
      f.advise("dontneed");
      const low = f.residency().resident;
      // Touch every page, and check what the touch read against the bytes written.
      let sum = 0;
      let want = 0;
      for (let i = 0; i < f.length; i += ps) {
        sum += f.bytes[i]!;
        want += data[i]!;
      }
      assert.is(sum, want, "the pages read back the file's bytes");
      const high = f.residency().resident;
      assert.is(high, pages);
      assert.ok(low < pages / 2, `after dontneed ${low} of ${pages} pages resident`);
      f.advise("dontneed");
      assert.ok(f.residency().resident < pages / 2, "dropped again");
    });

    t("populate prefaults the pages", () => {
      const { path } = fixture(ctx.tmp, 32 * ps);
      using f = api.open(path, { populate: true, engine });
      assert.is(f.residency().resident, f.residency().pages);
    });

    t("anonymous(): zeroed memory, off the heap; hugePages and lock options", () => {
      using m = api.anonymous(3 * ps + 5, { engine });
      assert.is(m.length, 3 * ps + 5);
      assert.is(m.path, "");
      assert.is(m.mode, "write");
      assert.ok(m.bytes.every((b) => b === 0));
      m.bytes.fill(3);
      assert.is(m.bytes[3 * ps + 4], 3);
      m.flush();
      using h = api.anonymous(4 << 20, { hugePages: true, engine });
      h.bytes[h.length - 1] = 1;
      if (ctx.ffi) {
        using l = api.anonymous(64 * 1024, { lock: true, engine });
        assert.is(l.residency().resident, l.residency().pages);
      }
      // a reused arena must come back zeroed
      m.close();
      using again = api.anonymous(3 * ps + 5, { engine });
      assert.ok(again.bytes.every((b) => b === 0));
    });

    t.run();
  }
};

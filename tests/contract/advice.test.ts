/**
 * The advice values beyond the hints (free, remove, populate_read, populate_write, cold, pageout)
 * and flush({ invalidate }), on every engine. Oracles: the file read back with node:fs, bytes
 * written behind the mapping's back with node:fs (another writer), plain loops.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { throwsCode } from "../_codes.ts";

/** Windows (tested under Wine): views have no hole punching and no EINVAL-on-locked advice. */
const WINDOWS = process.platform === "win32";

/** Writes `bytes` at `position` of `path` through its own descriptor, as another process would. */
function writeBehind(path: string, position: number, bytes: Uint8Array): void {
  const fd = openSync(path, "r+");
  try {
    writeSync(fd, bytes, 0, bytes.length, position);
  } finally {
    closeSync(fd);
  }
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  for (const engine of ctx.engines) {
    const t = suite(`advice and invalidate [${ctx.runtime}, ${engine}]`);

    t("populate_read: residency() reports every page resident afterwards", () => {
      using m = api.anonymous(16 * ps, { engine });
      if (engine === "mapped") assert.is(m.residency().resident, 0, "fresh anonymous pages are not resident");
      m.advise("populate_read");
      assert.equal(m.residency(), { pages: 16, resident: 16 });
      const { path, data } = fixture(ctx.tmp, 20 * ps + 77);
      using f = api.open(path, { offset: 5, engine });
      f.advise("populate_read", { offset: 3 * ps, length: 2 * ps + 1 });
      f.advise("populate_read");
      assert.equal(f.residency(), { pages: 21, resident: 21 });
      assert.ok(same(f.bytes, data.subarray(5)));
    });

    t("populate_write on a write mapping faults pages in for writing and changes no byte", () => {
      const { path, data } = fixture(ctx.tmp, 9 * ps + 3);
      using f = api.open(path, { mode: "write", offset: 1, engine });
      f.advise("populate_write");
      assert.equal(f.residency(), { pages: 10, resident: 10 });
      f.flush();
      assert.ok(same(readBack(path), data));
    });

    t("cold and pageout are accepted; the bytes and the file stay what they were", () => {
      const { path, data } = fixture(ctx.tmp, 7 * ps + 11);
      for (const mode of ["read", "write", "private"] as const) {
        using f = api.open(path, { mode, offset: 3, engine });
        if (mode !== "read") f.bytes[10] = data[13]! ^ 0x5a;
        f.advise("cold");
        f.advise("pageout", { offset: ps, length: 2 * ps });
        f.advise("pageout");
        const want = data.slice(3);
        if (mode !== "read") want[10] = data[13]! ^ 0x5a;
        assert.ok(same(f.bytes, want), `${mode}: the view survives pageout (private changes too)`);
      }
      const after = readBack(path);
      assert.is(after[13], data[13]! ^ 0x5a, "the write mapping's change reached the file");
      after[13] = data[13]!;
      assert.ok(same(after, data), "nothing else changed");
    });

    t("free on anonymous memory: each byte afterwards is what was written or zero", () => {
      using m = api.anonymous(8 * ps + 5, { engine });
      m.bytes.fill(0xa5);
      m.advise("free", { offset: ps, length: 3 * ps });
      for (let i = 0; i < m.length; i++) {
        const b = m.bytes[i]!;
        if (b !== 0xa5 && !(b === 0 && i >= ps && i < 4 * ps)) assert.unreachable(`byte ${i} is ${b}`);
      }
    });

    if (engine === "mapped" && WINDOWS) {
      t(
        "Windows: remove is ENOTSUP saying to write zeros, and changes nothing; cold on locked pages is accepted",
        () => {
          const { path, data } = fixture(ctx.tmp, 6 * ps + 123);
          using f = api.open(path, { mode: "write", engine });
          assert.match(throwsCode(api, () => f.advise("remove", { offset: ps, length: 2 * ps }), "ENOTSUP"), /zeros/);
          f.lock();
          f.advise("cold");
          f.unlock();
          f.close();
          assert.ok(same(readBack(path), data), "the file is unchanged");
        },
      );
    }

    if (engine === "mapped" && !WINDOWS) {
      t("remove on a shared write mapping punches a hole: the range reads as zeros in the file", () => {
        const size = 6 * ps + 123;
        const { path, data } = fixture(ctx.tmp, size);
        using f = api.open(path, { mode: "write", engine });
        f.advise("remove", { offset: ps, length: 2 * ps });
        // the tail: from a page boundary to the end of the file (not a page multiple)
        f.advise("remove", { offset: 5 * ps });
        const want = data.slice();
        want.fill(0, ps, 3 * ps);
        want.fill(0, 5 * ps);
        assert.ok(same(readBack(path), want), "the file, read back with fs");
        assert.ok(same(f.bytes, want), "the view");
        assert.is(statSync(path).size, size, "the size is kept");
        // a window at an unaligned offset: its range must start on a page of the file
        using g = api.open(path, { mode: "write", offset: ps - 10, length: 3 * ps + 10, engine });
        g.advise("remove", { offset: 10 + 2 * ps, length: ps });
        want.fill(0, 3 * ps, 4 * ps);
        assert.ok(same(readBack(path), want), "the file after the second hole");
      });

      t("a kernel answer of EINVAL becomes ENOTSUP naming the Linux version (cold on locked pages)", () => {
        // MADV_COLD refuses locked pages with EINVAL, as a kernel before 5.4 refuses the value itself.
        const { path } = fixture(ctx.tmp, 4 * ps);
        using f = api.open(path, { engine });
        f.lock();
        const msg = throwsCode(api, () => f.advise("cold"), "ENOTSUP");
        assert.match(msg, /Linux 5\.4/);
        f.unlock();
        f.advise("cold"); // accepted once unlocked
      });
    }

    t("flush({ invalidate }) on a read mapping shows what another writer put in the file", () => {
      const { path, data } = fixture(ctx.tmp, 5 * ps + 321);
      using f = api.open(path, { offset: 7, engine });
      writeBehind(path, 7 + 1000, Uint8Array.of(data[1007]! ^ 1, data[1008]! ^ 2));
      writeBehind(path, 7 + 4 * ps, Uint8Array.of(data[7 + 4 * ps]! ^ 3));
      f.flush({ invalidate: true });
      assert.ok(same(f.bytes, readBack(path).subarray(7)), "the view equals the file");
      writeBehind(path, 20, Uint8Array.of(data[20]! ^ 9));
      f.flush({ async: true, invalidate: true });
      assert.is(f.bytes[13], data[20]! ^ 9, "async + invalidate, as POSIX allows");
    });

    // Sizes over and under 64 KiB: the buffered engine keeps small windows on a buffer of their own.
    t("flush({ invalidate }) on a write mapping: your changes reach the file, another writer's show", () => {
      for (const size of [5 * 16384 + 99, 3 * 16384 + 99]) {
        invalidateWrite(size);
      }
    });
    const invalidateWrite = (size: number): void => {
      const { path, data } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset: 3, engine });
      f.bytes[5] = data[8]! ^ 0xff; // block 0 of the view
      writeBehind(path, 3 + 3 * 16384 + 17, Uint8Array.of(data[3 + 3 * 16384 + 17]! ^ 0x0f)); // block 3
      f.flush({ invalidate: true });
      const file = readBack(path);
      assert.is(file[8], data[8]! ^ 0xff, "our change is in the file");
      assert.is(file[3 + 3 * 16384 + 17], data[3 + 3 * 16384 + 17]! ^ 0x0f, "theirs was not overwritten");
      assert.ok(same(f.bytes, file.subarray(3)), "the view equals the file");
    };

    t("flush() on a write mapping never overwrites another writer in a block you did not touch", () => {
      for (const size of [4 * 16384 + 5, 3 * 16384 + 5]) {
        neverOverwrite(size);
      }
    });
    const neverOverwrite = (size: number): void => {
      const { path, data } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", engine });
      f.bytes[size - 1] = data[size - 1]! ^ 0x11;
      writeBehind(path, 100, Uint8Array.of(data[100]! ^ 0x22));
      f.flush();
      f.close();
      const want = data.slice();
      want[size - 1] = data[size - 1]! ^ 0x11;
      want[100] = data[100]! ^ 0x22;
      assert.ok(same(readBack(path), want), `size ${size}`);
    };

    t.run();
  }
};

/**
 * MappedFile.protect("read" | "write"): a mode switch that never makes a page read-only. After
 * protect("read") stores through `bytes` stay in the process; after protect("write") they reach
 * the file again. Oracle: the file read back with node:fs. Every refusal leaves the file as it was.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import process from "node:process";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { throwsCode } from "../_codes.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const size = 3 * ps + 45;
  for (const engine of ctx.engines) {
    const t = suite(`protect [${ctx.runtime}, ${engine}]`);

    t('protect("read"): earlier writes are flushed, later ones never reach the file', () => {
      const { path, data } = fixture(ctx.tmp, size);
      const f = api.open(path, { mode: "write", offset: 7, engine });
      f.bytes[0] = data[7]! ^ 0xff; // before: must reach the file
      f.protect("read");
      assert.is(f.mode, "read");
      const want = data.slice();
      want[7] = data[7]! ^ 0xff;
      assert.ok(same(readBack(path), want), "flushed by protect");
      f.bytes.fill(0x5a, 10, 2 * ps); // after: stays in this process
      assert.is(f.bytes[10], 0x5a, "the view is still writable");
      f.flush();
      assert.ok(same(readBack(path), want), "after flush()");
      throwsCode(api, () => api.transform(f, { xor: 1 }), "EMODE");
      throwsCode(api, () => f.resize(size + 10), "EMODE");
      f.protect("read"); // already: nothing happens
      f.close();
      assert.ok(same(readBack(path), want), "after close()");
    });

    t('protect("write") again: private changes are dropped, new writes reach the file', () => {
      const { path, data } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", engine });
      f.protect("read");
      f.bytes[3] = data[3]! ^ 1;
      f.protect("write");
      assert.is(f.mode, "write");
      assert.ok(same(f.bytes, data), "the private change is gone");
      f.bytes[ps + 1] = data[ps + 1]! ^ 2;
      f.flush();
      const want = data.slice();
      want[ps + 1] = data[ps + 1]! ^ 2;
      assert.ok(same(readBack(path), want));
    });

    t('a "read" mapping of a path: protect("write") reopens it read-write', () => {
      const { path, data } = fixture(ctx.tmp, size);
      const f = api.open(path, { offset: ps - 1, engine });
      f.protect("write");
      f.bytes[0] = data[ps - 1]! ^ 0x33;
      f.close();
      const want = data.slice();
      want[ps - 1] = data[ps - 1]! ^ 0x33;
      assert.ok(same(readBack(path), want));
    });

    // Windows maps the view again where it chooses (no MAP_FIXED): there a kept view is detached,
    // as after remap(), and writes go through `bytes` read again.
    const moves = engine === "mapped" && api.runtimeInfo().placement === "view";
    t(
      moves
        ? "protect() maps the view again (Windows): a view kept from before is detached, bytes read again writes"
        : 'protect() keeps the views taken before it: a kept view of a "read" mapping writes after protect("write")',
      () => {
        const { path, data } = fixture(ctx.tmp, size);
        const f = api.open(path, { offset: 3, engine });
        const kept = f.bytes;
        f.protect("write");
        assert.is(kept.length, moves ? 0 : size - 3, moves ? "detached" : "still attached");
        kept[ps] = data[ps + 3]! ^ 0x44; // nowhere, when detached
        if (moves) f.bytes[ps] = data[ps + 3]! ^ 0x44;
        assert.is(f.bytes[ps], data[ps + 3]! ^ 0x44, "the same bytes as the mapping's view");
        f.flush();
        const want = data.slice();
        want[ps + 3] = data[ps + 3]! ^ 0x44;
        assert.ok(same(readBack(path), want), "the write reached the file");
        const again = f.bytes;
        f.protect("read");
        assert.is(again.length, moves ? 0 : size - 3, 'after protect("read")');
        f.close();
        assert.is(again.length, 0, "detached at close()");
        assert.ok(same(readBack(path), want));
      },
    );

    // Descriptors are refused on Windows (tests/contract/open_fd.test.ts).
    if (ctx.ffi && process.platform !== "win32") {
      t("a descriptor: read-write switches through its duplicate; read-only is EACCES", () => {
        const { path, data } = fixture(ctx.tmp, size);
        const rw = fs.openSync(path, "r+");
        const f = api.open(rw, { engine });
        fs.closeSync(rw);
        f.protect("write");
        f.bytes[5] = data[5]! ^ 9;
        f.close();
        const want = data.slice();
        want[5] = data[5]! ^ 9;
        assert.ok(same(readBack(path), want));
        const ro = fs.openSync(path, "r");
        using g = api.open(ro, { engine });
        fs.closeSync(ro);
        const msg = throwsCode(api, () => g.protect("write"), "EACCES");
        assert.match(msg, /read-write/);
        assert.is(g.mode, "read");
        g.bytes[5] = 0; // still a private, writable view
        assert.ok(same(readBack(path), want), "nothing reached the file");
      });
    }

    t('protect("write") when the path now names another file: EFILECHANGED, nothing written', () => {
      const { path, data } = fixture(ctx.tmp, size);
      using f = api.open(path, { engine });
      const other = fixture(ctx.tmp, size, 4242);
      if (process.platform === "win32") {
        // Windows will not replace a file that is open: the path cannot come to name another file.
        assert.throws(() => fs.renameSync(other.path, path));
        f.protect("write");
        assert.is(f.mode, "write");
        return;
      }
      fs.renameSync(other.path, path);
      throwsCode(api, () => f.protect("write"), "EFILECHANGED");
      assert.is(f.mode, "read");
      f.bytes[0] = data[0]! ^ 1;
      assert.ok(same(readBack(path), other.data));
    });

    // Root may write anyway; so may Wine, which runs the Windows suite here as root.
    if (process.getuid?.() !== 0 && process.platform !== "win32") {
      t('protect("write") without write permission: EACCES', () => {
        const { path, data } = fixture(ctx.tmp, size);
        fs.chmodSync(path, 0o444);
        using f = api.open(path, { engine });
        throwsCode(api, () => f.protect("write"), "EACCES");
        assert.ok(same(readBack(path), data));
      });
    }

    t("refusals: private, anonymous, a bad value, closed", () => {
      const { path, data } = fixture(ctx.tmp, size);
      using p = api.open(path, { mode: "private", engine });
      throwsCode(api, () => p.protect("read"), "EMODE");
      throwsCode(api, () => p.protect("write"), "EMODE");
      using a = api.anonymous(ps, { engine });
      throwsCode(api, () => a.protect("read"), "EMODE");
      using w = api.open(path, { mode: "write", engine });
      throwsCode(api, () => w.protect("rw" as never), "EINVAL");
      throwsCode(api, () => w.protect(undefined as never), "EINVAL");
      const c = api.open(path, { engine });
      c.close();
      throwsCode(api, () => c.protect("write"), "ECLOSED");
      assert.ok(same(readBack(path), data));
    });

    t.run();
  }

  if (ctx.ffi && (process.platform === "linux" || process.platform === "win32")) {
    const t = suite(`protect: shared memory [${ctx.runtime}]`);
    t("a shared() region refuses protect with EMODE", () => {
      const name = `mmapkit-protect-${ctx.runtime}-${process.pid}`;
      using r = api.shared(name, { size: ps, create: true });
      try {
        throwsCode(api, () => r.protect("read"), "EMODE");
        assert.is(r.mode, "write");
      } finally {
        api.unlinkShared(name);
      }
    });
    t.run();
  }
};

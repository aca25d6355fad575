/**
 * open() from a descriptor the caller owns: a number (node:fs) or a FileHandle (node:fs/promises),
 * on every engine. The caller's descriptor is never closed by mmapkit, and the mapping outlives
 * it. Oracle: the file read back with node:fs. Refusals are rows of bad_input.test.ts.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { throwsCode } from "../_codes.ts";

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;

  // Without FFI descriptors cannot be duplicated (ENOFFI); on Windows they are not built yet (ENOSYS).
  const refused = process.platform === "win32" ? "ENOSYS" : ctx.ffi ? undefined : "ENOFFI";
  if (refused !== undefined) {
    const t = suite(`open(fd) [${ctx.runtime}, refused]`);
    t(
      `a descriptor or a FileHandle is refused with ${refused}, saying to pass the path; the descriptor left open`,
      async () => {
        const { path } = fixture(ctx.tmp, 1000);
        const fd = fs.openSync(path, "r");
        const msg = throwsCode(api, () => api.open(fd), refused);
        assert.match(msg, /path/);
        assert.is(fs.fstatSync(fd).size, 1000, "the caller's descriptor is still open");
        fs.closeSync(fd);
        const h = await fsp.open(path, "r");
        throwsCode(api, () => api.open(h), refused);
        await h.close();
      },
    );
    t.run();
    return;
  }

  for (const engine of ctx.engines) {
    const t = suite(`open(fd) [${ctx.runtime}, ${engine}]`);
    const size = 3 * ps + 77;

    t("a number: bytes equal the file; the caller's fd stays open, and the mapping outlives it", () => {
      const { path, data } = fixture(ctx.tmp, size);
      const fd = fs.openSync(path, "r");
      const f = api.open(fd, { offset: 5, engine });
      assert.is(f.path, `fd:${fd}`);
      assert.is(f.mode, "read");
      assert.ok(same(f.bytes, data.subarray(5)));
      fs.closeSync(fd); // the caller closes theirs
      assert.ok(same(f.bytes, data.subarray(5)), "still readable after the caller closed its fd");
      f.remap(ps + 1, 100); // a new window through the duplicate
      assert.ok(same(f.bytes, data.subarray(ps + 1, ps + 101)));
      assert.is(f.fileSize(), size);
      f.close();
      // and close() left the caller's descriptor alone (here: already closed by the caller)
      const fd2 = fs.openSync(path, "r");
      const g = api.open(fd2, { engine });
      g.close();
      assert.is(fs.fstatSync(fd2).size, size, "close() did not close the caller's fd");
      fs.closeSync(fd2);
    });

    t('a FileHandle opened "r+": mode "write" changes reach the file after the handle is closed', async () => {
      const { path, data } = fixture(ctx.tmp, size);
      const h = await fsp.open(path, "r+");
      const f = api.open(h, { mode: "write", offset: 3, engine });
      assert.is(f.path, `fd:${h.fd}`);
      await h.close();
      f.bytes[0] = data[3]! ^ 0xff;
      f.bytes[f.length - 1] = data[size - 1]! ^ 0x0f;
      f.close();
      const want = data.slice();
      want[3] = data[3]! ^ 0xff;
      want[size - 1] = data[size - 1]! ^ 0x0f;
      assert.ok(same(readBack(path), want));
    });

    t("size grows the file as it does for a path; private and read work on read-only fds", () => {
      const { path, data } = fixture(ctx.tmp, 1001);
      const fd = fs.openSync(path, "r+");
      try {
        using f = api.open(fd, { mode: "write", size: 2 * ps + 3, engine });
        assert.is(f.length, 2 * ps + 3);
        assert.is(fs.statSync(path).size, 2 * ps + 3);
        assert.ok(same(f.bytes.subarray(0, 1001), data));
        assert.ok(f.bytes.subarray(1001).every((b) => b === 0));
      } finally {
        fs.closeSync(fd);
      }
      const ro = fs.openSync(path, "r");
      try {
        using p = api.open(ro, { mode: "private", engine });
        p.bytes[0] = data[0]! ^ 1;
        p.flush();
        assert.is(readBack(path)[0], data[0], "private changes stay private");
      } finally {
        fs.closeSync(ro);
      }
    });

    t('"write" on a read-only descriptor: EACCES saying to open it read-write; the file unchanged', () => {
      const { path, data } = fixture(ctx.tmp, 999);
      const fd = fs.openSync(path, "r");
      try {
        const msg = throwsCode(api, () => api.open(fd, { mode: "write", size: 5000, engine }), "EACCES");
        assert.match(msg, /read-write/);
      } finally {
        fs.closeSync(fd);
      }
      assert.ok(same(readBack(path), data));
    });

    t("a number that is no open descriptor: EBADF saying it is not open (not that a mapping was closed)", () => {
      const { path } = fixture(ctx.tmp, 10);
      const closed = fs.openSync(path, "r");
      fs.closeSync(closed);
      for (const fd of [9999, closed]) {
        let open = true;
        try {
          fs.fstatSync(fd);
        } catch {
          open = false;
        }
        if (open) continue; // the runtime happens to hold this number: it is a descriptor
        const msg = throwsCode(api, () => api.open(fd, { engine }), "EBADF");
        assert.match(msg, new RegExp(`\\b${fd} is not an open file descriptor`), msg);
        assert.not.match(msg, /mapping was closed/, msg);
      }
    });

    t.run();
  }
};

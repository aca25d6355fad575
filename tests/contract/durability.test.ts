/**
 * Durability proven, not assumed: a recording spy over the calls core makes (tests/_trace.ts)
 * shows that `flush()` is msync(MS_SYNC) over the written pages on the mapped engine, MS_ASYNC
 * with `{ async: true }`, pwrite of exactly the range + fsync on the buffered engine (no fsync
 * when async), and that `transform(path, …, { sync: true })` fsyncs. Then the page cache is made
 * to forget the file (posix_fadvise DONTNEED, through a mapping's `advise("dontneed")`) after
 * flush(): only pages already written back can be dropped, so a file with no page
 * left resident, read back with node:fs, shows the bytes are in the file, not only in memory.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import type { Api, Register } from "../_ctx.ts";
import { fixture, readBack, same, syncFile } from "../_files.ts";
import { type Call, MS_ASYNC, MS_SYNC, traced } from "../_trace.ts";
import { transformLoop } from "../_oracles.ts";
import { skip } from "../_skip.ts";

const only = (calls: Call[], name: string): Call[] => calls.filter((c) => c.call === name);
/** Windows (tested under Wine): flush is FlushViewOfFile + FlushFileBuffers, not msync. */
const WINDOWS = process.platform === "win32";

/** Pages of `path` still in the page cache after asking the kernel to drop them (mapped engine). */
function residentAfterDrop(api: Api, path: string): number {
  using probe = api.open(path, { engine: "mapped" });
  probe.advise("dontneed");
  return probe.residency().resident;
}

export const register: Register = (ctx) => {
  const { api } = ctx;
  const ps = api.pageSize;
  const t = suite(`durability: what flush() asks of the OS [${ctx.runtime}]`);
  // A window that starts inside a page and ends inside another, 5 pages long.
  const size = 6 * ps + 123;
  const offset = ps + 7;
  const poke = (f: { bytes: Uint8Array }): void => {
    for (const i of [0, 3, 2 * ps + 1, 2 * ps + 10, f.bytes.length - 1]) f.bytes[i] = f.bytes[i]! ^ 0x5a;
  };

  if (ctx.ffi && WINDOWS) {
    t("mapped (Windows): flush() is FlushViewOfFile over every page of the window, then FlushFileBuffers", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset, engine: "mapped" });
      poke(f);
      const calls = traced(() => f.flush()).filter((c) => c.call.startsWith("win."));
      assert.equal(calls.map((c) => c.call), ["win.FlushViewOfFile", "win.FlushFileBuffers"]);
      const [addr, len] = calls[0]!.args as number[];
      assert.is(addr! % ps, 0, "page-aligned");
      // From the first byte's page to the last byte (FlushViewOfFile rounds to whole pages itself).
      const bytes = (offset % ps) + f.length;
      assert.ok(len! >= bytes && len! <= Math.ceil(bytes / ps) * ps, `every page of the window: ${len}`);
      const part = traced(() => f.flush({ offset: ps - 10, length: 20 })).filter((c) =>
        c.call === "win.FlushViewOfFile"
      );
      assert.equal([(part[0]!.args[0] as number) - addr!, part[0]!.args[1]], [0, 2 * ps], "a range: its pages");
      assert.ok(same(readBack(path).subarray(offset), f.bytes), "the file reads the writes");
    });

    t("mapped (Windows): flush({ async: true }) is FlushViewOfFile alone", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset, engine: "mapped" });
      poke(f);
      const calls = traced(() => f.flush({ async: true })).filter((c) => c.call.startsWith("win."));
      assert.equal(calls.map((c) => c.call), ["win.FlushViewOfFile"]);
      assert.ok(same(readBack(path).subarray(offset), f.bytes), "the file reads the writes");
    });
  }

  if (ctx.ffi && !WINDOWS) {
    t("mapped: flush() is msync(MS_SYNC) over every page of the window", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset, engine: "mapped" });
      poke(f);
      const calls = only(traced(() => f.flush()), "sys.msync");
      assert.is(calls.length, 1, "one msync");
      const [addr, len, flags] = calls[0]!.args as number[];
      assert.ok((flags! & MS_SYNC) !== 0 && (flags! & MS_ASYNC) === 0, `flags ${flags}: MS_SYNC`);
      assert.is(addr! % ps, 0, "page-aligned");
      assert.is(len, Math.ceil(((offset % ps) + f.length) / ps) * ps, "every page of the window");
      assert.ok(same(readBack(path).subarray(offset), f.bytes), "the file reads the writes");
    });

    t("mapped: flush({ offset, length }) syncs only the pages of the range, at their address", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset, engine: "mapped" });
      poke(f);
      const whole = only(traced(() => f.flush()), "sys.msync")[0]!.args as number[];
      const part = only(traced(() => f.flush({ offset: 2 * ps + 1, length: 10 })), "sys.msync");
      assert.is(part.length, 1);
      const [addr, len, flags] = part[0]!.args as number[];
      // View byte 2·ps+1 is file byte 3·ps+8: the window's third page, one page long.
      assert.is(addr! - whole[0]!, 2 * ps, "the page holding the range");
      assert.is(len, ps);
      assert.ok((flags! & MS_SYNC) !== 0);
      // A range crossing a page boundary covers both pages.
      const cross = only(traced(() => f.flush({ offset: ps - 10, length: 20 })), "sys.msync")[0]!.args as number[];
      assert.is(cross[0]! - whole[0]!, 0);
      assert.is(cross[1], 2 * ps);
    });

    t("mapped: flush({ async: true }) is msync(MS_ASYNC)", () => {
      const { path } = fixture(ctx.tmp, size);
      using f = api.open(path, { mode: "write", offset, engine: "mapped" });
      poke(f);
      const calls = only(traced(() => f.flush({ async: true })), "sys.msync");
      assert.is(calls.length, 1);
      const flags = calls[0]!.args[2] as number;
      assert.ok((flags & MS_ASYNC) !== 0 && (flags & MS_SYNC) === 0, `flags ${flags}: MS_ASYNC`);
      assert.ok(same(readBack(path).subarray(offset), f.bytes), "the file reads the writes");
    });
  }

  t("buffered: flush() is pwrite of the window, then fsync of the same descriptor", () => {
    const { path, data } = fixture(ctx.tmp, size);
    using f = api.open(path, { mode: "write", offset, engine: "buffered" });
    poke(f);
    const calls = traced(() => f.flush()).filter((c) => c.call.startsWith("io."));
    const writes = only(calls, "io.pwrite");
    assert.ok(writes.length >= 1, "pwrite");
    const fd = writes[0]!.args[0];
    // The bytes written, placed where pwrite put them, rebuild the window exactly.
    const file = data.slice();
    for (const w of writes) {
      assert.is(w.args[0], fd);
      file.set(w.args[1] as Uint8Array, w.args[2] as number);
    }
    assert.ok(same(file.subarray(offset), f.bytes), "pwrite wrote the window's bytes at its offset");
    const last = calls[calls.length - 1]!;
    assert.equal([last.call, last.args[0]], ["io.fsync", fd], "fsync after the last pwrite");
    assert.ok(same(readBack(path).subarray(offset), f.bytes));
  });

  t("buffered: flush({ offset, length }) writes exactly the range; { async: true } skips the fsync", () => {
    const { path } = fixture(ctx.tmp, size);
    using f = api.open(path, { mode: "write", offset, engine: "buffered" });
    poke(f);
    const part = traced(() => f.flush({ offset: 2 * ps + 1, length: 10 })).filter((c) => c.call.startsWith("io."));
    assert.equal(part.map((c) => c.call), ["io.pwrite", "io.fsync"]);
    assert.is(part[0]!.args[2], offset + 2 * ps + 1, "at the range's file offset");
    assert.ok(same(part[0]!.args[1] as Uint8Array, f.bytes.subarray(2 * ps + 1, 2 * ps + 11)), "the range's bytes");
    const quick = traced(() => f.flush({ async: true })).filter((c) => c.call.startsWith("io."));
    assert.ok(quick.length >= 1 && quick.every((c) => c.call === "io.pwrite"), "pwrite, no fsync");
    assert.ok(same(readBack(path).subarray(offset), f.bytes), "the file reads the writes");
  });

  for (const engine of ctx.engines) {
    t(`transform(path, …, { sync: true }) fsyncs the file; without it, no fsync [${engine}]`, () => {
      const { path, data } = fixture(ctx.tmp, size);
      const op = { xor: 0x3c };
      const syncs = only(traced(() => api.transform(path, op, { offset, engine, sync: true })), "io.fsync");
      assert.is(syncs.length, 1, "one fsync");
      const want = data.slice();
      want.set(transformLoop(data.subarray(offset), op), offset);
      assert.ok(same(readBack(path), want));
      const none = only(traced(() => api.transform(path, op, { offset, engine })), "io.fsync");
      assert.is(none.length, 0, "written back asynchronously");
      assert.ok(same(readBack(path), data), "xor twice: the original bytes");
    });
  }

  t("after flush() the page cache can drop every page, and the bytes read back from the file", () => {
    if (!ctx.ffi) {
      return skip("durability: page cache dropped after flush", "needs a mapping to ask the page cache (FFI)");
    }
    // Calibration: a file written and fsynced with node:fs must leave no page behind.
    const control = fixture(ctx.tmp, size);
    syncFile(control.path);
    const left = residentAfterDrop(api, control.path);
    if (left !== 0) {
      return skip("durability: page cache dropped after flush", `this file system kept ${left} clean pages`);
    }
    for (const engine of ctx.engines) {
      for (const range of [undefined, { offset: 0, length: 5 * ps }]) {
        const { path } = fixture(ctx.tmp, size);
        syncFile(path);
        const f = api.open(path, { mode: "write", offset, engine });
        poke(f);
        const want = f.bytes.slice();
        f.flush(range);
        // The mapped window is unmapped first (the page cache keeps pages someone maps). The
        // buffered one is asked while still open: its close() writes the window again
        // (asynchronously, the same bytes), which would dirty the pages anew.
        if (engine === "mapped") f.close();
        // Dirty pages cannot be dropped: every page gone means every write was on disk.
        const resident = residentAfterDrop(api, path);
        if (engine === "buffered") f.close();
        assert.is(resident, 0, `[${engine}, ${range ? "range" : "whole"}] ${resident} pages still dirty after flush()`);
        assert.ok(same(readBack(path).subarray(offset), want), `[${engine}] the bytes are in the file`);
      }
    }
  });

  t.run();
};

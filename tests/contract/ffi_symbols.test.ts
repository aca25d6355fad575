/**
 * One libc table for every FFI: the runtime's adapter binds exactly core's `libcSymbols` rows for
 * this OS (the test compares its `Sys.symbols` with the table, so Node, Deno and Bun bind one
 * set), the bound functions reach the real libc (oracles: process.pid, node:fs reading back what
 * open/pwrite/close wrote), and the one generic translation treats a missing row the same way in
 * every dialect: optional → left out, required → ENOFFI naming it, another OS's → not bound.
 * Without FFI (Deno without --allow-ffi) the adapter refuses with ENOFFI and the flag to add.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import process from "node:process";
import {
  type Dialect,
  libcSymbols,
  libcSys,
  MmapError,
  openLibc,
  platformFor,
  type Sys,
  winSymbols,
  type WinSys,
} from "@mmapkit/core";
import type { Register } from "../_ctx.ts";

interface Adapter {
  loadSys(): Sys;
  dialect(): Dialect;
  loadWinSys(): WinSys | undefined;
}

/** The adapter of `runtime`, from its sources (compiled beside the tests on Node). */
const adapterOf = (runtime: string): Promise<Adapter> => import(`../../adapters/${runtime}/src/mod.ts`);

const osName = (): string => process.platform;

export const register: Register = (ctx) => {
  const t = suite(`ffi symbol table [${ctx.runtime}]`);

  if (!ctx.ffi) {
    t("without FFI the adapter refuses with ENOFFI and says which flag to add", async () => {
      const { loadSys } = await adapterOf(ctx.runtime);
      assert.throws(
        () => loadSys(),
        (e: unknown) => e instanceof Error && /ENOFFI/.test(e.message) && /--allow-ffi/.test(e.message),
      );
    });
    t.run();
    return;
  }

  if (osName() === "win32") {
    // No libc on Windows: the adapter binds core's kernel32 table instead.
    t(
      "Windows: the adapter binds every kernel32 row, and the calls reach kernel32 (a file's size as node:fs sees it)",
      async () => {
        const win = (await adapterOf(ctx.runtime)).loadWinSys();
        assert.ok(win !== undefined, "kernel32 bound");
        for (const [name, row] of Object.entries(winSymbols)) {
          if (!("optional" in row)) assert.type(win.fn[name as keyof WinSys["fn"]], "function", name);
        }
        const path = join(ctx.tmp, `ffi-${ctx.runtime}-é.bin`);
        fs.writeFileSync(path, new Uint8Array(12345));
        const name = new Uint8Array(Buffer.from(`${win.fullPath(path)}\0`, "utf16le"));
        const GENERIC_READ = 0x80000000, FILE_SHARE_READ = 1, OPEN_EXISTING = 3;
        const h = win.fn.CreateFileW(name, GENERIC_READ, FILE_SHARE_READ, 0, OPEN_EXISTING, 0, 0);
        assert.ok(h !== -1 && h !== 0, `CreateFileW: error ${win.fn.GetLastError()}`);
        const size = new Uint8Array(8);
        try {
          assert.is(win.fn.GetFileSizeEx(h, size), 1);
        } finally {
          win.fn.CloseHandle(h);
        }
        assert.is(Number(new DataView(size.buffer).getBigInt64(0, true)), fs.statSync(path).size);
      },
    );
    t.run();
    return;
  }

  t("the adapter binds every row of core's libc table for this OS, and nothing else", async () => {
    const sys = (await adapterOf(ctx.runtime)).loadSys();
    const expected = Object.entries(libcSymbols)
      .filter(([, s]) => !("platforms" in s) || (s.platforms as readonly string[]).includes(osName()))
      .map(([name]) => name);
    assert.equal([...sys.symbols].sort(), expected.sort());
    assert.ok(sys.symbols.includes("open") && !sys.symbols.includes("munmap"));
    // futex off the main thread: koffi and Deno have an asynchronous call, bun:ffi has none.
    assert.is(typeof sys.futexAsync, ctx.runtime === "bun" || osName() !== "linux" ? "undefined" : "function");
  });

  t("the bound functions reach libc: getpid, geteuid, and open/pwrite/close read back with node:fs", async () => {
    const sys = (await adapterOf(ctx.runtime)).loadSys();
    const p = platformFor(sys.os, sys.arch)!;
    assert.is(sys.getpid(), process.pid);
    assert.is(sys.geteuid(), process.geteuid!());
    const path = join(ctx.tmp, `ffi-${ctx.runtime}-é.bin`);
    const fd = sys.open(path, p.O_WRONLY | p.O_CREAT | p.O_TRUNC, 0o644);
    assert.ok(fd >= 0, `open: errno ${sys.errno()}`);
    const data = new Uint8Array(4099).map((_, i) => (i * 7 + 3) & 255);
    assert.is(sys.pwrite(fd, data, 5), data.length);
    assert.is(sys.close(fd), 0);
    const back = fs.readFileSync(path);
    assert.is(back.length, 5 + data.length);
    assert.equal([...back.subarray(5)], [...data]);
    assert.is(sys.unlink(path), 0);
    assert.not.ok(fs.existsSync(path));
    // A descriptor that is never open (closing `fd` again could close one another thread opened since).
    assert.is(sys.close(-1), -1);
    assert.is(p.errnoNames[sys.errno()], "EBADF");
  });

  t(
    "one translation for a missing row: optional left out, required ENOFFI naming it, another OS's not bound",
    async () => {
      const sys = (await adapterOf(ctx.runtime)).loadSys();
      const dialect = (await adapterOf(ctx.runtime)).dialect();
      const absent = { c: "int mmapkit_absent(void)", args: [], result: "i32" } as const;
      const got = openLibc(dialect, osName(), {
        getpid: libcSymbols.getpid,
        mmapkit_absent: { ...absent, optional: true },
        elsewhere: { ...absent, platforms: ["no-such-os"] },
      });
      assert.equal(got.names, ["getpid"]);
      assert.is(got.fns.mmapkit_absent, undefined);
      assert.is(got.fns.elsewhere, undefined);
      assert.is(got.fns.getpid!(), process.pid);
      assert.throws(
        () => openLibc(dialect, osName(), { getpid: libcSymbols.getpid, mmapkit_absent: absent }),
        (e: unknown) => e instanceof MmapError && e.code === "ENOFFI" && /has no mmapkit_absent/.test(e.message),
      );
      // A libc without posix_fadvise/posix_fallocate (macOS): the calls answer ENOSYS, as the C calls would.
      const bound = openLibc(dialect, osName());
      const lacking = { ...bound, fns: { ...bound.fns, posix_fadvise: undefined, posix_fallocate: undefined } };
      const partial = libcSys(lacking, { ...sys, errno: () => 0, addressOf: () => 0, tmpdir: () => ctx.tmp });
      assert.is(partial.fadvise(0, 0, 0, 0), os.constants.errno.ENOSYS);
      assert.is(partial.fallocate(0, 0, 0), os.constants.errno.ENOSYS);
      assert.is(partial.getpid(), process.pid);
    },
  );

  t("no C library among an OS's candidates: ENOFFI naming the files tried", async () => {
    const dialect = (await adapterOf(ctx.runtime)).dialect();
    // An OS mmapkit has no names for gets the BSD ones (libc.so.7, libc.so): neither opens on Linux.
    assert.throws(
      () => openLibc(dialect, "mmapkit-test-os"),
      (e: unknown) => e instanceof MmapError && e.code === "ENOFFI" && /tried libc\.so\.7, libc\.so\)/.test(e.message),
    );
  });

  t.run();
};

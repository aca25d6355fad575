/**
 * Deno's permission flags: a call Deno denies is an `MmapError` "EACCES" whose message names the
 * flag to add, and the file is left as it was. Runs the try_open fixture in a Deno child with
 * fewer permissions than the suite has. Deno only (Node and Bun have no permission system here).
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import type { Register } from "../_ctx.ts";
import { skip } from "../_skip.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

export const register: Register = (ctx) => {
  if (ctx.runtime !== "deno") return skip("deno permissions", "only Deno has permission flags", false);
  const t = suite(`Deno permissions [${ctx.runtime}]`);
  const path = join(ctx.tmp, "deno-permissions.bin");
  const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) & 0xff);

  const tryOpen = (flags: string[], mode: string): { code: string | null; mmapError: boolean; message?: string } => {
    const fixture = join(root, "tests", "fixtures", "try_open.ts");
    // Deno's node:child_process hands its own permissions to a child spawned as process.execPath;
    // the same executable named by another path string gets only the flags given here.
    const deno = process.execPath.replace(/\/([^/]+)$/, "/./$1");
    const r = spawnSync(deno, ["run", "--no-prompt", ...flags, fixture, path, mode, "buffered"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    const line = (r.stdout ?? "").split("\n").filter((l) => l.startsWith("{")).pop();
    assert.ok(line !== undefined, `the fixture printed no result (status ${r.status}): ${r.stderr}`);
    return JSON.parse(line ?? "{}");
  };

  t("no --allow-read: open is EACCES and names --allow-read", () => {
    writeFileSync(path, bytes);
    const out = tryOpen([], "read");
    assert.ok(out.mmapError, JSON.stringify(out));
    assert.is(out.code, "EACCES", out.message);
    assert.match(out.message ?? "", "--allow-read");
  });

  t("--allow-read without --allow-write: a write open is EACCES, names --allow-write, changes nothing", () => {
    writeFileSync(path, bytes);
    const out = tryOpen([`--allow-read`], "write");
    assert.ok(out.mmapError, JSON.stringify(out));
    assert.is(out.code, "EACCES", out.message);
    assert.match(out.message ?? "", "--allow-write");
    assert.equal(new Uint8Array(readFileSync(path)), bytes, "the file is unchanged");
  });

  t("--allow-read: a read open works on the buffered engine", () => {
    writeFileSync(path, bytes);
    const out = tryOpen([`--allow-read`], "read") as { code: string | null; length?: number };
    assert.is(out.code, null, JSON.stringify(out));
    assert.is(out.length, bytes.length);
  });

  if (ctx.ffi) {
    t("the README's flags (--allow-ffi --allow-read --allow-write): shared() as the first call works, mapped", () => {
      const name = `mmapkit-deno-flags-${process.pid}`;
      const fixture = join(root, "tests", "fixtures", "shm_grow.ts");
      const deno = process.execPath.replace(/\/([^/]+)$/, "/./$1");
      try {
        const r = spawnSync(deno, [
          "run",
          "--no-prompt",
          "--allow-ffi",
          "--allow-read",
          "--allow-write",
          fixture,
          name,
          "8192",
        ], { cwd: root, encoding: "utf8", timeout: 60_000 });
        assert.is(r.status, 0, `${r.stdout}${r.stderr}`);
        assert.equal(JSON.parse(r.stdout.trim()), { length: 8192 });
      } finally {
        rmSync(`/dev/shm/${name}`, { force: true });
      }
    });
  }

  t.run();
};

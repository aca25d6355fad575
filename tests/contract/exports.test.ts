/** Publishing: package.json and deno.json export the same keys; every runtime gets the same API. @module */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import type { Register } from "../_ctx.ts";

const root = new URL("../../", import.meta.url.replace("/dist/tests/", "/tests/"));
const json = (p: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(p, root), "utf8"));

/** The names DESIGN §4 fixes (kernels and shared memory join as they land). */
export const PUBLIC_NAMES: readonly string[] = [
  "open",
  "anonymous",
  "MmapError",
  "pageSize",
  "maxWindow",
  "count",
  "indexOf",
  "findAll",
  "checksum",
  "transform",
  "shared",
  "unlinkShared",
  "Mutex",
  "Channel",
];

export const register: Register = (ctx) => {
  const t = suite(`exports [${ctx.runtime}]`);

  t("package.json and deno.json export the same keys", () => {
    const pkg = json("packages/mmapkit/package.json") as { exports: Record<string, unknown> };
    const deno = json("deno.json") as { exports: Record<string, unknown> };
    assert.equal(Object.keys(pkg.exports).sort(), Object.keys(deno.exports).sort());
  });

  t("conditions come in the order types, bun, deno, node, default", () => {
    const pkg = json("packages/mmapkit/package.json") as { exports: Record<string, Record<string, string>> };
    const order = ["types", "bun", "deno", "node", "default"];
    for (const [key, conditions] of Object.entries(pkg.exports)) {
      const keys = Object.keys(conditions);
      const positions = keys.map((k) => order.indexOf(k));
      assert.ok(positions.every((p) => p >= 0), `${key}: unknown condition in ${keys}`);
      assert.equal(positions, [...positions].sort((a, b) => a - b), `${key}: ${keys}`);
    }
    assert.equal(Object.keys(pkg.exports["."]!), order);
  });

  t("the runtime's entry exports every public name", () => {
    for (const name of PUBLIC_NAMES) assert.ok(name in ctx.api, name);
    assert.is(typeof ctx.api.open, "function");
    assert.ok(ctx.api.pageSize >= 4096 && (ctx.api.pageSize & (ctx.api.pageSize - 1)) === 0);
    assert.ok(ctx.api.maxWindow > 4 * 1024 ** 3 - 1024 ** 2 && ctx.api.maxWindow % ctx.api.pageSize === 0);
    const expected = ctx.runtime === "deno" && !ctx.ffi ? "portable" : ctx.runtime;
    assert.is(ctx.api.runtimeInfo().runtime, expected);
  });

  t.run();
};

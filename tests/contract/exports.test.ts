/** Publishing: package.json and deno.json export the same keys; every runtime gets the same API. @module */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { existsSync, readFileSync } from "node:fs";
import process from "node:process";
import type { Register } from "../_ctx.ts";

const root = new URL("../../", import.meta.url.replace("/dist/tests/", "/tests/"));
const json = (p: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(p, root), "utf8"));

/** The public names every runtime entry exports. */
export const PUBLIC_NAMES: readonly string[] = [
  "open",
  "anonymous",
  "MmapError",
  "pageSize",
  "maxWindow",
  "count",
  "indexOf",
  "lastIndexOf",
  "findAll",
  "checksum",
  "createChecksum",
  "transform",
  "shared",
  "unlinkShared",
  "Mutex",
  "Channel",
];

export const register: Register = (ctx) => {
  const t = suite(`exports [${ctx.runtime}]`);

  t("every export of the npm package resolves to a built file, with types", () => {
    const pkg = json("packages/mmapkit/package.json") as { exports: Record<string, string | Record<string, string>> };
    for (const [key, target] of Object.entries(pkg.exports)) {
      const files = typeof target === "string" ? [target] : Object.values(target);
      for (const file of files) {
        assert.ok(existsSync(new URL(`packages/mmapkit/${file}`, root)), `${key} → ${file} exists`);
      }
      if (key !== "./package.json") {
        assert.ok(typeof target !== "string" && target.types?.endsWith(".d.ts"), `${key} has types`);
      }
    }
  });

  t("conditions come in the order types, bun, deno, node, default", () => {
    const pkg = json("packages/mmapkit/package.json") as { exports: Record<string, string | Record<string, string>> };
    const order = ["types", "bun", "deno", "node", "default"];
    for (const [key, conditions] of Object.entries(pkg.exports)) {
      if (typeof conditions === "string") continue;
      const keys = Object.keys(conditions);
      const positions = keys.map((k) => order.indexOf(k));
      assert.ok(positions.every((p) => p >= 0), `${key}: unknown condition in ${keys}`);
      assert.equal(positions, [...positions].sort((a, b) => a - b), `${key}: ${keys}`);
      assert.is(keys.at(-1), "default", `${key} ends with default`);
    }
    assert.equal(Object.keys(pkg.exports["."]!), order);
  });

  t("the JSR package exports the Deno entry, the promise API and the Deno CLI, and publishes them", () => {
    const deno = json("deno.json") as {
      exports: Record<string, string>;
      publish: { include: string[]; exclude: string[] };
    };
    assert.equal(deno.exports, {
      ".": "./packages/mmapkit/src/deno.ts",
      "./promises": "./packages/mmapkit/src/promises_deno.ts",
      "./cli": "./packages/mmapkit/src/cli/deno.ts",
    });
    for (const file of Object.values(deno.exports)) {
      const path = file.slice(2);
      assert.ok(existsSync(new URL(path, root)), file);
      assert.ok(deno.publish.include.some((dir) => path.startsWith(dir)), `${file} is included`);
      assert.ok(!deno.publish.exclude.some((ex) => path.startsWith(ex)), `${file} is not excluded`);
    }
    assert.ok(deno.publish.include.includes("packages/core/src/"), "the core, with the kernel bytes, is published");
  });

  t("mmapkit/cli runs nothing when imported and exports run(argv), which resolves to the exit status", async () => {
    const before = process.exitCode;
    const cli = await import("mmapkit/cli");
    assert.is(typeof cli.run, "function");
    assert.is(process.exitCode, before, "importing ran no command line");
    assert.is(await cli.run(["no-such-command"]), 2, "bad usage is status 2 (its message goes to stderr)");
    assert.is(process.exitCode, before, "run() leaves the process's exit code to its caller");
  });

  t("mmapkit/promises has the kernels, as promises, on every runtime", async () => {
    const p = await import("mmapkit/promises");
    assert.equal(Object.keys(p).sort(), ["checksum", "count", "findAll", "indexOf", "lastIndexOf", "transform"]);
    assert.instance(p.count(new Uint8Array(3), 0), Promise);
    assert.is(await p.count(Uint8Array.of(1, 0, 0), 0), 2);
  });

  t("internal hooks are not exported", () => {
    for (const name of ["install", "runtime", "createRuntime", "defineAdapter"]) {
      assert.not.ok(name in ctx.api, name);
    }
  });

  t("the runtime's entry exports every public name", () => {
    for (const name of PUBLIC_NAMES) assert.ok(name in ctx.api, name);
    assert.is(typeof ctx.api.open, "function");
    assert.ok(ctx.api.pageSize >= 4096 && (ctx.api.pageSize & (ctx.api.pageSize - 1)) === 0);
    assert.ok(ctx.api.maxWindow > 4 * 1024 ** 3 - 1024 ** 2 && ctx.api.maxWindow % ctx.api.pageSize === 0);
    assert.is(ctx.api.runtimeInfo().runtime, ctx.runtime);
  });

  t("the kernel takes the code shapes of the engine running it", () => {
    assert.is(ctx.api.runtimeInfo().kernelShapes, ctx.runtime === "bun" ? "javascriptcore" : "v8");
  });

  t.run();
};

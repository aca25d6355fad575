/**
 * `mmapkit transform` as a process: each op against the DataView-loop oracle, `--dry-run`
 * writes nothing and counts what would change, the refusal without `--yes` when standard input
 * is not a terminal, and sizes that are not whole elements.
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { basename } from "node:path";
import type { Register } from "../_ctx.ts";
import { fixture, readBack, same } from "../_files.ts";
import { countLoop, transformLoop } from "../_oracles.ts";
import { cli, exits, oneLine } from "./_cli.ts";

export const register: Register = (ctx) => {
  const t = suite(`cli transform [${ctx.runtime}]`);

  t("--xor, --add, --swap, --map with --yes change the file as the oracle does", async () => {
    const cases: [string[], Record<string, unknown>][] = [
      [["--xor", "hex:01ff7e"], { xor: Uint8Array.of(1, 0xff, 0x7e) }],
      [["--add=-3", "--type", "i32"], { add: -3, type: "i32" }],
      [["--swap", "8"], { swap: 8 }],
      [["--map", "0x00:0xff", "--map", "a:b"], {
        map: Uint8Array.from({ length: 256 }, (_, i) => i === 0 ? 255 : i === 97 ? 98 : i),
      }],
    ];
    const files = cases.map(() => fixture(ctx.tmp, 8 * 3000));
    const runs = await Promise.all(
      cases.map(([args], i) => cli(ctx, ["transform", ...args, "--yes", basename(files[i]!.path)])),
    );
    for (const [i, [args, op]] of cases.entries()) {
      exits(runs[i]!, 0, args.join(" "));
      assert.ok(same(readBack(files[i]!.path), transformLoop(files[i]!.data, op)), args.join(" "));
    }
  });

  t("--dry-run writes nothing and says how many bytes would change", async () => {
    const f = fixture(ctx.tmp, 10_000);
    const r = await cli(ctx, [
      "transform",
      "--map",
      "0:1",
      "--map",
      "0x20:0x21",
      "--dry-run",
      "--json",
      basename(f.path),
    ]);
    exits(r, 0, "dry run");
    const out = JSON.parse(r.stdout) as { dryRun: boolean; size: number; changedBytes: number };
    assert.is(out.dryRun, true);
    assert.is(out.size, 10_000);
    assert.is(out.changedBytes, countLoop(f.data, 0) + countLoop(f.data, 0x20));
    assert.ok(same(readBack(f.path), f.data), "unchanged");
  });

  t(
    "without --yes, standard input not a terminal: refuses (exit 2, one line naming --yes), file unchanged",
    async () => {
      const f = fixture(ctx.tmp, 4096);
      const r = await cli(ctx, ["transform", "--xor", "1", basename(f.path)]);
      exits(r, 2, "no --yes");
      oneLine(r, "no --yes");
      assert.match(r.stderr, "--yes");
      assert.ok(same(readBack(f.path), f.data), "unchanged");
    },
  );

  t("a size that is not whole elements: exit 1, file unchanged; bad ops: exit 2", async () => {
    const f = fixture(ctx.tmp, 4099);
    const name = basename(f.path);
    const r = await cli(ctx, ["transform", "--swap", "4", "-y", name]);
    exits(r, 1, "4099 bytes, swap 4");
    oneLine(r, "4099 bytes");
    assert.ok(same(readBack(f.path), f.data), "unchanged");
    const cases = [
      ["--xor", "256"],
      ["--add", "1"],
      ["--add", "1", "--type", "toString"], // a name every object has is no element type
      ["--xor", "1", "--swap", "2"],
    ];
    const runs = await Promise.all(cases.map((args) => cli(ctx, ["transform", ...args, "-y", name])));
    for (const [i, args] of cases.entries()) {
      exits(runs[i]!, 2, args.join(" "));
      oneLine(runs[i]!, args.join(" "));
    }
    assert.ok(same(readBack(f.path), f.data), "unchanged");
  });

  t.run();
};

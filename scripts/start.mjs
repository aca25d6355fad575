// npm start: the main job — the mmapkit CLI's benchmark on a generated file, printing the
// comparison table. Builds the kernel (skipped when unchanged) and the package first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ["wasm/scripts/build.mjs"]);
const pkg = join(root, "packages", "mmapkit");
const r = spawnSync(join(root, "node_modules", ".bin", "tsdown"), ["--log-level", "warn"], {
  cwd: pkg,
  stdio: "inherit",
});
if (r.status !== 0) process.exit(r.status ?? 1);
const cli = join(pkg, "bin", "mmapkit.mjs");
if (!existsSync(cli)) {
  console.error("the mmapkit CLI is not built yet (packages/mmapkit/bin/mmapkit.mjs)");
  process.exit(1);
}
run(process.execPath, [cli, "bench", ...process.argv.slice(2)]);

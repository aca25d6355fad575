// npm run mutants: a listed set of named mutants (planted bugs), each applied alone to a copy of
// the repository, rebuilt, and run against the Node suite restricted to the test files that
// should catch it (named on the runner's command line). A mutant is killed when that run fails. Prints one line
// per mutant and the score; exits 1 when a mutant survives or the unmutated copy fails.
// Usage: node scripts/mutants.mjs [name-substring…]; MMAPKIT_MUTANT_MODULES overrides the test files.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const core = "packages/core/src";

/**
 * Each mutant: a name, the file, the exact text to replace (must occur once), its replacement,
 * and the test files that should catch it.
 */
const MUTANTS = [
  {
    name: "msync never called (mapped flush is a no-op)",
    file: `${core}/engine_mapped.ts`,
    search: 'if (this.#sys.msync(addr, len, flags) !== 0) this.#fail("msync");',
    replace: "",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "msync flags swapped (flush() asynchronous, { async } synchronous)",
    file: `${core}/engine_mapped.ts`,
    search: "const flags = (async ? p.MS_ASYNC : p.MS_SYNC)",
    replace: "const flags = (async ? p.MS_SYNC : p.MS_ASYNC)",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "msync misses the last partial page of the range",
    file: `${core}/engine_mapped.ts`,
    search: "const to = Math.min(alignUp(this.#delta + start + length, ps), this.#pl.mapLen);",
    replace: "const to = Math.min(alignDown(this.#delta + start + length, ps), this.#pl.mapLen);",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "no fsync in the buffered engine's flush()",
    file: `${core}/engine_buffered.ts`,
    search: "if (wrote && !async) this.#rt.io.fsync(this.#o.fd);",
    replace: "",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "buffered flush writes the whole window, not the range",
    file: `${core}/engine_buffered.ts`,
    search: "this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(bs, be), this.#offset + bs);",
    replace: "this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(0, this.#used), this.#offset);",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "buffered flush writes no changed block back",
    file: `${core}/engine_buffered.ts`,
    search:
      "      this.#rt.io.pwrite(this.#o.fd, this.#view.subarray(bs, be), this.#offset + bs);\n      wrote = true;",
    replace: "      wrote = true;",
    modules: ["tests/reliability/faults.test.ts"],
  },
  {
    name: "transform(path, { sync: true }) does not fsync",
    file: `${core}/kernels/walk.ts`,
    search: "if (plan.write && options.sync === true) rt.io.fsync(fd);",
    replace: "",
    modules: ["tests/contract/durability.test.ts"],
  },
  {
    name: "crc32c ignores its seed",
    file: `${core}/kernels/_checksum_state.ts`,
    search: "this.#value = this.#pending = previousOf(seed, row.start ?? 0, what);",
    replace: "this.#value = this.#pending = previousOf(seed, row.start ?? 0, what);\n" +
      '      if (algorithm === "crc32c") this.#value = this.#pending = 0;',
    modules: ["tests/contract/claims.test.ts"],
  },
  {
    name: "adler32 ignores its seed",
    file: `${core}/kernels/_checksum_state.ts`,
    search: "this.#value = this.#pending = previousOf(seed, row.start ?? 0, what);",
    replace: "this.#value = this.#pending = previousOf(seed, row.start ?? 0, what);\n" +
      '      if (algorithm === "adler32") this.#value = this.#pending = 1;',
    modules: ["tests/contract/claims.test.ts"],
  },
  {
    name: "findAll drops overlapping matches",
    file: `${core}/kernels/scan.ts`,
    search: "for (let i = 0; i < got; i++) out.push(c.pos + skip + results[i]!);",
    replace:
      "for (let i = 0; i < got; i++) { const v = c.pos + skip + results[i]!; if (out.length === 0 || v >= out[out.length - 1]! + n.length) out.push(v); }",
    modules: ["tests/contract/claims.test.ts", "tests/reliability/properties.test.ts"],
  },
  {
    name: "window boundary off by one (a path walk's next window starts one byte early)",
    file: `${core}/kernels/walk.ts`,
    search: "    split(start, start + length, max, overlap, (pos, len) => {\n      shrunk(pos + len);",
    replace: "    split(start, start + length, max, overlap + 1, (pos, len) => {\n      shrunk(pos + len);",
    modules: ["tests/reliability/properties.test.ts"],
  },
  {
    name: "chunks do not overlap (a match across a chunk boundary is missed)",
    file: `${core}/kernels/scan.ts`,
    search: '{ what: "findAll", overlap: n.length - 1 }',
    replace: '{ what: "findAll", overlap: 0 }',
    modules: ["tests/contract/claims.test.ts", "tests/reliability/properties.test.ts"],
  },
  {
    name: "walk skips the size re-check between chunks",
    file: `${core}/kernels/walk.ts`,
    search: "if (!first) shrunk(pos + p + l);",
    replace: "",
    modules: ["tests/reliability/faults.test.ts"],
  },
  {
    name: "shared(): symbolic links followed (no O_NOFOLLOW)",
    file: `${core}/shared.ts`,
    search: "noFollow: true,",
    replace: "noFollow: false,",
    modules: ["tests/contract/shared_hardening.test.ts"],
  },
  {
    name: "Channel: a corrupt head/tail pair accepted",
    file: `${core}/channel.ts`,
    search: "if (used > this.#cap) {",
    replace: "if (used > 2 * this.#cap) {",
    modules: ["tests/contract/shared_hardening.test.ts"],
  },
  {
    name: "Mutex: a dead holder is not recovered",
    file: `${core}/mutex.ts`,
    search: "} else if (probe && !holderAlive(this.#span.rt, owner)) {",
    replace: "} else if (probe && false) {",
    modules: ["tests/contract/shared.test.ts"],
  },
  {
    name: "a mapping dropped without close() keeps its descriptor (no finalizer)",
    file: `${core}/mapped_file.ts`,
    search: "dropped.register(this, { close: (fd) => io.close(fd), fd }, this);",
    replace: "",
    modules: ["tests/contract/shared_hardening.test.ts"],
  },
  {
    name: "kernel workers reopen a file mapping by its path, not its descriptor",
    file: "packages/mmapkit/src/parallel/plan.ts",
    search: "const path = `/proc/self/fd/${fd}`;",
    replace: "const path = source.path;",
    modules: ["tests/contract/parallel.test.ts"],
  },
];

const wanted = process.argv.slice(2);
// MMAPKIT_MUTANT_MODULES=a,b runs every chosen mutant against those test files instead of its own
// (e.g. to see whether the rest of the suite would catch it).
const override = process.env.MMAPKIT_MUTANT_MODULES?.split(",").filter(Boolean);
const chosen = MUTANTS.filter((m) => wanted.length === 0 || wanted.some((w) => m.name.includes(w)))
  .map((m) => (override ? { ...m, modules: override } : m));

/** A copy of the repository whose node_modules links to ours, except the workspace packages. */
function makeCopy() {
  const dir = mkdtempSync(join(tmpdir(), "mmapkit-mutants-"));
  chmodSync(dir, 0o755); // the permission rows run a fixture as another user, who must reach it
  for (const name of ["packages", "adapters", "tests", "wasm", "types", "bench", "scripts"]) {
    cpSync(join(root, name), join(dir, name), {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist)$/.test(src) && !src.endsWith(".tsbuildinfo"),
    });
  }
  for (const f of readdirSync(root)) {
    if (/\.(json|ts)$/.test(f) || f === "README.md" || f === "LICENSE") cpSync(join(root, f), join(dir, f));
  }
  mkdirSync(join(dir, "node_modules", "@mmapkit"), { recursive: true });
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry === "mmapkit" || entry === "@mmapkit") continue;
    symlinkSync(join(root, "node_modules", entry), join(dir, "node_modules", entry));
  }
  symlinkSync(join(dir, "packages", "mmapkit"), join(dir, "node_modules", "mmapkit"));
  for (
    const [name, where] of [
      ["core", "packages/core"],
      ["adapter-node", "adapters/node"],
      ["adapter-deno", "adapters/deno"],
      ["adapter-bun", "adapters/bun"],
      ["adapter-portable", "adapters/portable"],
    ]
  ) {
    symlinkSync(join(dir, where), join(dir, "node_modules", "@mmapkit", name));
  }
  return dir;
}

function sh(dir, cmd, args, env = {}) {
  return spawnSync(cmd, args, {
    cwd: dir,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, FORCE_COLOR: "0", ...env },
  });
}

/** Rebuilds the kernel (when its sources changed) and the bundle; with `tests`, compiles them too. */
function build(dir, tests = false) {
  const bin = (b) => join(root, "node_modules", ".bin", b);
  const steps = [
    [process.execPath, ["wasm/scripts/build.mjs"], dir],
    [bin("tsdown"), ["--log-level", "warn"], join(dir, "packages", "mmapkit")],
  ];
  if (tests) steps.push([bin("tsc"), ["-b"], dir]);
  for (const [cmd, args, cwd] of steps) {
    const r = sh(cwd, cmd, args);
    if (r.status !== 0) return `${cmd} ${args.join(" ")}: ${r.stdout}${r.stderr}`;
  }
  return "";
}

function runTests(dir, modules) {
  const t = Date.now();
  const r = sh(dir, process.execPath, ["--expose-gc", "dist/tests/run.node.js", ...modules]);
  const failed = r.status !== 0;
  const first = (r.stdout + r.stderr).split("\n").find((l) => /FAIL|✘|Error/.test(l)) ?? "";
  const out = (r.stdout + r.stderr).split("\n");
  const fails = out.flatMap((l, i) => (l.includes("FAIL") ? out.slice(i, i + 4) : [])).join("\n");
  return { failed, first: first.trim().slice(0, 160), fails, s: ((Date.now() - t) / 1000).toFixed(1) };
}

const dir = makeCopy();
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
const why = build(dir, true);
if (why) {
  console.error(`✘ the unmutated copy does not build: ${why}`);
  process.exit(1);
}
const allModules = [...new Set(chosen.flatMap((m) => m.modules))];
const clean = runTests(dir, allModules);
if (clean.failed) {
  console.error(`✘ the unmutated copy fails ${allModules.join(",")}:\n${clean.fails || clean.first}`);
  process.exit(1);
}
console.log(`unmutated: ${allModules.join(", ")} pass (${clean.s} s)`);

let killed = 0;
const survivors = [];
for (const m of chosen) {
  const path = join(dir, m.file);
  const original = readFileSync(path, "utf8");
  const hits = original.split(m.search).length - 1;
  if (hits !== 1) {
    console.log(`? ${m.name}: the search text occurs ${hits} times in ${m.file}; the mutant is stale`);
    survivors.push(`${m.name} (stale)`);
    continue;
  }
  writeFileSync(path, original.replace(m.search, () => m.replace));
  try {
    const broken = build(dir);
    if (broken) {
      console.log(`? ${m.name}: does not build (${broken.split("\n")[0]})`);
      survivors.push(`${m.name} (does not build)`);
      continue;
    }
    const r = runTests(dir, m.modules);
    if (r.failed) {
      killed++;
      console.log(`✔ killed   ${m.name} [${m.modules.join(",")}] (${r.s} s) ${r.first}`);
    } else {
      survivors.push(m.name);
      console.log(`✘ survived ${m.name} [${m.modules.join(",")}] (${r.s} s)`);
    }
  } finally {
    writeFileSync(path, original);
  }
}
console.log(
  `\nmutation score: ${killed}/${chosen.length} killed${
    survivors.length ? `; survivors: ${survivors.join("; ")}` : ""
  }`,
);
process.exit(survivors.length > 0 ? 1 : 0);

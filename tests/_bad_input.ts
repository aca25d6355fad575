/**
 * The bad-input harness shared by the bad-input tables (tests/contract/bad_input.test.ts for
 * open/anonymous/MappedFile, tests/reliability/bad_input_kernels.test.ts for the kernels): a
 * fixture directory per engine (a data file, an empty and a 1-byte file, a directory, a symlink
 * loop, a FIFO, a Unix socket), and the checks every row gets — an `MmapError` with the row's
 * code and a message that says what to do, the process alive and the library usable, no
 * descriptor leaked, every file of the fixture directory unchanged (kind, size, sha256).
 * @module
 */
import { suite, type Test } from "./_suite.ts";
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import * as net from "node:net";
import { createHash, randomBytes } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Api, Ctx } from "./_ctx.ts";
import { skip } from "./_skip.ts";
import { fdTargets, isRuntimePlumbing, newFds } from "./_fds.ts";

export type Engine = "mapped" | "buffered";
export type MappedFile = InstanceType<Api["MappedFile"]>;

/** The fixture directory of one engine's suite, and what rows need to build their calls. */
export interface Fx {
  readonly engine: Engine;
  readonly dir: string;
  /** A regular file of `size` bytes (not a multiple of the page size). */
  readonly data: string;
  readonly size: number;
  readonly first: number;
  readonly empty: string;
  /** A 1-byte file. */
  readonly one: string;
  /** A directory. */
  readonly sub: string;
  /** loop_a → loop_b → loop_a; "" where symbolic links cannot be made. */
  readonly loop: string;
  /** A FIFO; "" where there are none (Windows). */
  readonly fifo: string;
  /** A listening Unix socket, or "" when this runtime cannot make one. */
  readonly socket: string;
  /** A path that never exists. */
  readonly missing: string;
  /** A path that does not exist; rows that would create it must leave it absent. */
  readonly fresh: string;
  readonly pageSize: number;
  readonly maxWindow: number;
  /** Whether open() blocked on the FIFO in a child (then the FIFO rows fail without calling). */
  readonly fifoBlocks: { read: boolean; write: boolean };
  /** Options with this engine plus `extra`, typed loosely so rows can pass bad values. */
  o(extra?: Record<string, unknown>): never;
}

/** One bad input. */
export interface Row {
  readonly name: string;
  readonly code: string;
  /** Opens the mapping the call works on (closed by the harness afterwards). */
  readonly setup?: (api: Api, fx: Fx) => MappedFile;
  /** The bad call; `m` is what `setup` returned (undefined without setup). */
  readonly call: (api: Api, fx: Fx, m: MappedFile) => unknown;
  /** Why the row cannot run here (capability), or undefined. */
  readonly skip?: (fx: Fx, ctx: Ctx) => string | undefined;
  /** A path that must not exist after the call (files a failed call created and must remove). */
  readonly absent?: (fx: Fx) => string;
}

export const DATA_PAGES = 3;
export const DATA_TAIL = 123;

export const fifoGuard = (fx: Fx, mode: "read" | "write"): void => {
  if (fx.fifoBlocks[mode]) throw new Error(`open() of a FIFO in mode "${mode}" blocked (the child timed out)`);
};

// ---- checks --------------------------------------------------------------------------------------

/** The OS's own text for the codes rows meet: a message must say more than this. */
const OS_TEXT: readonly string[] = [
  "no such file or directory",
  "permission denied",
  "is a directory",
  "no such device",
  "no such device or address",
  "invalid argument",
  "too many levels of symbolic links",
  "not a directory",
  "file name too long",
];

/** Words that tell the reader what to do (or what is allowed). */
const ACTION =
  /\b(pass|use|open|check|map|close|allocate|resolve|raise|drop|choose|grow|slide|give|create|remove|shorten|must|only|needs?)\b/i;

/** Messages that are correct but do not say what to do, printed once per suite. */
export const vague: Map<string, string> = new Map();

export function describe(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message}`;
  return `${typeof e} ${String(e)}`;
}

/** Asserts a well-formed MmapError message: ours, past the code, more than the OS text. */
export function checkMessage(message: string, code: string, where: string): void {
  const prefix = `mmapkit: ${code}: `;
  assert.ok(
    message.startsWith(prefix),
    `${where}: the message should start with "${prefix}", got ${JSON.stringify(message)}`,
  );
  // What is left once quoted paths/values and a leading "syscall:" are removed.
  const body = message.slice(prefix.length).replace(/"(?:[^"\\]|\\.)*"/g, "").replace(/^[a-z_]+\s*:\s*/, "").trim();
  assert.ok(body.length >= 15, `${where}: the message says too little: ${JSON.stringify(message)}`);
  assert.ok(
    !OS_TEXT.includes(body.toLowerCase()),
    `${where}: the message is only the OS text: ${JSON.stringify(message)}`,
  );
  if (!ACTION.test(body)) vague.set(message.length > 200 ? `${message.slice(0, 200)}…` : message, where);
}

/** Asserts that `thrown` is an MmapError with `code` and a good message. */
export function checkError(api: Api, threw: boolean, thrown: unknown, code: string, where: string): void {
  assert.ok(threw, `${where}: expected MmapError ${code}, but the call returned`);
  if (!(thrown instanceof api.MmapError)) {
    assert.unreachable(`${where}: expected MmapError ${code}, got ${describe(thrown)}`);
    return;
  }
  assert.is(thrown.name, "MmapError", `${where}: name`);
  assert.is(thrown.code, code, `${where}: code (message: ${thrown.message})`);
  checkMessage(thrown.message, code, where);
}

/** Every entry under `dir` (never following links, never reading a FIFO): kind, size, sha256. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const path = join(d, name);
      const key = rel === "" ? name : `${rel}/${name}`;
      const st = fs.lstatSync(path);
      if (st.isSymbolicLink()) out[key] = `link → ${fs.readlinkSync(path)}`;
      else if (st.isDirectory()) {
        out[key] = "dir";
        walk(path, key);
      } else if (st.isFile()) {
        let digest: string;
        try {
          digest = createHash("sha256").update(fs.readFileSync(path)).digest("hex");
        } catch {
          digest = `unreadable, mtime ${st.mtimeMs}`; // a 0000 file when not root
        }
        out[key] = `file ${st.size} ${digest}`;
      } else if (st.isFIFO()) out[key] = "fifo";
      else if (st.isSocket()) out[key] = "socket";
      else out[key] = "other";
    }
  };
  walk(dir, "");
  return out;
}

function isMappedFile(api: Api, v: unknown): v is MappedFile {
  return v instanceof api.MappedFile;
}

/** The library still works after the row: a fresh mapping reads the data file. */
export function checkAlive(api: Api, fx: Fx, where: string): void {
  const f = api.open(fx.data, fx.o());
  try {
    assert.is(f.length, fx.size, `${where}: a new mapping after the row has the file's size`);
    assert.is(f.bytes[0], fx.first, `${where}: a new mapping after the row reads the file`);
  } finally {
    f.close();
  }
}

/** Runs one row and every check around it. */
export function runRow(ctx: Ctx, fx: Fx, row: Row): void {
  const { api } = ctx;
  const where = `${row.name} [${fx.engine}]`;
  const before = snapshot(fx.dir);
  const fds = fdTargets();
  let m: MappedFile | undefined;
  let threw = false;
  let thrown: unknown;
  try {
    m = row.setup?.(api, fx);
    try {
      const result = row.call(api, fx, m as MappedFile);
      if (isMappedFile(api, result)) result.close();
    } catch (e) {
      threw = true;
      thrown = e;
    }
  } finally {
    m?.close();
  }
  checkError(api, threw, thrown, row.code, where);
  assert.equal(snapshot(fx.dir), before, `${where}: the fixture directory must be unchanged`);
  if (row.absent !== undefined) {
    const path = row.absent(fx);
    assert.not.ok(fs.existsSync(path), `${where}: ${path} must not exist after the failed call`);
  }
  checkAlive(api, fx, where);
  // At most as many as before, the runtime's own plumbing left out: it may open or close its
  // sockets, pipes and event descriptors meanwhile.
  const now = fdTargets();
  const count = (list: string[]) => list.filter((t) => !isRuntimePlumbing(t)).length;
  assert.ok(
    count(now) <= count(fds),
    `${where}: no file descriptor leaked (${count(fds)} before, ${count(now)} after; new: ${
      newFds(fds, now).join(", ")
    })`,
  );
}

// ---- fixtures -----------------------------------------------------------------------------------

export function makeFixture(ctx: Ctx, engine: Engine, name: string): Omit<Fx, "socket" | "fifoBlocks"> {
  const { api } = ctx;
  const dir = join(ctx.tmp, `${name}-${engine}`);
  fs.mkdirSync(dir, { recursive: true });
  const size = DATA_PAGES * api.pageSize + DATA_TAIL;
  const bytes = randomBytes(size);
  const data = join(dir, "data.bin");
  fs.writeFileSync(data, bytes);
  const empty = join(dir, "empty.bin");
  fs.writeFileSync(empty, new Uint8Array(0));
  const one = join(dir, "one.bin");
  fs.writeFileSync(one, Uint8Array.of(0x61));
  const sub = join(dir, "sub");
  fs.mkdirSync(sub);
  fs.writeFileSync(join(sub, "inner.bin"), randomBytes(100));
  // Windows has no FIFOs in the file system and makes symbolic links only with a privilege:
  // where one cannot be made, its path is "" and the rows that need it are skipped, saying why.
  let loop = join(dir, "loop_a");
  try {
    fs.symlinkSync("loop_b", join(dir, "loop_a"));
    fs.symlinkSync("loop_a", join(dir, "loop_b"));
  } catch {
    loop = "";
  }
  let fifo = join(dir, "fifo");
  try {
    execFileSync("mkfifo", [fifo], { stdio: "ignore" });
  } catch {
    fifo = "";
  }
  return {
    engine,
    dir,
    data,
    size,
    first: bytes[0] ?? 0,
    empty,
    one,
    sub,
    loop,
    fifo,
    missing: join(dir, "missing.bin"),
    fresh: join(dir, "fresh.bin"),
    pageSize: api.pageSize,
    maxWindow: api.maxWindow,
    o: (extra = {}) => ({ engine, ...extra }) as never,
  };
}

const isSocket = (path: string): boolean => fs.existsSync(path) && fs.lstatSync(path).isSocket();

/**
 * Makes a Unix socket file at `path`: a node:net server listening there or, where the runtime may
 * not listen (Deno without --allow-net), a socket bound by python3 (the file stays after it exits,
 * and open() on it fails the same way). `server` is what to close afterwards.
 */
async function makeSocket(path: string): Promise<{ ok: boolean; server?: net.Server }> {
  try {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, () => resolve());
    });
    if (isSocket(path)) return { ok: true, server };
    server.close();
  } catch {
    // fall through to python3
  }
  try {
    const bind = "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])";
    execFileSync("python3", ["-c", bind, path], { stdio: "ignore", timeout: 30_000 });
    return { ok: isSocket(path) };
  } catch {
    return { ok: false };
  }
}

/** Runs the fixture on the FIFO in a child: true when open() blocked (the child timed out). */
function fifoBlocks(ctx: Ctx, fifo: string, mode: "read" | "write", engine: Engine): boolean {
  const argv = ctx.spawnArgs("fixtures/try_open", [fifo, mode, engine]);
  const r = spawnSync(argv[0] ?? "", argv.slice(1), { encoding: "utf8", timeout: 60_000 });
  return r.error !== undefined && (r.error as { code?: string }).code === "ETIMEDOUT";
}

/** Why a row cannot run: the FIFO or the symbolic link it names could not be made here. */
function missingFixture(row: Row, fx: Fx): string | undefined {
  if (/FIFO/.test(row.name) && fx.fifo === "") return "no FIFO could be made here (Windows has none)";
  if (/symlink/.test(row.name) && fx.loop === "") {
    return "no symbolic link could be made here (Windows needs a privilege)";
  }
  return undefined;
}

// ---- the suites ---------------------------------------------------------------------------------

/**
 * Registers one uvu suite per engine named `${title} [runtime, engine]`: a fixture directory, one
 * test per row, then `extra(t, get)` for tests of the caller's own (get() is the fixture).
 */
export function tableSuite(
  ctx: Ctx,
  title: string,
  rows: readonly Row[],
  extra?: (t: Test, get: () => Fx, engine: Engine) => void,
): void {
  for (const engine of ctx.engines) {
    const t = suite(`${title} [${ctx.runtime}, ${engine}]`);
    let fx: Fx | undefined;
    let server: net.Server | undefined;
    const get = (): Fx => {
      if (fx === undefined) throw new Error("fixture not set up");
      return fx;
    };

    t.before(async () => {
      const base = makeFixture(ctx, engine, title.replace(/\W+/g, "-"));
      const socketPath = join(base.dir, "sock");
      const sock = await makeSocket(socketPath);
      server = sock.server;
      fx = {
        ...base,
        socket: sock.ok ? socketPath : "",
        fifoBlocks: {
          read: base.fifo !== "" && fifoBlocks(ctx, base.fifo, "read", engine),
          write: base.fifo !== "" && fifoBlocks(ctx, base.fifo, "write", engine),
        },
      };
    });

    t.after(async () => {
      const s = server;
      if (s !== undefined) await new Promise<void>((resolve) => s.close(() => resolve()));
      if (vague.size > 0) {
        console.log(`  # ${title} [${ctx.runtime}, ${engine}]: messages that do not say what to do:`);
        for (const [message, where] of vague) console.log(`  #   ${where}: ${message}`);
        vague.clear();
      }
    });

    const names = new Set<string>();
    for (const row of rows) {
      assert.ok(!names.has(row.name), `duplicate row ${row.name}`);
      names.add(row.name);
      t(row.name, () => {
        const f = get();
        const why = row.skip?.(f, ctx) ?? missingFixture(row, f);
        if (why !== undefined) {
          skip(`${title}: ${row.name} [${engine}]`, why);
          return;
        }
        runRow(ctx, f, row);
      });
    }
    extra?.(t, get, engine);
    t.run();
  }
}

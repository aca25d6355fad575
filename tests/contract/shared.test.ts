/**
 * Shared memory (ARCHITECTURE.md, "Shared memory"): `shared`/`unlinkShared`, `Mutex` and `Channel` between real
 * processes. Same-runtime rows run in every runtime with FFI on Linux; the cross-runtime rows (a
 * Node, a Deno and a Bun process on one lock; Node → Bun and Bun → Deno channels) run once, from
 * the Node run, since running them again from Deno and Bun would start the same three processes.
 * Without FFI (Deno without --allow-ffi) shared memory must refuse with ENOFFI. On Windows (Node
 * and Bun under Wine) the same rows run over named sections, between processes of the same
 * runtime; where Windows differs (no file under /dev/shm, no permission bits, a section that
 * cannot grow and goes with its last handle), the row asserts what Windows does. Oracles are the
 * test's own: plain counters, FNV-1a over every byte sent, node:fs for the files, and kernel32
 * itself for the sections (tests/_windows_shm.ts).
 * @module
 */
import { suite } from "../_suite.ts";
import * as assert from "uvu/assert";
import { Buffer } from "node:buffer";
import * as fs from "node:fs";
import { join } from "node:path";
import process from "node:process";
import type { Api, Register } from "../_ctx.ts";
import { type Proc, start } from "../_procs.ts";
import { rejectsCode, throwsCode } from "../_codes.ts";
import { fnv, FNV0 } from "../fixtures/_shm.ts";
import { skip } from "../_skip.ts";
import { kernel32, sectionBytes, sectionExists, sectionSecurity, wstr } from "../_windows_shm.ts";

type MappedFile = InstanceType<Api["MappedFile"]>;

const SHM = "/dev/shm";
/** Windows: shared memory is a named section (`Local\<name>`), tested under Wine. */
const WIN = process.platform === "win32";
const root = new URL("../../", import.meta.url.replace("/dist/tests/", "/tests/"));
const rootPath = decodeURIComponent(root.pathname);
let serial = 0;

/** Our entries of /dev/shm with their sizes, to show a refused call changed nothing (Windows: none to list). */
function shmState(prefix: string): string {
  if (WIN) return "";
  return fs.readdirSync(SHM).filter((n) => n.startsWith(prefix)).sort().map((n) =>
    `${n}:${fs.statSync(join(SHM, n)).size}`
  ).join(",");
}

/** The command line running fixture `name` in `runtime` (for the cross-runtime rows, from Node). */
function argvIn(runtime: "node" | "deno" | "bun", name: string, args: readonly string[]): string[] {
  const bin = (b: string): string => join(rootPath, "node_modules", ".bin", b);
  if (runtime === "node") return [process.execPath, join(rootPath, "dist", "tests", "fixtures", `${name}.js`), ...args];
  const ts = join(rootPath, "tests", "fixtures", `${name}.ts`);
  return runtime === "deno" ? [bin("deno"), "run", "-A", ts, ...args] : [bin("bun"), ts, ...args];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const register: Register = (ctx) => {
  const api = ctx.api;
  const prefix = `mmapkit-test-${ctx.runtime}-${process.pid}-`;
  const fresh = (): string => `${prefix}${serial++}`;
  const usable = ctx.ffi && (WIN || (process.platform === "linux" && fs.existsSync(SHM)));
  const t = suite(`shared memory [${ctx.runtime}]`);
  const made: string[] = [];
  const region = (size = 4096): { name: string; r: MappedFile } => {
    const name = fresh();
    made.push(name);
    return { name, r: api.shared(name, { size, create: true }) };
  };
  t.after(() => {
    if (!WIN) { for (const n of made) fs.rmSync(join(SHM, n), { force: true }); // Windows: gone with the last handle
     }
  });
  /** A row that is Linux's only (/dev/shm files, permission bits, growing): Windows has its own rows. */
  const onLinux = (name: string, fn: () => void): void => {
    if (!WIN) t(name, fn);
  };
  /** Whether a region `name` exists: its /dev/shm file, or on Windows its section (asked of kernel32). */
  const exists = (name: string): boolean => WIN ? sectionExists(kernel32(api), name) : fs.existsSync(join(SHM, name));

  t("exports shared, unlinkShared, Mutex, Channel", () => {
    for (const name of ["shared", "unlinkShared", "Mutex", "Channel"]) assert.ok(name in api, name);
  });

  if (!usable) {
    if (!ctx.ffi) {
      t("without FFI: shared() refuses with ENOFFI and names the flag; nothing is created", () => {
        const name = fresh();
        const msg = throwsCode(api, () => api.shared(name, { size: 4096, create: true }), "ENOFFI");
        assert.match(msg, "--allow-ffi");
        let exists = false;
        try {
          exists = fs.existsSync(join(SHM, name));
        } catch { /* Deno without -A may not look into /dev at all */ }
        assert.not.ok(exists);
      });
      t("without FFI: a Mutex or Channel over a buffered mapping is EMODE", () => {
        const path = join(ctx.tmp, "shm-buffered.bin");
        fs.writeFileSync(path, new Uint8Array(4096));
        const f = api.open(path, { mode: "write" });
        try {
          throwsCode(api, () => new api.Mutex(f, 0), "EMODE");
          throwsCode(api, () => api.Channel.create(f, 0, 1024), "EMODE");
        } finally {
          f.close();
        }
        assert.equal(new Uint8Array(fs.readFileSync(path)), new Uint8Array(4096));
      });
    }
    t.run();
    skip("shared memory: shared(), Mutex, Channel", "shared memory needs FFI (a real mapping)", false);
    return;
  }

  // ---- shared / unlinkShared ------------------------------------------------------------------
  onLinux("shared: create maps /dev/shm/<name> read-write shared, zeroed, mode 0o600", () => {
    const { name, r } = region(10_000);
    try {
      assert.is(r.path, join(SHM, name));
      assert.is(r.mode, "write");
      assert.is(r.length, 10_000);
      assert.ok(r.bytes.every((b) => b === 0));
      r.bytes.set([1, 2, 3], 5000);
      const other = api.shared(name, { size: 100 }); // a second mapping: the same pages
      assert.is(other.length, 10_000, "an existing larger region is mapped whole");
      assert.equal([...other.bytes.subarray(5000, 5003)], [1, 2, 3]);
      other.close();
      assert.equal([...fs.readFileSync(join(SHM, name)).subarray(5000, 5003)], [1, 2, 3]);
      assert.is(fs.statSync(join(SHM, name)).mode & 0o777, 0o600);
    } finally {
      r.close();
    }
  });

  if (WIN) {
    t(
      "Windows: create makes section Local\\<name>, zeroed, owned by and open to this user only; a second mapping shares its pages",
      () => {
        const { name, r } = region(10_000);
        const k = kernel32(api);
        try {
          assert.is(r.path, `Local\\${name}`);
          assert.is(r.mode, "write");
          assert.is(r.length, 10_000);
          assert.ok(r.bytes.every((b) => b === 0));
          r.bytes.set([1, 2, 3], 5000);
          const other = api.shared(name, { size: 100 }); // a second mapping: the same pages
          assert.is(
            other.length,
            12_288,
            "an existing region is mapped whole, in pages (Windows keeps a section's size in pages)",
          );
          assert.equal([...other.bytes.subarray(5000, 5003)], [1, 2, 3]);
          other.bytes[5003] = 4;
          other.close();
          assert.equal([...sectionBytes(k, name, 5004)!.subarray(5000)], [1, 2, 3, 4], "kernel32's own view of it");
          const sec = sectionSecurity(k, name);
          assert.is(sec.aces, 1, "one entry in the DACL");
          assert.equal(sec.allowed, [sec.owner], "it allows its owner, and nobody else");
          assert.ok(sec.protected, "and inherits nothing");
        } finally {
          r.close();
        }
      },
    );

    t("Windows: permissions are checked, but a section is always created for this user only", () => {
      const name = fresh();
      made.push(name);
      const r = api.shared(name, { size: 4096, create: true, permissions: 0o666 });
      try {
        const sec = sectionSecurity(kernel32(api), name);
        assert.equal(sec.allowed, [sec.owner]);
      } finally {
        r.close();
      }
    });

    t(
      "Windows: a section cannot grow — a larger size is ERANGE, says what to do, and the region keeps its size and bytes",
      () => {
        const { name, r } = region(4096);
        r.bytes[10] = 7;
        try {
          const msg = throwsCode(api, () => api.shared(name, { size: 3 * 4096 }), "ERANGE");
          assert.match(msg, "cannot grow");
          assert.match(msg, "another name");
          throwsCode(api, () => api.shared(name, { size: 8192, create: true }), "ERANGE");
          const g = api.shared(name, { size: 4096 });
          assert.is(g.length, 4096);
          assert.is(g.bytes[10], 7);
          g.close();
          throwsCode(api, () => r.resize(8192), "EMODE");
          throwsCode(api, () => r.remap(0), "EMODE");
          assert.is(r.length, 4096);
        } finally {
          r.close();
        }
      },
    );

    t(
      "Windows: a section lives while a process has it open — unlinkShared only checks it exists; after the last close it is gone",
      () => {
        const { name, r } = region(4096);
        r.bytes[0] = 42;
        api.unlinkShared(name); // nothing to remove: the name stays while r is open
        const again = api.shared(name, { size: 4096 });
        assert.is(again.bytes[0], 42, "the same region, still reachable by its name");
        again.close();
        assert.ok(exists(name));
        r.close();
        assert.not.ok(exists(name), "gone with the last handle");
        throwsCode(api, () => api.shared(name, { size: 4096 }), "ENOENT");
        throwsCode(api, () => api.unlinkShared(name), "ENOENT");
      },
    );

    t("Windows: a backslash in a name is EINVAL (Windows reserves it for namespaces); global must be a boolean", () => {
      const name = fresh();
      for (const bad of [`${name}\\x`, `Global\\${name}`]) {
        const msg = throwsCode(api, () => api.shared(bad, { size: 4096, create: true }), "EINVAL");
        assert.match(msg, "namespaces");
        throwsCode(api, () => api.unlinkShared(bad), "EINVAL");
      }
      throwsCode(api, () => api.shared(name, { size: 4096, create: true, global: 1 as unknown as boolean }), "EINVAL");
      assert.not.ok(exists(name));
    });

    t(
      "Windows: { global: true } makes Global\\<name>, a namespace apart from Local\\; unlinkShared finds it there",
      () => {
        const name = fresh();
        let g: MappedFile;
        try {
          g = api.shared(name, { size: 4096, create: true, global: true });
        } catch (e) {
          // Real Windows without SeCreateGlobalPrivilege (Wine grants it to every process).
          assert.match(String((e as Error).message), "SeCreateGlobalPrivilege");
          return;
        }
        try {
          assert.is(g.path, `Global\\${name}`);
          g.bytes[0] = 3;
          const again = api.shared(name, { size: 4096, global: true });
          assert.is(again.bytes[0], 3);
          again.close();
          throwsCode(api, () => api.shared(name, { size: 4096 }), "ENOENT"); // not in Local\
          assert.not.ok(exists(name));
          api.unlinkShared(name);
        } finally {
          g.close();
        }
      },
    );

    t("Windows: a waiter sleeps on the word's named event, made with the region (not a poll)", async () => {
      const { name, r } = region(4096);
      const k = kernel32(api);
      const held = new api.Mutex(r, 64);
      held.lock();
      try {
        await rejectsCode(api, new api.Mutex(r, 64).lockAsync(30), "ETIMEDOUT"); // waited on the event
        // CreateEventW of the same name opens the event mmapkit made: ERROR_ALREADY_EXISTS (183).
        const h = k.fn.CreateEventW!(null, 0, 0, wstr(`Local\\mmapkit-wake:64:${name}`));
        assert.ok(h !== 0, `CreateEventW: Windows error ${k.fn.GetLastError!()}`);
        assert.is(k.fn.GetLastError!(), 183, "the event existed");
        k.fn.CloseHandle!(h);
      } finally {
        held.unlock();
        r.close();
      }
    });
  }

  onLinux("shared: permissions apply to a region this call creates", () => {
    const name = fresh();
    made.push(name);
    const r = api.shared(name, { size: 4096, create: true, permissions: 0o640 });
    r.close();
    const umask = process.platform === "linux" ? 0o022 : 0;
    assert.is(fs.statSync(join(SHM, name)).mode & 0o777 & ~umask, 0o640 & ~umask);
  });

  onLinux("shared: size grows a smaller region and keeps its bytes", () => {
    const { name, r } = region(4096);
    r.bytes[10] = 7;
    r.close();
    const g = api.shared(name, { size: 3 * 4096 });
    try {
      assert.is(g.length, 3 * 4096);
      assert.is(g.bytes[10], 7);
      assert.is(fs.statSync(join(SHM, name)).size, 3 * 4096);
    } finally {
      g.close();
    }
  });

  t("shared: exclusive on an existing name is EEXIST and leaves it unchanged", () => {
    const { name, r } = region(4096);
    r.bytes.fill(9, 0, 100);
    const contents = (): string =>
      WIN
        ? Buffer.from(sectionBytes(kernel32(api), name, 4096)!).toString("hex")
        : fs.readFileSync(join(SHM, name)).toString("hex");
    const before = shmState(prefix) + contents();
    throwsCode(api, () => api.shared(name, { size: 8192, create: true, exclusive: true }), "EEXIST");
    throwsCode(api, () => api.shared(name, { size: 8192, exclusive: true }), "EEXIST");
    assert.is(shmState(prefix) + contents(), before);
    r.close();
  });

  t("shared: exclusive creates a name that is free", () => {
    const name = fresh();
    made.push(name);
    const r = api.shared(name, { size: 4096, exclusive: true });
    assert.is(r.length, 4096);
    r.close();
  });

  t("shared: a missing name without create is ENOENT and creates nothing", () => {
    const name = fresh();
    const before = shmState(prefix);
    const msg = throwsCode(api, () => api.shared(name, { size: 4096 }), "ENOENT");
    assert.match(msg, "create: true");
    assert.is(shmState(prefix), before);
    assert.not.ok(exists(name));
  });

  t("shared / unlinkShared: bad names are EINVAL and touch nothing", () => {
    const bad: unknown[] = ["", ".", "..", `${prefix}x/y`, `x/${prefix}`, `${prefix}\0x`, "é".repeat(128), 42];
    const before = shmState(prefix) + (WIN ? 0 : fs.readdirSync(SHM).length);
    for (const name of bad) {
      throwsCode(api, () => api.shared(name as string, { size: 4096, create: true }), "EINVAL");
      throwsCode(api, () => api.unlinkShared(name as string), "EINVAL");
    }
    const ok = "é".repeat(127); // 254 bytes: allowed (not created here)
    throwsCode(api, () => api.shared(ok, { size: 4096 }), "ENOENT");
    assert.is(shmState(prefix) + (WIN ? 0 : fs.readdirSync(SHM).length), before);
    if (WIN) assert.not.ok(exists(`${prefix}x/y`) || exists(`x/${prefix}`));
  });

  t("shared: bad options are EINVAL/ERANGE and create nothing", () => {
    const name = fresh();
    throwsCode(api, () => api.shared(name, { size: -1, create: true }), "ERANGE");
    throwsCode(api, () => api.shared(name, { size: 1.5, create: true }), "EINVAL");
    throwsCode(api, () => api.shared(name, { size: 4096, create: true, permissions: 0o10000 }), "EINVAL");
    throwsCode(api, () => api.shared(name, { size: 0, create: true }), "EINVAL"); // nothing to map
    // A misspelt option would otherwise be ignored ("exlusive": a shared region where a new one was wanted).
    const msg = throwsCode(
      api,
      () => api.shared(name, { size: 4096, create: true, exlusive: true } as never),
      "EINVAL",
    );
    assert.match(msg, 'did you mean "exclusive"');
    throwsCode(
      api,
      () => api.shared(name, { size: 4096, create: true, global: "yes" as unknown as boolean }),
      "EINVAL",
    );
    assert.not.ok(exists(name));
  });

  onLinux("unlinkShared: the name goes, mappings stay usable until closed", () => {
    const { name, r } = region(4096);
    api.unlinkShared(name);
    assert.not.ok(fs.existsSync(join(SHM, name)));
    r.bytes[0] = 42;
    assert.is(r.bytes[0], 42);
    throwsCode(api, () => api.shared(name, { size: 4096 }), "ENOENT");
    throwsCode(api, () => api.unlinkShared(name), "ENOENT");
    r.close();
  });

  // ---- Mutex: bad input -------------------------------------------------------------------------
  t(
    "Mutex: unaligned or out-of-range offsets, wrong regions — EINVAL / ERANGE / EMODE / ECLOSED, bytes unchanged",
    () => {
      const { r } = region(4096);
      r.bytes.fill(0x5a);
      const before = r.bytes.slice();
      throwsCode(api, () => new api.Mutex(r, 2), "EINVAL");
      throwsCode(api, () => new api.Mutex(r, 4094), "EINVAL");
      throwsCode(api, () => new api.Mutex(r, 4096), "ERANGE");
      throwsCode(api, () => new api.Mutex(r, -4), "ERANGE");
      throwsCode(api, () => new api.Mutex(r, Number.NaN), "EINVAL");
      throwsCode(api, () => new api.Mutex({} as MappedFile, 0), "EINVAL");
      assert.equal(r.bytes, before);
      const path = join(ctx.tmp, "shm-read.bin");
      fs.writeFileSync(path, new Uint8Array(4096));
      const ro = api.open(path);
      const priv = api.open(path, { mode: "private" });
      const anon = api.anonymous(4096);
      try {
        throwsCode(api, () => new api.Mutex(ro, 0), "EMODE");
        throwsCode(api, () => new api.Mutex(priv, 0), "EMODE");
        throwsCode(api, () => new api.Mutex(anon, 0), "EMODE");
      } finally {
        ro.close();
        priv.close();
        anon.close();
      }
      assert.equal(new Uint8Array(fs.readFileSync(path)), new Uint8Array(4096));
      const m = new api.Mutex(r, 0);
      r.close();
      throwsCode(api, () => new api.Mutex(r, 0), "ECLOSED");
      throwsCode(api, () => m.lock(), "ECLOSED");
    },
  );

  t("Mutex: lock/tryLock/unlock; unlock when not held is EPERM; a second sync lock is EDEADLK", () => {
    const { r } = region(4096);
    const m = new api.Mutex(r, 64);
    const word = (): number => new DataView(r.bytes.buffer, r.bytes.byteOffset).getUint32(64, true);
    throwsCode(api, () => m.unlock(), "EPERM");
    assert.is(word(), 0, "a refused unlock changes nothing");
    assert.ok(m.tryLock());
    assert.not.ok(m.recovered);
    assert.not.ok(m.tryLock());
    throwsCode(api, () => m.lock(10), "EDEADLK");
    m.unlock();
    assert.is(word(), 0);
    m.lock();
    m.unlock();
    throwsCode(api, () => m.lock(-1), "ERANGE");
    throwsCode(api, () => m.lock("1" as unknown as number), "EINVAL");
    r.close();
  });

  t(
    "Mutex: held by another process — unlock EPERM, tryLock false, lock(150) ETIMEDOUT, lockAsync ETIMEDOUT",
    async () => {
      const { name, r } = region(4096);
      const holder = start(ctx.spawnArgs("fixtures/shm_holder", [name, "-1"]));
      try {
        await holder.line((l) => l === "locked");
        const m = new api.Mutex(r, 0);
        const before = r.bytes.slice(0, 8);
        throwsCode(api, () => m.unlock(), "EPERM");
        assert.not.ok(m.tryLock());
        const t0 = performance.now();
        throwsCode(api, () => m.lock(150), "ETIMEDOUT");
        assert.ok(performance.now() - t0 >= 140, `lock(150) gave up after ${performance.now() - t0} ms`);
        await rejectsCode(api, m.lockAsync(60), "ETIMEDOUT");
        assert.is(r.bytes[0], before[0], "the holder's pid is still in the word");
      } finally {
        holder.kill("SIGKILL");
        await holder.done;
        r.close();
      }
    },
  );

  t("Mutex: a holder killed with SIGKILL — a waiter gets the lock within a second and sees recovered", async () => {
    const { name, r } = region(4096);
    const holder = start(ctx.spawnArgs("fixtures/shm_holder", [name, "-1"]));
    await holder.line((l) => l === "locked");
    const waiter = start(ctx.spawnArgs("fixtures/shm_waiter", [name, "10000"]));
    await waiter.line((l) => l === "waiting");
    await sleep(100);
    const killed = performance.now();
    holder.kill("SIGKILL");
    const line = await waiter.line((l) => l.startsWith("{"));
    const after = performance.now() - killed;
    const out = JSON.parse(line) as { ok: boolean; recovered: boolean };
    assert.ok(out.ok, line);
    assert.ok(out.recovered, "the waiter knows the previous holder died");
    assert.ok(after < 1000, `took ${after} ms after the kill`);
    await waiter.done;
    await holder.done;
    // And in this process: the lock is free again and clean.
    const m = new api.Mutex(r, 0);
    assert.ok(m.tryLock());
    assert.not.ok(m.recovered);
    m.unlock();
    r.close();
  });

  t("Mutex: tryLock takes over from a dead holder at once", async () => {
    const { name, r } = region(4096);
    const holder = start(ctx.spawnArgs("fixtures/shm_holder", [name, "-1"]));
    await holder.line((l) => l === "locked");
    holder.kill("SIGKILL");
    await holder.done;
    const m = new api.Mutex(r, 0);
    assert.ok(m.tryLock());
    assert.ok(m.recovered);
    m.unlock();
    assert.not.ok(m.recovered);
    r.close();
  });

  t("Mutex: lockAsync waits without blocking the event loop", async () => {
    const { name, r } = region(4096);
    const holder = start(ctx.spawnArgs("fixtures/shm_holder", [name, "300"]));
    await holder.line((l) => l === "locked");
    const m = new api.Mutex(r, 0);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    try {
      await m.lockAsync(5000);
      assert.ok(ticks >= 5, `only ${ticks} timer ticks while waiting`);
      assert.not.ok(m.recovered);
      m.unlock();
    } finally {
      clearInterval(timer);
      await holder.done;
      r.close();
    }
  });

  t("Mutex: 3 processes of this runtime × 5,000 increments = 15,000", async () => {
    const { name, r } = region(4096);
    const procs = [0, 1, 2].map(() => start(ctx.spawnArgs("fixtures/shm_counter", [name, "5000", "3"])));
    for (const p of procs) assert.is((await p.json<{ done: number }>()).done, 5000);
    assert.is(new DataView(r.bytes.buffer, r.bytes.byteOffset).getUint32(8, true), 15_000);
    r.close();
  });

  // ---- Channel --------------------------------------------------------------------------------
  t("Channel: bad input — EINVAL / ERANGE / EMODE, nothing queued, bytes unchanged", () => {
    const { r } = region(8192);
    throwsCode(api, () => api.Channel.attach(r, 0), "EINVAL"); // nothing there yet
    throwsCode(api, () => api.Channel.create(r, 0, 6), "EINVAL");
    throwsCode(api, () => api.Channel.create(r, 0, 4), "EINVAL");
    throwsCode(api, () => api.Channel.create(r, 2, 1024), "EINVAL");
    throwsCode(api, () => api.Channel.create(r, 0, 8192), "ERANGE"); // header + ring > region
    throwsCode(api, () => api.Channel.create(r, 8192, 64), "ERANGE");
    assert.ok(r.bytes.every((b) => b === 0), "refused creates wrote nothing");
    const ch = api.Channel.create(r, 0, 1024);
    assert.is(ch.capacity, 1024);
    assert.is(ch.maxMessage, 1020);
    const before = r.bytes.slice();
    throwsCode(api, () => ch.send(new Uint8Array(1021)), "ERANGE");
    throwsCode(api, () => ch.send("hi" as unknown as Uint8Array), "EINVAL");
    throwsCode(api, () => ch.receive(Number.NaN), "EINVAL");
    assert.equal(r.bytes, before);
    assert.is(ch.receive(0), null);
    assert.ok(ch.send(new Uint8Array(1020).fill(3)), "exactly maxMessage fits");
    assert.equal(ch.receive(0), new Uint8Array(1020).fill(3));
    r.close();
    throwsCode(api, () => ch.receive(0), "ECLOSED");
  });

  t("Channel: messages wrap around the ring end (split records) and arrive whole, in order", () => {
    const { r } = region(4096);
    const tx = api.Channel.create(r, 128, 64);
    const rx = api.Channel.attach(r, 128);
    let sent = 0;
    let got = 0;
    const make = (i: number): Uint8Array => {
      const m = new Uint8Array((i * 7) % 61);
      for (let k = 0; k < m.length; k++) m[k] = (i * 31 + k) & 255;
      return m;
    };
    for (let round = 0; round < 500; round++) {
      while (tx.send(make(sent), 0)) sent++;
      const take = 1 + (round % 3);
      for (let k = 0; k < take && got < sent; k++) {
        assert.equal(rx.receive(0), make(got), `message ${got}`);
        got++;
      }
    }
    while (got < sent) assert.equal(rx.receive(0), make(got++));
    assert.is(rx.receive(0), null);
    assert.ok(sent > 500, `${sent} sent`); // ~350 trips around a 64-byte ring
    r.close();
  });

  t(
    "Channel: sync and async calls through two objects per side interleave around the ring — whole, in order",
    async () => {
      const { r } = region(4096);
      // Two senders and two receivers over one 64-byte ring: each object's remembered index of the
      // other side goes stale whenever the other object of its side ran, sync or async.
      const tx = [api.Channel.create(r, 128, 64), api.Channel.attach(r, 128)];
      const rx = [api.Channel.attach(r, 128), api.Channel.attach(r, 128)];
      const make = (i: number): Uint8Array => {
        const m = new Uint8Array((i * 13) % 29);
        for (let k = 0; k < m.length; k++) m[k] = (i * 17 + k) & 255;
        return m;
      };
      let sent = 0;
      let got = 0;
      for (let round = 0; round < 400; round++) {
        const s = tx[round % 2]!;
        for (let k = 0; k < 1 + (round % 4); k++) {
          const ok = (round + k) % 3 === 0 ? await s.sendAsync(make(sent), 0) : s.send(make(sent), 0);
          if (!ok) break;
          sent++;
        }
        const q = rx[(round >> 1) % 2]!;
        for (let k = 0; k < 1 + (round % 3) && got < sent; k++) {
          const m = (round + k) % 2 === 0 ? await q.receiveAsync(0) : q.receive(0);
          assert.equal(m, make(got), `message ${got}`);
          got++;
        }
      }
      while (got < sent) assert.equal(await rx[got % 2]!.receiveAsync(0), make(got++));
      assert.is(rx[0]!.receive(0), null);
      assert.is(await rx[1]!.receiveAsync(0), null);
      assert.ok(sent > 400, `${sent} sent`);
      r.close();
    },
  );

  t("Channel: timeouts — send false when full, receive null when empty, after the wait", () => {
    const { r } = region(4096);
    const ch = api.Channel.create(r, 0, 64);
    assert.ok(ch.send(new Uint8Array(60)));
    let t0 = performance.now();
    assert.is(ch.send(new Uint8Array(1), 80), false);
    assert.ok(performance.now() - t0 >= 75);
    assert.is(ch.receive(0)!.length, 60);
    t0 = performance.now();
    assert.is(ch.receive(80), null);
    assert.ok(performance.now() - t0 >= 75);
    r.close();
  });

  t("Channel: receiveAsync and sendAsync wait without blocking the event loop", async () => {
    const { r } = region(4096);
    const ch = api.Channel.create(r, 0, 64);
    let settled = false;
    const pending = ch.receiveAsync(5000).finally(() => settled = true);
    // Three timer callbacks run while the receive waits: a wait that blocked the thread would let
    // none run before it gave up (null after 5 s). Counted, not timed: a loaded machine may
    // stall the process for a while.
    let ticks = 0;
    let third: () => void = () => {};
    const three = new Promise<void>((resolve) => third = resolve);
    const timer = setInterval(() => ++ticks === 3 && third(), 5);
    await three;
    assert.not.ok(settled, "the receive still waits after three timer callbacks");
    ch.send(new Uint8Array([1, 2, 3]));
    assert.equal(await pending, new Uint8Array([1, 2, 3]));
    assert.ok(await ch.sendAsync(new Uint8Array(60)));
    const blocked = ch.sendAsync(new Uint8Array(8), 5000);
    await sleep(30);
    assert.is((await ch.receiveAsync(0))!.length, 60);
    assert.ok(await blocked);
    assert.is((await ch.receiveAsync())!.length, 8);
    assert.is(await ch.receiveAsync(20), null);
    assert.is(await ch.sendAsync(new Uint8Array(60), 0), true);
    assert.is(await ch.sendAsync(new Uint8Array(60), 20), false);
    clearInterval(timer);
    r.close();
  });

  t("Channel: 3 producer processes, 1 consumer — all 9,000 messages, each producer's in order", async () => {
    const { name, r } = region(8192);
    const ch = api.Channel.create(r, 0, 4096);
    const procs = [1, 2, 3].map((tag) =>
      start(ctx.spawnArgs("fixtures/shm_producer", [name, "0", "3000", "1", String(tag)]))
    );
    const next: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
    for (let i = 0; i < 9000; i++) {
      const m = ch.receive(20_000);
      assert.ok(m !== null && m.length === 8, `message ${i}`);
      const v = new DataView(m.buffer, m.byteOffset, 8);
      const tag = v.getUint32(0, true);
      assert.is(v.getUint32(4, true), next[tag], `producer ${tag}`);
      next[tag]!++;
    }
    for (const p of procs) assert.is((await p.json<{ sent: number }>()).sent, 3000);
    assert.is(ch.receive(0), null);
    r.close();
  });

  t("Channel: 2 consumer processes share one stream — each message once, each consumer's in order", async () => {
    const { name, r } = region(8192);
    const ch = api.Channel.create(r, 0, 4096);
    const procs = [0, 1].map(() => start(ctx.spawnArgs("fixtures/shm_consumer", [name, "0", "0", "tagged"])));
    const msg = new Uint32Array(2);
    msg[0] = 7;
    for (let i = 0; i < 6000; i++) {
      msg[1] = i;
      ch.send(new Uint8Array(msg.buffer), 20_000);
      if (i % 500 === 0) await sleep(1); // let both consumers in
    }
    ch.send(new Uint8Array(0));
    ch.send(new Uint8Array(0));
    const all: number[] = [];
    for (const p of procs) {
      const seqs = (await p.json<{ got: Record<number, number[]> }>()).got[7] ?? [];
      for (let k = 1; k < seqs.length; k++) assert.ok(seqs[k]! > seqs[k - 1]!, "in order");
      all.push(...seqs);
    }
    assert.equal(all.sort((a, b) => a - b), Array.from({ length: 6000 }, (_, i) => i));
    r.close();
  });

  // ---- Across runtimes (Node run only) ---------------------------------------------------------
  if (ctx.runtime === "node" && !WIN) {
    t(
      "across runtimes (from the Node run only): Node, Deno and Bun × 20,000 increments under one Mutex = 60,000",
      async () => {
        const { name, r } = region(4096);
        const procs = (["node", "deno", "bun"] as const).map((rt) =>
          start(argvIn(rt, "shm_counter", [name, "20000", "3"]))
        );
        const outs = await Promise.all(procs.map((p) => p.json<{ runtime: string; done: number }>()));
        assert.equal(outs.map((o) => o.runtime), ["node", "deno", "bun"]);
        assert.is(new DataView(r.bytes.buffer, r.bytes.byteOffset).getUint32(8, true), 60_000);
        r.close();
      },
    );

    for (const [from, to] of [["node", "bun"], ["bun", "deno"]] as const) {
      t(
        `across runtimes (from the Node run only): ${from} → ${to} channel, 100,000 messages of 1–4096 bytes, late consumer`,
        async () => {
          const cap = 256 * 1024;
          const { name, r } = region(api.Channel.headerSize + cap);
          api.Channel.create(r, 0, cap);
          const seed = 12345 + serial;
          const producer: Proc = start(argvIn(from, "shm_producer", [name, "0", "100000", String(seed)]));
          await producer.line((l) => l === "full"); // the ring filled before any consumer existed
          const consumer = start(argvIn(to, "shm_consumer", [name, "0", "100000", String(seed)]));
          const [p, c] = await Promise.all([
            producer.json<{ sent: number; digest: number; fullAt: number }>(),
            consumer.json<{ received: number; digest: number; badAt: number }>(),
          ]);
          assert.is(p.sent, 100_000);
          assert.ok(p.fullAt > 0);
          assert.is(c.received, 100_000);
          assert.is(c.badAt, -1, "every length in order");
          assert.is(c.digest, p.digest, "FNV-1a of every byte received = of every byte sent");
          assert.ok(c.digest !== FNV0 && fnv(FNV0, new Uint8Array([1])) !== FNV0);
          r.close();
        },
      );
    }
  }

  t.run();
};

// The consumer smoke test's script: run in a fresh project that installed the packed mmapkit
// tarball, on Node, Deno and Bun alike (`<runtime> smoke.mjs <expected runtime>`). Every check
// compares mmapkit with an independent oracle (bytes read back with node:fs, node:zlib, a plain
// loop). Prints one "ok"/"not ok" line per check, then the counts.
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import zlib from "node:zlib";
import {
  anonymous,
  Channel,
  checksum,
  count,
  createChecksum,
  findAll,
  indexOf,
  lastIndexOf,
  MmapError,
  Mutex,
  open,
  runtimeInfo,
  shared,
  transform,
  unlinkShared,
} from "mmapkit";
import * as promises from "mmapkit/promises";
import { check as checkWith, checkAsync, tally } from "./_checks.mjs";

const expected = process.argv[2];
const check = (name, fn) => checkWith(name, fn, (e) => (e instanceof Error ? e.stack ?? e.message : String(e)));
function equal(actual, wanted, what) {
  const a = JSON.stringify(actual);
  const w = JSON.stringify(wanted);
  if (a !== w) throw new Error(`${what}: got ${a}, expected ${w}`);
}

const dir = fs.mkdtempSync(join(tmpdir(), "mmapkit-consumer-"));
const path = join(dir, "data.bin");
// Pseudo-random bytes, odd length; newlines and a pattern at unaligned places.
const size = 3 * 65536 + 4097;
const data = new Uint8Array(size);
let x = 0x9e3779b9;
for (let i = 0; i < size; i++) {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  data[i] = x & 0xff;
}
const needle = new TextEncoder().encode("mmapkit!");
for (const at of [1, 4095, 65531, size - needle.length]) data.set(needle, at);
fs.writeFileSync(path, data);
const loopCount = (bytes, b) => bytes.reduce((n, v) => n + (v === b ? 1 : 0), 0);
const loopFind = (bytes, nd) => {
  const out = [];
  outer: for (let i = 0; i + nd.length <= bytes.length; i++) {
    for (let j = 0; j < nd.length; j++) if (bytes[i + j] !== nd[j]) continue outer;
    out.push(i);
  }
  return out;
};
const adler = (bytes) => {
  let a = 1;
  let b = 0;
  for (const v of bytes) {
    a = (a + v) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
};
const hex8 = (n) => n.toString(16).padStart(8, "0");

check(`the ${expected} entry is the one loaded, on the mapped engine`, () => {
  const info = runtimeInfo();
  equal(info.runtime, expected, "runtimeInfo().runtime");
  equal(info.engine, "mapped", `runtimeInfo().engine (${info.reason ?? ""})`);
});

check("open 'write' at an unaligned offset, write, flush: the bytes are in the file", () => {
  const f = open(path, { mode: "write", offset: 4097, length: 1000 });
  try {
    equal(f.length, 1000, "length");
    for (let i = 0; i < 1000; i += 7) f.bytes[i] ^= 0xff;
    f.flush();
  } finally {
    f.close();
  }
  const back = fs.readFileSync(path);
  for (let i = 0; i < 1000; i += 7) data[4097 + i] ^= 0xff;
  equal(Buffer.compare(back, data), 0, "file equals the expected bytes");
});

check("open 'read' sees the file's bytes; closed mappings throw ECLOSED", () => {
  const f = open(path);
  equal(Buffer.compare(Buffer.from(f.bytes), data), 0, "bytes");
  f.close();
  try {
    f.bytes;
    throw new Error("no error after close");
  } catch (e) {
    if (!(e instanceof MmapError) || e.code !== "ECLOSED") throw e;
  }
});

check("count, indexOf, findAll equal a plain loop (path, offset 3, odd length)", () => {
  const sub = data.subarray(3, size - 2);
  const o = { offset: 3, length: size - 5 };
  equal(count(path, 10, o), loopCount(sub, 10), "count");
  const all = loopFind(sub, needle).map((i) => i + 3); // positions in the file
  equal(findAll(path, "mmapkit!", o), all, "findAll");
  equal(indexOf(path, needle, o), all[0], "indexOf");
  equal(indexOf(path, needle, { ...o, from: all[0] + 1 }), all[1] ?? -1, "indexOf from");
  equal(all.length > 0, true, "the pattern is there");
});

check("lastIndexOf equals a plain loop; open(fd) maps what node:fs opened", () => {
  const all = loopFind(data.subarray(3, size - 2), needle).map((i) => i + 3);
  const o = { offset: 3, length: size - 5 };
  equal(lastIndexOf(path, needle, o), all.at(-1) ?? -1, "lastIndexOf");
  equal(lastIndexOf(path, needle, { ...o, to: all.at(-1) - 1 }), all.at(-2) ?? -1, "lastIndexOf to");
  if (process.platform === "win32") {
    // Not on Windows yet: refused, saying to pass the path.
    const fd = fs.openSync(path, "r");
    try {
      let code;
      try {
        open(fd).close();
      } catch (e) {
        code = e.code;
      }
      equal(code, "ENOSYS", "open(fd) on Windows");
    } finally {
      fs.closeSync(fd);
    }
  } else if (runtimeInfo().engine === "mapped") {
    const fd = fs.openSync(path, "r");
    let f;
    try {
      f = open(fd, { offset: 1 });
    } finally {
      fs.closeSync(fd); // the caller's to close, mapped or not
    }
    equal(Buffer.compare(Buffer.from(f.bytes), data.subarray(1)), 0, "open(fd) bytes");
    f.close();
  }
});

check("checksum crc32 equals node:zlib, adler32 a plain loop", () => {
  const sub = data.subarray(5, size - 1);
  const o = { offset: 5, length: size - 6 };
  equal(checksum(path, "crc32", o), hex8(zlib.crc32(sub)), "crc32");
  equal(checksum(path, "adler32", o), hex8(adler(sub)), "adler32");
  equal(checksum(sub, "xxh64"), checksum(path, "xxh64", o), "xxh64 of bytes and of the path");
});

check("createChecksum fed in pieces: crc32 equals node:zlib, xxh128 equals checksum of the path", () => {
  const crc = createChecksum("crc32");
  const x = createChecksum("xxh128", { seed: 5n });
  for (let at = 0; at < size; at += 7001) {
    const piece = data.subarray(at, Math.min(size, at + 7001));
    crc.update(piece);
    x.update(piece);
  }
  equal(crc.digest(), hex8(zlib.crc32(data)), "crc32");
  equal(x.digest(), checksum(path, "xxh128", { seed: 5n }), "xxh128");
});

check("transform xor on a path changes the file as a plain loop does", () => {
  transform(path, { xor: Uint8Array.of(1, 2, 3) }, { offset: 11, length: 1001 });
  for (let i = 0; i < 1001; i++) data[11 + i] ^= [1, 2, 3][i % 3];
  equal(Buffer.compare(fs.readFileSync(path), data), 0, "file after transform");
});

check("a walk of a 24 MiB file (prefetch worker) counts as a loop does", () => {
  const big = join(dir, "big.bin");
  const bytes = new Uint8Array(24 << 20);
  for (let i = 0; i < bytes.length; i += 4093) bytes[i] = 10;
  fs.writeFileSync(big, bytes);
  equal(count(big, 10), loopCount(bytes, 10), "count");
  const f = open(big, { engine: "mapped" });
  try {
    equal(count(f, 10), loopCount(bytes, 10), "count of a MappedFile");
  } finally {
    f.close();
  }
});

await checkAsync("threads and mmapkit/promises: the same counts and crc32 as a loop and node:zlib", async () => {
  const big = join(dir, "big.bin");
  const bytes = fs.readFileSync(big);
  const crc = (zlib.crc32(bytes) >>> 0).toString(16).padStart(8, "0");
  equal(count(big, 10, { threads: 2 }), loopCount(bytes, 10), "count, 2 threads");
  equal(checksum(big, "crc32", { threads: 2 }), crc, "crc32, 2 threads");
  equal(await promises.count(big, 10), loopCount(bytes, 10), "promises.count");
  equal(await promises.checksum(big, "crc32"), crc, "promises.checksum");
  const ac = new AbortController();
  ac.abort(new Error("stop"));
  const err = await promises.count(big, 10, { signal: ac.signal }).then(() => undefined, (e) => e);
  equal(err?.message, "stop", "an aborted signal rejects with its reason");
  equal(runtimeInfo().threads.workers >= 1, true, "kernel workers ran");
});

check("anonymous memory is zeroed and writable", () => {
  const m = anonymous(1 << 20);
  try {
    equal(count(m, 0), 1 << 20, "zeros");
    m.bytes.fill(7, 100, 200);
    equal(count(m, 7), 100, "written");
  } finally {
    m.close();
  }
});

check("shared + Mutex + Channel: a message round-trips, the lock excludes", () => {
  const name = `mmapkit-consumer-${process.pid}`;
  const region = shared(name, { size: 1 << 16, create: true });
  try {
    const lock = new Mutex(region, 0);
    lock.lock();
    equal(lock.tryLock(), false, "tryLock while held");
    lock.unlock();
    equal(lock.tryLock(), true, "tryLock when free");
    lock.unlock();
    const tx = Channel.create(region, 64, 4096);
    const rx = Channel.attach(region, 64);
    equal(tx.send(new TextEncoder().encode("hello, consumer")), true, "send");
    equal(new TextDecoder().decode(rx.receive(1000) ?? new Uint8Array()), "hello, consumer", "receive");
    equal(rx.receive(0), null, "empty");
  } finally {
    unlinkShared(name); // while mapped: on Windows the region goes with its last close
    region.close();
  }
});

check("bad input is a typed MmapError with a code", () => {
  for (
    const [call, code] of [
      [() => open(join(dir, "missing.bin")), "ENOENT"],
      [() => open(path, { offset: -1 }), "ERANGE"],
      [() => open(path, { mode: "append" }), "EINVAL"],
      [() => open(dir), "EISDIR"],
    ]
  ) {
    try {
      call();
      throw new Error(`no error, expected ${code}`);
    } catch (e) {
      if (!(e instanceof MmapError)) throw e;
      equal(e.code, code, "code");
    }
  }
});

await checkAsync("mmapkit/cli: importing runs nothing; run(argv) counts as a loop does and resolves to 0", async () => {
  const before = process.exitCode;
  const cli = await import("mmapkit/cli");
  equal(process.exitCode, before, "exit code after import");
  const lines = [];
  const write = process.stdout.write;
  process.stdout.write = (chunk) => (lines.push(String(chunk)), true);
  let status;
  try {
    status = await cli.run(["count", "--json", "--no-progress", path]);
  } finally {
    process.stdout.write = write;
  }
  equal(status, 0, "status");
  equal(JSON.parse(lines.join("")).total, loopCount(data, 10), "count");
});

fs.rmSync(dir, { recursive: true, force: true });
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);

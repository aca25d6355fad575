/**
 * Benchmark: messages per second one way between two Node processes — mmapkit's `Channel` over
 * shared memory vs a Unix domain socket vs a named pipe (FIFO) — for 64 B and 64 KiB messages,
 * printed side by side with the ratios (target: Channel ≥ 5× the socket at 64 B).
 *
 * Every transport carries the same thing: `count` messages, each delivered to the consumer as its
 * own Uint8Array. The socket and the pipe frame messages with a 4-byte length, send each with one
 * `write()` (honouring back-pressure) and the consumer cuts frames out of the chunks it reads. The
 * rate is measured in the consumer, from the first message to the last (process start-up excluded);
 * each figure is the median of 3 interleaved rounds.
 *
 * It also prints the cost of one uncontended Mutex lock() + unlock() in this process (median of 5
 * runs of 1,000,000).
 *
 * Run: `npm run build && node dist/bench/shared.js` (Linux: needs /dev/shm and mkfifo).
 * @module
 */
import * as api from "mmapkit";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

type Transport = "channel" | "socket" | "pipe";
interface Result {
  count: number;
  ms: number;
}

const SIZES = [64, 64 * 1024];
const COUNTS: Record<number, number> = { 64: 500_000, [64 * 1024]: 20_000 };
/** Rounds per transport and size, interleaved; the median is reported (the machines are noisy). */
const ROUNDS = 3;
const RING = 4 << 20;
const self = fileURLToPath(import.meta.url);

function report(r: Result): void {
  console.log(JSON.stringify(r));
}

/** Cuts length-prefixed frames out of a byte stream; calls `each` per message. */
function framer(each: (m: Uint8Array) => void): (chunk: Uint8Array) => void {
  let rest: Uint8Array = new Uint8Array(0);
  return (chunk) => {
    let buf = rest.length === 0 ? chunk : concat(rest, chunk);
    let at = 0;
    while (buf.length - at >= 4) {
      const len = buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24);
      if (buf.length - at - 4 < len) break;
      each(buf.subarray(at + 4, at + 4 + len));
      at += 4 + len;
    }
    rest = at === buf.length ? new Uint8Array(0) : buf.slice(at);
    buf = rest;
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function frame(size: number): Uint8Array {
  const f = new Uint8Array(4 + size).fill(7);
  new DataView(f.buffer).setUint32(0, size, true);
  return f;
}

/** Consumer side: counts messages and times first → last. */
function counter(count: number, done: (r: Result) => void): (m: Uint8Array) => void {
  let n = 0;
  let t0 = 0;
  return (m) => {
    if (m.length === 0) throw new Error("empty message");
    if (n === 0) t0 = performance.now();
    if (++n === count) done({ count: count - 1, ms: performance.now() - t0 });
  };
}

async function writeAll(stream: NodeJS.WritableStream, size: number, count: number): Promise<void> {
  const f = frame(size);
  for (let i = 0; i < count; i++) {
    if (!stream.write(f)) await new Promise((r) => stream.once("drain", r));
  }
  await new Promise<void>((r) => stream.end(r));
}

async function child(role: string, transport: Transport, size: number, count: number, where: string): Promise<void> {
  if (transport === "channel") {
    const region = api.shared(where, { size: 0 });
    const ch = api.Channel.attach(region, 0);
    if (role === "producer") {
      const m = new Uint8Array(size).fill(7);
      for (let i = 0; i < count; i++) ch.send(m);
    } else {
      const each = counter(count, report);
      for (let i = 0; i < count; i++) each(ch.receive()!);
    }
    region.close();
    return;
  }
  if (transport === "socket") {
    if (role === "consumer") {
      await new Promise<void>((resolve) => {
        const server = net.createServer((sock) => {
          sock.on("data", framer(counter(count, (r) => (report(r), sock.destroy(), server.close(), resolve()))));
        });
        server.listen(where, () => console.log("ready"));
      });
    } else {
      const sock = net.connect(where);
      await new Promise((r) => sock.once("connect", r));
      await writeAll(sock, size, count);
    }
    return;
  }
  if (role === "consumer") {
    const stream = fs.createReadStream(where, { highWaterMark: 1 << 16 });
    console.log("ready");
    await new Promise<void>((resolve) =>
      stream.on("data", framer(counter(count, (r) => (report(r), stream.destroy(), resolve()))) as never)
    );
  } else {
    await writeAll(fs.createWriteStream(where), size, count);
  }
}

function run(args: string[]): { proc: ReturnType<typeof spawn>; out: Promise<string>; ready: Promise<void> } {
  const proc = spawn(process.execPath, [self, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));
  proc.stdout!.setEncoding("utf8").on("data", (c: string) => {
    out += c;
    if (out.includes("ready")) readyResolve();
  });
  return { proc, out: new Promise((r) => proc.on("close", () => r(out))), ready };
}

async function measure(transport: Transport, size: number, count: number): Promise<Result> {
  const dir = fs.mkdtempSync(join(tmpdir(), "mmapkit-bench-"));
  let where = join(dir, transport === "socket" ? "s.sock" : "p.fifo");
  try {
    if (transport === "channel") {
      where = `mmapkit-bench-${process.pid}`;
      const region = api.shared(where, { size: api.Channel.headerSize + RING, create: true });
      api.Channel.create(region, 0, RING);
      region.close();
    }
    if (transport === "pipe") spawnSync("mkfifo", [where]);
    const args = [transport, String(size), String(count), where];
    const consumer = run(["consumer", ...args]);
    if (transport !== "channel") await consumer.ready;
    const producer = run(["producer", ...args]);
    const [out] = await Promise.all([consumer.out, producer.out]);
    const line = out.trim().split("\n").pop()!;
    return JSON.parse(line) as Result;
  } finally {
    if (transport === "channel") api.unlinkShared(where);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [role, transport, size, count, where] = process.argv.slice(2);
  if (role === "producer" || role === "consumer") {
    await child(role, transport as Transport, Number(size), Number(count), where!);
    process.exit(0);
  }
  const rate = (r: Result): number => r.count / (r.ms / 1000);
  const fmt = (n: number): string => n >= 1e6 ? `${(n / 1e6).toFixed(2)} M/s` : `${(n / 1e3).toFixed(1)} k/s`;
  console.log(
    `# shared memory: messages per second one way, Node ${process.version} → Node; median of ${ROUNDS} interleaved rounds`,
  );
  for (const s of SIZES) {
    const n = COUNTS[s]!;
    const runs: Record<string, number[]> = { channel: [], socket: [], pipe: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of ["channel", "socket", "pipe"] as const) runs[t]!.push(rate(await measure(t, s, n)));
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const res: Record<string, number> = {};
    for (const t of Object.keys(runs)) res[t] = median(runs[t]!);
    const mb = (r: number): string => `${((r * s) / 1e6).toFixed(0)} MB/s`;
    console.log(
      `${s === 64 ? "64 B " : "64 KiB"}  channel ${fmt(res.channel!)} (${mb(res.channel!)})  socket ${
        fmt(res.socket!)
      }  pipe ${fmt(res.pipe!)}  →  channel/socket ${(res.channel! / res.socket!).toFixed(1)}×, channel/pipe ${
        (res.channel! / res.pipe!).toFixed(1)
      }×`,
    );
  }
  console.log(`Mutex lock() + unlock(), uncontended: ${mutexCost().toFixed(1)} ns`);
}

/** ns for one uncontended lock() + unlock(), median of 5 runs of 1,000,000. */
function mutexCost(): number {
  const name = `mmapkit-bench-mutex-${process.pid}`;
  const region = api.shared(name, { size: 4096, create: true });
  try {
    const m = new api.Mutex(region, 0);
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      for (let i = 0; i < 1_000_000; i++) {
        m.lock();
        m.unlock();
      }
      runs.push(((performance.now() - t0) * 1e6) / 1_000_000);
    }
    return runs.sort((a, b) => a - b)[2]!;
  } finally {
    region.close();
    api.unlinkShared(name);
  }
}

await main();

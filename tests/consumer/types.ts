// The consumer smoke test's TypeScript file: type-checked in a fresh project that installed the
// packed tarball, with strict settings, skipLibCheck false, under several moduleResolution and
// types settings. Wrong or leaking declarations fail here.
import {
  type Algorithm,
  anonymous,
  Channel,
  type Checksum,
  checksum,
  count,
  createChecksum,
  findAll,
  indexOf,
  lastIndexOf,
  MappedFile,
  MmapError,
  Mutex,
  open,
  type OpenOptions,
  pageSize,
  runtimeInfo,
  shared,
  transform,
} from "mmapkit";
import * as promises from "mmapkit/promises";
// @ts-expect-error install is internal: not exported
import { install } from "mmapkit";

const options: OpenOptions = { mode: "write", offset: 4097n, length: 1000, create: true, size: 8192 };
const f: MappedFile = open("data.bin", options);
const bytes: Uint8Array = f.bytes;
const isMapped: boolean = f instanceof MappedFile;
const n: number = count(f, 10) + count("data.bin", 10, { offset: 1, length: 3 });
const at: number = indexOf(bytes, "needle", { from: 2 });
const all: number[] = findAll(f, Uint8Array.of(1, 2));
const algorithm: Algorithm = "xxh3";
const digest: string = checksum("data.bin", algorithm, { seed: 1n });
const stream: Checksum = createChecksum("xxh128", { seed: 7 });
const streamed: string = stream.update(bytes).update(new Uint8Array(3)).digest();
const streamAlgorithm: Algorithm = stream.algorithm;
// @ts-expect-error an update takes bytes
stream.update("text");
transform(f, { add: 1, type: "i32" });
f.flush({ offset: 0, length: 10, async: true });
const residency: { pages: number; resident: number } = f.residency();
const last: number = lastIndexOf(f, "needle", { to: 10, offset: 1 });
const signal: promises.AbortSignalLike = {
  aborted: false,
  reason: undefined,
  addEventListener() {},
  removeEventListener() {},
};
const later: Promise<string> = promises.checksum("x.bin", "xxh3", { signal, threads: 2 });
const threads: number = runtimeInfo().threads.workers;
const byFd: MappedFile = open(3, { mode: "write", size: 100 });
const byHandle: MappedFile = open({ fd: 3 });
byFd.protect("read");
byFd.advise("populate_read", { offset: 0, length: 1 });
byFd.flush({ invalidate: true, async: true });
// @ts-expect-error protect takes "read" or "write"
byFd.protect("private");
// @ts-expect-error not an advice
byHandle.advise("discard");
f.close();
// @ts-expect-error the window is internal
f.window;
// @ts-expect-error the runtime is internal
f.runtime;
// @ts-expect-error "write" is not an algorithm
checksum("data.bin", "sha256");
let scopedLength = 0;
{
  using scoped = open("data.bin");
  scopedLength = scoped.length;
}
const m = anonymous(pageSize);
const region = shared("name", { size: 4096, create: true });
const lock = new Mutex(region, 0);
const ok: boolean = lock.tryLock();
const ch: Channel = Channel.create(region, 64, 1024);
const message: Uint8Array | null = ch.receive(10);
try {
  open("missing");
} catch (e) {
  if (e instanceof MmapError) {
    const code: string = e.code;
    const errno: number | undefined = e.errno;
    const details: [string, number | undefined, string | undefined, string | undefined] = [
      code,
      errno,
      e.syscall,
      e.path,
    ];
    scopedLength += details.length;
  }
}
const engine: "mapped" | "buffered" = runtimeInfo().engine;
export {
  all,
  at,
  digest,
  engine,
  install,
  isMapped,
  last,
  later,
  m,
  message,
  n,
  ok,
  residency,
  scopedLength,
  streamAlgorithm,
  streamed,
  threads,
};

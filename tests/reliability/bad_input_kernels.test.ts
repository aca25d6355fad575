/**
 * Bad input to every kernel (count, indexOf, findAll, checksum, transform): wrong types, NaN,
 * Infinity, negative, fractional and huge numbers, bigints past 2^53, ranges past the end,
 * zero-length and 1-byte files, directories, FIFOs, sockets, /proc files, symlink loops, unknown
 * algorithms, a map table that is not 256 bytes, a transform on a "read" mapping, calls after
 * close — on path, MappedFile and Uint8Array sources. The harness (tests/_bad_input.ts) checks
 * each row: the MmapError code, a message that says what to do, the process alive, no
 * descriptor leaked, every file of the fixture directory unchanged (size and sha256).
 * @module
 */
import * as assert from "uvu/assert";
import * as fs from "node:fs";
import process from "node:process";
import type { Api, Register } from "../_ctx.ts";
import { timed } from "../_faults.ts";
import { fifoGuard, type Fx, type MappedFile, type Row, tableSuite, vague } from "../_bad_input.ts";

type Source = Parameters<Api["count"]>[0];

// Mappings the rows run kernels on (closed by the harness).
const mapRead = (api: Api, fx: Fx): MappedFile => api.open(fx.data, fx.o());
const mapWrite = (api: Api, fx: Fx): MappedFile => api.open(fx.data, fx.o({ mode: "write" }));
const mapClosed = (api: Api, fx: Fx): MappedFile => {
  const m = mapWrite(api, fx);
  m.close();
  return m;
};
/** Run options for a path source: the suite's engine, plus `extra`. */
const po = (fx: Fx, extra: Record<string, unknown> = {}): never => fx.o(extra);
const any = (v: unknown): never => v as never;

const procSkip = (): string | undefined => {
  try {
    fs.readFileSync("/proc/self/status");
    return undefined;
  } catch (e) {
    return `/proc is not readable here (${String(e).slice(0, 80)})`;
  }
};
const socketSkip = (
  fx: Fx,
): string | undefined => (fx.socket === "" ? "cannot make a Unix socket file here" : undefined);

/** Rows that call `kernel` on a path with a bad range or a bad file, for several kernels. */
function pathRows(): Row[] {
  const kernels: [string, (api: Api, s: Source, o: never) => unknown][] = [
    ["count", (api, s, o) => api.count(s, 0x0a, o)],
    ["indexOf", (api, s, o) => api.indexOf(s, "ab", o)],
    ["findAll", (api, s, o) => api.findAll(s, 0x61, o)],
    ["checksum", (api, s, o) => api.checksum(s, "crc32", o)],
    ["transform", (api, s, o) => api.transform(s as string, { xor: 0x5a }, o)],
  ];
  const rows: Row[] = [];
  for (const [k, run] of kernels) {
    rows.push(
      { name: `${k}: a directory`, code: "EISDIR", call: (api, fx) => run(api, fx.sub, po(fx)) },
      { name: `${k}: a missing file`, code: "ENOENT", call: (api, fx) => run(api, fx.missing, po(fx)) },
      {
        name: `${k}: a symlink loop`,
        code: "ELOOP",
        // Wine reports ENOENT for a loop (its file-name lookup), not what Windows reports.
        skip: () => process.platform === "win32" ? "Wine reports ENOENT here; untested on real Windows" : undefined,
        call: (api, fx) => run(api, fx.loop, po(fx)),
      },
      {
        name: `${k}: a FIFO (does not block)`,
        code: "ENODEV",
        call: (api, fx) => (fifoGuard(fx, k === "transform" ? "write" : "read"), run(api, fx.fifo, po(fx))),
      },
      { name: `${k}: a Unix socket`, code: "ENXIO", skip: socketSkip, call: (api, fx) => run(api, fx.socket, po(fx)) },
      {
        name: `${k}: offset 1 of a zero-length file`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.empty, po(fx, { offset: 1 })),
      },
      {
        name: `${k}: length 2 of a 1-byte file`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.one, po(fx, { length: 2 })),
      },
      {
        name: `${k}: offset past the end`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.data, po(fx, { offset: fx.size + 1 })),
      },
      {
        name: `${k}: offset + length past the end`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.data, po(fx, { offset: 8, length: fx.size })),
      },
      { name: `${k}: offset -1`, code: "ERANGE", call: (api, fx) => run(api, fx.data, po(fx, { offset: -1 })) },
      { name: `${k}: offset NaN`, code: "EINVAL", call: (api, fx) => run(api, fx.data, po(fx, { offset: NaN })) },
      {
        name: `${k}: offset Infinity`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.data, po(fx, { offset: Infinity })),
      },
      { name: `${k}: length 2.5`, code: "EINVAL", call: (api, fx) => run(api, fx.data, po(fx, { length: 2.5 })) },
      {
        name: `${k}: offset 2n**60n (bigint past 2^53)`,
        code: "ERANGE",
        call: (api, fx) => run(api, fx.data, po(fx, { offset: 2n ** 60n })),
      },
      { name: `${k}: offset "1"`, code: "EINVAL", call: (api, fx) => run(api, fx.data, po(fx, { offset: "1" })) },
      { name: `${k}: options is a number`, code: "EINVAL", call: (api, fx) => run(api, fx.data, any(7)) },
      { name: `${k}: unknown engine`, code: "EINVAL", call: (api, fx) => run(api, fx.data, any({ engine: "turbo" })) },
      // A misspelt option would otherwise be ignored (no offset, no seed): refused, whether the call splits or not.
      { name: `${k}: a misspelt option`, code: "EINVAL", call: (api, fx) => run(api, fx.data, po(fx, { ofset: 1 })) },
      {
        name: `${k}: a misspelt option, on two threads`,
        code: "EINVAL",
        call: (api, fx) => run(api, fx.data, po(fx, { threads: 2, lenght: 1 })),
      },
      {
        name: `${k}: signal (only mmapkit/promises takes one)`,
        code: "EINVAL",
        call: (api, fx) => run(api, fx.data, po(fx, { signal: new AbortController().signal })),
      },
      {
        name: `${k}: onProgress is not a function`,
        code: "EINVAL",
        call: (api, fx) => run(api, fx.data, po(fx, { onProgress: 1 })),
      },
      { name: `${k}: source is a number`, code: "EINVAL", call: (api, fx) => run(api, any(42), po(fx)) },
      { name: `${k}: source is a plain object`, code: "EINVAL", call: (api, fx) => run(api, any({}), po(fx)) },
      { name: `${k}: an http: URL`, code: "EINVAL", call: (api, fx) => run(api, any(new URL("http://x/y")), po(fx)) },
      {
        name: `${k}: path with a NUL byte`,
        code: "EINVAL",
        call: (api, fx) => run(api, `${fx.data}\0.bak`, po(fx)),
      },
      { name: `${k}: after close()`, code: "ECLOSED", setup: mapClosed, call: (api, fx, m) => run(api, m, po(fx)) },
      {
        name: `${k}: a MappedFile, range past its end`,
        code: "ERANGE",
        setup: mapWrite,
        call: (api, _fx, m) => run(api, m, any({ offset: 1, length: m.length })),
      },
      {
        name: `${k}: a Uint8Array, offset past its end`,
        code: "ERANGE",
        call: (api, _fx) => run(api, new Uint8Array(16), any({ offset: 17 })),
      },
    );
    if (k !== "transform") {
      rows.push({
        name: `${k}: /proc/self/status (size 0, has content)`,
        code: "ENODEV",
        skip: procSkip,
        call: (api, fx) => run(api, "/proc/self/status", po(fx)),
      });
    }
  }
  return rows;
}

const ROWS: readonly Row[] = [
  ...pathRows(),
  // ---- count: the byte -------------------------------------------------------------------------
  { name: "count: byte 256", code: "EINVAL", call: (api, fx) => api.count(fx.data, 256, po(fx)) },
  { name: "count: byte -1", code: "EINVAL", call: (api, fx) => api.count(fx.data, -1, po(fx)) },
  { name: "count: byte 1.5", code: "EINVAL", call: (api, fx) => api.count(fx.data, 1.5, po(fx)) },
  { name: "count: byte NaN", code: "EINVAL", call: (api, fx) => api.count(fx.data, NaN, po(fx)) },
  { name: 'count: byte "a"', code: "EINVAL", call: (api, fx) => api.count(fx.data, any("a"), po(fx)) },
  { name: "count: byte 10n", code: "EINVAL", call: (api, fx) => api.count(fx.data, any(10n), po(fx)) },
  { name: "count: no byte", code: "EINVAL", call: (api, fx) => api.count(fx.data, any(undefined), po(fx)) },
  // ---- indexOf / findAll: the needle and from ---------------------------------------------------
  { name: 'indexOf: needle ""', code: "EINVAL", call: (api, fx) => api.indexOf(fx.data, "", po(fx)) },
  {
    name: "indexOf: needle of 0 bytes",
    code: "EINVAL",
    call: (api, fx) => api.indexOf(fx.data, new Uint8Array(0), po(fx)),
  },
  { name: "indexOf: needle 300", code: "EINVAL", call: (api, fx) => api.indexOf(fx.data, 300, po(fx)) },
  { name: "indexOf: needle {}", code: "EINVAL", call: (api, fx) => api.indexOf(fx.data, any({}), po(fx)) },
  {
    name: "indexOf: needle [1, 2] (an Array, not bytes)",
    code: "EINVAL",
    call: (api, fx) => api.indexOf(fx.data, any([1, 2]), po(fx)),
  },
  {
    name: "indexOf: needle over 64 KiB",
    code: "ERANGE",
    call: (api, fx) => api.indexOf(fx.data, new Uint8Array(65537), po(fx)),
  },
  { name: "indexOf: from -1", code: "ERANGE", call: (api, fx) => api.indexOf(fx.data, 1, po(fx, { from: -1 })) },
  { name: "indexOf: from NaN", code: "EINVAL", call: (api, fx) => api.indexOf(fx.data, 1, po(fx, { from: NaN })) },
  { name: "indexOf: from 0.5", code: "EINVAL", call: (api, fx) => api.indexOf(fx.data, 1, po(fx, { from: 0.5 })) },
  // ---- lastIndexOf: the needle and to (the codes of indexOf's from) -------------------------------
  { name: 'lastIndexOf: needle ""', code: "EINVAL", call: (api, fx) => api.lastIndexOf(fx.data, "", po(fx)) },
  {
    name: "lastIndexOf: needle of 0 bytes",
    code: "EINVAL",
    call: (api, fx) => api.lastIndexOf(fx.data, new Uint8Array(0), po(fx)),
  },
  { name: "lastIndexOf: needle 256", code: "EINVAL", call: (api, fx) => api.lastIndexOf(fx.data, 256, po(fx)) },
  {
    name: "lastIndexOf: needle over 64 KiB",
    code: "ERANGE",
    call: (api, fx) => api.lastIndexOf(fx.data, new Uint8Array(65537), po(fx)),
  },
  { name: "lastIndexOf: to -1", code: "ERANGE", call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { to: -1 })) },
  { name: "lastIndexOf: to NaN", code: "EINVAL", call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { to: NaN })) },
  { name: "lastIndexOf: to 0.5", code: "EINVAL", call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { to: 0.5 })) },
  {
    name: "lastIndexOf: to Infinity",
    code: "ERANGE",
    call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { to: Infinity })),
  },
  { name: 'lastIndexOf: to "5"', code: "EINVAL", call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { to: "5" })) },
  {
    name: "lastIndexOf: offset past the end",
    code: "ERANGE",
    call: (api, fx) => api.lastIndexOf(fx.data, 1, po(fx, { offset: fx.size + 1 })),
  },
  { name: 'findAll: needle ""', code: "EINVAL", call: (api, fx) => api.findAll(fx.data, "", po(fx)) },
  { name: "findAll: needle 1.5", code: "EINVAL", call: (api, fx) => api.findAll(fx.data, 1.5, po(fx)) },
  { name: "findAll: needle null", code: "EINVAL", call: (api, fx) => api.findAll(fx.data, any(null), po(fx)) },
  {
    name: "findAll: offset -1n",
    code: "ERANGE",
    call: (api, fx) => api.findAll(fx.data, 1, po(fx, { offset: -1n })),
  },
  // ---- checksum: the algorithm and the seed ------------------------------------------------------
  { name: 'checksum: "md5"', code: "EINVAL", call: (api, fx) => api.checksum(fx.data, any("md5"), po(fx)) },
  { name: 'checksum: "CRC32" (case)', code: "EINVAL", call: (api, fx) => api.checksum(fx.data, any("CRC32"), po(fx)) },
  { name: "checksum: no algorithm", code: "EINVAL", call: (api, fx) => api.checksum(fx.data, any(undefined), po(fx)) },
  { name: "checksum: algorithm 32", code: "EINVAL", call: (api, fx) => api.checksum(fx.data, any(32), po(fx)) },
  {
    name: "checksum: xxh64 seed -1",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "xxh64", po(fx, { seed: -1 })),
  },
  {
    name: "checksum: xxh3 seed 2n**64n",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "xxh3", po(fx, { seed: 2n ** 64n })),
  },
  {
    name: "checksum: xxh64 seed 1.5",
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "xxh64", po(fx, { seed: 1.5 })),
  },
  {
    name: "checksum: xxh3 seed 2**60 (a number past 2^53)",
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "xxh3", po(fx, { seed: 2 ** 60 })),
  },
  {
    name: "checksum: crc32 seed 2**32",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "crc32", po(fx, { seed: 2 ** 32 })),
  },
  {
    name: "checksum: crc32c seed 1.5 (a previous checksum is a whole number)",
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "crc32c", po(fx, { seed: 1.5 })),
  },
  {
    name: 'checksum: adler32 seed "1"',
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "adler32", po(fx, { seed: "1" })),
  },
  {
    name: "checksum: xxh32 seed 2**32",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "xxh32", po(fx, { seed: 2 ** 32 })),
  },
  {
    name: "checksum: xxh32 seed -1n",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "xxh32", po(fx, { seed: -1n })),
  },
  {
    name: 'checksum: xxh32 seed "7"',
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "xxh32", po(fx, { seed: "7" })),
  },
  {
    name: "checksum: xxh128 seed 2n**64n",
    code: "ERANGE",
    call: (api, fx) => api.checksum(fx.data, "xxh128", po(fx, { seed: 2n ** 64n })),
  },
  {
    name: "checksum: xxh128 seed NaN",
    code: "EINVAL",
    call: (api, fx) => api.checksum(fx.data, "xxh128", po(fx, { seed: NaN })),
  },
  // ---- createChecksum: the algorithm, the seed, the pieces ---------------------------------------
  { name: 'createChecksum: "md5"', code: "EINVAL", call: (api) => api.createChecksum(any("md5")) },
  { name: "createChecksum: no algorithm", code: "EINVAL", call: (api) => api.createChecksum(any(undefined)) },
  { name: "createChecksum: options 5", code: "EINVAL", call: (api) => api.createChecksum("xxh3", any(5)) },
  {
    name: "createChecksum: xxh32 seed 2**32",
    code: "ERANGE",
    call: (api) => api.createChecksum("xxh32", { seed: 2 ** 32 }),
  },
  { name: "createChecksum: xxh64 seed -1", code: "ERANGE", call: (api) => api.createChecksum("xxh64", { seed: -1 }) },
  { name: "createChecksum: xxh3 seed 1.5", code: "EINVAL", call: (api) => api.createChecksum("xxh3", { seed: 1.5 }) },
  {
    name: "createChecksum: crc32 seed 2**32",
    code: "ERANGE",
    call: (api) => api.createChecksum("crc32", { seed: 2 ** 32 }),
  },
  {
    name: "createChecksum: update(ArrayBuffer)",
    code: "EINVAL",
    call: (api) => api.createChecksum("xxh128").update(any(new ArrayBuffer(8))),
  },
  {
    name: 'createChecksum: update("text")',
    code: "EINVAL",
    call: (api) => api.createChecksum("crc32").update(any("text")),
  },
  {
    name: "createChecksum: update(null)",
    code: "EINVAL",
    call: (api) => api.createChecksum("xxh32").update(any(null)),
  },
  {
    name: "createChecksum: update after digest",
    code: "ECLOSED",
    call: (api, fx) => {
      const sum = api.createChecksum("xxh64");
      sum.update(fs.readFileSync(fx.data)).digest();
      return sum.update(new Uint8Array(1));
    },
  },
  // ---- transform: the op and the mapping --------------------------------------------------------
  {
    name: 'transform: a "read" mapping',
    code: "EMODE",
    setup: mapRead,
    call: (api, _fx, m) => api.transform(m, { xor: 1 }),
  },
  {
    name: "transform: a 255-byte map table",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { map: new Uint8Array(255) }, po(fx)),
  },
  {
    name: "transform: a 257-byte map table",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { map: new Uint8Array(257) }, po(fx)),
  },
  {
    name: "transform: a map table that is an Array",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ map: Array.from({ length: 256 }, (_, i) => i) }), po(fx)),
  },
  {
    name: "transform: a 256-element Uint16Array map table",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ map: new Uint16Array(256) }), po(fx)),
  },
  { name: "transform: xor 256", code: "EINVAL", call: (api, fx) => api.transform(fx.data, { xor: 256 }, po(fx)) },
  { name: "transform: xor -1", code: "EINVAL", call: (api, fx) => api.transform(fx.data, { xor: -1 }, po(fx)) },
  {
    name: "transform: xor with an empty key",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { xor: new Uint8Array(0) }, po(fx)),
  },
  {
    name: "transform: xor with a key over 64 KiB",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { xor: new Uint8Array(65537) }, po(fx)),
  },
  { name: "transform: swap 3", code: "EINVAL", call: (api, fx) => api.transform(fx.data, any({ swap: 3 }), po(fx)) },
  {
    name: 'transform: add type "u16"',
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ add: 1, type: "u16" }), po(fx)),
  },
  {
    // A name every object has: it must not pass for an element type.
    name: 'transform: add type "toString"',
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ add: 1, type: "toString" }), po(fx)),
  },
  {
    name: "transform: add without a type",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ add: 1 }), po(fx)),
  },
  {
    name: "transform: add 1.5 to i32",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { add: 1.5, type: "i32" }, po(fx)),
  },
  {
    name: "transform: add NaN to i64",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, { add: NaN, type: "i64" }, po(fx)),
  },
  {
    name: 'transform: add "1" to f64',
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ add: "1", type: "f64" }), po(fx)),
  },
  {
    name: "transform: two ops at once",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ xor: 1, swap: 2 }), po(fx)),
  },
  { name: "transform: op {}", code: "EINVAL", call: (api, fx) => api.transform(fx.data, any({}), po(fx)) },
  // Options written into the op were reported as an unknown op, which did not say where they go.
  {
    name: "transform: options inside the op",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ add: 1, type: "i32", offset: 4, threads: 2 }), po(fx)),
  },
  // An unknown op name was read as an add without a type ("add needs type…", which the caller never wrote).
  {
    name: "transform: an unknown op { foo }",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ foo: 1 }), po(fx)),
  },
  {
    name: "transform: a type with an op other than add",
    code: "EINVAL",
    call: (api, fx) => api.transform(fx.data, any({ xor: 1, type: "i32" }), po(fx)),
  },
  { name: "transform: op null", code: "EINVAL", call: (api, fx) => api.transform(fx.data, any(null), po(fx)) },
  { name: 'transform: op "xor"', code: "EINVAL", call: (api, fx) => api.transform(fx.data, any("xor"), po(fx)) },
  {
    name: "transform: i32 over a range that is not whole elements",
    code: "ERANGE",
    call: (api, fx) => api.transform(fx.data, { add: 1, type: "i32" }, po(fx, { offset: 0, length: 4 * 9 + 1 })),
  },
  {
    name: "transform: swap 8 over 12 bytes",
    code: "ERANGE",
    call: (api, fx) => api.transform(fx.data, { swap: 8 }, po(fx, { offset: 1, length: 12 })),
  },
  {
    name: "transform: swap 2 of a 1-byte file",
    code: "ERANGE",
    call: (api, fx) => api.transform(fx.one, { swap: 2 }, po(fx)),
  },
  {
    name: "transform: a write mapping, swap 4 of a partial element",
    code: "ERANGE",
    setup: mapWrite,
    call: (api, _fx, m) => api.transform(m, { swap: 4 }, { offset: 0, length: 6 }),
  },
];

/** Registers the kernel bad-input table, one suite per engine. */
export const register: Register = (ctx) => {
  tableSuite(ctx, "bad input to kernels", ROWS, (t, _get, engine) => {
    timed(t, `bad input to kernels [${ctx.runtime}, ${engine}]`);
    t("every kernel message says what to do", () => {
      assert.equal([...vague.entries()].map(([m, where]) => `${where}: ${m}`), []);
    });
  });
};

/** How many rows the table has (RELIABILITY.md reports it). */
export const KERNEL_ROWS: number = ROWS.length;

/**
 * The kernels over standard input, piece by piece as it arrives, in bounded memory: nothing holds
 * more than one piece (plus, for `find`, the pattern's length) at a time, so `cat 2GiB | mmapkit
 * hash` needs no more memory than `mmapkit hash FILE`.
 * @module
 */
import { createReadStream, statSync } from "node:fs";
import type { Algorithm } from "../api.ts";
import type { Api } from "./_command.ts";
import type { Io } from "./_io.ts";

/**
 * Whether FILE is read as a stream instead of mapped: "-" (standard input), a FIFO or a device
 * given by name (`<(cmd)`, /dev/stdin, /dev/null), and a file of size 0 (empty, or a /proc or
 * /sys file whose size says nothing of its content) — all of which coreutils and xxhsum read as
 * they read standard input. A name that cannot be stat'ed goes to the kernels, which say why.
 */
export function streamed(file: string): boolean {
  if (file === "-") return true;
  try {
    const st = statSync(file);
    return st.isFIFO() || st.isCharacterDevice() || st.isBlockDevice() || (st.isFile() && st.size === 0);
  } catch {
    return false;
  }
}

/** The bytes of FILE ("-": standard input) as they arrive, one piece at a time. */
export function piecesOf(io: Io, file: string): AsyncIterable<Uint8Array> {
  return file === "-" ? io.stdin() : createReadStream(file, { highWaterMark: 1 << 20 });
}

/** How many times `byte` occurs in `input`. */
export async function countStream(api: Api, input: AsyncIterable<Uint8Array>, byte: number): Promise<number> {
  let n = 0;
  for await (const piece of input) if (piece.length > 0) n += api.count(piece, byte);
  return n;
}

/**
 * Offsets of `needle` in `input`, ascending, overlapping ones included (as `findAll`), or only
 * the first when `first` is set. A match split between two pieces is found once: each piece is
 * searched together with the last `needle.length - 1` bytes of the one before, which are too
 * short to hold a whole match of their own.
 */
export async function findStream(
  api: Api,
  input: AsyncIterable<Uint8Array>,
  needle: Uint8Array,
  first: boolean,
): Promise<number[]> {
  const keep = needle.length - 1;
  const found: number[] = [];
  let tail = new Uint8Array(0);
  let base = 0; // offset in the input of tail[0]
  for await (const piece of input) {
    if (piece.length === 0) continue;
    const window = tail.length === 0 ? piece : concat(tail, piece);
    if (first) {
      const at = api.indexOf(window, needle);
      if (at >= 0) return [base + at];
    } else {
      for (const at of api.findAll(window, needle)) found.push(base + at);
    }
    const cut = Math.max(0, window.length - keep);
    tail = window.slice(cut);
    base += cut;
  }
  return found;
}

/** The checksum of `input`, as `checksum` gives it for the same bytes. */
export async function hashStream(
  api: Api,
  input: AsyncIterable<Uint8Array>,
  algorithm: Algorithm,
  seed: bigint | undefined,
): Promise<string> {
  const sum = api.createChecksum(algorithm, seed === undefined ? {} : { seed });
  for await (const piece of input) sum.update(piece);
  return sum.digest();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

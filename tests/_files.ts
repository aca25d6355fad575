/** Fixture helpers: files with seeded random bytes, read back with fs as the oracle. @module */
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "./_rand.ts";

let n = 0;

/** A new file in `dir` holding `size` seeded random bytes; returns its path and bytes. */
export function fixture(dir: string, size: number, seed: number = size + 1): { path: string; data: Uint8Array } {
  const path = join(dir, `f${n++}-${size}.bin`);
  const data = randomBytes(size, seed);
  writeFileSync(path, data);
  return { path, data };
}

/** A fresh path in `dir` that does not exist yet. */
export function freshPath(dir: string, name = "new"): string {
  return join(dir, `${name}-${n++}.bin`);
}

/** The file's bytes, read with fs. */
export function readBack(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/** fsync a file so the page cache can drop its pages. */
export function syncFile(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether two byte ranges are equal (plain loop; the oracle for views). */
export function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether /proc/self/<name> exists and this runtime may read it (Deno needs -A for /proc/self). */
export function procSelf(name: string): boolean {
  try {
    readFileSync(`/proc/self/${name}`);
    return true;
  } catch {
    try {
      return readdirSync(`/proc/self/${name}`).length >= 0;
    } catch {
      return false;
    }
  }
}

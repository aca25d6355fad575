/**
 * `shared()` and `unlinkShared()`: named shared memory, the files under `/dev/shm` (what
 * shm_open(3) uses on Linux), mapped read-write shared so every process that maps the same name
 * — in any runtime — sees the same bytes. Linux only: other systems have no `/dev/shm` to map.
 * @module
 */
import { toIndex, toOptions } from "./_args.ts";
import { MmapError } from "./errors.ts";
import type { MappedFile } from "./mapped_file.ts";
import { openFile } from "./open.ts";
import type { Runtime } from "./runtime.ts";

/** Options of {@link sharedRegion}. */
export interface SharedOptions {
  /** Bytes the region has at least: a new region is created with this size, a smaller one grows to it. */
  size: number;
  /** Create the region if it does not exist (default false: `ENOENT` when missing). */
  create?: boolean;
  /** Fail with `EEXIST` when the region exists (implies `create`). */
  exclusive?: boolean;
  /** Permission bits of a region this call creates (default 0o600; the umask applies). */
  permissions?: number;
}

const enc = new TextEncoder();

/** Checks a shared-memory name: one path component, 1–255 bytes, no NUL; returns it. */
function toName(name: unknown): string {
  if (typeof name !== "string") {
    throw new MmapError("EINVAL", `a shared memory name must be a string, got ${typeof name}`);
  }
  const hint = 'use a plain file name such as "my-app.queue"';
  if (name === "" || name === "." || name === "..") {
    throw new MmapError("EINVAL", `${JSON.stringify(name)} is not a valid shared memory name; ${hint}`);
  }
  if (name.includes("/")) {
    throw new MmapError("EINVAL", `shared memory name ${JSON.stringify(name)} contains "/"; ${hint}`);
  }
  if (name.includes("\0")) throw new MmapError("EINVAL", `shared memory name contains a NUL byte; ${hint}`);
  const bytes = enc.encode(name).length;
  if (bytes > 255) {
    throw new MmapError("EINVAL", `shared memory name is ${bytes} bytes, over the 255 a file name may have; ${hint}`);
  }
  return name;
}

function shmDir(rt: Runtime, what: string): string {
  const dir = rt.platform?.shmDir;
  if (dir === undefined) {
    const os = rt.sys?.os ?? "this system";
    if (rt.sys !== undefined && rt.platform !== undefined) {
      throw new MmapError("ENOSYS", `${what}: shared memory is supported on Linux only (/dev/shm), not on ${os}`);
    }
  }
  return dir ?? "/dev/shm";
}

/** Maps the shared memory region `name` (the file `/dev/shm/<name>`), read-write shared. */
export function sharedRegion(rt: Runtime, name: string, options: SharedOptions): MappedFile {
  const n = toName(name);
  const o = toOptions<SharedOptions>(options, "shared options");
  const size = toIndex(o.size, "shared size");
  for (const key of ["create", "exclusive"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "boolean") throw new MmapError("EINVAL", `${key} must be a boolean`);
  }
  const permissions = o.permissions ?? 0o600;
  if (typeof permissions !== "number" || !Number.isInteger(permissions) || permissions < 0 || permissions > 0o7777) {
    throw new MmapError("EINVAL", `permissions must be mode bits between 0 and 0o7777 (such as 0o600)`);
  }
  if (!rt.mappedWorks()) {
    throw new MmapError(
      "ENOFFI",
      `shared memory needs a real mapping, which is not available here: ${rt.noMapReason ?? "unknown reason"}`,
    );
  }
  const exclusive = o.exclusive === true;
  const path = `${shmDir(rt, "shared")}/${n}`;
  const create = exclusive || o.create === true;
  try {
    return openFile(rt, path, { mode: "write", create, size, engine: "mapped" }, { exclusive, permissions });
  } catch (e) {
    if (e instanceof MmapError && e.code === "ENOENT" && !create) {
      throw new MmapError("ENOENT", `no shared memory named ${JSON.stringify(n)}; pass { create: true } to make it`, {
        ...(e.errno === undefined ? {} : { errno: e.errno }),
        path,
        cause: e,
      });
    }
    throw e;
  }
}

/** Removes the shared memory region `name`; mappings of it stay usable until closed. */
export function unlinkShared(rt: Runtime, name: string): void {
  const n = toName(name);
  rt.io.unlink(`${shmDir(rt, "unlinkShared")}/${n}`);
}

/**
 * `shared()` and `unlinkShared()`: named shared memory, the files under `/dev/shm` (what
 * shm_open(3) uses on Linux), mapped read-write shared so every process that maps the same name
 * — in any runtime — sees the same bytes. Linux only: other systems have no `/dev/shm` to map.
 * @module
 */
import { toIndex, toOptions } from "./args.ts";
import { MmapError } from "./errors.ts";
import type { FileStat } from "./fileio.ts";
import type { MappedFile } from "./mapped_file.ts";
import { openFile } from "./open.ts";
import type { Runtime } from "./runtime.ts";

/** Options of `shared()`. */
export interface SharedOptions {
  /** Bytes the region has at least: a new region is created with this size, a smaller one grows to it. */
  size: number;
  /** Create the region if it does not exist (default false: `ENOENT` when missing). */
  create?: boolean;
  /** Fail with `EEXIST` when the region exists (implies `create`). */
  exclusive?: boolean;
  /**
   * Permission bits (0 to 0o777, no setuid/setgid/sticky) of a region this call creates (default
   * 0o600; the umask applies). An existing region whose bits go beyond these is refused (EACCES):
   * pass the same `permissions` in every process.
   */
  permissions?: number;
  /**
   * Map an existing region even when another user owns it or its permission bits are wider than
   * `permissions` (default false: such a region is refused with EACCES, since whoever else can
   * open it can read and change what you put there).
   */
  trustExisting?: boolean;
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
  if (rt.win !== undefined) {
    throw new MmapError(
      "ENOSYS",
      `${what}: named shared memory is not implemented on Windows yet; map one file with mode "write" in every process instead (Windows shares its pages)`,
    );
  }
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
  for (const key of ["create", "exclusive", "trustExisting"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "boolean") throw new MmapError("EINVAL", `${key} must be a boolean`);
  }
  const permissions = o.permissions ?? 0o600;
  if (typeof permissions !== "number" || !Number.isInteger(permissions) || permissions < 0 || permissions > 0o777) {
    throw new MmapError(
      "EINVAL",
      `permissions must be mode bits between 0 and 0o777 (such as 0o600); setuid, setgid and sticky bits are refused`,
    );
  }
  if (!rt.mappedWorks()) {
    throw new MmapError(
      "ENOFFI",
      `shared memory needs a real mapping, which is not available here: ${rt.noMapReason ?? "unknown reason"}`,
    );
  }
  if (size > rt.maxWindow) {
    throw new MmapError(
      "ERANGE",
      `shared memory of ${size} bytes is over the largest mapping (maxWindow, ${rt.maxWindow} bytes); ask for less`,
    );
  }
  const exclusive = o.exclusive === true;
  const path = `${shmDir(rt, "shared")}/${n}`;
  const create = exclusive || o.create === true;
  const trust = o.trustExisting === true;
  const verify = (st: FileStat, created: boolean): void => {
    if (created || trust) return;
    const euid = rt.sys?.geteuid();
    if (euid !== undefined && st.uid !== euid) {
      throw new MmapError(
        "EACCES",
        `shared memory ${
          JSON.stringify(n)
        } is owned by user ${st.uid}, not this process's user ${euid}: its owner can read and change everything in it; remove it, use another name, or pass { trustExisting: true }`,
        { path },
      );
    }
    if ((st.perm & ~permissions) !== 0) {
      throw new MmapError(
        "EACCES",
        `shared memory ${JSON.stringify(n)} has permissions 0o${st.perm.toString(8)}, wider than the 0o${
          permissions.toString(8)
        } asked for (others may open it); pass the permissions it was created with, or { trustExisting: true }`,
        { path },
      );
    }
  };
  try {
    return openFile(rt, path, { mode: "write", create, size, engine: "mapped" }, {
      exclusive,
      permissions,
      noFollow: true,
      verify,
      sharedRegion: true,
    });
  } catch (e) {
    if (e instanceof MmapError && e.code === "ELOOP") {
      throw new MmapError(
        "ELOOP",
        `${path} is a symbolic link, which shared() never follows (another process may have planted it to redirect your writes); remove it, or use another name`,
        { path, cause: e },
      );
    }
    if (e instanceof MmapError && e.code === "EINVAL" && e.message.includes("is empty")) {
      throw new MmapError(
        "EINVAL",
        `shared memory ${JSON.stringify(n)} is empty (0 bytes): pass { size } of at least 1 to create or grow it`,
        { path, cause: e },
      );
    }
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
  try {
    rt.io.unlink(`${shmDir(rt, "unlinkShared")}/${n}`);
  } catch (e) {
    if (!(e instanceof MmapError) || e.code !== "ENOENT") throw e;
    throw new MmapError("ENOENT", `no shared memory named ${JSON.stringify(n)} to remove`, { cause: e });
  }
}

/**
 * `shared()` and `unlinkShared()`: named shared memory, the files under `/dev/shm` (what
 * shm_open(3) uses on Linux), mapped read-write shared so every process that maps the same name
 * — in any runtime — sees the same bytes. On Windows a named pagefile-backed section
 * (`Local\<name>`, or `Global\<name>`), as .NET's MemoryMappedFile.CreateOrOpen and Boost's
 * windows_shared_memory make it: it lives while any process has it open or mapped, and has no
 * file to remove. Other systems have no `/dev/shm` to map.
 * @module
 */
import { toIndex, toOptions } from "./args.ts";
import { MmapError } from "./errors.ts";
import type { FileStat } from "./fileio.ts";
import { MappedFile } from "./mapped_file.ts";
import { openFile } from "./open.ts";
import type { Runtime } from "./runtime.ts";
import { ViewWindow } from "./engine_view.ts";
import {
  currentUserSid,
  defaultOwnerSid,
  objectSecurity,
  userOnlySecurity,
  W,
  wide,
  winError,
  type WinSys,
} from "./win.ts";

/** Options of `shared()`. */
export interface SharedOptions {
  /**
   * Bytes the region has at least: a new region is created with this size, a smaller one grows to
   * it. On Windows a section cannot grow: an existing one smaller than this is ERANGE.
   */
  size: number;
  /** Create the region if it does not exist (default false: `ENOENT` when missing). */
  create?: boolean;
  /** Fail with `EEXIST` when the region exists (implies `create`). */
  exclusive?: boolean;
  /**
   * Permission bits (0 to 0o777, no setuid/setgid/sticky) of a region this call creates (default
   * 0o600; the umask applies). An existing region whose bits go beyond these is refused (EACCES):
   * pass the same `permissions` in every process. Windows has no permission bits: there a region
   * is always created for the current user only (its DACL allows that user alone), the value is
   * checked and otherwise unused, and an existing region is refused when its DACL allows anyone
   * else but SYSTEM and Administrators.
   */
  permissions?: number;
  /**
   * Map an existing region even when another user owns it or its permission bits are wider than
   * `permissions` (default false: such a region is refused with EACCES, since whoever else can
   * open it can read and change what you put there). On Windows: even when another user owns
   * the section or its DACL allows others.
   */
  trustExisting?: boolean;
  /**
   * Windows only (ignored elsewhere, where the namespace is the whole system already): make or
   * open the section in the `Global\` namespace, seen from every session (services, other
   * users' desktops), rather than `Local\`, this session's. Creating one needs the
   * SeCreateGlobalPrivilege, which administrators and services have (else EACCES).
   */
  global?: boolean;
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
      throw new MmapError(
        "ENOSYS",
        `${what}: shared memory is supported on Linux (/dev/shm) and Windows (named sections), not on ${os}`,
      );
    }
  }
  return dir ?? "/dev/shm";
}

/** Maps the shared memory region `name` (the file `/dev/shm/<name>`), read-write shared. */
export function sharedRegion(rt: Runtime, name: string, options: SharedOptions): MappedFile {
  const n = toName(name);
  const o = toOptions<SharedOptions>(options, "shared options", [
    "size",
    "create",
    "exclusive",
    "permissions",
    "trustExisting",
    "global",
  ]);
  const size = toIndex(o.size, "shared size");
  for (const key of ["create", "exclusive", "trustExisting", "global"] as const) {
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
  const create = exclusive || o.create === true;
  const trust = o.trustExisting === true;
  if (rt.win !== undefined) {
    return winSection(
      rt,
      rt.win,
      n,
      `${o.global === true ? "Global" : "Local"}\\${winName(n)}`,
      size,
      create,
      exclusive,
      trust,
    );
  }
  const path = `${shmDir(rt, "shared")}/${n}`;
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

/**
 * Removes the shared memory region `name`; mappings of it stay usable until closed. On Windows a
 * section has no name to remove: it goes when the last process closes it (as with .NET and
 * Boost), so this only checks that one exists, in `Local\` or `Global\` (ENOENT otherwise).
 */
export function unlinkShared(rt: Runtime, name: string): void {
  const n = toName(name);
  const win = rt.win;
  if (win !== undefined) {
    for (const ns of ["Local", "Global"]) {
      const h = win.fn.OpenFileMappingW(W.FILE_MAP_READ, 0, wide(`${ns}\\${winName(n)}`));
      if (h !== 0) {
        win.fn.CloseHandle(h); // it goes with its last handle or view: nothing to remove
        return;
      }
      const code = win.fn.GetLastError();
      if (code !== ERROR_FILE_NOT_FOUND) throw winError(code, "OpenFileMappingW", `${ns}\\${n}`);
    }
    throw new MmapError("ENOENT", `no shared memory named ${JSON.stringify(n)} to remove`);
  }
  try {
    rt.io.unlink(`${shmDir(rt, "unlinkShared")}/${n}`);
  } catch (e) {
    if (!(e instanceof MmapError) || e.code !== "ENOENT") throw e;
    throw new MmapError("ENOENT", `no shared memory named ${JSON.stringify(n)} to remove`, { cause: e });
  }
}

/** ERROR_FILE_NOT_FOUND: OpenFileMappingW of a name no section has. */
const ERROR_FILE_NOT_FOUND = 2;
/** ERROR_ALREADY_EXISTS: CreateFileMappingW found the section and opened it. */
const ERROR_ALREADY_EXISTS = 183;
/** READ_CONTROL: an opened section's security descriptor may be read (the owner check). */
const READ_CONTROL = 0x20000;
/** SIDs a Windows region's DACL may allow besides the user: SYSTEM and Administrators, who may anyway. */
const TRUSTED_SIDS = new Set(["S-1-5-18", "S-1-5-32-544"]);

/** A name as Windows takes it after `Local\`: no backslash (it would name a namespace). */
function winName(n: string): string {
  if (n.includes("\\")) {
    throw new MmapError(
      "EINVAL",
      `shared memory name ${
        JSON.stringify(n)
      } contains "\\", which Windows reserves for namespaces; use a plain name such as "my-app.queue"`,
    );
  }
  return n;
}

/** ERROR_ACCESS_DENIED: the section's DACL does not let this user in (or Global\ needs a privilege). */
const ERROR_ACCESS_DENIED = 5;

/** The MmapError for Windows error `code` of `call` on section `name` (`plain`: the name as given). */
function sectionError(code: number, call: string, plain: string, name: string): MmapError {
  if (code !== ERROR_ACCESS_DENIED) return winError(code, call, name);
  const global = name.startsWith("Global");
  return new MmapError(
    "EACCES",
    `${call}: shared memory ${
      JSON.stringify(plain)
    } exists but its security descriptor does not let this user open it (another user made it?)${
      global
        ? ", or creating it in Global\\ needs the SeCreateGlobalPrivilege (administrators and services have it)"
        : ""
    }; use another name (Windows error 5)`,
    { errno: code, syscall: call, path: name },
  );
}

/** The size of the section a handle names: the region a whole view of it spans (whole pages). */
function sectionSize(win: WinSys, h: number, name: string): number {
  const f = win.fn;
  const base = f.MapViewOfFile(h, W.FILE_MAP_READ, 0, 0, 0);
  if (base === 0) throw winError(f.GetLastError(), "MapViewOfFile", name);
  try {
    // MEMORY_BASIC_INFORMATION (x64): RegionSize is the SIZE_T at byte 24.
    const info = new Uint8Array(48);
    if (f.VirtualQuery(base, info, info.length) === 0) throw winError(f.GetLastError(), "VirtualQuery", name);
    return Number(new DataView(info.buffer).getBigUint64(24, true));
  } finally {
    f.UnmapViewOfFile(base);
  }
}

/**
 * Windows: creates or opens the pagefile-backed section `name` (`Local\x` or `Global\x`) with a
 * descriptor for the current user only, checks an existing one (owner, DACL, size) and maps it
 * whole with the view engine.
 */
function winSection(
  rt: Runtime,
  win: WinSys,
  plain: string,
  name: string,
  size: number,
  create: boolean,
  exclusive: boolean,
  trust: boolean,
): MappedFile {
  const f = win.fn;
  const shown = JSON.stringify(plain);
  if (create && size === 0) {
    // A section cannot be made empty: open an existing one, or say what to pass.
    try {
      return winSection(rt, win, plain, name, 0, false, false, trust);
    } catch (e) {
      if (!(e instanceof MmapError) || e.code !== "ENOENT") throw e;
      throw new MmapError(
        "EINVAL",
        `shared memory ${shown} would be empty (size 0): pass { size } of at least 1 to create it`,
      );
    }
  }
  let h: number;
  let created = false;
  if (create) {
    const sa = userOnlySecurity(win);
    const [hi, lo] = [Math.floor(size / 0x100000000), size >>> 0];
    h = f.CreateFileMappingW(W.INVALID_HANDLE_VALUE, sa, W.PAGE_READWRITE | W.SEC_COMMIT, hi, lo, wide(name));
    const code = f.GetLastError();
    if (h === 0) throw sectionError(code, "CreateFileMappingW", plain, name);
    created = code !== ERROR_ALREADY_EXISTS;
    if (!created && exclusive) {
      f.CloseHandle(h);
      throw new MmapError(
        "EEXIST",
        `shared memory ${shown} exists already; use another name, or drop exclusive to open it`,
        {
          errno: code,
          path: name,
        },
      );
    }
  } else {
    h = f.OpenFileMappingW(W.FILE_MAP_READ | W.FILE_MAP_WRITE | READ_CONTROL, 0, wide(name));
    if (h === 0) {
      const code = f.GetLastError();
      if (code === ERROR_FILE_NOT_FOUND) {
        throw new MmapError("ENOENT", `no shared memory named ${shown}; pass { create: true } to make it`, {
          errno: code,
          path: name,
        });
      }
      throw sectionError(code, "OpenFileMappingW", plain, name);
    }
  }
  let window: ViewWindow | undefined;
  try {
    let length = size;
    if (!created) {
      if (!trust) {
        const me = currentUserSid(win);
        const sec = objectSecurity(win, h);
        // Owned by this user, or by whom this user's token makes the owner of what it creates.
        if (sec.owner !== me && sec.owner !== defaultOwnerSid(win)) {
          throw new MmapError(
            "EACCES",
            `shared memory ${shown} is owned by ${
              sec.owner ?? "nobody"
            }, not this process's user ${me}: its owner can read and change everything in it; use another name, or pass { trustExisting: true }`,
            { path: name },
          );
        }
        const others = sec.allowed === undefined
          ? ["everyone (it has no DACL)"]
          : sec.allowed.filter((sid) => sid !== me && !TRUSTED_SIDS.has(sid));
        if (others.length > 0) {
          throw new MmapError(
            "EACCES",
            `shared memory ${shown} also allows ${
              others.join(", ")
            } (others may open it); use another name, or pass { trustExisting: true }`,
            { path: name },
          );
        }
      }
      length = sectionSize(win, h, name);
      if (size > length) {
        throw new MmapError(
          "ERANGE",
          `shared memory ${shown} is ${length} bytes and a Windows section cannot grow; ask for a size ≤ ${length}, or use another name for a larger region (this one goes when every process has closed it)`,
          { path: name },
        );
      }
    }
    window = new ViewWindow(rt, { path: "", shared: true, section: h });
    window.place(0, length);
    return new MappedFile({
      rt,
      path: name,
      mode: "write",
      fd: -1,
      window,
      offset: 0,
      length,
      anonymous: true,
      noShrink: true,
    });
  } catch (e) {
    if (window !== undefined) window.dispose(); // closes the handle too
    else f.CloseHandle(h);
    throw e;
  }
}

/**
 * Growing a file without ever shrinking it. For shared memory (files in /dev/shm, which other
 * processes map) the size check and the growth happen under flock(LOCK_EX), so two mmapkit
 * processes growing the same region to different sizes cannot interleave into a shrink (which
 * would kill the one that mapped more with SIGBUS), and the growth uses posix_fallocate: the pages
 * are reserved now, so a full /dev/shm is ENOSPC here instead of SIGBUS at a later write. Other
 * files take no lock (a program's own flock on its file must not stall mmapkit).
 * @module
 */
import { osError } from "./_check.ts";
import { MmapError } from "./errors.ts";
import type { Runtime } from "./runtime.ts";

const LOCK_EX = 2;
const LOCK_NB = 4;
const LOCK_UN = 8;
/** How long to wait for another holder of the file's flock before giving up (ms). */
const LOCK_WAIT_MS = 5000;
const pause = new Int32Array(new SharedArrayBuffer(4));
const shmDevices = new WeakMap<Runtime, number | null>();

/** The device of the shared-memory directory (/dev/shm), or null where there is none. */
export function shmDevice(rt: Runtime): number | null {
  let dev = shmDevices.get(rt);
  if (dev === undefined) {
    dev = null;
    const dir = rt.platform?.shmDir;
    if (dir !== undefined) {
      try {
        const fd = rt.io.open(dir, false, false);
        try {
          dev = rt.io.stat(fd, dir).dev;
        } finally {
          rt.io.close(fd);
        }
      } catch { /* no shared-memory directory to compare with */ }
    }
    shmDevices.set(rt, dev);
  }
  return dev;
}

/**
 * Makes the file at least `size` bytes, never smaller, and returns its size afterwards.
 * `shared`: shared memory — lock while growing, and reserve the blocks rather than leave a hole.
 */
export function growFile(rt: Runtime, fd: number, path: string, size: number, shared: boolean): number {
  const sys = shared ? rt.sys : undefined;
  const names = rt.platform?.errnoNames ?? {};
  if (sys !== undefined) {
    const end = performance.now() + LOCK_WAIT_MS;
    while (sys.flock(fd, LOCK_EX | LOCK_NB) !== 0) {
      const code = names[sys.errno()];
      if (code !== "EWOULDBLOCK" && code !== "EAGAIN" && code !== "EINTR") {
        throw osError(names, sys.errno(), "flock", path);
      }
      if (performance.now() > end) {
        throw new MmapError(
          "EAGAIN",
          `${
            JSON.stringify(path)
          } stayed locked (flock) by another process for ${LOCK_WAIT_MS} ms while this one had to grow it; find the process holding it (fuser, lsof) or try again`,
          { path },
        );
      }
      Atomics.wait(pause, 0, 0, 2);
    }
  }
  try {
    const now = rt.io.stat(fd, path).size;
    if (size <= now) return now;
    if (sys !== undefined) {
      const err = sys.fallocate(fd, 0, size);
      if (err === 0) return size;
      if (names[err] === "ENOSPC") {
        throw new MmapError(
          "ENOSPC",
          `no room for ${size} bytes in ${JSON.stringify(path)}: the shared-memory file system is full or limited (df ${
            rt.platform?.shmDir ?? ""
          }); free space there, or ask for less`,
          { path, errno: err, syscall: "posix_fallocate" },
        );
      }
      // Not supported here (or not bound): a plain size change, as before.
    }
    rt.io.truncate(fd, size, path);
    return size;
  } finally {
    sys?.flock(fd, LOCK_UN);
  }
}

/**
 * A test hook: when `globalThis[Symbol.for("mmapkit.sysTrace")]` holds a function, the calls that
 * make data durable or drop it (msync, fsync, pwrite, madvise, posix_fadvise — through `Sys` and
 * through the engines' `FileIO`; FlushViewOfFile and FlushFileBuffers on Windows) are reported
 * to it before they run, with their arguments. The tests install it (tests/_trace.ts) to prove
 * that `flush()` reaches the OS; with no function installed each call costs one global lookup.
 * Same symbol for the source tree and the bundle.
 * @module
 */
import type { Sys } from "./sys.ts";
import type { FileIO } from "./fileio.ts";
import type { WinSys } from "./win.ts";

const KEY = Symbol.for("mmapkit.sysTrace");
const g = globalThis as { [KEY]?: (call: string, args: readonly unknown[]) => void };

function report(call: string, args: readonly unknown[]): void {
  const spy = g[KEY];
  if (typeof spy === "function") spy(call, args);
}

/** `sys` with msync, fsync, pwrite, madvise and fadvise reported to the hook as "sys.<name>". */
export function tracedSys(sys: Sys): Sys {
  const t: Sys = Object.create(sys);
  const names = ["msync", "fsync", "pwrite", "madvise", "fadvise"] as const;
  for (const name of names) {
    const real = sys[name] as (...a: unknown[]) => number;
    (t as unknown as Record<string, unknown>)[name] = (...a: unknown[]): number => {
      report(`sys.${name}`, a);
      return real.apply(sys, a);
    };
  }
  return t;
}

/** `io` with pwrite and fsync reported to the hook as "io.pwrite" and "io.fsync". */
export function tracedIO(io: FileIO): FileIO {
  return {
    ...io,
    pwrite(fd, from, position) {
      report("io.pwrite", [fd, from, position]);
      return io.pwrite(fd, from, position);
    },
    fsync(fd) {
      report("io.fsync", [fd]);
      io.fsync(fd);
    },
  };
}

/** `win` with FlushViewOfFile and FlushFileBuffers reported to the hook as "win.<name>". */
export function tracedWin(win: WinSys): WinSys {
  const fn = { ...win.fn };
  for (const name of ["FlushViewOfFile", "FlushFileBuffers"] as const) {
    const real = win.fn[name];
    fn[name] = (...a) => {
      report(`win.${name}`, a);
      return real(...a);
    };
  }
  return Object.assign(Object.create(win) as WinSys, { fn });
}

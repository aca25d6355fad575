/**
 * The runtime this package runs on: each entry (`node.ts`, `deno.ts`, `bun.ts`) calls
 * {@link install} once with its adapter before re-exporting the API. Not part of the public API:
 * the entries re-export `api.ts`, which does not re-export `install`.
 * @module
 */
import {
  createRuntime,
  type FileIO,
  mappedSelfTest,
  MmapError,
  type Runtime,
  type RuntimeOptions,
  type Sys,
  type WinSys,
} from "@mmapkit/core";

let rt: Runtime | undefined;
/** The runtime the entry was written for: "node", "deno" or "bun". */
export let runtimeName = "";

/** The OS page size (bytes); offsets are aligned to it inside, never by you. */
export let pageSize = 4096;
/** The largest window one mapping can have (bytes): 4 GiB minus the kernel's reserved area. */
export let maxWindow = 0;

/** What a runtime entry passes besides its adapter. */
export interface InstallOptions extends Omit<RuntimeOptions, "win"> {
  /** Returns kernel32 on Windows (then libc is not looked for), undefined elsewhere. */
  loadWin?: () => WinSys | undefined;
}

/** Binds the API to a runtime's adapter; the first call wins. */
export function install(name: string, loadSys: () => Sys, portable: () => FileIO, options: InstallOptions = {}): void {
  if (rt !== undefined) return;
  runtimeName = name;
  let sys: Sys | undefined;
  let win: WinSys | undefined;
  let reason: string | undefined;
  // The reason is shown inside other messages: without MmapError's own "mmapkit: CODE: " prefix.
  const why = (e: unknown): string => e instanceof Error ? e.message.replace(/^mmapkit: [A-Z]+: /, "") : String(e);
  try {
    win = options.loadWin?.();
  } catch (e) {
    reason = why(e);
  }
  if (win === undefined && reason === undefined) {
    try {
      sys = loadSys();
    } catch (e) {
      reason = why(e);
    }
  }
  const { loadWin: _loadWin, ...rest } = options;
  rt = createRuntime(sys, portable, mappedSelfTest, reason, win === undefined ? rest : { ...rest, win });
  pageSize = rt.pageSize;
  maxWindow = rt.maxWindow;
}

/** The installed runtime. */
export function runtime(): Runtime {
  if (rt === undefined) throw new MmapError("ENOFFI", 'mmapkit was imported without a runtime entry; import "mmapkit"');
  return rt;
}

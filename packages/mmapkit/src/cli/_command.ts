/** What every command file exports, and the helpers they share. @module */
import { statSync } from "node:fs";
import type * as Mmapkit from "../api.ts";
import type { OptionSpec, Parsed } from "./_args.ts";
import type { Io } from "./_io.ts";

/** The public API, as `import * as api from "mmapkit"` gives it on the running runtime. */
export type Api = typeof Mmapkit;

/** One subcommand. */
export interface Command {
  readonly name: string;
  /** One line for `mmapkit --help`. */
  readonly summary: string;
  /** The text `mmapkit <name> --help` prints. */
  readonly help: string;
  /** Options besides `--help`. */
  readonly options: OptionSpec;
  /** Runs with parsed arguments; resolves to the exit code. Throws UsageError for bad usage. */
  run(api: Api, args: Parsed, io: Io): Promise<number>;
}

/**
 * The size of a regular file at `path`. When it is not one (missing, a directory, a FIFO, no
 * permission), throws the `MmapError` mapping it would throw, so every command words it the same.
 */
export function fileSize(api: Api, path: string): number {
  let st: { isFile(): boolean; size: number } | undefined;
  try {
    st = statSync(path);
  } catch { /* open() below says why */ }
  if (st?.isFile() === true) return st.size;
  api.open(path).close();
  throw new Error(`${path} is not a regular file`);
}

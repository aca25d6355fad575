/**
 * What every test module receives: the runtime's `mmapkit` entry (the package users import) and
 * facts about the runtime, so suites skip by capability, never by copying code.
 * @module
 */
import type * as Mmapkit from "mmapkit";

/** The public API, as `import * as api from "mmapkit"` gives it. */
export type Api = typeof Mmapkit;

/** The runtime under test. */
export interface Ctx {
  readonly api: Api;
  /** "node" | "deno" | "bun" */
  readonly runtime: string;
  /** A scratch directory, removed after the run. */
  readonly tmp: string;
  /** Whether the FFI adapter loaded and the self-test passed (false: the buffered engine only). */
  readonly ffi: boolean;
  /** Engines to run engine-dependent suites with: ["mapped", "buffered"], or ["buffered"] without FFI. */
  readonly engines: readonly ("mapped" | "buffered")[];
  /**
   * The command line that runs a fixture script (a path under tests/fixtures/, without extension,
   * e.g. "fixtures/try_open") in this same runtime: argv[0] is the runtime's executable.
   */
  spawnArgs(fixture: string, args?: readonly string[]): string[];
  /**
   * The command line that runs the `mmapkit` CLI with `args` in this same runtime (Node: the bin;
   * Deno: cli/deno.ts with this run's permissions; Bun: cli/bun.ts): argv[0] is the executable.
   */
  cliArgs(args: readonly string[]): string[];
}

/** A test module registers its uvu suites for a runtime. */
export type Register = (ctx: Ctx) => void;

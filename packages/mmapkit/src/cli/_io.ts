/**
 * The process around a command — output streams, standard input, terminal facts, environment —
 * behind one small interface, so commands never touch `process` directly.
 * @module
 */
import process from "node:process";
import { createInterface } from "node:readline";

/** What a command may do to the world outside its files. */
export interface Io {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  readonly stdinTTY: boolean;
  readonly stdoutTTY: boolean;
  readonly stderrTTY: boolean;
  /** Width of the terminal on standard error (80 when unknown). */
  readonly columns: number;
  /**
   * Whether a progress bar may be drawn: standard error is a terminal that understands cursor
   * control (not `TERM=dumb`) and `--no-progress` was not given.
   */
  readonly progress: boolean;
  /** Standard input, piece by piece as it arrives (read once: a second call gives nothing). */
  stdin(): AsyncIterable<Uint8Array>;
  /** All of standard input, for small inputs such as a checksum list (read once). */
  readStdin(): Promise<Uint8Array>;
  /** Asks a question on standard error and reads one line of standard input. */
  ask(question: string): Promise<string>;
  env(name: string): string | undefined;
}

let pipeWatched = false;

/** The real process's streams. */
export function processIo(): Io {
  let taken = false;
  const stdin = (): AsyncIterable<Uint8Array> => {
    if (taken) return (async function* () {})();
    taken = true;
    return pieces();
  };
  // `mmapkit find --all … | head`: a closed pipe ends the command quietly, as in coreutils. Once
  // per process: `run()` of "mmapkit/cli" may be called many times.
  if (!pipeWatched) {
    pipeWatched = true;
    process.stdout.on?.("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdinTTY: process.stdin.isTTY === true,
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns || 80,
    progress: process.stderr.isTTY === true && process.env.TERM !== "dumb",
    stdin,
    readStdin: () => collect(stdin()),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await new Promise<string>((resolve) => {
          rl.question(question, resolve);
          rl.on("close", () => resolve(""));
        });
      } finally {
        rl.close();
      }
    },
    env: (name) => process.env[name],
  };
}

async function* pieces(): AsyncGenerator<Uint8Array> {
  for await (const part of process.stdin) {
    yield typeof part === "string" ? new TextEncoder().encode(part) : part as Uint8Array;
  }
}

/** Every piece of `input` in one array. */
export async function collect(input: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const bytes of input) {
    parts.push(bytes);
    size += bytes.length;
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) (all.set(p, at), at += p.length);
  return all;
}

/** Prints one JSON document on one line. */
export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value) + "\n");
}

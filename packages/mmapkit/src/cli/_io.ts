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
  /** All of standard input (read once; later calls give the same bytes). */
  readStdin(): Promise<Uint8Array>;
  /** Asks a question on standard error and reads one line of standard input. */
  ask(question: string): Promise<string>;
  env(name: string): string | undefined;
}

/** The real process's streams. */
export function processIo(): Io {
  let stdin: Promise<Uint8Array> | undefined;
  // `mmapkit find --all … | head`: a closed pipe ends the command quietly, as in coreutils.
  process.stdout.on?.("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdinTTY: process.stdin.isTTY === true,
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns || 80,
    readStdin: () => (stdin ??= readAll()),
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

async function readAll(): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of process.stdin) {
    const bytes = typeof part === "string" ? new TextEncoder().encode(part) : part as Uint8Array;
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

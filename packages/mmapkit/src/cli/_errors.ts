/**
 * How the CLI fails: {@link UsageError} (exit 2, one line naming the command) and everything else
 * (exit 1, the error's message — an `MmapError`'s already says what to do — never a stack).
 * @module
 */

/** Bad usage: a missing or malformed argument. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** One line describing an error for standard error. */
export function describe(e: unknown): string {
  if (e instanceof Error) {
    const line = e.message.split("\n").join(" ");
    // MmapError messages start with "mmapkit: CODE: …"; others get the prefix here.
    return line.startsWith("mmapkit") ? line : `mmapkit: ${line}`;
  }
  return `mmapkit: ${String(e)}`;
}

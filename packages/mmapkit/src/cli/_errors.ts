/**
 * How the CLI fails: {@link UsageError} (exit 2, one line naming the command) and everything else
 * (exit 1, one line, never a stack). Errors are worded for the command line, as coreutils words
 * them (`mmapkit hash: big.iso: No such file or directory`): the API's messages name API options
 * (`{ mode: "write" }`), which mean nothing to someone typing a command.
 * @module
 */

/** Bad usage: a missing or malformed argument. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Exit codes. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** What the OS error codes say on a command line (strerror's words, with what to do where it helps). */
const WORDS: Record<string, string> = {
  ENOENT: "No such file or directory",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENODEV: "Not a file that can be read (a socket?); give a file, or pipe the data to standard input",
  ENXIO: "Not a file that can be read (a socket?); give a file, or pipe the data to standard input",
  ELOOP: "Too many levels of symbolic links",
  ENAMETOOLONG: "File name too long",
  EMFILE: "Too many open files; raise the limit (ulimit -n)",
  ENFILE: "Too many open files in the system",
  ENOMEM: "Cannot allocate memory",
  EIO: "Input/output error",
  EROFS: "Read-only file system",
  ETXTBSY: "Text file busy",
  ENOSPC: "No space left on device",
  EFBIG: "File too large",
  EOVERFLOW: "Value too large for defined data type",
  EFILECHANGED: "The file changed size while it was read; run the command again once nothing writes to it",
};

const CONTROL_ESCAPES: Record<string, string> = {
  "\x07": "\\a",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
};

/**
 * A file name as coreutils quotes it in a diagnostic (its "shell-escape" style): as it is when
 * every character is harmless to a shell; else in single quotes, or double quotes when it holds a
 * single quote and nothing double quotes would expand; control characters as `$'\n'`. Standard
 * input ("-") is `'standard input'`.
 */
export function quoteName(name: string): string {
  if (name === "-") return "'standard input'";
  if (/^(?![~#])[\w%+,\-./@\]{}~#\u0080-\uffff]+$/.test(name)) return name;
  const single = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
  const control = (c: string): boolean => c.charCodeAt(0) < 0x20 || c === "\x7f";
  const chars = [...name];
  if (!chars.some(control)) {
    if (name.includes("'") && !/[$`"\\!]/.test(name)) return `"${name}"`;
    return single(name);
  }
  // Runs of ordinary characters in single quotes, runs of control characters as $'…'.
  const runs: string[][] = [];
  for (const c of chars) {
    const last = runs.at(-1);
    if (last !== undefined && control(last[0]!) === control(c)) last.push(c);
    else runs.push([c]);
  }
  const escape = (c: string): string => CONTROL_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`;
  return (control(chars[0]!) ? "''" : "") +
    runs.map((run) => (control(run[0]!) ? `$'${run.map(escape).join("")}'` : single(run.join("")))).join("");
}

/** The flags a Deno permission error names. */
const DENO_FLAG = /(--allow-[a-z]+(?: and --allow-[a-z]+)*)/;

/**
 * One line describing `e` for standard error, prefixed `mmapkit <command>:` — an OS error on a
 * path as `<path>: <words>`, anything else by its message without API option names.
 */
export function describe(e: unknown, command: string): string {
  const head = `mmapkit ${command}: `;
  if (!(e instanceof Error)) return head + String(e);
  const { code, path } = e as { code?: unknown; path?: unknown };
  const words = typeof code === "string" ? WORDS[code] : undefined;
  if (code === "EACCES" && DENO_FLAG.test(e.message)) {
    return `${head}${typeof path === "string" ? `${quoteName(path)}: ` : ""}Permission denied; run Deno with ${
      DENO_FLAG.exec(e.message)![1]
    }`;
  }
  if (words !== undefined && typeof path === "string") return `${head}${quoteName(path)}: ${words}`;
  return head + plain(e.message);
}

/** An API message on one line, without the "mmapkit: CODE: " prefix and without a hint that names API options. */
function plain(message: string): string {
  const line = message.split("\n").join(" ").replace(/^mmapkit: /, "");
  // Hints that speak of API options ("pass { … }", "open it with mode …") do not apply here.
  return line.replace(/;[^;]*(\{|\bmode\b|\bopen\(|remap\(|close\(\))[^;]*$/, "");
}

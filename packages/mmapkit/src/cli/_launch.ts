/**
 * What the runtime launchers (`node.ts`, `deno.ts`, `bun.ts` beside this file) share: whether
 * their module is the program being run, so that importing the "./cli" export only gives `run`.
 * @module
 */
import { realpathSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";

/**
 * Whether the module with this `import.meta` is the program's entry: `import.meta.main` where
 * the runtime has it (Deno, Bun, Node ≥ 24.2), else whether it is the script Node was given.
 */
export function isProgram(meta: ImportMeta): boolean {
  const main = (meta as { main?: boolean }).main;
  if (typeof main === "boolean") return main;
  const script = process.argv[1];
  if (script === undefined || !meta.url.startsWith("file:")) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(meta.url));
  } catch {
    return false;
  }
}

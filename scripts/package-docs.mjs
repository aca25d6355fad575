// npm pack / npm publish of packages/mmapkit (its prepack script): the package carries the
// repository's README.md and LICENSE, copied beside its package.json (they are git-ignored there).
import { copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const name of ["README.md", "LICENSE"]) copyFileSync(join(root, name), join(root, "packages", "mmapkit", name));

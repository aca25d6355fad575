#!/usr/bin/env node
// The mmapkit command line on Node.js: runs the compiled launcher (npm run build emits dist/ at
// the repository root). Deno: deno task mmapkit …; Bun: bun packages/mmapkit/src/cli/bun.ts ….
import "../../../dist/packages/mmapkit/src/cli/node.js";

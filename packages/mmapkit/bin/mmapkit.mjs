#!/usr/bin/env node
// The mmapkit command line. It loads this package's "./cli" export, whose conditions pick the
// launcher of the runtime running this file: Node (npx mmapkit), Bun (bunx --bun mmapkit) or Deno.
import "mmapkit/cli";

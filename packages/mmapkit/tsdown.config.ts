// Builds the published package: one ESM bundle per runtime entry, the CLI launchers and the
// prefetch workers, all in dist/ (flat, so a module finds a worker beside itself), with bundled
// .d.ts. @mmapkit/core and the adapters are bundled in (they are not published on their own);
// koffi, node:* and bun:ffi stay imports.
import { defineConfig } from "tsdown";

const adapter = (name: string): string => `../../adapters/${name}/src/prefetch_worker_${name}.ts`;

export default defineConfig({
  entry: {
    node: "src/node.ts",
    deno: "src/deno.ts",
    bun: "src/bun.ts",
    "promises-node": "src/promises_node.ts",
    "promises-deno": "src/promises_deno.ts",
    "promises-bun": "src/promises_bun.ts",
    "cli-node": "src/cli/node.ts",
    "cli-deno": "src/cli/deno.ts",
    "cli-bun": "src/cli/bun.ts",
    prefetch_worker_node: adapter("node"),
    prefetch_worker_deno: adapter("deno"),
    prefetch_worker_bun: adapter("bun"),
    kernel_worker_node: "src/parallel/kernel_worker_node.ts",
    kernel_worker_deno: "src/parallel/kernel_worker_deno.ts",
    kernel_worker_bun: "src/parallel/kernel_worker_bun.ts",
  },
  format: "esm",
  platform: "node",
  target: "es2022",
  outDir: "dist",
  clean: true,
  // Declarations from the sources (isolatedDeclarations); @internal members are not public API.
  dts: { oxc: { stripInternal: true } },
  fixedExtension: false,
  deps: {
    alwaysBundle: [/^@mmapkit\//],
    // hash-wasm and xxhash-wasm: optional references of `mmapkit bench`, imported only when
    // installed (bundling one would ship its code without its licence notice, for a benchmark).
    neverBundle: ["koffi", "hash-wasm", "xxhash-wasm", /^node:/, "bun:ffi"],
  },
  outputOptions: {
    // MappedFile is Disposable (`using`): declarations bring the library that declares it, so a
    // consumer whose lib is ES2022 with no @types/node still type-checks.
    banner: (chunk) => chunk.fileName.endsWith(".d.ts") ? '/// <reference lib="esnext.disposable" />' : "",
  },
  inputOptions: { resolve: { conditionNames: ["source", "import", "default"] } },
});

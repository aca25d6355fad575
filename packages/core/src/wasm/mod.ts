/**
 * @mmapkit/core/kernel: the WebAssembly kernel itself — its module, its exports and its memory
 * layout — for the kernel tests, which drive it directly without the walker.
 * @module
 */
export type { KernelExports } from "./exports.ts";
export {
  hasSimd,
  instantiate,
  KERNEL_TUNING,
  kernelModule,
  tuneKernelFor,
  type WasmEngine,
  XXH32_SCALAR,
} from "./load.ts";
export * from "./layout.ts";

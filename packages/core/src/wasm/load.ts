/**
 * Loads the kernel: compiled once per process (the SIMD build where the runtime validates it,
 * the scalar build otherwise), instantiated once per Memory.
 * @module
 */
import { scalarBase64, simdBase64 } from "./_kernel_bytes.ts";
import type { KernelExports } from "./exports.ts";
import { RESERVED_BYTES } from "./layout.ts";
import { MmapError } from "../errors.ts";

// (module (func (result v128) (v128.const i32x4 0 0 0 0)))
const SIMD_PROBE = new Uint8Array([
  0,
  97,
  115,
  109,
  1,
  0,
  0,
  0,
  1,
  5,
  1,
  96,
  0,
  1,
  123,
  3,
  2,
  1,
  0,
  10,
  22,
  1,
  20,
  0,
  253,
  12,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  11,
]);

let compiled: { module: WebAssembly.Module; simd: boolean } | undefined;

/** The engines whose code the kernel has shapes for. */
export type WasmEngine = "v8" | "javascriptcore";

/** The kernel's code-shape flags (wasm/assembly/tuning.ts), by the engine they suit. */
export const KERNEL_TUNING: { readonly [E in WasmEngine]: number } = {
  v8: 0,
  // xxh3's stripe loop with single-input shuffles: JavaScriptCore turns a two-input i32x4.shuffle
  // into two pshufb and an or (V8: one shufps); measured +17% for xxh3/xxh128 on Bun, -10% on V8.
  javascriptcore: 1,
};

/**
 * The flag for xxh32's scalar stripe loop (XXH32_SCALAR in wasm/assembly/tuning.ts): its faster
 * form depends on the CPU, so it is timed, not tied to an engine (kernels/loops.ts).
 */
export const XXH32_SCALAR = 2;

let tuning = KERNEL_TUNING.v8;

/** Sets the code shapes of every kernel instantiated from now on, for the engine running it. */
export function tuneKernelFor(engine: WasmEngine): void {
  tuning = KERNEL_TUNING[engine];
}

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Whether this runtime runs WebAssembly SIMD128. */
export function hasSimd(): boolean {
  return WebAssembly.validate(SIMD_PROBE);
}

/** The compiled kernel module (SIMD if available unless `forceScalar`). */
export function kernelModule(forceScalar = false): { module: WebAssembly.Module; simd: boolean } {
  if (forceScalar) return { module: new WebAssembly.Module(decode(scalarBase64)), simd: false };
  if (compiled === undefined) {
    const simd = hasSimd();
    compiled = { module: new WebAssembly.Module(decode(simd ? simdBase64 : scalarBase64)), simd };
  }
  return compiled;
}

/** A kernel instance over `memory`, its tables built, tuned for this engine (or with `flags`). */
export function instantiate(
  memory: WebAssembly.Memory,
  module: WebAssembly.Module = kernelModule().module,
  flags: number = tuning,
): KernelExports {
  const abort = (_msg: number, _file: number, line: number, col: number): never => {
    throw new MmapError("EFAULT", `the kernel aborted at ${line}:${col}; this is a bug in mmapkit, please report it`);
  };
  const instance = new WebAssembly.Instance(module, { env: { memory, abort } });
  const k = instance.exports as unknown as KernelExports;
  if (k.reservedBytes() !== RESERVED_BYTES) {
    throw new MmapError("EFAULT", "kernel and host disagree on the reserved area; rebuild with npm run build");
  }
  k.init();
  k.setTuning(flags);
  return k;
}

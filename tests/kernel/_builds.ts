/**
 * The kernel builds (SIMD where the runtime has it, and scalar), each over its own Memory; the
 * SIMD build once per engine's code shapes, so every runtime checks the shapes of every engine, and
 * once with the loops chosen by timing (kernels/loops.ts) in their other form.
 * @module
 */
import { instantiate, KERNEL_TUNING, type KernelExports, kernelModule, XXH32_SCALAR } from "@mmapkit/core/wasm";

/** A kernel instance and views of its Memory. */
export interface K {
  readonly name: string;
  readonly k: KernelExports;
  readonly mem: Uint8Array;
  readonly view: DataView;
}

/** The default build (per engine's shapes when SIMD) and the scalar build, each over a fresh `pages`-page Memory. */
export function kernels(pages: number): K[] {
  const make = (name: string, module: WebAssembly.Module, flags?: number): K => {
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const buffer = memory.buffer as ArrayBuffer;
    return {
      name,
      k: instantiate(memory, module, flags),
      mem: new Uint8Array(buffer),
      view: new DataView(buffer),
    };
  };
  const main = kernelModule();
  const scalar = make("scalar", kernelModule(true).module);
  if (!main.simd) return [make("default(scalar)", main.module), scalar];
  const shapes = Object.entries(KERNEL_TUNING).map(([engine, flags]) =>
    make(`simd (${engine} shapes)`, main.module, flags)
  );
  // xxh32's scalar stripe loop in the SIMD build (chosen by timing, on any engine).
  const loops = make("simd (scalar xxh32 loop)", main.module, XXH32_SCALAR);
  return [...shapes, loops, scalar];
}

/** Both kernel builds (SIMD where the runtime has it, and scalar), each over its own Memory. @module */
import { instantiate, type KernelExports, kernelModule } from "@mmapkit/core/wasm";

/** A kernel instance and views of its Memory. */
export interface K {
  readonly name: string;
  readonly k: KernelExports;
  readonly mem: Uint8Array;
  readonly view: DataView;
}

/** The default build and the scalar build, each over a fresh `pages`-page Memory. */
export function kernels(pages: number): K[] {
  const make = (name: string, module?: WebAssembly.Module): K => {
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    const buffer = memory.buffer as ArrayBuffer;
    return {
      name,
      k: module === undefined ? instantiate(memory) : instantiate(memory, module),
      mem: new Uint8Array(buffer),
      view: new DataView(buffer),
    };
  };
  return [make(kernelModule().simd ? "simd" : "default(scalar)"), make("scalar", kernelModule(true).module)];
}

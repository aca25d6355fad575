// Code shapes whose speed differs between WebAssembly engines. The host picks them once per
// instance, after init(), from the engine that compiles the module; results never depend on them.

/**
 * xxh3's SIMD stripe loop gathers each product's two 32-bit halves with single-input shuffles,
 * two per vector (JavaScriptCore: one pshufd each), instead of one two-input shuffle per pair of
 * vectors (V8: one shufps; JavaScriptCore: two pshufb and an or).
 */
export const SINGLE_SHUFFLES: u32 = 1;

/**
 * xxh32's stripe loop as four scalar u32 chains instead of one i32x4 chain. Which is faster depends
 * on the CPU (the vector multiply's latency), not the engine: the host times both once.
 */
export const XXH32_SCALAR: u32 = 2;

/** The flags set by setTuning (0: V8's shapes). */
export let tuning: u32 = 0;

/** Sets the code-shape flags (bits above: SINGLE_SHUFFLES, XXH32_SCALAR). */
export function setTuning(flags: u32): void {
  tuning = flags;
}

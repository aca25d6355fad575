// The kernel's half of the memory layout; the host's half is packages/core/src/wasm/layout.ts.
// Bytes [0, RESERVED_BYTES) of every Memory belong to the kernel and the host's scratch;
// mapped windows start at or above RESERVED_BYTES.

/** Size of the reserved area at the bottom of every Memory (4 wasm pages). */
export const RESERVED_BYTES: u32 = 262144;
/** Static data (AssemblyScript segments) lives in [1024, TABLES_OFFSET). */
export const TABLES_OFFSET: u32 = 65536;
/** Tables built by init() live in [TABLES_OFFSET, TABLES_END). */
export const TABLES_END: u32 = 131072;

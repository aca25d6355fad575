/**
 * The host's half of the memory layout every Memory shares (the kernel's half is
 * wasm/assembly/layout.ts; a test checks they agree through the kernel's `reservedBytes()`).
 *
 * ```
 * [0, 1024)            unused
 * [1024, 65536)        kernel static data
 * [65536, 131072)      kernel tables, built by init()
 * [131072, 196608)     INPUT: needles, xor keys, map tables the host copies in (64 KiB)
 * [196608, 258048)     RESULTS: u32 match offsets written by findAll (15,360 entries)
 * [258048, 262144)     STATE: streamed checksum states (the xxHashes) and digest output
 * [262144, …)          the window: mapped file pages or staged bytes
 * ```
 * @module
 */

/** Bytes at the bottom of every Memory reserved for the kernel and the host's scratch. */
export const RESERVED_BYTES = 262144;
/** Where the host copies needles, keys and map tables. */
export const INPUT_OFFSET = 131072;
/** Room for INPUT. */
export const INPUT_BYTES = 65536;
/** Where findAll writes match offsets (u32 each). */
export const RESULTS_OFFSET = 196608;
/** How many u32 results fit. */
export const RESULTS_CAPACITY = 15360;
/** Streaming checksum state. */
export const STATE_OFFSET = 258048;
/** Room for STATE. */
export const STATE_BYTES = 4096;
/** One WebAssembly page. */
export const WASM_PAGE = 65536;

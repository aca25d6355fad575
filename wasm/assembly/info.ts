import { buildCrcTables } from "./crc32";
import { RESERVED_BYTES } from "./layout";

/** The reserved area's size, so the host can check that both halves of the layout agree. */
export function reservedBytes(): u32 {
  return RESERVED_BYTES;
}

/** End of the kernel's static data (must stay below the tables). */
export function dataEnd(): u32 {
  return <u32> __heap_base;
}

/** Reads one byte: used by the engine self-test to prove the kernel sees mapped pages. */
export function load8(ptr: usize): u32 {
  return <u32> load<u8>(ptr);
}

/** Builds the lookup tables in [TABLES_OFFSET, TABLES_END); called once per instance. */
export function init(): void {
  // Kernel families append their table builders here.
  buildCrcTables(); // [TABLES_OFFSET, TABLES_OFFSET + 32.5 KiB): CRC-32/CRC-32C slice-by-16 + combine
}

/**
 * The typed exports of the AssemblyScript kernel (wasm/assembly). Every pointer is a byte offset
 * into the Memory the instance imports; every length is in bytes unless it says elements. u32
 * results come back as i32 from wasm: read them with `>>> 0`.
 * @module
 */

/** The kernel's exports, as the host calls them. */
export interface KernelExports {
  /** The reserved area's size the kernel was built for (must equal RESERVED_BYTES). */
  reservedBytes(): number;
  /** End of the kernel's static data. */
  dataEnd(): number;
  /** Builds the lookup tables; call once per instance. */
  init(): void;
  /** One byte at `ptr` (engine self-test). */
  load8(ptr: number): number;

  // scan
  /** How many bytes in [ptr, ptr+len) equal `byte`. */
  count(ptr: number, len: number, byte: number): number;
  /** First index (relative to ptr) of `byte`, or -1. */
  indexOfByte(ptr: number, len: number, byte: number): number;
  /** First index i (relative to ptr) where the needle at needlePtr matches entirely inside [ptr, ptr+len), or -1. */
  indexOfBytes(ptr: number, len: number, needlePtr: number, needleLen: number): number;
  /** Last index (relative to ptr) of `byte`, or -1; scans from the end backwards. */
  lastIndexOfByte(ptr: number, len: number, byte: number): number;
  /** Last index i (relative to ptr) where the needle matches entirely inside [ptr, ptr+len), or -1; scans backwards. */
  lastIndexOfBytes(ptr: number, len: number, needlePtr: number, needleLen: number): number;
  /** Writes up to outCap match offsets (u32, relative to ptr, ascending, overlapping) at outPtr; returns how many. */
  findAll(ptr: number, len: number, needlePtr: number, needleLen: number, outPtr: number, outCap: number): number;

  // checksums: zlib conventions, the previous value in, the new value out (start: crc 0, adler 1)
  crc32Update(crc: number, ptr: number, len: number): number;
  crc32cUpdate(crc: number, ptr: number, len: number): number;
  adler32Update(adler: number, ptr: number, len: number): number;
  /** Streaming XXH32: state at statePtr (xxh32StateSize() bytes). */
  xxh32StateSize(): number;
  xxh32Reset(statePtr: number, seed: number): void;
  xxh32Update(statePtr: number, ptr: number, len: number): void;
  /** The 32-bit digest (read it with `>>> 0`). */
  xxh32Digest(statePtr: number): number;
  /** Streaming XXH64: state at statePtr (xxh64StateSize() bytes). */
  xxh64StateSize(): number;
  xxh64Reset(statePtr: number, seedLo: number, seedHi: number): void;
  xxh64Update(statePtr: number, ptr: number, len: number): void;
  /** Writes the 64-bit digest little-endian at outPtr (8 bytes). */
  xxh64Digest(statePtr: number, outPtr: number): void;
  /** Streaming XXH3-64 with the default secret: state at statePtr (xxh3StateSize() bytes). */
  xxh3StateSize(): number;
  xxh3Reset(statePtr: number, seedLo: number, seedHi: number): void;
  xxh3Update(statePtr: number, ptr: number, len: number): void;
  xxh3Digest(statePtr: number, outPtr: number): void;
  /** Streaming XXH3-128 with the default secret: XXH3's state, updates and stripes (xxh128StateSize() bytes). */
  xxh128StateSize(): number;
  xxh128Reset(statePtr: number, seedLo: number, seedHi: number): void;
  xxh128Update(statePtr: number, ptr: number, len: number): void;
  /** Writes the low 64 bits then the high 64 bits, each little-endian, at outPtr (16 bytes). */
  xxh128Digest(statePtr: number, outPtr: number): void;

  // transforms, in place
  /** XOR with a repeating key; `phase` is the key index that applies to ptr[0]. */
  xorKey(ptr: number, len: number, keyPtr: number, keyLen: number, phase: number): void;
  /** Add to each little-endian element, wrapping for integers; counts are elements. */
  addU8(ptr: number, count: number, value: number): void;
  addI16(ptr: number, count: number, value: number): void;
  addI32(ptr: number, count: number, value: number): void;
  addI64(ptr: number, count: number, valueLo: number, valueHi: number): void;
  addF32(ptr: number, count: number, value: number): void;
  addF64(ptr: number, count: number, value: number): void;
  /** ptr[i] = table[ptr[i]] with a 256-byte table at tablePtr. */
  mapBytes(ptr: number, len: number, tablePtr: number): void;
  /** Reverse the byte order of each 2/4/8-byte element; counts are elements. */
  swap2(ptr: number, count: number): void;
  swap4(ptr: number, count: number): void;
  swap8(ptr: number, count: number): void;
}

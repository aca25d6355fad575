/**
 * The typed exports of the AssemblyScript kernel (wasm/assembly). Every pointer is a byte offset
 * into the Memory the instance imports; every length is in bytes unless it says elements. u32
 * results come back as i32 from wasm: read them with `>>> 0`.
 * @module
 */
import type { ALGORITHMS } from "../kernels/algorithms.ts";

type Rows = (typeof ALGORITHMS)[keyof typeof ALGORITHMS];
type Streamed = Extract<Rows, { kernel: { stateSize: string } }>;
type Running = Exclude<Rows, Streamed>;
type Kernel<R extends Rows> = R["kernel"];

/**
 * The checksum exports the algorithm table names. A running value (zlib conventions): the
 * previous value in, the new value out. A streamed state at `statePtr` of `stateSize()` bytes:
 * `reset` with the seed's low and high 32 bits (a 32-bit seed ignores the high half), `update`,
 * and `digest`, which returns a 4-byte digest or writes a longer one little-endian at `outPtr`.
 */
export type ChecksumExports =
  & { [N in Kernel<Running>["update"]]: (previous: number, ptr: number, len: number) => number }
  & { [N in Kernel<Streamed>["stateSize"]]: () => number }
  & { [N in Kernel<Streamed>["reset"]]: (statePtr: number, seedLo: number, seedHi: number) => void }
  & { [N in Kernel<Streamed>["update"]]: (statePtr: number, ptr: number, len: number) => void }
  & { [N in Kernel<Extract<Streamed, { digestIn: "result" }>>["digest"]]: (statePtr: number) => number }
  & { [N in Kernel<Extract<Streamed, { digestIn: "memory" }>>["digest"]]: (statePtr: number, outPtr: number) => void };

/** The kernel's exports, as the host calls them. */
export interface KernelExports extends ChecksumExports {
  /** The reserved area's size the kernel was built for (must equal RESERVED_BYTES). */
  reservedBytes(): number;
  /** End of the kernel's static data. */
  dataEnd(): number;
  /** Builds the lookup tables; call once per instance. */
  init(): void;
  /** Picks code shapes for the engine (flags: see {@link KERNEL_TUNING}); results never depend on them. */
  setTuning(flags: number): void;
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

// The mmapkit kernel: every export takes (ptr, len, …) into the host-owned memory and allocates
// nothing. One family per file.
export { dataEnd, init, load8, reservedBytes } from "./info";
export { setTuning } from "./tuning";
export { count, findAll, indexOfByte, indexOfBytes, lastIndexOfByte, lastIndexOfBytes } from "./scan";
export { addF32, addF64, addI16, addI32, addI64, addU8, mapBytes, swap2, swap4, swap8, xorKey } from "./transform";
export { crc32cUpdate, crc32Update } from "./crc32";
export { adler32Update } from "./adler32";
export { xxh64Digest, xxh64Reset, xxh64StateSize, xxh64Update } from "./xxh64";
export { xxh3Digest, xxh3Reset, xxh3StateSize, xxh3Update } from "./xxh3";
export { xxh32Digest, xxh32Reset, xxh32StateSize, xxh32Update } from "./xxh32";
export { xxh128Digest, xxh128Reset, xxh128StateSize, xxh128Update } from "./xxh128";

// The mmapkit kernel: every export takes (ptr, len, …) into the host-owned memory and allocates
// nothing. One family per file.
export { dataEnd, init, load8, reservedBytes } from "./info";

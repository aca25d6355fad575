/** File names of the C library to load, per OS, most specific first. @module */

/** Candidate C library names for `os` (a `process.platform` value). */
export function libcNames(os: string): string[] {
  if (os === "darwin") return ["libSystem.B.dylib", "/usr/lib/libSystem.B.dylib"];
  if (os === "linux") return ["libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.so"];
  return ["libc.so.7", "libc.so"];
}

/**
 * Windows shared memory seen through kernel32 itself, not through shared(): the oracle of the
 * Windows rows of the shared-memory suites (tests/contract/shared*.test.ts). The calls are the
 * runtime's own kernel32 binding, reached through a mapping's runtime.
 * @module
 */
import { Buffer } from "node:buffer";
import * as assert from "uvu/assert";
import type { Api } from "./_ctx.ts";

type Fn = (...args: (number | Uint8Array | null)[]) => number;
/** The bound kernel32 (and advapi32) functions, and an ArrayBuffer over memory at an address. */
export interface Kernel32 {
  readonly fn: Readonly<Record<string, Fn>>;
  view(addr: number, length: number): ArrayBuffer;
}

const FILE_MAP_READ = 4;
const READ_CONTROL = 0x20000;

/** The runtime's kernel32 binding (taken from a mapping's runtime). */
export function kernel32(api: Api): Kernel32 {
  const a = api.anonymous(1);
  try {
    return (a as unknown as { runtime: { win: Kernel32 } }).runtime.win;
  } finally {
    a.close();
  }
}

/** A NUL-terminated UTF-16 string. */
export const wstr = (s: string): Uint8Array => new Uint8Array(Buffer.from(`${s}\0`, "utf16le"));

/** `Local\<name>` opened with `access`, or 0 when no section has that name. */
function openSection(k: Kernel32, name: string, access: number): number {
  return k.fn.OpenFileMappingW!(access, 0, wstr(`Local\\${name}`));
}

/** Whether a section `Local\<name>` exists. */
export function sectionExists(k: Kernel32, name: string): boolean {
  const h = openSection(k, name, FILE_MAP_READ);
  if (h !== 0) k.fn.CloseHandle!(h);
  return h !== 0;
}

/** The first `length` bytes of section `Local\<name>` (OpenFileMappingW, MapViewOfFile), or null when there is none. */
export function sectionBytes(k: Kernel32, name: string, length: number): Uint8Array | null {
  const h = openSection(k, name, FILE_MAP_READ);
  if (h === 0) return null;
  try {
    const base = k.fn.MapViewOfFile!(h, FILE_MAP_READ, 0, 0, length);
    assert.ok(base !== 0, `MapViewOfFile: Windows error ${k.fn.GetLastError!()}`);
    try {
      return new Uint8Array(k.view(base, length)).slice();
    } finally {
      k.fn.UnmapViewOfFile!(base);
    }
  } finally {
    k.fn.CloseHandle!(h);
  }
}

/** A SID's bytes as hex, from `at` of `b` (8 bytes of header and 4 per sub-authority). */
const sidHex = (b: Uint8Array, at: number): string =>
  Buffer.from(b.subarray(at, at + 8 + 4 * b[at + 1]!)).toString("hex");

/**
 * The security descriptor of section `Local\<name>` as GetKernelObjectSecurity returns it: the
 * owner SID and the SID of each access-allowed entry of the DACL (hex bytes), and whether the
 * DACL is protected (inherits nothing).
 */
export function sectionSecurity(
  k: Kernel32,
  name: string,
): { owner: string; allowed: string[]; protected: boolean; aces: number } {
  const h = openSection(k, name, FILE_MAP_READ | READ_CONTROL);
  assert.ok(h !== 0, `OpenFileMappingW: Windows error ${k.fn.GetLastError!()}`);
  try {
    const sd = new Uint8Array(1024);
    const OWNER = 1, DACL = 4;
    assert.is(k.fn.GetKernelObjectSecurity!(h, OWNER | DACL, sd, sd.length, new Uint8Array(4)), 1);
    const dv = new DataView(sd.buffer);
    const dacl = dv.getUint32(16, true);
    assert.ok(dacl !== 0, "the section has a DACL");
    const aces = dv.getUint16(dacl + 4, true);
    const allowed: string[] = [];
    for (let i = 0, at = dacl + 8; i < aces; i++, at += dv.getUint16(at + 2, true)) {
      if (sd[at] === 0) allowed.push(sidHex(sd, at + 8)); // ACCESS_ALLOWED_ACE_TYPE
    }
    return {
      owner: sidHex(sd, dv.getUint32(4, true)),
      allowed,
      protected: (dv.getUint16(2, true) & 0x1000) !== 0,
      aces,
    };
  } finally {
    k.fn.CloseHandle!(h);
  }
}

/**
 * Creates section `Local\<name>` of `size` bytes with the security descriptor of `sddl`
 * (ConvertStringSecurityDescriptorToSecurityDescriptorW; null: Windows' default), as another
 * program would; returns its handle, which keeps it alive until closed.
 */
export function makeSection(k: Kernel32, name: string, size: number, sddl: string | null): number {
  let sa: Uint8Array | null = null;
  if (sddl !== null) {
    const out = new Uint8Array(8);
    assert.is(k.fn.ConvertStringSecurityDescriptorToSecurityDescriptorW!(wstr(sddl), 1, out, 0), 1, sddl);
    sa = new Uint8Array(24);
    const dv = new DataView(sa.buffer);
    dv.setUint32(0, 24, true);
    dv.setBigUint64(8, new DataView(out.buffer).getBigUint64(0, true), true);
  }
  const INVALID_HANDLE_VALUE = -1, PAGE_READWRITE = 4;
  const h = k.fn.CreateFileMappingW!(INVALID_HANDLE_VALUE, sa, PAGE_READWRITE, 0, size, wstr(`Local\\${name}`));
  assert.ok(h !== 0, `CreateFileMappingW: Windows error ${k.fn.GetLastError!()}`);
  return h;
}

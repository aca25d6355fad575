/** Assertions that a call fails with a given MmapError code. @module */
import * as assert from "uvu/assert";
import type { Api } from "./_ctx.ts";

/** Expects `f` to throw an MmapError with `code`; returns its message. */
export function throwsCode(api: Api, f: () => unknown, code: string): string {
  try {
    f();
  } catch (e) {
    assert.instance(e, api.MmapError, String(e));
    assert.is((e as { code: string }).code, code, String(e));
    return (e as Error).message;
  }
  assert.unreachable(`expected MmapError ${code}`);
  return "";
}

/** Expects `p` to reject with an MmapError with `code`. */
export async function rejectsCode(api: Api, p: Promise<unknown>, code: string): Promise<void> {
  try {
    await p;
  } catch (e) {
    assert.instance(e, api.MmapError, String(e));
    assert.is((e as { code: string }).code, code, String(e));
    return;
  }
  assert.unreachable(`expected MmapError ${code}`);
}

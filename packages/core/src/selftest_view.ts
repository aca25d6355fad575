/**
 * The view engine's self-test: map a temporary file at an offset that is not a multiple of the
 * allocation granularity, read it through the view, write through a copy-on-write view and check
 * the file kept its bytes, close and check stale views are cut off. Any failure means the
 * buffered engine is used instead. Returns undefined on success, else the reason.
 * @module
 */
import { ViewWindow } from "./engine_view.ts";
import type { Runtime } from "./runtime.ts";

/** Runs the self-test; undefined when the view engine works here. */
export function viewSelfTest(rt: Runtime): string | undefined {
  const win = rt.win;
  if (win === undefined) return "no Windows adapter";
  const path = `${win.tmpdir()}\\.mmapkit-selftest-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const size = rt.granularity + 3 * rt.pageSize;
  const data = new Uint8Array(size);
  for (let i = 0; i < size; i++) data[i] = (i * 7 + 3) & 0xff;
  let fd: number;
  try {
    fd = rt.io.open(path, true, true, true, 0o600);
  } catch (e) {
    return `self-test: cannot create a temporary file in ${win.tmpdir()} (${e instanceof Error ? e.message : e})`;
  }
  let w: ViewWindow | undefined;
  try {
    rt.io.pwrite(fd, data, 0);
    w = new ViewWindow(rt, { path, shared: false });
    const at = rt.granularity + 5;
    w.place(at, size - at);
    for (const i of [0, 1, 100, size - at - 1]) {
      if (w.view[i] !== data[at + i]) return `self-test: read ${w.view[i]} at ${i}, file has ${data[at + i]}`;
    }
    w.view[0] = data[at]! ^ 0xff; // copy-on-write: must not reach the file
    const back = new Uint8Array(1);
    rt.io.pread(fd, back, at);
    if (back[0] !== data[at]) return "self-test: a write through a copy-on-write view reached the file";
    const stale = w.view;
    w.dispose();
    if (stale.length !== 0) return "self-test: a view of the closed mapping still reaches its memory";
    return undefined;
  } catch (e) {
    return `self-test: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    w?.dispose();
    rt.io.close(fd);
    try {
      rt.io.unlink(path);
    } catch { /* best effort: a temporary file */ }
  }
}

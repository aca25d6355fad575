/**
 * The engine self-test (ARCHITECTURE.md, invariant 6): map one page of a temporary file into a Memory,
 * read it from wasm and from JS, restore zero pages, check they read as zeros. Any failure means
 * the buffered engine is used instead. Returns undefined on success, else the reason.
 * @module
 */
import { MappedWindow } from "./engine_mapped.ts";
import type { Runtime } from "./runtime.ts";
import { viewSelfTest } from "./selftest_view.ts";

/** Runs the self-test; undefined when the mapped engine works here. */
export function mappedSelfTest(rt: Runtime): string | undefined {
  if (rt.placement === "view") return viewSelfTest(rt);
  const { sys, platform: p } = rt;
  if (sys === undefined || p === undefined) return "no FFI";
  // Threads of one process (kernel workers) run it too, maybe in the same millisecond: the name
  // has a random part, and a name taken (EEXIST) is tried again with another.
  let path = "";
  let fd = -1;
  for (let attempt = 0; fd < 0 && attempt < 8; attempt++) {
    const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    path = `${sys.tmpdir()}/.mmapkit-selftest-${sys.getpid()}-${unique}`;
    fd = sys.open(path, p.O_RDWR | p.O_CREAT | p.O_EXCL | p.O_CLOEXEC, 0o600);
    if (fd < 0 && p.errnoNames[sys.errno()] !== "EEXIST") break;
  }
  if (fd < 0) return `self-test: cannot create a temporary file in ${sys.tmpdir()} (errno ${sys.errno()})`;
  sys.unlink(path);
  const ps = rt.pageSize;
  const page = new Uint8Array(ps);
  for (let i = 0; i < ps; i++) page[i] = (i * 7 + 3) & 0xff;
  let w: MappedWindow | undefined;
  try {
    if (sys.pwrite(fd, page, 0) !== ps) return "self-test: cannot write the temporary file";
    w = new MappedWindow(rt, { fd, shared: false });
    w.place(1, ps - 1);
    const arena = w.arena;
    if (arena === undefined) return "self-test: no arena";
    const ptr = w.ptr;
    for (const i of [0, 1, 100, ps - 2]) {
      const want = page[i + 1]!;
      if (arena.kernel.load8(ptr + i) !== want) {
        return `self-test: wasm read ${arena.kernel.load8(ptr + i)} at ${i}, file has ${want}`;
      }
      if (w.view[i] !== want) return `self-test: JS read ${w.view[i]} at ${i}, file has ${want}`;
    }
    const stale = w.view;
    w.dispose();
    // What MappedFile does for views it handed out (see ArenaPool.refresh).
    if (!rt.pool.refresh(arena) || stale.length !== 0) return "self-test: a view of the window could not be detached";
    if (new Uint8Array(arena.buffer, ptr, 1)[0] !== 0 || arena.kernel.load8(ptr) !== 0) {
      return "self-test: the slot did not read zeros after restore";
    }
    return undefined;
  } catch (e) {
    return `self-test: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    w?.dispose();
    sys.close(fd);
  }
}

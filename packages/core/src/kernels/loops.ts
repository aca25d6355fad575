/**
 * Kernel loops whose faster form depends on the CPU rather than the WebAssembly engine: xxh32's
 * stripe loop, as one i32x4 chain or as four scalar u32 chains (wasm/assembly/tuning.ts,
 * XXH32_SCALAR). The i32x4 chain waits on the vector multiply's latency, which differs between CPUs
 * (AMD Zen 4 ran it at 9.0 GB/s; Zen 5 at 5.3–5.9, where the scalar chains ran at 9.4–10.1).
 *
 * Decided once per runtime (so per thread) by timing both forms in turn on the same resident 256 KiB
 * piece of a pooled Memory (under a millisecond); the scalar form is taken only with a clear lead.
 * Timed only once the kernel's xxh32 has hashed WARM bytes on this thread, so that the engine has
 * moved it to its optimising tier: in the baseline tier the i32x4 form wins (Deno: 83 vs 180 µs),
 * in the optimising tier it can lose (44 vs 27 µs), and Deno and Bun move up only after ~8–10 MiB.
 * Until then xxh32 runs the i32x4 form; `runtimeInfo()` warms up and decides at once (~5 ms).
 * The optimised code is compiled on a background thread, which can still be pending when the
 * timing runs (seen on Deno in the benchmark, the other core busy with the walk's prefetching):
 * a baseline-tier timing always favours i32x4, so a choice of i32x4 is timed again, up to
 * RECHECKS times, after each further RECHECK_BYTES hashed. Digests never depend on the choice;
 * the scalar build has only the scalar form.
 * @module
 */
import { KERNEL_TUNING, kernelModule, XXH32_SCALAR } from "../wasm/load.ts";
import { RESERVED_BYTES, STATE_OFFSET } from "../wasm/layout.ts";
import type { Runtime } from "../runtime.ts";
import { MmapError } from "../errors.ts";
import { NATIVE_MIN, SAMPLE, timeInTurn } from "./native.ts";

/** The forms of xxh32's stripe loop. */
export type Xxh32Loop = "i32x4" | "scalar";

/** How much faster the scalar form's best must be to be taken (both are the same function's code). */
const MARGIN = 1.1;

/** Bytes the kernel's xxh32 hashes on a thread before its two forms are timed. */
const WARM = 16 * 1024 * 1024;

/** Times a choice of i32x4 is timed again, and the bytes hashed before each. */
const RECHECKS = 3;
const RECHECK_BYTES = 64 * 1024 * 1024;

/** A runtime's choice: fixed (the scalar build, or chooseXxh32Loop), or timed and maybe timed again. */
interface Choice {
  loop: Xxh32Loop;
  fixed: boolean;
  /** Timings left, and the bytes hashed since the last one. */
  rechecks: number;
  since: number;
}

const choices = new WeakMap<Runtime, Choice>();
/** Bytes hashed by xxh32 so far on each runtime whose form is not chosen yet. */
const warmth = new WeakMap<Runtime, number>();

/**
 * The best time of each form of xxh32's loop on one resident piece, taken in turn; first, the
 * i32x4 form hashes it until this thread's xxh32 has hashed WARM bytes. For the benchmark too.
 */
export function timeXxh32Loops(rt: Runtime): { scalarMs: number; simdMs: number; rounds: number } {
  const arena = rt.pool.acquire(RESERVED_BYTES + SAMPLE);
  const k = arena.kernel;
  const piece = new Uint8Array(arena.buffer, RESERVED_BYTES, SAMPLE);
  const engine = KERNEL_TUNING[rt.wasmEngine];
  const run = (flags: number) => () => {
    k.setTuning(flags);
    k.xxh32Reset(STATE_OFFSET, 0, 0);
    k.xxh32Update(STATE_OFFSET, RESERVED_BYTES, SAMPLE);
  };
  try {
    for (let i = 0; i < SAMPLE; i += 4096) piece[i] = i >>> 12; // touched: resident, not the zero page
    for (let done = warmth.get(rt) ?? 0; done < WARM; done += SAMPLE) run(engine)();
    warmth.set(rt, WARM);
    const t = timeInTurn(run(engine | XXH32_SCALAR), run(engine));
    return { scalarMs: t.nativeMs, simdMs: t.wasmMs, rounds: t.rounds };
  } finally {
    k.setTuning(engine);
    piece.fill(0);
    rt.pool.release(arena);
  }
}

/** The form the timing gives (the scalar build: its only form). */
function timed(rt: Runtime): Xxh32Loop {
  if (!kernelModule().simd) return "scalar";
  const { scalarMs, simdMs } = timeXxh32Loops(rt);
  return MARGIN * Math.max(scalarMs, 1e-6) < simdMs ? "scalar" : "i32x4";
}

/** The choice on `rt`, made (warmed up and timed) if there is none yet. */
function choiceOf(rt: Runtime): Choice {
  let c = choices.get(rt);
  if (c === undefined) {
    const loop = timed(rt);
    c = { loop, fixed: !kernelModule().simd, rechecks: RECHECKS, since: 0 };
    choices.set(rt, c);
    warmth.delete(rt);
  }
  return c;
}

/** The form of xxh32's loop on `rt` now: decided (warmed up and timed) the first time it is asked. */
export function xxh32Loop(rt: Runtime): Xxh32Loop {
  return choiceOf(rt).loop;
}

/** Fixes the form for `rt` (tests and the benchmark compare both); the scalar build has no i32x4 form. */
export function chooseXxh32Loop(rt: Runtime, loop: Xxh32Loop): void {
  if (loop !== "scalar" && loop !== "i32x4") {
    throw new MmapError("EINVAL", `xxh32's loop is "i32x4" or "scalar", not ${String(loop)}`);
  }
  if (loop === "i32x4" && !kernelModule().simd) {
    throw new MmapError(
      "ENOTSUP",
      'this runtime runs the scalar kernel build, which has no i32x4 loop; choose "scalar"',
    );
  }
  choices.set(rt, { loop, fixed: true, rechecks: 0, since: 0 });
  warmth.delete(rt);
}

/**
 * The kernel flags for feeding `len` more bytes of xxh32 on `rt`: the engine's shapes, plus the
 * scalar loop once chosen. Before the choice the i32x4 form runs, and the bytes count towards
 * WARM; a chunk of 64 KiB or more once WARM is reached makes the choice, and one after each
 * further RECHECK_BYTES times an i32x4 choice again.
 */
export function xxh32Flags(rt: Runtime, len: number): number {
  const engine = KERNEL_TUNING[rt.wasmEngine];
  let c = choices.get(rt);
  if (c === undefined) {
    const done = warmth.get(rt) ?? 0;
    if (done >= WARM && len >= NATIVE_MIN) c = choiceOf(rt);
    else warmth.set(rt, done + len);
  } else if (!c.fixed && c.loop === "i32x4" && c.rechecks > 0) {
    c.since += len;
    if (c.since >= RECHECK_BYTES && len >= NATIVE_MIN) {
      c.loop = timed(rt);
      c.rechecks--;
      c.since = 0;
    }
  }
  return c?.loop === "scalar" ? engine | XXH32_SCALAR : engine;
}

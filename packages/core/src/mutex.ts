/**
 * `Mutex`: a lock that processes share through one 32-bit word of a shared mapping — any
 * runtime, any process that maps the same file. Robust: a holder that died is detected and the
 * lock recovered.
 *
 * The word: 0 when free; otherwise the holder's identity (its pid and a start-time tag, see
 * _holder.ts) in bits 0–29 and, in bit 31, "someone may be sleeping". Taking it is one compare-and-swap; a busy
 * lock is spun on briefly (adaptively), then slept on with futex(FUTEX_WAIT), shared, not private.
 * `unlock` clears the word and, when bit 31 was set, wakes one sleeper with FUTEX_WAKE.
 * @module
 */
import type { MappedFile } from "./mapped_file.ts";
import { MmapError } from "./errors.ts";
import { SharedSpan } from "./_shared_span.ts";
import { deadline, futexWake, remaining, runAsync, runSync, type Sleeper, toTimeout, WAIT } from "./futex.ts";
import { HOLDER as OWNER, holderAlive, holderPid, selfIdentity } from "./_holder.ts";

const WAITERS = 0x80000000 | 0;
/** Bit 30: the holder closed its mapping while holding the lock; the next taker sees `recovered`. */
const ABANDONED = 0x40000000;

/** Mutexes that wait (rather than throw EDEADLK) when another thread of this process holds them. */
const waitForSelf = new WeakSet<Mutex>();

/**
 * Makes `m` wait, like lockAsync does, when another thread of this process holds it, instead of
 * throwing EDEADLK (Channel's own locks: two worker threads may both send or receive).
 */
export function waitWhenHeldHere(m: Mutex): void {
  waitForSelf.add(m);
}

/** A lock word as this thread sees it: whether one of this thread's Mutex objects holds it. */
interface Word {
  readonly span: SharedSpan;
  heldHere: boolean;
}

/** Per region, the lock words this thread made Mutexes over: checked when the region closes. */
const words = new WeakMap<MappedFile, Map<number, Word>>();

/**
 * At close(), a lock that a Mutex of this thread still holds is marked abandoned and its sleepers
 * woken. Only this thread's: the word names the process, and another thread of it may hold the
 * lock legitimately while this one closes its own mapping of the region.
 */
function watch(span: SharedSpan, id: number): Word {
  let spans = words.get(span.region);
  if (spans === undefined) {
    const all = (spans = new Map<number, Word>());
    words.set(span.region, all);
    span.region.onClose(() => {
      for (const word of all.values()) {
        if (!word.heldHere) continue;
        word.heldHere = false;
        const s = word.span;
        try {
          s.check();
          if ((Atomics.load(s.i32, 0) & OWNER) !== id) continue;
          Atomics.store(s.i32, 0, ABANDONED | WAITERS);
          futexWake(s.rt, s.addr(0), 0x7fffffff);
        } catch { /* remapped or otherwise unreachable: nothing to mark */ }
      }
    });
  }
  let word = spans.get(span.offset);
  if (word === undefined) spans.set(span.offset, word = { span, heldHere: false });
  return word;
}
/** How often a waiter checks that the holder is still alive (ms). */
const PROBE_MS = 50;
const SPIN_MAX = 100;

/**
 * @internal One lock() or lockAsync() in progress (Channel's operations extend it: they start by
 * taking a lock): what {@link Mutex.lockStep} keeps between its steps.
 */
export class Locking implements Sleeper {
  addr = 0;
  expected = 0;
  ms = 0;
  /** Checked timeout (Infinity: no limit), and the deadline it gives. */
  timeoutMs: number = Infinity;
  end: number = Infinity;
  /**
   * The thread may block: a busy lock is spun on before sleeping, and a lock this process holds
   * is EDEADLK (see waitWhenHeldHere).
   */
  sync = true;
  /** When the holder was last checked for being alive. */
  probed: number = -Infinity;
  /** Whether the first step (the uncontended attempt) ran. */
  started = false;

  /**
   * (Re)starts the operation: a blocking call reuses one object (it cannot overlap another on
   * its thread), so the uncontended path allocates nothing.
   */
  start(timeoutMs: number, sync: boolean): void {
    this.timeoutMs = timeoutMs;
    this.end = deadline(timeoutMs);
    this.sync = sync;
    this.probed = -Infinity;
    this.started = false;
  }

  /** Nothing is held while a lock is awaited. */
  abandon(): void {}
}

/**
 * A cross-process mutex in a 4-byte-aligned u32 word of a shared region (futex on Linux).
 *
 * Ownership is per **process**: the word holds the holder's pid. Several `Mutex` objects or
 * worker threads of one process count as one owner (a sync `lock()` of a lock this process
 * already holds throws `EDEADLK` rather than hang; `lockAsync()` waits for it instead).
 *
 * **Robustness.** A waiter checks every 50 ms (and `tryLock()` at once) whether the holder still
 * runs: on Linux from /proc/<pid>/stat, so a holder that died but is not yet reaped (a zombie) and
 * a pid since reused by another process (the waiter included) both count as dead; elsewhere with
 * `kill(pid, 0)`; on Windows with OpenProcess, GetExitCodeProcess and a tag of the creation time
 * (the word then holds the process id divided by 4, and waits sleep on a named event per word).
 * If the holder is dead, the waiter takes the lock over and
 * {@link Mutex.recovered} is `true` until its `unlock()`: the data the lock guards may be half
 * updated, so check or repair it. Limits: a reused pid whose start time hashes to the same 8-bit
 * tag (1 in 255) hides the death; processes in different pid namespaces (containers) must not share a Mutex.
 *
 * @example
 * ```ts
 * import { Mutex, shared } from "mmapkit";
 * using region = shared("counter", { size: 4096, create: true });
 * const m = new Mutex(region, 0);
 * const view = new DataView(region.bytes.buffer, region.bytes.byteOffset);
 * m.lock(1000);                       // ETIMEDOUT after 1 s
 * if (m.recovered) console.log("the previous holder died while holding the lock");
 * view.setUint32(8, view.getUint32(8, true) + 1, true);
 * m.unlock();
 * ```
 */
export class Mutex {
  readonly #span: SharedSpan;
  readonly #id: number;
  readonly #word: Word;
  #recovered = false;
  #spins = 10;

  /** Binds to the u32 word at `offset` (a multiple of 4) of `region` (a file mapped "write"). */
  constructor(region: MappedFile, offset: number) {
    this.#span = new SharedSpan(region, offset, 4, "Mutex");
    this.#id = selfIdentity(this.#span.rt);
    this.#word = watch(this.#span, this.#id);
  }

  /**
   * True while this process holds the lock it took over from a holder that died holding it
   * (the guarded data may be inconsistent). Reset by `unlock()` and by the next clean `lock()`.
   */
  get recovered(): boolean {
    return this.#recovered;
  }

  /** Takes the lock, waiting at most `timeoutMs` (default: no limit); `ETIMEDOUT` when it could not. Blocks the thread. */
  lock(timeoutMs?: number): void {
    const op = this.#blocking;
    op.start(toTimeout(timeoutMs, "lock timeout"), true);
    runSync(this.#span.rt, this.#lockStep, op);
  }

  /**
   * {@link Mutex.lock} without blocking the event loop. Node: the futex wait runs on a libuv
   * thread-pool thread (50 ms at a time); Deno: on a nonblocking FFI worker thread; Bun (no
   * asynchronous FFI): polls with a timer, backing off from 1 to 16 ms.
   */
  async lockAsync(timeoutMs?: number): Promise<void> {
    const op = new Locking();
    op.start(toTimeout(timeoutMs, "lock timeout"), false);
    await runAsync(this.#span.rt, this.#lockStep, op);
  }

  /**
   * @internal The whole lock protocol, one step at a time: true once the lock is taken, WAIT when
   * `op` must sleep first (on the word, at most until the next liveness probe). The first step
   * tries the uncontended compare-and-swap, then (sync) spins a little, adaptively: as long as
   * spinning recently paid off. ETIMEDOUT at `op.end`.
   */
  lockStep(op: Locking): true | typeof WAIT {
    const s = this.#span;
    s.check();
    const w = s.i32;
    if (!op.started) {
      op.started = true;
      if (this.#fast(w)) return true;
      if (op.sync) {
        const max = Math.min(SPIN_MAX, this.#spins * 2 + 10);
        let n = 0;
        for (; n < max; n++) {
          if (Atomics.load(w, 0) === 0 && this.#fast(w)) break;
        }
        this.#spins += (n - this.#spins) / 8;
        if (n < max) return true;
      }
    }
    const now = performance.now();
    const probe = now - op.probed >= PROBE_MS;
    if (probe) op.probed = now;
    const expect = this.#contended(w, probe, op.sync);
    if (expect === undefined) return true;
    const left = remaining(op.end);
    if (left === 0) throw this.#timedOut(op.timeoutMs);
    op.addr = s.addr(0);
    op.expected = expect;
    op.ms = Math.min(left, PROBE_MS);
    return WAIT;
  }

  readonly #lockStep = (op: Locking): true | typeof WAIT => this.lockStep(op);
  /** The state of lock(): one object, as blocking calls cannot overlap on a thread. */
  readonly #blocking = new Locking();

  /** Takes the lock if it is free (or its holder died: see {@link Mutex.recovered}); never waits. */
  tryLock(): boolean {
    const s = this.#span;
    s.check();
    const w = s.i32;
    if (this.#fast(w)) return true;
    const v = Atomics.load(w, 0);
    const owner = v & OWNER;
    const abandoned = (v & ABANDONED) !== 0;
    if (owner === 0 || (owner !== this.#id && !holderAlive(s.rt, owner))) {
      if (Atomics.compareExchange(w, 0, v, this.#id | WAITERS) === v) {
        this.#took(owner !== 0 || abandoned);
        return true;
      }
    }
    return false;
  }

  /** Releases the lock; `EPERM` when this process does not hold it. */
  unlock(): void {
    const s = this.#span;
    s.check();
    const w = s.i32;
    if (Atomics.compareExchange(w, 0, this.#id, 0) === this.#id) { // held, nobody sleeping
      this.#released();
      return;
    }
    const v = Atomics.load(w, 0);
    const owner = v & OWNER;
    if (owner !== this.#id) {
      throw new MmapError(
        "EPERM",
        owner === 0
          ? "unlock: the mutex is not locked; call unlock() only after lock()"
          : `unlock: the mutex is held by process ${holderPid(s.rt, owner)}, not this one (${
            holderPid(s.rt, this.#id)
          }); only the holder may unlock`,
      );
    }
    this.#released();
    if ((Atomics.exchange(w, 0, 0) & WAITERS) !== 0) futexWake(s.rt, s.addr(0), 1);
  }

  #fast(w: Int32Array): boolean {
    if (Atomics.compareExchange(w, 0, 0, this.#id) !== 0) return false;
    this.#took(false);
    return true;
  }

  #took(recovered: boolean): void {
    this.#recovered = recovered;
    this.#word.heldHere = true;
  }

  #released(): void {
    this.#recovered = false;
    this.#word.heldHere = false;
  }

  /**
   * One step of the contended path: takes the lock (returns undefined), or marks it contended
   * and returns the word value to sleep on. With `probe`, checks that the holder is alive.
   */
  #contended(w: Int32Array, probe: boolean, sync: boolean): number | undefined {
    for (;;) {
      const v = Atomics.load(w, 0);
      const owner = v & OWNER;
      if (owner === 0) {
        // Taken with the waiters bit: others may still sleep, so our unlock must wake one.
        if (Atomics.compareExchange(w, 0, v, this.#id | WAITERS) === v) {
          this.#took((v & ABANDONED) !== 0); // its holder closed the region while holding it
          return undefined;
        }
        continue;
      }
      if (owner === this.#id) {
        if (sync && !waitForSelf.has(this)) {
          throw new MmapError(
            "EDEADLK",
            "lock: this process already holds the mutex (the lock is per process and not reentrant); unlock() first",
          );
        }
      } else if (probe && !holderAlive(this.#span.rt, owner)) {
        if (Atomics.compareExchange(w, 0, v, this.#id | WAITERS) === v) {
          this.#took(true);
          return undefined;
        }
        continue;
      }
      if ((v & WAITERS) === 0 && Atomics.compareExchange(w, 0, v, v | WAITERS) !== v) continue;
      return v | WAITERS;
    }
  }

  #timedOut(timeoutMs: number | undefined): MmapError {
    const owner = Atomics.load(this.#span.i32, 0) & OWNER;
    return new MmapError(
      "ETIMEDOUT",
      `lock: still held by process ${
        holderPid(this.#span.rt, owner)
      } after ${timeoutMs} ms; wait longer or check what that process is doing`,
    );
  }
}

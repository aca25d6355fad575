/**
 * `Channel`: a ring of length-prefixed messages in a shared region, between processes of any
 * runtime. Layout at `offset` (u32 words, native byte order):
 *
 * ```
 *   0  magic "MKC1"   4 version   8 capacity   (written once by create)
 *  64  producer lock  68 records sent          (senders only)
 * 128  tail          132 producer sleeping     (written by senders, read by receivers)
 * 192  head          196 consumer sleeping     (written by receivers, read by senders)
 * 256  consumer lock 260 records received      (receivers only)
 * 320  data[capacity]
 * ```
 *
 * One 64-byte cache line per role, so a spinning side never steals the line the other side writes.
 *
 * `head`/`tail` run over [0, 2·capacity) so a full ring and an empty one differ. A record is a u32
 * length, the bytes, and padding to 4; a record that reaches the end of the ring continues at its
 * start (split copy), so any message up to capacity − 4 bytes fits. A sender publishes `tail` only
 * after the bytes are written, so a receiver never sees part of a message. A receiver sleeps with
 * futex on `tail`, a sender on `head`; each side sets its "sleeping" word first, and the other side
 * wakes it only when that word is set (no syscall while both keep up). Each side also remembers the
 * other's last index it read, and re-reads it only when that is not enough — valid while the
 * "records sent"/"received" count shows no other sender/receiver ran in between.
 * @module
 */
import type { MappedFile } from "./mapped_file.ts";
import { toIndex } from "./args.ts";
import { MmapError } from "./errors.ts";
import { SharedSpan } from "./_shared_span.ts";
import { futexWake, remaining, runAsync, runSync, toTimeout, WAIT } from "./futex.ts";
import { Locking, Mutex, waitWhenHeldHere } from "./mutex.ts";

const MAGIC = 0x3143_4b4d; // "MKC1" little-endian
const VERSION = 1;
const HEADER = 320;
// Word indexes.
const W_MAGIC = 0, W_VERSION = 1, W_CAPACITY = 2;
const W_PRODUCER_LOCK = 16, W_SENT = 17;
const W_TAIL = 32, W_PRODUCER_SLEEPS = 33;
const W_HEAD = 48, W_CONSUMER_SLEEPS = 49;
const W_CONSUMER_LOCK = 64, W_RECEIVED = 65;
const SPIN = 2000;
/**
 * The longest one wait sleeps before re-checking the ring (ms): a peer that died between
 * publishing and waking us cannot leave a wait without a timeout asleep forever.
 */
const RECHECK_MS = 100;

const pad4 = (n: number): number => (n + 3) & ~3;

/** The error for a channel whose shared words make no sense (overwritten, or not a channel). */
function corrupt(offset: number, what: string): MmapError {
  return new MmapError(
    "EBADMSG",
    `the channel at offset ${offset} is corrupt (${what}): it was overwritten (another create()? a stray write?); create it again`,
  );
}

/**
 * Unlocks after a send or receive. When the operation itself failed (a corrupt channel, a region
 * closed while it waited), an unlock that fails too must not hide that first error.
 */
function release(lock: Mutex, failed: boolean): void {
  try {
    lock.unlock();
  } catch (e) {
    if (!failed) throw e;
  }
}

/** Whether `e` is the lock timing out (send/receive then report "full"/"empty" instead of throwing). */
const timedOut = (e: unknown): boolean => e instanceof MmapError && e.code === "ETIMEDOUT";

/**
 * One side of a channel as this object sees it (senders or receivers): its lock, its words, and
 * the other side's index as last read (`seen`), trusted while this side's count is still
 * `counted`, the value this object left it at (no other object of this side ran since).
 */
interface Side {
  readonly lock: Mutex;
  /** Word indexes: this side's index, the other side's, this side's count, this side's "sleeping". */
  readonly own: number;
  readonly other: number;
  readonly count: number;
  readonly sleeps: number;
  readonly ownName: string;
  readonly otherName: string;
  seen: number;
  counted: number;
}

function side(
  lock: Mutex,
  own: number,
  other: number,
  count: number,
  sleeps: number,
  ownName: string,
  otherName: string,
): Side {
  return { lock, own, other, count, sleeps, ownName, otherName, seen: 0, counted: -1 };
}

/**
 * One send or receive in progress: what its step function keeps between its steps. It starts as
 * the taking of the side's lock (Locking), then waits on the ring while it holds it.
 */
class Transfer extends Locking {
  /** Send: the message (async: a copy) and the bytes its record takes. */
  message: Uint8Array | undefined;
  need = 0;
  /** The side's lock, once taken (released when the operation ends, or fails). */
  held: Mutex | undefined;
  /** The lock was just taken: read the ring's indexes and check the cached one. */
  fresh = false;
  /** This side's own index (tail for a sender, head for a receiver), read under the lock. */
  mine = 0;
  /** Spins left before the first sleep (sync only: an async operation never blocks the thread). */
  spins = 0;
  /** This side's "sleeping" word was set before the last WAIT: clear it at the next step. */
  sleeping = false;

  /** (Re)starts a send of `message` (`need` bytes of ring) or, without one, a receive. */
  begin(timeoutMs: number, sync: boolean, message: Uint8Array | undefined, need: number): this {
    this.start(timeoutMs, sync);
    this.message = message;
    this.need = need;
    this.held = undefined;
    this.fresh = false;
    this.spins = sync ? SPIN : 0;
    this.sleeping = false;
    return this;
  }

  override abandon(): void {
    const lock = this.held;
    this.held = undefined;
    if (lock !== undefined) release(lock, true);
  }
}

/**
 * A message channel in a shared region: whole messages, in order, never duplicated.
 *
 * Senders serialize through a robust lock in the header (a {@link Mutex}), and so do receivers:
 * several producers and several consumers are safe (each message goes to exactly one receiver;
 * the messages of one producer keep their order). A sender that dies mid-message leaves nothing
 * visible (the tail is published last) and its lock is recovered by the next sender. The fast
 * path is one producer and one consumer: then the locks are never contended.
 *
 * @example
 * ```ts
 * import { Channel, shared } from "mmapkit";
 * using region = shared("jobs", { size: Channel.headerSize + (1 << 20), create: true });
 * const ch = Channel.create(region, 0, 1 << 20);  // another process: Channel.attach(region, 0)
 * ch.send(new TextEncoder().encode("hello"));
 * console.log(ch.receive(100));                   // Uint8Array, or null if empty for 100 ms
 * ```
 */
export class Channel {
  /** Bytes the header takes before the ring: a region needs `offset + headerSize + capacity` bytes. */
  static readonly headerSize: number = HEADER;

  readonly #span: SharedSpan;
  readonly #cap: number;
  readonly #senders: Side;
  readonly #receivers: Side;
  /** The state of send() and receive(): one object, as blocking calls cannot overlap on a thread. */
  readonly #blocking = new Transfer();

  private constructor(span: SharedSpan, capacity: number) {
    this.#span = span;
    this.#cap = capacity;
    const producer = new Mutex(span.region, span.offset + W_PRODUCER_LOCK * 4);
    const consumer = new Mutex(span.region, span.offset + W_CONSUMER_LOCK * 4);
    this.#senders = side(producer, W_TAIL, W_HEAD, W_SENT, W_PRODUCER_SLEEPS, "tail", "head");
    this.#receivers = side(consumer, W_HEAD, W_TAIL, W_RECEIVED, W_CONSUMER_SLEEPS, "head", "tail");
    // Worker threads of one process may share a channel: they wait for each other, like processes.
    waitWhenHeldHere(producer);
    waitWhenHeldHere(consumer);
  }

  /**
   * Writes a new, empty channel with a ring of `capacity` bytes (a multiple of 4, ≥ 8) at `offset`
   * (a multiple of 4) of `region`, replacing whatever was there. Messages may be up to capacity − 4 bytes.
   */
  static create(region: MappedFile, offset: number, capacity: number): Channel {
    const cap = toIndex(capacity, "Channel capacity");
    if (cap < 8 || cap % 4 !== 0) {
      throw new MmapError("EINVAL", `Channel capacity ${cap} must be a multiple of 4 and at least 8`);
    }
    if (cap > 2 ** 30) throw new MmapError("ERANGE", `Channel capacity ${cap} is over 1 GiB; pass a smaller capacity`);
    const span = new SharedSpan(region, offset, HEADER + cap, "Channel");
    const w = span.i32;
    Atomics.store(w, W_MAGIC, 0);
    for (let i = 1; i < HEADER / 4; i++) Atomics.store(w, i, 0);
    Atomics.store(w, W_VERSION, VERSION);
    Atomics.store(w, W_CAPACITY, cap);
    Atomics.store(w, W_MAGIC, MAGIC); // last: attach() sees a whole header or none
    return new Channel(span, cap);
  }

  /** Binds to the channel that `create` wrote at `offset` of `region` (EINVAL when there is none). */
  static attach(region: MappedFile, offset: number): Channel {
    const head = new SharedSpan(region, offset, HEADER, "Channel");
    const w = head.i32;
    if (Atomics.load(w, W_MAGIC) !== MAGIC || Atomics.load(w, W_VERSION) !== VERSION) {
      throw new MmapError(
        "EINVAL",
        `no channel at offset ${head.offset} of ${JSON.stringify(region.path)}; call Channel.create there first`,
      );
    }
    const cap = Atomics.load(w, W_CAPACITY);
    if (!(cap >= 8 && cap <= 2 ** 30 && cap % 4 === 0) || head.offset + HEADER + cap > region.length) {
      throw corrupt(head.offset, `capacity ${cap} is not a multiple of 4 between 8 and 1 GiB that fits the region`);
    }
    const ch = new Channel(new SharedSpan(region, offset, HEADER + cap, "Channel"), cap);
    // Head and tail move while others send and receive: compare them only as a stable pair.
    for (let tries = 0; tries < 100; tries++) {
      const head = ch.#pos(Atomics.load(w, W_HEAD), "head");
      const tail = ch.#pos(Atomics.load(w, W_TAIL), "tail");
      if (Atomics.load(w, W_HEAD) !== head) continue;
      ch.#used(head, tail);
      break;
    }
    return ch;
  }

  /** The ring's size in bytes. */
  get capacity(): number {
    return this.#cap;
  }

  /** The largest message that fits: capacity − 4 bytes. */
  get maxMessage(): number {
    return this.#cap - 4;
  }

  /**
   * Sends a copy of `message`, waiting at most `timeoutMs` (default: no limit) for room; false
   * when the ring stayed too full. `ERANGE` when the message is over {@link Channel.maxMessage}.
   * Blocks the thread while it waits.
   */
  send(message: Uint8Array, timeoutMs?: number): boolean {
    const need = this.#check(message);
    const op = this.#blocking.begin(toTimeout(timeoutMs, "send timeout"), true, message, need);
    try {
      return runSync(this.#span.rt, this.#sendStep, op);
    } finally {
      op.message = undefined; // the caller's buffer is not ours to keep
    }
  }

  /** {@link Channel.send} without blocking the event loop (waits as {@link Mutex.lockAsync} does). */
  async sendAsync(message: Uint8Array, timeoutMs?: number): Promise<boolean> {
    const need = this.#check(message);
    // A copy: the caller's buffer may be resized, detached or changed while this waits.
    const op = new Transfer().begin(toTimeout(timeoutMs, "send timeout"), false, message.slice(), need);
    return await runAsync(this.#span.rt, this.#sendStep, op);
  }

  /**
   * The next message (a copy), waiting at most `timeoutMs` (default: no limit); null when the
   * ring stayed empty. Blocks the thread while it waits.
   */
  receive(timeoutMs?: number): Uint8Array | null {
    const op = this.#blocking.begin(toTimeout(timeoutMs, "receive timeout"), true, undefined, 0);
    this.#span.check();
    return runSync(this.#span.rt, this.#receiveStep, op);
  }

  /** {@link Channel.receive} without blocking the event loop (waits as {@link Mutex.lockAsync} does). */
  async receiveAsync(timeoutMs?: number): Promise<Uint8Array | null> {
    const op = new Transfer().begin(toTimeout(timeoutMs, "receive timeout"), false, undefined, 0);
    this.#span.check();
    return await runAsync(this.#span.rt, this.#receiveStep, op);
  }

  /**
   * Runs `ring` under the lock of `side`: takes the lock (a timeout gives `none`), then steps
   * `ring` until it gives a result, which releases the lock, as does a failure (whose error is the
   * one thrown). Each step under the lock first clears the side's "sleeping" word if the last one
   * set it; the first one reads the side's own index (only the lock holder moves it) and, when
   * another object of this side ran since this one's last operation (or one died holding the
   * lock), the other side's: the index remembered may be from another lap.
   */
  #underLock<T>(
    side: Side,
    op: Transfer,
    none: T,
    ring: (op: Transfer, w: Int32Array) => T | typeof WAIT,
  ): T | typeof WAIT {
    if (op.held === undefined) {
      try {
        if (side.lock.lockStep(op) === WAIT) return WAIT;
      } catch (e) {
        if (timedOut(e)) return none;
        throw e;
      }
      op.held = side.lock;
      op.fresh = true;
    }
    let r: T | typeof WAIT;
    try {
      const s = this.#span;
      s.check();
      const w = s.i32;
      if (op.sleeping) {
        op.sleeping = false;
        Atomics.store(w, side.sleeps, 0);
      }
      if (op.fresh) {
        op.fresh = false;
        op.mine = this.#pos(w[side.own]!, side.ownName);
        if (w[side.count] !== side.counted || side.lock.recovered) {
          side.seen = this.#pos(Atomics.load(w, side.other), side.otherName);
        }
      }
      r = ring(op, w);
    } catch (e) {
      op.abandon();
      throw e;
    }
    if (r !== WAIT) {
      op.held = undefined;
      release(side.lock, false);
    }
    return r;
  }

  /**
   * Nothing to do yet: −1 to look again (a blocking call spins first), 0 at the deadline, else
   * the ms left, with this side's "sleeping" word set — the caller then looks once more (the other
   * side may have moved before it saw the word) and sleeps, or clears the word.
   */
  #idle(op: Transfer, w: Int32Array, side: Side): number {
    if (op.spins > 0) {
      op.spins--;
      return -1;
    }
    const left = remaining(op.end);
    if (left > 0) Atomics.store(w, side.sleeps, 1);
    return left;
  }

  /**
   * Asks to sleep until the other side's index moves from `seen` (at most RECHECK_MS: a peer
   * that died between publishing and waking us cannot leave us asleep); the next step clears the
   * "sleeping" word the caller set.
   */
  #sleepOn(op: Transfer, side: Side, seen: number, left: number): typeof WAIT {
    op.sleeping = true;
    op.addr = this.#span.addr(side.other * 4);
    op.expected = seen;
    op.ms = Math.min(left, RECHECK_MS);
    return WAIT;
  }

  /** The send protocol, one step at a time (see runSync and runAsync). */
  readonly #sendStep = (op: Transfer): boolean | typeof WAIT =>
    this.#underLock(this.#senders, op, false, this.#sendRing);

  /** The receive protocol, one step at a time. */
  readonly #receiveStep = (op: Transfer): Uint8Array | null | typeof WAIT =>
    this.#underLock(this.#receivers, op, null, this.#receiveRing);

  /** A send holding the producer lock: waits for room, then writes the record and publishes it. */
  readonly #sendRing = (op: Transfer, w: Int32Array): boolean | typeof WAIT => {
    const me = this.#senders;
    const tail = op.mine;
    const need = op.need;
    while (this.#free(me.seen, tail) < need) {
      const head = (me.seen = this.#pos(Atomics.load(w, W_HEAD), "head"));
      if (this.#free(head, tail) >= need) break;
      const left = this.#idle(op, w, me);
      if (left < 0) continue;
      if (left === 0) return false;
      if (this.#free(this.#pos(Atomics.load(w, W_HEAD), "head"), tail) < need) return this.#sleepOn(op, me, head, left);
      Atomics.store(w, W_PRODUCER_SLEEPS, 0);
    }
    // Count first, publish second: a sender that dies in between leaves a changed count, so the
    // next sender re-reads head instead of trusting a cache.
    me.counted = w[W_SENT] = (w[W_SENT]! + 1) | 0;
    this.#write(op.message!, need, tail);
    return true;
  };

  /** A receive holding the consumer lock: waits for a record, then takes it. */
  readonly #receiveRing = (op: Transfer, w: Int32Array): Uint8Array | null | typeof WAIT => {
    const me = this.#receivers;
    const head = op.mine;
    for (;;) {
      const tail = me.seen !== head ? me.seen : (me.seen = this.#pos(Atomics.load(w, W_TAIL), "tail"));
      if (tail !== head) {
        // Count first, publish second (see send).
        me.counted = w[W_RECEIVED] = (w[W_RECEIVED]! + 1) | 0;
        return this.#read(head, tail);
      }
      const left = this.#idle(op, w, me);
      if (left < 0) continue;
      if (left === 0) return null;
      if (Atomics.load(w, W_TAIL) === head) return this.#sleepOn(op, me, tail, left);
      Atomics.store(w, W_CONSUMER_SLEEPS, 0);
    }
  };

  /** Validates a message before anything changes; returns the bytes its record takes. */
  #check(message: unknown): number {
    if (!(message instanceof Uint8Array)) throw new MmapError("EINVAL", "send: the message must be a Uint8Array");
    if (message.length > this.#cap - 4) {
      throw new MmapError(
        "ERANGE",
        `send: the message is ${message.length} bytes, over this channel's maximum ${
          this.#cap - 4
        } (capacity − 4); split it, or create a channel with a larger capacity`,
      );
    }
    this.#span.check();
    return 4 + pad4(message.length);
  }

  /**
   * A head or tail read from shared memory, checked before any use: a position in [0, 2·capacity)
   * and a multiple of 4. Anything else means the header was overwritten: EBADMSG.
   */
  #pos(v: number, what: string): number {
    if (v >= 0 && v < 2 * this.#cap && (v & 3) === 0) return v;
    throw corrupt(this.#span.offset, `${what} ${v} is not a position in a ring of ${this.#cap} bytes`);
  }

  /** Bytes queued between checked positions `head` and `tail`; EBADMSG when over the capacity. */
  #used(head: number, tail: number): number {
    const used = tail >= head ? tail - head : tail + 2 * this.#cap - head;
    if (used > this.#cap) {
      throw corrupt(this.#span.offset, `head ${head} and tail ${tail} queue ${used} bytes in a ring of ${this.#cap}`);
    }
    return used;
  }

  #free(head: number, tail: number): number {
    return this.#cap - this.#used(head, tail);
  }

  /** Index in the ring of position `pos` ∈ [0, 2·capacity). */
  #at(pos: number): number {
    return pos >= this.#cap ? pos - this.#cap : pos;
  }

  #advance(pos: number, by: number): number {
    const next = pos + by;
    return next >= 2 * this.#cap ? next - 2 * this.#cap : next;
  }

  #write(message: Uint8Array, need: number, tail: number): void {
    const s = this.#span;
    const w = s.i32;
    const bytes = s.bytes;
    const at = this.#at(tail);
    w[(HEADER + at) >> 2] = message.length;
    const from = at + 4 === this.#cap ? 0 : at + 4;
    const first = Math.min(message.length, this.#cap - from);
    bytes.set(first === message.length ? message : message.subarray(0, first), HEADER + from);
    if (first < message.length) bytes.set(message.subarray(first), HEADER);
    Atomics.store(w, W_TAIL, this.#advance(tail, need)); // publish: the record is whole
    if (Atomics.load(w, W_CONSUMER_SLEEPS) !== 0 && Atomics.exchange(w, W_CONSUMER_SLEEPS, 0) !== 0) {
      futexWake(s.rt, s.addr(W_TAIL * 4), 1);
    }
  }

  #read(head: number, tail: number): Uint8Array {
    const s = this.#span;
    const w = s.i32;
    const bytes = s.bytes;
    const at = this.#at(head);
    const len = w[(HEADER + at) >> 2]!;
    const used = this.#used(head, tail);
    // Compared before padding, so that no length (up to 2^31 − 1) can overflow the check.
    if (len < 0 || len > used - 4 || 4 + pad4(len) > used) {
      throw corrupt(s.offset, `a record of ${len} bytes with ${used} bytes queued`);
    }
    const from = at + 4 === this.#cap ? 0 : at + 4;
    const first = Math.min(len, this.#cap - from);
    let out: Uint8Array;
    if (first === len) out = bytes.slice(HEADER + from, HEADER + from + len);
    else {
      out = new Uint8Array(len);
      out.set(bytes.subarray(HEADER + from, HEADER + this.#cap));
      out.set(bytes.subarray(HEADER, HEADER + len - first), first);
    }
    Atomics.store(w, W_HEAD, this.#advance(head, 4 + pad4(len)));
    if (Atomics.load(w, W_PRODUCER_SLEEPS) !== 0 && Atomics.exchange(w, W_PRODUCER_SLEEPS, 0) !== 0) {
      futexWake(s.rt, s.addr(W_HEAD * 4), 1);
    }
    return out;
  }
}

/**
 * A checked span of a shared mapping that Mutex and Channel live in: the region must be a file
 * mapped "write" by the mapped engine (so other processes see the same pages), the span 4-byte
 * aligned and inside the window. The typed views and the address are re-derived whenever the
 * region's view changes (after remap/resize), and every use fails with ECLOSED after close().
 * On Windows what a word is slept on is not its address but a named auto-reset event that every
 * process derives from the region's name and the word's offset (see {@link SharedSpan.addr}).
 * @module
 */
import { toIndex } from "./args.ts";
import { MmapError } from "./errors.ts";
import { MappedFile } from "./mapped_file.ts";
import type { Runtime } from "./runtime.ts";
import { wakeEvent } from "./win.ts";

/** The event handles of a span that was dropped: closed once it is collected. */
const droppedEvents = new FinalizationRegistry<{ close: (h: number) => number; handles: Map<number, number> }>(
  ({ close, handles }) => {
    for (const h of handles.values()) if (h !== 0) close(h);
  },
);

/** A span of `size` bytes at `offset` of a shared region. */
export class SharedSpan {
  readonly rt: Runtime;
  readonly region: MappedFile;
  readonly offset: number;
  readonly size: number;
  readonly #what: string;
  readonly #regionOffset: number;
  #view: Uint8Array | undefined;
  #i32: Int32Array = new Int32Array(0);
  #bytes: Uint8Array = new Uint8Array(0);
  #addr = 0;
  /** Windows: the named event of each word slept on, by offset in the span (0: none could be made). */
  readonly #events = new Map<number, number>();

  constructor(region: unknown, offset: unknown, size: number, what: string) {
    if (!(region instanceof MappedFile)) {
      throw new MmapError(
        "EINVAL",
        `${what}: region must be a MappedFile from shared() or open(path, { mode: "write" })`,
      );
    }
    const view = region.bytes; // ECLOSED when closed
    if (region.mode !== "write" || region.path === "" || region.engine !== "mapped") {
      throw new MmapError(
        "EMODE",
        `${what} needs memory shared between processes: a file mapped "write" by the mapped engine (this one is ${
          region.path === "" ? "anonymous memory" : `"${region.mode}", ${region.engine} engine`
        }); use shared(name, { size, create: true }) or open(path, { mode: "write" })`,
      );
    }
    this.rt = region.runtime;
    this.region = region;
    this.offset = toIndex(offset, `${what} offset`);
    this.size = size;
    this.#what = what;
    this.#regionOffset = region.offset;
    if ((view.byteOffset + this.offset) % 4 !== 0) {
      throw new MmapError("EINVAL", `${what} offset ${this.offset} is not 4-byte aligned; pass a multiple of 4`);
    }
    this.#refresh(view);
  }

  #refresh(view: Uint8Array): void {
    if (this.region.offset !== this.#regionOffset) {
      throw new MmapError(
        "EINVAL",
        `${this.#what}: the region was remapped (its window now starts at file offset ${this.region.offset}, not ${this.#regionOffset}); make a new ${this.#what} over the new window`,
      );
    }
    if (this.offset + this.size > view.byteLength) {
      throw new MmapError(
        "ERANGE",
        `${this.#what} needs bytes ${this.offset}..${
          this.offset + this.size
        } but the region is ${view.byteLength} bytes; pass a smaller offset or a larger region`,
      );
    }
    const sys = this.rt.sys;
    if (sys === undefined && this.rt.win === undefined) throw new MmapError("ENOFFI", `${this.#what} needs FFI`);
    this.#i32 = new Int32Array(view.buffer, view.byteOffset + this.offset, this.size >> 2);
    this.#bytes = new Uint8Array(view.buffer, view.byteOffset + this.offset, this.size);
    this.#addr = sys === undefined ? 0 : sys.addressOf(view.buffer as ArrayBuffer) + view.byteOffset + this.offset;
    this.#view = view;
  }

  /** Re-derives views after remap/resize; throws ECLOSED when the region is closed. */
  check(): void {
    const view = this.region.bytes;
    if (view !== this.#view) this.#refresh(view);
  }

  /** The span as 32-bit words (index 0 is `offset`). Call check() first. */
  get i32(): Int32Array {
    return this.#i32;
  }

  /** The span as bytes. Call check() first. */
  get bytes(): Uint8Array {
    return this.#bytes;
  }

  /**
   * What futexWait/futexWake sleep on for the word at byte `at` of the span: its address (Linux
   * futex), or on Windows the handle of the word's named event, made at first use (0 when it
   * cannot be made: waits then poll).
   */
  addr(at: number): number {
    const win = this.rt.win;
    if (win === undefined) return this.#addr + at;
    let h = this.#events.get(at);
    if (h === undefined) {
      if (this.#events.size === 0) {
        droppedEvents.register(this, { close: win.fn.CloseHandle, handles: this.#events });
      }
      const r = this.region;
      // A Windows section is named by the region's path; a file mapped "write" by its full path.
      const section = r.descriptor < 0;
      h = wakeEvent(win, section ? r.path : win.fullPath(r.path), section, this.#regionOffset + this.offset + at);
      this.#events.set(at, h);
    }
    return h;
  }
}

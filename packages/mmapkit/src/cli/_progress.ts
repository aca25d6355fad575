/**
 * A progress bar on standard error — bytes done, rate, ETA — fed by the kernels' `onProgress`.
 * Only when standard error is a terminal that understands cursor control (not `TERM=dumb`), not
 * with `--no-progress`, and only once the work has lasted `delay` ms (0.5 s;
 * `MMAPKIT_PROGRESS_DELAY_MS` overrides it, for tests), so short runs and pipes stay clean. The
 * bar has no colour, so `NO_COLOR` changes nothing.
 * @module
 */
import { formatBytes } from "./_args.ts";
import type { Io } from "./_io.ts";

/** One bar: pass `onProgress` to a kernel call, call `end()` when it returns or throws. */
export interface Progress {
  readonly onProgress?: (done: number, total: number) => void;
  end(): void;
}

const NONE: Progress = { end() {} };

/** A bar labelled `label` on `io`'s standard error, or nothing when no bar may be drawn (`io.progress`). */
export function progress(io: Io, label: string): Progress {
  if (!io.progress) return NONE;
  const delay = Number(io.env("MMAPKIT_PROGRESS_DELAY_MS") ?? 500);
  const start = performance.now();
  let drawn = false;
  let last = -Infinity;
  return {
    onProgress(done, total) {
      const now = performance.now();
      const elapsed = now - start;
      if (elapsed < delay || (now - last < 100 && done < total)) return;
      last = now;
      drawn = true;
      io.err(`\r${bar(label, done, total, elapsed, io.columns)}\x1b[K`);
    },
    end() {
      if (drawn) io.err("\r\x1b[K");
      drawn = false;
    },
  };
}

/** The bar's text, fitted to `columns`. */
export function bar(label: string, done: number, total: number, ms: number, columns: number): string {
  const frac = total > 0 ? Math.min(1, done / total) : 1;
  const rate = ms > 0 ? done / (ms / 1000) : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  const stats = `${(frac * 100).toFixed(0).padStart(3)}% ${formatBytes(done)}/${formatBytes(total)} ${
    formatBytes(Math.round(rate))
  }/s ETA ${clock(eta)}`;
  const room = Math.max(10, columns - 1 - stats.length - 4);
  const name = label.length > room / 2 ? "…" + label.slice(-Math.floor(room / 2) + 1) : label;
  const width = Math.max(5, room - name.length);
  const full = Math.round(frac * width);
  return `${name} [${"#".repeat(full)}${"-".repeat(width - full)}] ${stats}`;
}

function clock(s: number): string {
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, "0")}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/**
 * Shrinks the walker's window, chunk and staging sizes for a test, so window boundaries land
 * where the test can see them. It sets the global the walker reads (the same one for the source
 * tree and the bundled package), never a module's exported state.
 * @module
 */
import { defaultWalkSizes, type WalkSizes } from "@mmapkit/core";

const KEY = Symbol.for("mmapkit.walkSizes");
const g = globalThis as { [KEY]?: WalkSizes };

/** Uses `sizes` (the rest stay default) for every walk until {@link resetWalkSizes}. */
export function setWalkSizes(sizes: Partial<WalkSizes>): void {
  g[KEY] = { ...defaultWalkSizes, ...sizes };
}

/** Back to the defaults. */
export function resetWalkSizes(): void {
  delete g[KEY];
}

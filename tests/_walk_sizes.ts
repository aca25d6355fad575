/**
 * Shrinks the walker's window, chunk and staging sizes for one call, so window boundaries land
 * where the test can see them: spread {@link walkSizes} into that call's options
 * (`api.count(path, 10, { ...small, engine })`, `api.createChecksum(a, { ...small })`). Nothing
 * global changes; a call without it walks at the default sizes.
 * @module
 */
import { defaultWalkSizes, type WalkSizes } from "@mmapkit/core";

/** The options key the walker reads the sizes from (packages/core/src/kernels/walk.ts). */
const KEY = Symbol.for("mmapkit.walkSizes");

/** Options that make a call walk with `sizes` (the rest default). */
export function walkSizes(sizes: Partial<WalkSizes>): object {
  return { [KEY]: Object.freeze({ ...defaultWalkSizes, ...sizes }) };
}

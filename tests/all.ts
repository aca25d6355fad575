/** Every test module, registered for one runtime. The runners (run.*.ts) call this. @module */
import type { Ctx } from "./_ctx.ts";
import { register as exportsDrift } from "./contract/exports.test.ts";
import { register as mapping } from "./contract/mapping.test.ts";
import { register as lifecycle } from "./contract/lifecycle.test.ts";
import { register as invariants } from "./contract/invariants.test.ts";

/** Registers every suite for `ctx`. */
export function registerAll(ctx: Ctx): void {
  for (const register of [exportsDrift, mapping, lifecycle, invariants]) register(ctx);
}

/** Every test module, registered for one runtime. The runners (run.*.ts) call this. @module */
import type { Ctx } from "./_ctx.ts";
import { register as exportsDrift } from "./contract/exports.test.ts";
import { register as mapping } from "./contract/mapping.test.ts";
import { register as badInput } from "./contract/bad_input.test.ts";
import { register as lifecycle } from "./contract/lifecycle.test.ts";
import { register as invariants } from "./contract/invariants.test.ts";
import { register as kernels } from "./contract/kernels.test.ts";
import { register as large } from "./contract/large.test.ts";
import { register as checksumKernel } from "./kernel/checksum.test.ts";
import { register as scanKernel } from "./kernel/scan.test.ts";
import { register as transformKernel } from "./kernel/transform.test.ts";
import { register as shared } from "./contract/shared.test.ts";
import { register as cliHash } from "./cli/hash.test.ts";
import { register as cliCountFind } from "./cli/count_find.test.ts";
import { register as cliTransform } from "./cli/transform.test.ts";
import { register as cliMisc } from "./cli/misc.test.ts";
import { register as relBadInput } from "./reliability/bad_input_kernels.test.ts";
import { register as relFaults } from "./reliability/faults.test.ts";
import { register as relLeaks } from "./reliability/leaks.test.ts";
import { register as relProperties } from "./reliability/properties.test.ts";

/** Registers every suite for `ctx`. */
export function registerAll(ctx: Ctx): void {
  for (
    const register of [
      exportsDrift,
      mapping,
      badInput,
      lifecycle,
      invariants,
      kernels,
      large,
      checksumKernel,
      scanKernel,
      transformKernel,
      shared,
      cliHash,
      cliCountFind,
      cliTransform,
      cliMisc,
      relBadInput,
      relFaults,
      relProperties,
      relLeaks,
    ]
  ) register(ctx);
}

/** Every test module, registered for one runtime. The runners (run.*.ts) call this. @module */
import process from "node:process";
import { suite } from "uvu";
import type { Ctx, Register } from "./_ctx.ts";
import { register as exportsDrift } from "./contract/exports.test.ts";
import { register as mapping } from "./contract/mapping.test.ts";
import { register as badInput } from "./contract/bad_input.test.ts";
import { register as denoPermissions } from "./contract/deno_permissions.test.ts";
import { register as lifecycle } from "./contract/lifecycle.test.ts";
import { register as durability } from "./contract/durability.test.ts";
import { register as claims } from "./contract/claims.test.ts";
import { register as invariants } from "./contract/invariants.test.ts";
import { register as view } from "./contract/view.test.ts";
import { register as kernels } from "./contract/kernels.test.ts";
import { register as checksumStream } from "./contract/checksum_stream.test.ts";
import { register as checksumXxhsum } from "./contract/xxhsum.test.ts";
import { register as advice } from "./contract/advice.test.ts";
import { register as openFd } from "./contract/open_fd.test.ts";
import { register as protect } from "./contract/protect.test.ts";
import { register as large } from "./contract/large.test.ts";
import { register as parallel } from "./contract/parallel.test.ts";
import { register as nativeCrc32 } from "./contract/native_crc32.test.ts";
import { register as checksumKernel } from "./kernel/checksum.test.ts";
import { register as scanKernel } from "./kernel/scan.test.ts";
import { register as transformKernel } from "./kernel/transform.test.ts";
import { register as shared } from "./contract/shared.test.ts";
import { register as sharedHardening } from "./contract/shared_hardening.test.ts";
import { register as cliHash } from "./cli/hash.test.ts";
import { register as cliCheck } from "./cli/check.test.ts";
import { register as cliStdin } from "./cli/stdin.test.ts";
import { register as cliCountFind } from "./cli/count_find.test.ts";
import { register as cliTransform } from "./cli/transform.test.ts";
import { register as cliMisc } from "./cli/misc.test.ts";
import { register as relBadInput } from "./reliability/bad_input_kernels.test.ts";
import { register as relFaults } from "./reliability/faults.test.ts";
import { register as relLeaks } from "./reliability/leaks.test.ts";
import { register as relProperties } from "./reliability/properties.test.ts";
import { register as ffiSymbols } from "./contract/ffi_symbols.test.ts";

/** Every test module by name, in the order they run. */
const MODULES: Record<string, Register> = {
  exportsDrift,
  mapping,
  badInput,
  denoPermissions,
  lifecycle,
  durability,
  claims,
  invariants,
  view,
  kernels,
  checksumStream,
  checksumXxhsum,
  advice,
  openFd,
  protect,
  large,
  parallel,
  nativeCrc32,
  checksumKernel,
  scanKernel,
  transformKernel,
  shared,
  sharedHardening,
  cliHash,
  cliCheck,
  cliStdin,
  cliCountFind,
  cliTransform,
  cliMisc,
  relBadInput,
  relFaults,
  relProperties,
  relLeaks,
  ffiSymbols,
};

/**
 * Registers every suite for `ctx`; with MMAPKIT_TEST_ONLY set (module names, comma-separated,
 * e.g. "shared,denoPermissions"), only those.
 */
export function registerAll(ctx: Ctx): void {
  const only = process.env.MMAPKIT_TEST_ONLY?.split(",").filter(Boolean);
  const times = process.env.MMAPKIT_TIMES === "1";
  let last = 0;
  for (const [name, register] of Object.entries(MODULES)) {
    if (only !== undefined && !only.includes(name)) continue;
    register(ctx);
    if (times) {
      // MMAPKIT_TIMES=1: after each module's suites, one extra test prints how long they took.
      const s = suite(`time ${name} [${ctx.runtime}]`);
      s("elapsed", () => {
        const now = performance.now();
        console.log(
          `  # module ${name} [${ctx.runtime}${ctx.ffi ? "" : ", no FFI"}]: ${((now - last) / 1000).toFixed(1)} s`,
        );
        last = now;
      });
      s.run();
    }
  }
  last = performance.now(); // the suites start running right after registration
}

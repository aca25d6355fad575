/** Runs the test files on Node against the package users import: every one, or those named (see ./_run.ts). @module */
import * as api from "mmapkit";
import { runAll } from "./_run.ts";

await runAll(api, "node");

/** Runs the contract suite on Bun against the package users import. @module */
import * as api from "mmapkit";
import { runAll } from "./_run.ts";

runAll(api, "bun");

/** Runs the contract suite on Deno against the package users import. @module */
import * as api from "mmapkit";
import { runAll } from "./_run.ts";

runAll(api, "deno");

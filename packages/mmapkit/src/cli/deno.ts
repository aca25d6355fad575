/** Runs the `mmapkit` command line on Deno: `deno run -A jsr:@mmapkit/mmapkit/cli <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

process.exitCode = await main(() => import("../deno.ts"), process.argv.slice(2));

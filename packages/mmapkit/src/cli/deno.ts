/** Runs the `mmapkit` command line on Deno: `deno run -A jsr:@mmapkit/mmapkit/cli <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

const load = async () => ({ ...(await import("../deno.ts")), promises: await import("../promises_deno.ts") });
process.exitCode = await main(load, process.argv.slice(2));

/** Runs the `mmapkit` command line on Bun: `bunx --bun mmapkit <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

const load = async () => ({ ...(await import("../bun.ts")), promises: await import("../promises_bun.ts") });
process.exitCode = await main(load, process.argv.slice(2));

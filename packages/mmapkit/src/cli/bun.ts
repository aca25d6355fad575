/** Runs the `mmapkit` command line on Bun: `bunx --bun mmapkit <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

process.exitCode = await main(() => import("../bun.ts"), process.argv.slice(2));

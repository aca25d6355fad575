/** Runs the `mmapkit` command line on Node.js: `npx mmapkit <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

process.exitCode = await main(() => import("../node.ts"), process.argv.slice(2));

/** Runs the `mmapkit` command line on Node.js: `npx mmapkit <command> …`. @module */
import process from "node:process";
import { main } from "./main.ts";

const load = async () => ({ ...(await import("../node.ts")), promises: await import("../promises_node.ts") });
process.exitCode = await main(load, process.argv.slice(2));

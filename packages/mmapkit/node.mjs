// Node.js loads the compiled entry (npm run build emits dist/ at the repository root).
export * from "../../dist/packages/mmapkit/src/node.js";

#!/usr/bin/env node
// Runs a benchmark of bench/ (`node scripts/bench.js run`, `… size`) on the library compiled as the server build
// compiles it: one esbuild bundle of our code, with packages (dockerfile-utils among them) loaded from node_modules
// as published. tsx, which runs the CLI and the tests, compiles with esbuild's keepNames, which wraps every named
// function expression in a naming helper at each creation: the same analysis runs about 1.5× slower under it, a
// cost of the development loader, not of the engine.
import { build } from "esbuild";
import { fileURLToPath, pathToFileURL } from "node:url";

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error("usage: node scripts/bench.js <name of a bench/*.ts file> [args]");
  process.exit(2);
}
// Next to its source, so that paths relative to `import.meta.url` (the corpus, the fixtures) still hold.
const outfile = fileURLToPath(new URL(`../bench/${name}.bundle.mjs`, import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL(`../bench/${name}.ts`, import.meta.url))],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);

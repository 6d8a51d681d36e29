// `npm start`: install if needed, build if needed (a fresh clone, or sources newer than the build), then serve the standalone build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = `${root}.next/standalone/server.js`;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(args) {
  console.log(`> npm ${args.join(" ")}`);
  const { status } = spawnSync(npm, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

/** Modification time of a file, or 0 when it is missing. */
function modified(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** The newest modification time of the files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(`${path}/${name}`)), stats.mtimeMs);
}

// After a pull, the dependencies and the build may be older than the checkout: bring them up to date first.
if (modified(`${root}node_modules/.package-lock.json`) < modified(`${root}package-lock.json`)) run(["ci"]);
const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "package-lock.json"];
if (modified(server) < Math.max(...sources.map((source) => newest(`${root}${source}`)))) run(["run", "build"]);

const env = {
  ...process.env,
  PORT: process.env.PORT ?? "3000",
  HOSTNAME: process.env.HOSTNAME ?? "127.0.0.1",
  // server.js changes into .next/standalone, which a rebuild replaces: keep shared reports in ./data.
  SHIPSHAPE_DATA_DIR: process.env.SHIPSHAPE_DATA_DIR ?? `${root}data`,
};
console.log(`Shipshape on http://${env.HOSTNAME}:${env.PORT}`);
const child = spawn(process.execPath, [server], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

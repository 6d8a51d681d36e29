// `npm start` on a fresh clone: install if needed, build if needed, then serve the standalone build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const server = `${root}.next/standalone/server.js`;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(args) {
  console.log(`> npm ${args.join(" ")}`);
  const { status } = spawnSync(npm, args, { cwd: root, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

if (!existsSync(`${root}node_modules`)) run(["ci"]);
if (!existsSync(server)) run(["run", "build"]);

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

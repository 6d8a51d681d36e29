// `output: "standalone"` leaves out public/ and .next/static/, which server.js serves from beside itself.
import { cpSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const standalone = `${root}.next/standalone`;

if (!existsSync(`${standalone}/server.js`)) {
  console.error("copy-standalone-assets: .next/standalone/server.js is missing; did `next build` run with output: standalone?");
  process.exit(1);
}
cpSync(`${root}.next/static`, `${standalone}/.next/static`, { recursive: true });
if (existsSync(`${root}public`)) cpSync(`${root}public`, `${standalone}/public`, { recursive: true });
console.log(`copy-standalone-assets: copied .next/static${existsSync(`${root}public`) ? " and public/" : ""} into .next/standalone`);

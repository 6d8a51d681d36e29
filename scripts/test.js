#!/usr/bin/env node
// The whole test suite in one command, runnable on a fresh clone: installs what is missing, then runs the
// type check, the unit tests, the production build and the browser tests against it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, label) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync("node_modules/.package-lock.json")) run("npm", ["ci"], "Installing dependencies (npm ci)");

if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    run("apt-get", ["update"], "Updating Debian's package lists");
    run("apt-get", ["install", "-y", "chromium"], "Installing Chromium for the browser tests");
  } else {
    console.error(`✖ The browser tests need Chromium at ${chromium}: run "sudo apt-get install chromium" or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

run("npm", ["run", "typecheck"], "Type check");
run("npm", ["run", "test:unit"], "Unit tests");
run("npm", ["run", "build"], "Production build");
run("npm", ["run", "test:e2e"], "Browser tests");

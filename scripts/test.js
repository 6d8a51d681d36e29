#!/usr/bin/env node
// The whole test suite in one command, runnable on a fresh clone: installs what is missing (dependencies,
// Debian's Chromium and Postgres server), then runs the type check, the unit tests, the production build and
// the browser tests against it — with a throwaway Postgres cluster so the report store is tested on both
// SQLite and Postgres.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// The app under test keeps its default SQLite store; only the store's own tests use TEST_DATABASE_URL.
delete env.DATABASE_URL;

function run(command, args, label) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function hasPostgresServer() {
  return existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
}

function ensureDebianPackage(present, name, purpose) {
  if (present()) return;
  if (process.getuid?.() !== 0) {
    console.error(`✖ ${purpose} needs Debian's ${name} package: run "sudo apt-get install ${name}".`);
    process.exit(1);
  }
  run("apt-get", ["update"], "Updating Debian's package lists");
  run("apt-get", ["install", "-y", name], `Installing ${name} (${purpose})`);
}

if (!process.env.TEST_DATABASE_URL) {
  if (!existsSync("node_modules/.package-lock.json")) run("npm", ["ci"], "Installing dependencies (npm ci)");
  ensureDebianPackage(() => existsSync(chromium), "chromium", "the browser tests");
  ensureDebianPackage(hasPostgresServer, "postgresql", "the report store's Postgres tests");
  // Run the suite again inside a throwaway cluster, which with-postgres.sh always stops afterwards.
  const result = spawnSync("scripts/with-postgres.sh", [process.execPath, "scripts/test.js"], { stdio: "inherit", env });
  process.exit(result.status ?? 1);
}

run("npm", ["run", "typecheck"], "Type check");
run("npm", ["run", "test:unit"], "Unit tests");
run("npm", ["run", "build"], "Production build");
run("npm", ["run", "test:e2e"], "Browser tests");

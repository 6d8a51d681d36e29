import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Shares acknowledged by the server survive a crash: start the production server on its own port and
 * data directory, create shares in a burst, SIGKILL the process while requests are in flight, restart it,
 * and read every share whose creation was answered 201. Browser-free; runs with the e2e suite because it
 * needs the build. Runs on SQLite, and on Postgres too when TEST_DATABASE_URL is set (scripts/with-postgres.sh).
 */

const SERVER = join(process.cwd(), ".next/standalone/server.js");
const TOTAL = 60;
const CONCURRENCY = 6;
const KILL_AFTER = 20;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, dataDir: string, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", SHIPSHAPE_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, SHIPSHAPE_SHARE_RATE_LIMIT: "off", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("server did not become healthy within 30 s");
}

function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

interface Acknowledged {
  id: string;
  content: string;
  findings: number;
}

const STORES = [{ name: "SQLite", databaseUrl: "" }, ...(process.env.TEST_DATABASE_URL ? [{ name: "Postgres", databaseUrl: process.env.TEST_DATABASE_URL }] : [])];

for (const { name, databaseUrl } of STORES) test(`${name}: every share acknowledged before a SIGKILL is readable and intact after a restart`, async () => {
  test.skip(!existsSync(SERVER), "needs the standalone build (npm run build)");
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), "shipshape-durability-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port, dataDir, databaseUrl);
  try {
    const acknowledged: Acknowledged[] = [];
    let failed = 0;
    let next = 0;
    const share = async (index: number) => {
      // Distinct, sizeable content per share, with non-ASCII text to check it comes back byte for byte.
      const content = `FROM node:${index % 2 ? "latest" : "22-slim"}\nLABEL share="${index}" note="größe ✓ 🐳"\n${"# padding line\n".repeat(200)}CMD node server-${index}.js\n`;
      try {
        const response = await fetch(`${base}/api/reports`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ files: [{ path: "Dockerfile", content }] }) });
        if (response.status !== 201) throw new Error(`status ${response.status}`);
        const body = await response.json();
        acknowledged.push({ id: body.id, content, findings: body.findings });
        if (acknowledged.length === KILL_AFTER) server.kill("SIGKILL");
      } catch {
        failed += 1;
      }
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TOTAL) await share(next++);
      }),
    );
    await stopped(server);
    expect(server.signalCode).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    // The kill must have cut the burst short, or the test proved nothing.
    expect(failed).toBeGreaterThan(0);
    console.log(`durability (${name}): ${acknowledged.length} shares acknowledged, ${failed} cut off by SIGKILL`);

    server = await startServer(port, dataDir, databaseUrl);
    for (const { id, content, findings } of acknowledged) {
      const response = await fetch(`${base}/api/reports/${id}`);
      expect(response.status, `share ${id}`).toBe(200);
      const report = await response.json();
      expect(report.workspace.files).toEqual([{ path: "Dockerfile", content }]);
      expect(report.report.files[0].findings).toHaveLength(findings);
    }
  } finally {
    server.kill("SIGKILL");
    await stopped(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});

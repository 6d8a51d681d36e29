import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

/** A production server of its own whose report storage cannot be reached: Postgres on a port nothing listens on. */
async function serverWithStorageDown(): Promise<{ url: string; child: ChildProcess }> {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, [join(process.cwd(), ".next/standalone/server.js")], {
    env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: "postgres://shipshape@127.0.0.1:9/shipshape", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await fetch(`${url}/api/health`).then((response) => response.ok, () => false)) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("server did not become healthy within 30 s");
}

test("a page that fails on the server shows the site's error page, with a way to try again", async ({ page }) => {
  const { url, child } = await serverWithStorageDown();
  try {
    await page.goto(`${url}/r/AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not load");
    await expect(page).toHaveTitle("Something went wrong — Shipshape");
    // Inside the site's frame, like "Page not found".
    await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not load");
  } finally {
    child.kill("SIGKILL");
  }
});

test("an address with a broken %-escape is not found (Next.js alone answered 500)", async ({ page, request }) => {
  const response = await page.goto("/rules/%E0%A4%A");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const api = await request.get("/api/reports/%");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("broken %-escape") } });
});

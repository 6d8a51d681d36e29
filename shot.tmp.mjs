import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: process.env.SCHEME ?? "light" });
const errors = [];
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
page.on("pageerror", (e) => errors.push(e.message));
await page.goto("http://127.0.0.1:3107/");
await page.locator(".monaco-editor .view-lines").waitFor();
await page.waitForTimeout(2500); if (process.env.EX) { await page.getByRole("button", { name: "Examples…" }).click(); await page.getByRole("button", { name: new RegExp("^" + process.env.EX) }).click(); await page.waitForTimeout(3000); }
await page.screenshot({ path: process.env.OUT ?? "/tmp/shot.png" });
console.log("errors", errors);
await browser.close();

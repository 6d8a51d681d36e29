import { expect, test, type Download, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { seriousViolations } from "./accessibility";
import { editorText, findingsPanel, openReview, typeIntoEditor } from "./editor";

// The guide's "Secret Management" example, with its don't-do-this line uncommented as people paste it.
const DOCKERFILE_WITH_SECRET = [
  "FROM node:18-alpine",
  "# Don't do this - secrets in image",
  "ENV API_KEY=secret123",
  "ARG GITHUB_TOKEN",
  "RUN git config --global credential.helper store \\",
  '    && echo "https://oauth2:${GITHUB_TOKEN}@github.com" > ~/.git-credentials',
  "CMD node server.js",
].join("\n");

async function replaceEditorText(page: Page, text: string) {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText bypasses auto-indent and auto-closing, so the text arrives as written.
  await page.keyboard.insertText(text);
}

async function readDownload(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function ruleList(panel: ReturnType<Page["locator"]>) {
  return panel.locator("li[data-rule]").evaluateAll((items) => items.map((item) => item.getAttribute("data-rule")));
}

test("sharing shows the redaction prompt; the link shows the same findings, no secret, and is gone once deleted", async ({ page, browser, context, request }) => {
  // Two page loads of the editor (Monaco is ~1 MB) in two browser contexts: generous on a busy 2-core machine.
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openReview(page);
  await replaceEditorText(page, DOCKERFILE_WITH_SECRET);
  const panel = findingsPanel(page);
  await expect(panel.locator('li[data-rule="use-exec-form"]')).toBeVisible();
  await expect(panel.getByRole("status")).toHaveText(/^\d+ findings?$/);
  const workspaceRules = await ruleList(panel);

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this review" });
  const secrets = dialog.getByTestId("detected-secrets");
  await expect(secrets).toContainText("1 secret found.");
  await expect(secrets.locator("label")).toHaveCount(1);
  await expect(secrets.locator("label")).toContainText("ENV API_KEY");
  await expect(secrets.getByRole("checkbox")).toBeChecked();
  await expect(dialog).not.toContainText("secret123");
  // Once the scan is done the focus is on the choice to make, not on Cancel, where Enter would close the dialog.
  await expect(secrets.getByRole("checkbox")).toBeFocused();

  await dialog.getByRole("button", { name: "Create link" }).click();
  const link = dialog.getByRole("textbox", { name: "Link" });
  await expect(link).toHaveValue(/\/r\/[A-Za-z0-9_-]{22}$/);
  // The pressed button is gone: the focus is on the new link, not lost to the page.
  await expect(link).toBeFocused();
  const url = await link.inputValue();
  const token = await dialog.getByTestId("delete-token").inputValue();
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // Someone else opens the link.
  const other = await browser.newContext();
  const viewer = await other.newPage();
  const response = await viewer.goto(url);
  expect(response?.status()).toBe(200);
  const findings = viewer.getByRole("complementary", { name: "Findings" });
  expect(await ruleList(findings)).toEqual(workspaceRules);
  await expect(viewer.getByTestId("replay-changes")).toHaveCount(0);
  const file = viewer.getByTestId("file-0");
  await expect(file).toContainText("ENV API_KEY=<redacted:SECRET_VALUE>");
  expect(await viewer.content()).not.toContain("secret123");
  // The size estimate and the stage graph, as the server computed them at share time.
  await expect(viewer.getByRole("region", { name: "Image size" }).getByTestId("size-estimate").locator("[data-bytes]")).toBeVisible();
  await expect(viewer.getByRole("region", { name: "Stages" }).locator("[data-stage]").first()).toBeVisible();
  expect(await viewer.title()).toBe("Shared container review · Shipshape");
  const description = await viewer.locator('meta[name="description"]').getAttribute("content");
  expect(description).toMatch(/^\d+ findings? in 1 file, reviewed by Shipshape /);
  for (const meta of await viewer.locator("meta[content]").evaluateAll((metas) => metas.map((m) => m.getAttribute("content") ?? ""))) {
    expect(meta).not.toMatch(/API_KEY|node:18|redacted/);
  }
  const [download] = await Promise.all([viewer.waitForEvent("download"), viewer.getByRole("link", { name: "Markdown" }).click()]);
  const markdown = await readDownload(download);
  expect(markdown).toContain("## Shipshape review");
  expect(markdown).toContain(`[Full review](${url})`);
  expect(markdown).not.toContain("secret123");

  // Open in editor forks the (redacted) files into the workspace.
  await viewer.getByRole("link", { name: "Open in editor" }).click();
  await expect(viewer.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => editorText(viewer)).toContain("ENV API_KEY=<redacted:SECRET_VALUE>");

  const id = url.split("/r/")[1]!;
  const deleted = await request.delete(`/api/reports/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(deleted.status()).toBe(204);
  const gone = await viewer.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(viewer.getByRole("heading", { name: "Report not found" })).toBeVisible();
  await other.close();
});

test("the workspace exports its findings as Markdown, JSON and SARIF", async ({ page }) => {
  await openReview(page);
  await replaceEditorText(page, "FROM node:latest\nUSER 10001\nCMD [\"node\", \"server.js\"]");
  await expect(findingsPanel(page).getByRole("status")).toHaveText("3 findings");
  const exports = page.getByRole("group", { name: "Export findings" });
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), exports.getByRole("button", { name }).click()]);
    return { name: file.suggestedFilename(), text: await readDownload(file) };
  };
  const markdown = await download("Markdown");
  expect(markdown.name).toBe("shipshape-review.md");
  expect(markdown.text).toContain("**3 findings** in 1 file (1 warning, 2 info).");
  const json = JSON.parse((await download("JSON")).text);
  expect(json.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["prefer-minimal-base", "no-latest-tag", "require-init-process"]);
  const sarif = JSON.parse((await download("SARIF")).text);
  expect(sarif.runs[0].results[1]).toMatchObject({ ruleId: "no-latest-tag", locations: [{ physicalLocation: { region: { startLine: 1, startColumn: 11, endLine: 1, endColumn: 17 } } }] });
});

test("file content with markup renders as text: no dialog, no request", async ({ page, request }) => {
  const payloads = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'];
  const created = await request.post("/api/reports", {
    data: { files: [{ path: 'Dockerfile"><img src=x onerror=alert(2)>', content: `FROM alpine:3.20\nLABEL a="${payloads[0]}"\n# ${payloads[1]}\n` }] },
  });
  expect(created.status()).toBe(201);
  const { path } = await created.json();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));

  await page.goto(path);
  const file = page.getByTestId("file-0");
  await expect(file).toContainText(payloads[0]!);
  await expect(file).toContainText(payloads[1]!);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText('Dockerfile"><img src=x onerror=alert(2)>');
  await expect(page.locator("main img, main script")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  expect(dialogs).toEqual([]);
  expect(requests.filter((url) => /\/x(\?|$)/.test(new URL(url).pathname) || new URL(url).pathname.endsWith("/x"))).toEqual([]);
  expect(requests.every((url) => new URL(url).host === new URL(page.url()).host)).toBe(true);
});

/**
 * Edits a stored report behind the server's back, as if an older engine had produced it. The server under
 * test uses the store playwright.config.ts gives it: Postgres when DATABASE_URL is set, else SQLite.
 */
async function rewriteStoredDocument(id: string, change: (document: any) => void) {
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query("SELECT document FROM reports WHERE id = $1", [id]);
    const document = JSON.parse(rows[0].document);
    change(document);
    await client.query("UPDATE reports SET document = $2 WHERE id = $1", [id, JSON.stringify(document)]);
    await client.end();
    return;
  }
  const db = new Database(join(tmpdir(), "shipshape-e2e-data", "reports.db"));
  const row = db.prepare("SELECT document FROM reports WHERE id = ?").get(id) as { document: string };
  const document = JSON.parse(row.document);
  change(document);
  db.prepare("UPDATE reports SET document = ? WHERE id = ?").run(JSON.stringify(document), id);
  db.close();
}

test("the report page says when today's engine disagrees with the shared findings, and can show the original", async ({ page, request }) => {
  const created = await request.post("/api/reports", { data: { files: [{ path: "Dockerfile", content: "FROM node:latest\nUSER 10001\nCMD node server.js\n" }] } });
  const { id, path } = await created.json();
  await rewriteStoredDocument(id, (document) => {
    const findings = document.report.files[0].findings;
    findings.splice(findings.findIndex((finding: { rule: string }) => finding.rule === "no-latest-tag"), 1); // no-latest-tag "did not exist" when this was shared…
    findings.push({ ...findings.at(-1), rule: "retired-rule", message: "A rule that has since been removed." }); // …and this one did
    document.engineVersion = "0.0.1";
  });

  await page.goto(path);
  const banner = page.getByTestId("replay-changes");
  await expect(banner).toContainText("2 findings changed since this report was shared (1 new, 1 gone; shared with engine 0.0.1");
  const findings = page.getByRole("complementary", { name: "Findings" });
  expect(await ruleList(findings)).toEqual(["prefer-minimal-base", "no-latest-tag", "use-exec-form"]);

  await banner.getByRole("link", { name: "Show the findings as shared" }).click();
  await expect(page.getByRole("complementary", { name: "Findings as shared" })).toBeVisible();
  expect(await ruleList(page.getByRole("complementary", { name: "Findings as shared" }))).toEqual(["prefer-minimal-base", "use-exec-form", "retired-rule"]);
  await page.getByTestId("replay-changes").getByRole("link", { name: "Show today's findings" }).click();
  await expect(page.getByRole("complementary", { name: "Findings" })).toBeVisible();
});

test("a report reviewed with build arguments says so, with secret values redacted", async ({ page, request }) => {
  const files = [{ path: "Dockerfile", content: "ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION}\nARG NPM_TOKEN\nUSER 10001\nCMD [\"node\", \"server.js\"]\n" }];
  const settings = { buildArgs: { NODE_VERSION: "22-slim", NPM_TOKEN: "npm-secret-4242" } };
  const created = await request.post("/api/reports", { data: { files, settings } });
  expect(created.status()).toBe(201);
  await page.goto((await created.json()).path);
  await expect(page.getByText(/built with/)).toContainText("built with --build-arg NODE_VERSION=22-slim, --build-arg NPM_TOKEN=<redacted:SECRET_VALUE>");
  expect(await page.content()).not.toContain("npm-secret-4242");
  // Reviewed with them: the base image is node:22-slim, not node:latest.
  expect(await ruleList(page.getByRole("complementary", { name: "Findings" }))).not.toContain("no-latest-tag");
  // The same review in CI: the secret comes from the repository's secrets, never from the page.
  await page.getByText("Run this review in CI").click();
  await expect(page.getByTestId("ci-snippet")).toHaveText(
    "- name: Review the container files\n  run: |\n    npx shipshape --format github --build-arg NODE_VERSION=22-slim --build-arg NPM_TOKEN Dockerfile\n  env:\n    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
  );
});

test("a long build-argument value and a long path wrap on a shared report instead of widening the page", async ({ page, request }) => {
  const path = `services/${"a".repeat(80)}/Dockerfile`;
  const files = [{ path, content: `ARG BASE=node:22-slim\nFROM \${BASE}\nUSER 10001\nRUN echo ${"x".repeat(200)}\nCMD ["node", "server.js"]\n` }];
  const created = await request.post("/api/reports", { data: { files, settings: { buildArgs: { BASE: `node:22-slim@sha256:${"0".repeat(64)}`, LONG: "v".repeat(150) } } } });
  expect(created.status()).toBe(201);
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto((await created.json()).path);
    await expect(page.getByRole("heading", { level: 2, name: path })).toBeVisible();
    expect(await pageWidth(), `${width} px`).toBe(width);
  }
  // The long line scrolls inside the file's own box, which the keyboard can reach.
  const content = page.getByRole("region", { name: `Content of ${path}` });
  await content.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => content.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test("a shared report shows what acting on each size finding would save", async ({ page, request }) => {
  const content = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\nUSER 10001\nCMD [\"curl\", \"--version\"]\n";
  const created = await request.post("/api/reports", { data: { files: [{ path: "Dockerfile", content }] } });
  await page.goto((await created.json()).path);
  const findings = page.getByRole("complementary", { name: "Findings" });
  await expect(findings.locator('li[data-rule="no-apt-lists-left"] [data-size-impact]')).toHaveText(/^saves ≈ \d+(\.\d)? MB$/);
});

test("an unknown report id answers a real 404", async ({ page }) => {
  const response = await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Report not found" })).toBeVisible();
  // Titled so in the HTML itself, for link previews and crawlers that run no script.
  expect(await response!.text()).toContain("<title>Report not found · Shipshape</title>");
  await expect(page).toHaveTitle("Report not found · Shipshape");
  expect((await page.goto("/r/not-an-id"))?.status()).toBe(404);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a shared report's page has no serious or critical accessibility violations (${colorScheme})`, async ({ page, request }) => {
    const created = await request.post("/api/reports", { data: { files: [{ path: "Dockerfile", content: "FROM node:latest\nRUN apt-get update && apt-get install -y curl\nCMD node server.js\n" }] } });
    const { path } = await created.json();
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Findings" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("'Open in editor' on a shared report warns that it replaces your files, and the review offers them back", async ({ page, request }) => {
  const created = await request.post("/api/reports", { data: { files: [{ path: "Dockerfile", content: "FROM node:22-alpine\nCMD node server.js\n" }] } });
  const { path } = await created.json();
  await openReview(page);
  await typeIntoEditor(page, ["FROM debian:12", "# my own work"]);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("shipshape.workspace.v1") ?? "")).toContain("my own work");

  await page.goto(path);
  const open = page.getByRole("link", { name: "Open in editor" });
  await expect(open).toHaveAccessibleDescription("It replaces the files and settings open in your review.");
  await open.click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => editorText(page)).toContain("FROM node:22-alpine");

  const notice = page.getByTestId("notice");
  await expect(notice).toContainText("Opened the shared report in place of your files and settings.");
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => editorText(page)).toBe("FROM debian:12\n# my own work");
  await page.reload();
  await expect.poll(() => editorText(page)).toBe("FROM debian:12\n# my own work");
});

test("the Share dialog says which build arguments the report stores redacted", async ({ page }) => {
  await openReview(page);
  await typeIntoEditor(page, ["FROM node:22-alpine", "USER node", 'CMD ["node", "server.js"]']);
  await page.getByRole("button", { name: "Build args" }).click();
  const buildArgs = page.getByRole("dialog", { name: "Build arguments" });
  await buildArgs.getByLabel("One NAME=value per line").fill("NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789\nNODE_ENV=production");
  await buildArgs.getByRole("button", { name: "Apply" }).click();

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this review" });
  await expect(dialog.getByText(/^No secrets found/)).toHaveText("No secrets found in the files. Anyone with the link will see these files and their findings.");
  await expect(dialog.getByTestId("redacted-build-args")).toHaveText(
    "The build argument NPM_TOKEN looks secret: the shared report keeps it with the value replaced by a placeholder.",
  );
});

test("a very long shared file is shown in part, with its findings all listed and the files to download", async ({ page, request }) => {
  const content = `FROM node:22-slim\n${"RUN echo step\n".repeat(3_500)}USER 10001\nCMD ["node", "server.js"]\n`;
  const created = await request.post("/api/reports", { data: { files: [{ path: "Dockerfile", content }] } });
  const { id, path } = await created.json();
  await page.goto(path);
  await expect(page.getByTestId("file-0-truncated")).toContainText("The other 503 lines are not shown here");
  await expect(page.locator('[data-testid="file-0"] [data-line]')).toHaveCount(3_000);
  await expect(page.getByTestId("file-0-truncated").getByRole("link", { name: "Download the shared files (JSON)" })).toHaveAttribute("href", `/api/reports/${id}`);
});

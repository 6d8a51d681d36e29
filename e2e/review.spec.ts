import { expect, test } from "@playwright/test";
import { editorText, findingsPanel, openReview, typeIntoEditor } from "./editor";

test("typing a Dockerfile shows its findings, and a finding leads to its place in the editor", async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));

  await openReview(page);
  await typeIntoEditor(page, ["FROM node:latest", "WORKDIR /app", "COPY . .", "USER 10001", 'CMD ["node", "server.js"]']);

  expect(await editorText(page)).toBe('FROM node:latest\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ["node", "server.js"]');
  const panel = findingsPanel(page);
  const entries = panel.locator("li[data-rule]");
  // The full `node` image and `node` as PID 1 also get advice (info): prefer-minimal-base, require-init-process.
  await expect(entries).toHaveCount(3);
  const entry = panel.locator('li[data-rule="no-latest-tag"]');
  await expect(entry).toContainText("warning");
  await expect(entry).toContainText("1:11");
  await expect(panel.locator('[data-severity-count="warning"]')).toHaveText("1");
  await expect(panel.getByRole("status")).toHaveText("3 findings");
  await expect(page.locator(".monaco-editor .squiggly-warning")).toHaveCount(1);

  await page.locator(".monaco-editor .view-lines").click(); // move the cursor away first
  await page.keyboard.press("ControlOrMeta+End");
  await entry.getByRole("button").click();

  // The tag `latest` is selected, the cursor sits at its end and the editor has the focus.
  const cursor = page.locator("[data-cursor]");
  await expect(cursor).toHaveAttribute("data-selection", "1:11-1:17");
  await expect(cursor).toHaveText("Ln 1, Col 17 (6 selected)");
  await expect(page.locator(".monaco-editor")).toHaveClass(/\bfocused\b/);

  expect(consoleErrors).toEqual([]);
});

test("loading and typing make requests to this server only", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));

  await openReview(page);
  await expect(findingsPanel(page).locator("li[data-rule]").first()).toBeVisible();
  await typeIntoEditor(page, ["FROM alpine:3.20", "RUN apk add --no-cache curl"]);
  await expect(findingsPanel(page).locator('li[data-rule="no-root-user"]')).toBeVisible();

  expect(requested.length).toBeGreaterThan(0);
  const elsewhere = requested.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:") return false;
    return hostname !== "127.0.0.1" && hostname !== "localhost";
  });
  expect(elsewhere).toEqual([]);
});

test("a quick fix can be applied from the keyboard", async ({ page }) => {
  await openReview(page);
  const entry = findingsPanel(page).locator('li[data-rule="use-exec-form"]');
  await expect(entry).toBeVisible();
  expect(await editorText(page)).toContain("CMD python3 app.py");

  // Selecting the finding puts the editor's selection on the squiggle; Ctrl+. then lists its fixes.
  await entry.getByRole("button").click();
  await page.keyboard.press("ControlOrMeta+.");
  const menu = page.locator(".action-widget:not(.action-list-submenu-panel)");
  await expect(menu).toContainText("Rewrite CMD in exec form");
  await page.keyboard.press("Enter");

  await expect.poll(() => editorText(page)).toContain('CMD ["python3", "app.py"]');
  await expect(entry).toHaveCount(0);
});

test("a refused request is explained in the Findings panel, and the Image size panel stops waiting", async ({ page }) => {
  await openReview(page);
  await expect(findingsPanel(page).locator("li[data-rule]").first()).toBeVisible();
  await page.route("**/api/analyze", (route) =>
    route.fulfill({
      status: 413,
      json: { error: { code: "payload_too_large", message: "The request body is larger than 1 MiB." } },
    }),
  );

  await typeIntoEditor(page, ["FROM node:latest"]);

  await expect(findingsPanel(page).getByRole("alert")).toHaveText("The request body is larger than 1 MiB.");
  await expect(findingsPanel(page).locator("li[data-rule]")).toHaveCount(0);
  await expect(page.getByTestId("size-note")).toHaveText("No size estimate for Dockerfile: the review failed. The request body is larger than 1 MiB.");
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("the editor uses the dark theme", async ({ page }) => {
    await openReview(page);
    await expect(page.locator(".monaco-editor")).toHaveClass(/\bvs-dark\b/);
    // The page's navy surface, not vs-dark's grey #1e1e1e.
    await expect(page.locator(".monaco-editor .monaco-editor-background")).toHaveCSS("background-color", "rgb(17, 24, 39)");
  });
});

import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./accessibility";
import { editorText, fileTab, findingsPanel, loadExample, openReview, pasteIntoEditor, typeIntoEditor } from "./editor";

const quickFixMenu = (page: Page) => page.locator(".action-widget:not(.action-list-submenu-panel)");

test("an example's finding can be read, then fixed from the keyboard", async ({ page }) => {
  await openReview(page);
  await loadExample(page, "Unpinned and oversized (bad)");
  expect(await editorText(page)).toContain("ENTRYPOINT npm start");

  const entry = findingsPanel(page).locator('li[data-rule="use-exec-form"]');
  await expect(entry).toBeVisible();
  // Enter on the finding selects it in the editor and shows why it matters, with a link to the rule's page.
  await entry.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(entry.locator("[data-why]")).toContainText("Why it matters");
  await expect(entry.getByRole("link", { name: "use-exec-form docs" })).toHaveAttribute("href", "/rules/use-exec-form");
  await expect(page.locator(".monaco-editor")).toHaveClass(/\bfocused\b/);

  await page.keyboard.press("ControlOrMeta+.");
  const menu = quickFixMenu(page);
  await expect(menu).toContainText("Rewrite ENTRYPOINT in exec form");
  await expect(menu).toContainText("Ignore use-exec-form here");
  await expect(menu).toContainText("Fix all safe problems in this file");
  await page.keyboard.press("Enter");

  await expect.poll(() => editorText(page)).toContain('ENTRYPOINT ["npm", "start"]');
  await expect(entry).toHaveCount(0);
});

test("'Ignore this rule here' inserts the suppression comment above the instruction", async ({ page }) => {
  await openReview(page);
  await loadExample(page, "Unpinned and oversized (bad)");
  await findingsPanel(page).locator('li[data-rule="use-exec-form"]').getByRole("button").click();
  await page.keyboard.press("ControlOrMeta+.");
  await quickFixMenu(page).getByText("Ignore use-exec-form here").click();
  await expect.poll(() => editorText(page)).toContain("RUN npm install\n# shipshape-ignore use-exec-form -- reason\nENTRYPOINT npm start");
  // The placeholder is selected, so typing replaces it with the reason.
  await page.keyboard.type("the base image's npm handles signals");
  await expect.poll(() => editorText(page)).toContain("# shipshape-ignore use-exec-form -- the base image's npm handles signals");
  // The engine honours the comment: the finding is gone.
  await expect(findingsPanel(page).locator('li[data-rule="use-exec-form"]')).toHaveCount(0);
});

test("fix all shows a before/after diff, applies on confirmation, and can be undone", async ({ page }) => {
  await openReview(page);
  const before = await editorText(page);
  expect(before).toContain("MAINTAINER ops@example.com");
  const fixAll = page.getByRole("button", { name: /^Fix all safe problems \(\d+\)/ });
  await expect(fixAll).toBeEnabled();
  await fixAll.click();

  const dialog = page.getByRole("dialog", { name: "Fix all safe problems in Dockerfile" });
  const diff = dialog.getByTestId("fix-all-diff");
  await expect(diff.locator('tr[data-diff="removed"]').filter({ hasText: "MAINTAINER ops@example.com" })).toHaveCount(1);
  await expect(diff.locator('tr[data-diff="added"]').filter({ hasText: "org.opencontainers.image.authors" })).toHaveCount(1);
  await dialog.getByRole("button", { name: /^Apply \d+ fix/ }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => editorText(page)).toContain('LABEL org.opencontainers.image.authors="ops@example.com"');
  const after = await editorText(page);
  expect(after).not.toContain("MAINTAINER");
  await expect(findingsPanel(page).locator('li[data-rule="no-maintainer"]')).toHaveCount(0);

  await page.getByTestId("notice").getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => editorText(page)).toBe(before);

  // Ctrl+Z in the editor works the same way: the fixes are one step in the undo history.
  await fixAll.click();
  await dialog.getByRole("button", { name: /^Apply/ }).click();
  await expect.poll(() => editorText(page)).toBe(after);
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => editorText(page)).toBe(before);
});

test("a Compose example opens in tabs, and each file is reviewed in the same request", async ({ page }) => {
  await openReview(page);
  const request = page.waitForRequest((candidate) => candidate.url().endsWith("/api/analyze") && candidate.postData()?.includes("compose.override.yaml") === true);
  await loadExample(page, "Compose for development and production");
  const body = JSON.parse((await request).postData()!) as { files: Array<{ path: string }> };
  expect(body.files.map((file) => file.path)).toEqual(["compose.yaml", "compose.override.yaml", "Dockerfile", ".dockerignore"]);

  await fileTab(page, "compose.yaml").click();
  await expect(fileTab(page, "compose.yaml")).toHaveAttribute("aria-current", "page");
  expect(await editorText(page)).toContain("services:\n  web:\n    build:");
  // The file is reviewed as Compose: the production services keep unbounded logs.
  const section = findingsPanel(page).locator('section[data-file="compose.yaml"]');
  await expect(section.locator('li[data-rule="require-log-rotation"]').first()).toBeVisible();
  await expect(section.locator("[data-grade]")).toBeVisible();

  // The example's Dockerfile follows every rule: it earns the top grade.
  await expect(findingsPanel(page).locator('section[data-file="Dockerfile"]')).toContainText("No findings. Dockerfile follows every rule that is on.");
  await expect(fileTab(page, "Dockerfile").locator("[data-grade]")).toHaveAttribute("data-grade", "A");
});

test("files can be added, renamed and closed, and the workspace survives a reload", async ({ page }) => {
  await openReview(page);
  await page.getByRole("button", { name: "+ Add file" }).click();
  await page.getByRole("button", { name: ".dockerignore" }).click();
  await expect(fileTab(page, ".dockerignore")).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("ControlOrMeta+A"); // no-op outside the editor; type into the editor below
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.type("node_modules");

  await page.getByRole("button", { name: "Rename .dockerignore" }).click();
  const name = page.getByRole("textbox", { name: "New name for .dockerignore" });
  await name.fill("Dockerfile");
  await expect(page.getByRole("alert").filter({ hasText: "There is already a file named Dockerfile." })).toBeVisible();
  await name.fill("web.dockerignore");
  await name.press("Enter");
  await expect(fileTab(page, "web.dockerignore")).toBeVisible();

  await page.getByRole("button", { name: "+ Add file" }).click();
  await page.getByRole("button", { name: "package.json" }).click();
  await page.getByRole("button", { name: "Close package.json" }).click();
  await expect(fileTab(page, "package.json")).toHaveCount(0);

  // Files picked from the computer open as tabs, named as they were.
  await page.getByLabel("Open files from your computer").setInputFiles({ name: "compose.yaml", mimeType: "text/yaml", buffer: Buffer.from("services:\n  web:\n    image: nginx:latest\n") });
  await expect(fileTab(page, "compose.yaml")).toHaveAttribute("aria-current", "page");
  await expect(findingsPanel(page).locator('section[data-file="compose.yaml"]')).toContainText("compose");
  await fileTab(page, "web.dockerignore").click();

  await page.waitForTimeout(500); // the workspace is saved 300 ms after the last change
  await page.reload();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect(fileTab(page, "web.dockerignore")).toHaveAttribute("aria-current", "page");
  expect(await editorText(page)).toBe("node_modules");
  await fileTab(page, "Dockerfile").click();
  expect(await editorText(page)).toContain("FROM ubuntu:latest");
});

test("the profile changes the review and is kept with the workspace", async ({ page }) => {
  await openReview(page);
  const maintainer = findingsPanel(page).locator('li[data-rule="no-maintainer"]');
  await expect(maintainer).toContainText("warning");
  const request = page.waitForRequest((candidate) => candidate.url().endsWith("/api/analyze"));
  await page.getByLabel("Profile").selectOption("hadolint");
  expect(JSON.parse((await request).postData()!)).toMatchObject({ profile: "hadolint" });
  // hadolint reports MAINTAINER (DL4000) as an error.
  await expect(maintainer).toContainText("error");

  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByLabel("Profile")).toHaveValue("hadolint");
  await expect(maintainer).toContainText("error");
});

test("the stage graph shows which stages ship and follows the build target", async ({ page }) => {
  await openReview(page);
  await loadExample(page, "Node.js app in two stages");
  const stages = page.getByRole("region", { name: "Stages" });
  await expect(stages.locator('[data-stage="runtime"]')).toHaveAttribute("data-ships", "true");
  await expect(stages.locator('[data-stage="build"]')).toHaveAttribute("data-ships", "false");

  await stages.getByRole("button", { name: /^Stage build/ }).click();
  await expect(page.locator("[data-cursor]")).toHaveAttribute("data-selection", /^3:1-3:/);

  const request = page.waitForRequest((candidate) => candidate.url().endsWith("/api/analyze"));
  await page.getByLabel("Build target").selectOption("build");
  expect(JSON.parse((await request).postData()!)).toMatchObject({ target: "build" });
  await expect(stages.locator('[data-stage="build"]')).toHaveAttribute("data-ships", "true");
  await expect(stages.locator('[data-stage="runtime"]')).toHaveAttribute("data-ships", "false");
});

test("build arguments typed in their dialog resolve the ARGs of the review, and are kept with the workspace", async ({ page }) => {
  await openReview(page);
  await typeIntoEditor(page, ["ARG NODE_VERSION=latest", "FROM node:${NODE_VERSION}"]);
  const latest = findingsPanel(page).locator('li[data-rule="no-latest-tag"]');
  await expect(latest).toHaveCount(1);

  await page.getByRole("button", { name: "Build args" }).click();
  const dialog = page.getByRole("dialog", { name: "Build arguments" });
  const field = dialog.getByLabel("One NAME=value per line");
  await field.fill("NODE_VERSION");
  await expect(dialog.getByRole("alert")).toHaveText("Line 1: write NAME=value (NODE_VERSION has no value).");
  await expect(dialog.getByRole("button", { name: "Apply" })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await field.fill("# the version CI builds\nNODE_VERSION=22-slim");
  const request = page.waitForRequest((candidate) => candidate.url().endsWith("/api/analyze"));
  await dialog.getByRole("button", { name: "Apply" }).click();
  expect(JSON.parse((await request).postData()!)).toMatchObject({ buildArgs: { NODE_VERSION: "22-slim" } });
  await expect(dialog).toBeHidden();
  await expect(latest).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Build args (1)" })).toBeFocused();

  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByRole("button", { name: "Build args (1)" })).toBeVisible();
  // Reviewed again with them: the base image is node:22-slim, pinned.
  await expect(findingsPanel(page).locator('li[data-rule="no-root-user"]')).toHaveCount(1);
  await expect(latest).toHaveCount(0);
});

test("an alternative base of the Image size panel can be tried in one click, and undone", async ({ page }) => {
  await openReview(page);
  await typeIntoEditor(page, ["FROM node:20", "USER 1000:1000", 'CMD ["node", "server.js"]']);
  const panel = page.getByRole("region", { name: "Image size" });
  const estimate = panel.getByTestId("size-estimate").locator("[data-bytes]");
  const use = panel.getByRole("button", { name: "Use node:20-slim as the base" });
  await expect(use).toBeVisible();
  const before = Number(await estimate.getAttribute("data-bytes"));

  await use.click();
  await expect.poll(() => editorText(page)).toContain("FROM node:20-slim");
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText("Dockerfile now builds on node:20-slim. Slim images leave out");
  await expect.poll(async () => Number(await estimate.getAttribute("data-bytes"))).toBeLessThan(before);

  await notice.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => editorText(page)).toContain("FROM node:20\n");
  await expect.poll(async () => Number(await estimate.getAttribute("data-bytes"))).toBe(before);
});

test("F8 in the Findings panel steps through the problems and shows each in the editor", async ({ page }) => {
  await openReview(page);
  const panel = findingsPanel(page);
  await expect(panel.locator("li[data-rule]").first()).toBeVisible();
  await panel.getByRole("button", { name: "Next problem" }).click();
  const first = panel.locator("li[data-current]");
  await expect(first).toHaveCount(1);
  const firstRule = await first.getAttribute("data-rule");
  await page.keyboard.press("F8");
  await expect(panel.locator("li[data-current]")).not.toHaveAttribute("data-rule", firstRule!);
  // The focus stays in the panel while the editor shows the finding.
  await expect(panel.locator("li[data-current] button")).toBeFocused();
  await expect(page.locator("[data-cursor]")).not.toHaveAttribute("data-selection", "1:1-1:1");
});

test("the Image size panel shows the server's estimate, its layers and savings, and shrinks after fix-all", async ({ page }) => {
  await openReview(page);
  await typeIntoEditor(page, [
    "FROM debian:bookworm-slim",
    "RUN apt-get update && apt-get install -y curl",
    "USER 10001",
    'CMD ["curl", "--version"]',
  ]);
  const panel = page.getByRole("region", { name: "Image size" });
  const estimate = panel.getByTestId("size-estimate").locator("[data-bytes]");
  await expect(estimate).toBeVisible();
  const before = Number(await estimate.getAttribute("data-bytes"));
  // Removing the apt lists is a safe fix, so the estimate after safe fixes is smaller.
  await expect(panel.locator('[data-comparison="safe-fixes"]')).toContainText("−");

  // Focusing a layer names its instruction and reason; Enter selects the instruction.
  const layer = panel.getByRole("button", { name: /^RUN on line 2/ });
  await layer.focus();
  await expect(panel.locator("figure p[aria-live]")).toContainText("RUN on line 2:");
  await expect(panel.locator("figure p[aria-live]")).toContainText("apt-get install");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-cursor]")).toHaveAttribute("data-selection", /^2:1-2:/);

  await page.getByRole("button", { name: /^Fix all safe problems/ }).click();
  await page.getByRole("button", { name: /^Apply \d+ fix/ }).click();
  await expect.poll(async () => Number(await estimate.getAttribute("data-bytes"))).toBeLessThan(before);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the review page has no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openReview(page);
    await expect(findingsPanel(page).locator("li[data-rule]").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Stages" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The dialogs too: the fix-all diff.
    await page.getByRole("button", { name: /^Fix all safe problems \(/ }).click();
    await expect(page.getByTestId("fix-all-diff")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the rules catalogue is searchable by alias and each rule has its docs page", async ({ page }) => {
  await page.goto("/rules?q=DL3007");
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: "no-latest-tag" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("no-latest-tag");
  for (const section of ["What it does", "Why it matters", "Example", "Use instead", "Fix safety", "When not to use it"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  await expect(page.getByText("DL3007")).toBeVisible();
  expect((await page.goto("/rules/no-such-rule"))?.status()).toBe(404);
  // An address that does not decode (a lone %) names no rule: a 404, not a server error.
  expect((await page.goto("/rules/%25"))?.status()).toBe(404);
});

test("a rule that is off by default says so, and what it reports at when turned on", async ({ page }) => {
  await page.goto("/rules/no-writable-root-filesystem");
  await expect(page.getByRole("definition").first()).toHaveText("off (info when turned on)");
  await page.goto("/rules?q=no-writable-root-filesystem");
  await expect(page.locator('tr[data-rule="no-writable-root-filesystem"]')).toContainText("off (info when turned on)");
});

test("the theme switch overrides the system theme, for the page and the editor, and is remembered", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openReview(page);
  await expect(page.locator(".monaco-editor")).toHaveClass(/\bvs\b/);
  await page.getByLabel("Theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".monaco-editor")).toHaveClass(/\bvs-dark\b/);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe("rgb(11, 17, 32)");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Theme")).toHaveValue("dark");
  expect(await background()).toBe("rgb(11, 17, 32)");
});

test("files dropped on the editor open as tabs", async ({ page }) => {
  await openReview(page);
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["node_modules\n.git\n"], ".dockerignore", { type: "text/plain" }));
    return transfer;
  });
  await page.getByRole("region", { name: "Editor" }).dispatchEvent("drop", { dataTransfer });
  await expect(fileTab(page, ".dockerignore")).toHaveAttribute("aria-current", "page");
  expect(await editorText(page)).toContain("node_modules\n.git");
});

test("Ctrl+M lets Tab move the focus out of the editor, so the keyboard is never trapped", async ({ page }) => {
  await openReview(page);
  await page.locator(".monaco-editor .view-lines").click();
  const focusInEditor = () => page.evaluate(() => Boolean(document.activeElement?.closest(".monaco-editor")));
  // By default Tab indents, as in any code editor.
  await page.keyboard.press("Tab");
  expect(await focusInEditor()).toBe(true);
  await page.keyboard.press("ControlOrMeta+Z");

  await page.keyboard.press("Control+M");
  await page.keyboard.press("Tab");
  expect(await focusInEditor()).toBe(false);
  await expect(page.locator(":focus")).toBeVisible();
});

test("a build-context size the API would refuse is explained at the field and never sent", async ({ page }) => {
  const refused: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/analyze") && !response.ok()) refused.push(`${response.status()}`);
  });
  await openReview(page);
  const field = page.getByLabel("Build context size (MB)");
  await field.fill("250");
  await expect(field).toHaveAttribute("aria-invalid", "false");

  await field.fill("1e9");
  await expect(page.getByRole("alert").filter({ hasText: "Build context size must be at most 10,000,000 MB" })).toContainText("The estimate keeps 250 MB.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("size-estimate")).toBeVisible();

  // The last usable size is the one kept: a reload shows it, not the refused one.
  await page.reload();
  await expect(page.getByLabel("Build context size (MB)")).toHaveValue("250");
  await expect(page.getByTestId("size-estimate")).toBeVisible();
  expect(refused).toEqual([]);
});

test("F8 steps through every finding, also several of one rule at one place", async ({ page }) => {
  await openReview(page);
  await page.getByRole("button", { name: "+ Add file" }).click();
  await page.getByRole("button", { name: "compose.yaml", exact: true }).click();
  // Broken YAML: the parser reports four errors at line 5, column 3.
  await pasteIntoEditor(page, "services:\n  web:\n    image: nginx\n   ports: [80\n  - bad: : :\n\t tab\n");
  const panel = findingsPanel(page);
  const composeErrors = panel.locator('[data-file="compose.yaml"] li[data-rule="no-invalid-yaml"]');
  await expect(composeErrors).toHaveCount(6);
  for (const severity of ["warning", "info", "style"]) await panel.getByRole("group", { name: "Show findings by severity" }).getByRole("button", { name: new RegExp(`^${severity}`) }).click();

  const total = await panel.locator("li[data-rule]").count();
  const visited = new Set<string>();
  await panel.getByRole("button", { name: "Next problem" }).click();
  for (let step = 0; step < total; step++) {
    await expect(panel.locator("li[data-current]")).toHaveCount(1);
    visited.add((await panel.locator("li[data-current] button").getAttribute("data-entry"))!);
    await page.keyboard.press("F8");
  }
  expect(visited.size).toBe(total);
});

test.describe("nothing makes the page scroll sideways", () => {
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  test("a long file name on a desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await openReview(page);
    await page.getByRole("button", { name: "Rename Dockerfile" }).click();
    await page.getByLabel("New name for Dockerfile").fill("deploy/docker/Dockerfile.production-hardened");
    await page.keyboard.press("Enter");
    await expect(findingsPanel(page).locator('[data-file="deploy/docker/Dockerfile.production-hardened"]')).toBeVisible();
    expect(await pageWidth(page)).toBe(1400);
  });

  test("the review page and the rules on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openReview(page);
    await expect(findingsPanel(page).locator("li[data-rule]").first()).toBeVisible();
    expect(await pageWidth(page)).toBe(390);
    await page.goto("/rules");
    expect(await pageWidth(page)).toBe(390);
    // The table scrolls inside its own box instead, and the keyboard can reach it.
    const table = page.getByRole("region", { name: "Rules table" });
    expect(await table.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await table.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test("closing a tab can be undone, keeps the focus on the tabs, and an empty workspace says what to do", async ({ page }) => {
  await openReview(page);
  await loadExample(page, "Compose for development and production");
  const files = page.getByRole("navigation", { name: "Files" });
  const firstPath = (await files.getByRole("button", { name: /^Close / }).first().getAttribute("aria-label"))!.slice("Close ".length);
  await fileTab(page, firstPath).click();
  const text = await editorText(page);

  await files.getByRole("button", { name: `Close ${firstPath}` }).click();
  await expect(fileTab(page, firstPath)).toHaveCount(0);
  // The focus moves to the tab that took its place, not to the page.
  await expect(files.locator("[data-tab]").first()).toBeFocused();
  await page.getByTestId("notice").getByRole("button", { name: "Undo" }).click();
  await expect(fileTab(page, firstPath)).toHaveAttribute("aria-current", "page");
  await expect(fileTab(page, firstPath)).toBeFocused();
  await expect.poll(() => editorText(page)).toBe(text);

  for (let left = await files.locator("[data-tab]").count(); left > 0; left--) {
    await files.getByRole("button", { name: /^Close / }).first().click();
  }
  await expect(page.getByTestId("no-files")).toContainText("No files open.");
  await expect(page.getByRole("button", { name: "+ Add file" })).toBeFocused();
});

test("'Open files…' opens text files and says which files it refused, and why", async ({ page }) => {
  await openReview(page);
  const fileChooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open files…" }).click();
  await (await fileChooser).setFiles([
    { name: "junk.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]) },
    { name: ".dockerignore", mimeType: "text/plain", buffer: Buffer.from("node_modules\n") },
  ]);
  await expect(fileTab(page, ".dockerignore")).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("notice")).toContainText("junk.bin is not a text file.");
});

test("the Add file menu closes on Escape and outside clicks, fits a phone, and hands the focus to the new file", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openReview(page);
  const toggle = page.getByRole("button", { name: "+ Add file" });
  const menu = page.locator("#add-file-menu");

  await toggle.click();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  await toggle.click();
  await page.getByRole("heading", { name: "Findings" }).click();
  await expect(menu).toBeHidden();

  await toggle.click();
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);

  await menu.getByRole("button", { name: "compose.yaml", exact: true }).click();
  await expect(fileTab(page, "compose.yaml")).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".monaco-editor")).toHaveClass(/\bfocused\b/);
  await page.keyboard.type("services:");
  await expect.poll(() => editorText(page)).toBe("services:");
});

test("F8 in the editor titles its problem peek with the file's name", async ({ page }) => {
  await openReview(page);
  await page.getByRole("button", { name: "Rename Dockerfile" }).click();
  await page.getByLabel("New name for Dockerfile").fill("web.Dockerfile");
  await page.keyboard.press("Enter");
  // A file created under its name: the model is made when the tab opens.
  await page.getByRole("button", { name: "+ Add file" }).click();
  await page.locator("#add-file-menu").getByRole("button", { name: "Dockerfile", exact: true }).click();
  await page.keyboard.insertText("FROM node:latest\n");
  await expect(findingsPanel(page).locator('[data-file="Dockerfile"] li[data-rule]').first()).toBeVisible();
  // F8 goes to the next problem after the cursor; from the end of the file that would be in another file.
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.press("F8");
  await expect(page.locator(".peekview-widget .peekview-title .filename")).toHaveText("Dockerfile");
});

test("fix titles show code as code in the Fix-all dialog and without backticks in the quick-fix menu", async ({ page }) => {
  await openReview(page);
  await page.getByRole("button", { name: /^Fix all safe problems \(\d+\)/ }).click();
  const dialog = page.getByRole("dialog", { name: "Fix all safe problems in Dockerfile" });
  const pipFix = dialog.getByRole("listitem").filter({ hasText: "--no-cache-dir" });
  await expect(pipFix.locator("code")).toHaveText("--no-cache-dir");
  await expect(pipFix).toHaveText("Add --no-cache-dir");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await findingsPanel(page).locator('li[data-rule="use-pip-no-cache-dir"]').getByRole("button").click();
  await page.keyboard.press("ControlOrMeta+.");
  await expect(quickFixMenu(page)).toContainText("Add --no-cache-dir");
  await expect(quickFixMenu(page)).not.toContainText("`");
});

test("the Build args dialog names a line without a name, and warns when a name is set twice", async ({ page }) => {
  await openReview(page);
  await page.getByRole("button", { name: "Build args" }).click();
  const dialog = page.getByRole("dialog", { name: "Build arguments" });
  const field = dialog.getByLabel("One NAME=value per line");
  await field.fill("NODE_VERSION=20\n=v");
  await expect(dialog.getByRole("alert")).toHaveText("Line 2 has no name before =.");
  await expect(dialog.getByRole("alert").locator("code")).toHaveText("=");

  await field.fill("NODE_VERSION=20\nAPP_ENV=prod\nNODE_VERSION=22");
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(dialog.getByTestId("build-arg-warnings")).toHaveText("NODE_VERSION is set on lines 1 and 3: the last one, line 3, wins.");
  await expect(dialog.getByRole("button", { name: "Apply" })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the editor's footer stays one line on a desktop when a selection's size appears", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await openReview(page);
  const footer = page.getByRole("region", { name: "Editor" }).locator("footer");
  const height = async () => (await footer.boundingBox())!.height;
  const oneLine = await height();
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await expect(page.locator("[data-cursor]")).toContainText("selected)");
  expect(await height()).toBe(oneLine);
});

test("the rules catalogue finds rules by category and by the tool of their aliases", async ({ page }) => {
  await page.goto("/rules");
  const search = page.getByRole("searchbox", { name: "Search" });
  const count = async () => Number((await page.getByRole("status").textContent())!.split(" ")[0]);
  await search.fill("security");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=security/);
  expect(await count()).toBeGreaterThan(10);
  await expect(page.locator('tbody tr[data-rule="no-root-user"]')).toBeVisible();

  await search.fill("hadolint");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=hadolint/);
  expect(await count()).toBeGreaterThan(40);
  await expect(page.locator('tbody tr[data-rule="no-latest-tag"]')).toBeVisible();
});

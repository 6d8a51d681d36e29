import { expect, type Page } from "@playwright/test";

/** Opens the review page and waits until Monaco has replaced its placeholder. */
export async function openReview(page: Page): Promise<void> {
  await page.goto("/");
  // Monaco (about 1 MB of JS) loads after hydration; on a busy 2-core machine that can take a while.
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
}

/** Replaces the editor's text by typing it, line by line, as a person would. */
export async function typeIntoEditor(page: Page, lines: string[]): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(line);
  }
}

/** The rendered text of the editor (Monaco draws spaces as U+00A0). */
/**
 * The text the editor shows, line by line. Monaco positions its line elements absolutely and reuses them, so after
 * an edit that adds lines (an undo) their order in the DOM need not be their order on screen: sort by position.
 */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator(".monaco-editor .view-lines").evaluate((container) =>
    [...container.querySelectorAll<HTMLElement>(":scope > .view-line")]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => line.textContent ?? "")
      .join("\n"));
  return text.replace(/\u00a0/g, " ");
}

export function findingsPanel(page: Page) {
  return page.getByRole("complementary", { name: "Findings" });
}

/** Opens the Examples menu and loads the example with this title. */
export async function loadExample(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: "Examples…" }).click();
  const dialog = page.getByRole("dialog", { name: "Examples" });
  await dialog.getByRole("button", { name: new RegExp(`^${title.replace(/[()]/g, "\\$&")}`) }).click();
  await expect(dialog).toBeHidden();
}

export function fileTab(page: Page, path: string) {
  return page.getByRole("navigation", { name: "Files" }).getByRole("button", { name: new RegExp(`^${path.replace(/\./g, "\\.")}\\b`) });
}

/**
 * Replaces the editor's text through the clipboard, as a paste. Typed YAML would be re-indented by the editor's
 * auto-indent on Enter; a paste keeps it exactly.
 */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+V");
}

import { expect, test } from "@playwright/test";
import { seriousViolations } from "./accessibility";
import { editorText, findingsPanel, openReview } from "./editor";

test("a lesson shows the flawed files with the review's findings, and opens them in the review to fix", async ({ page }) => {
  await openReview(page);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Lessons" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lessons" })).toBeVisible();
  await page.getByRole("link", { name: "Leave the package manager's leftovers out" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leave the package manager's leftovers out");
  const reported = page.getByRole("complementary", { name: "What the review reports" });
  await expect(reported.locator("li[data-rule]")).toHaveCount(5);
  await expect(reported.locator('li[data-rule="no-delete-in-later-layer"]')).toContainText("4:12");
  // The flawed file marks what the findings point at; the fixed version comes with the estimated saving.
  await expect(page.locator('[data-testid="file-0"] mark[data-rules~="use-pip-no-cache-dir"]')).toHaveText("pip install -r requirements.txt");
  await expect(page.getByTestId("after-summary")).toContainText(/≈ \d+ MB to download: −\d+ MB \(−\d+ %\) against the flawed version/);

  await page.getByRole("link", { name: "Fix it yourself in the review" }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => editorText(page)).toContain("RUN apt-get update\nRUN apt-get install -y libpq5 curl");
  // The lesson's address is dropped: reloading keeps the reader's edits instead of loading the lesson again.
  await expect(page).toHaveURL(/\/$/);

  const entry = findingsPanel(page).locator('li[data-rule="use-pip-no-cache-dir"]');
  await expect(entry).toBeVisible();
  await entry.getByRole("button").click();
  await page.keyboard.press("ControlOrMeta+.");
  await expect(page.locator(".action-widget:not(.action-list-submenu-panel)")).toContainText("Add --no-cache-dir");
  await page.keyboard.press("Enter");
  await expect.poll(() => editorText(page)).toContain("RUN pip install --no-cache-dir -r requirements.txt");
  await expect(entry).toHaveCount(0);

  await page.reload();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => editorText(page)).toContain("RUN pip install --no-cache-dir -r requirements.txt");
});

test("the fixed version of a lesson draws none of its findings in the review", async ({ page }) => {
  await page.goto("/lessons/compose-production");
  await page.getByRole("link", { name: "Open the fixed version in the review" }).click();
  await expect(page.locator(".monaco-editor .view-lines")).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => editorText(page)).toContain("name: shop");
  const panel = findingsPanel(page);
  await expect(panel.getByRole("status")).toHaveText("0 findings");
});

test("a lesson taken as a quiz hides the findings until the reader checks the lines they picked", async ({ page }) => {
  await page.goto("/lessons/small-layers?quiz");
  const quiz = page.getByTestId("lesson-quiz");
  await expect(quiz).toContainText("There are 4 places to find.");
  // Nothing gives the answers away: not the findings, not the fixed version, not the rules' names.
  await expect(page.getByRole("complementary", { name: "What the review reports" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Done right" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "The rules of this lesson" })).toHaveCount(0);

  const line = (number: number) => quiz.getByRole("button", { name: new RegExp(`^Line ${number}:`) });
  await line(3).click();
  await expect(line(3)).toHaveAttribute("aria-pressed", "true");
  // The keyboard picks too: Tab to a line, Space toggles it.
  await line(7).focus();
  await page.keyboard.press("Space");
  await line(1).click();
  await line(1).click();
  await line(5).click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();

  await expect(quiz.getByRole("status")).toHaveText(/^You spotted 2 of 4\. 1 line you picked is not one of this lesson's problems\./);
  await expect(quiz.getByRole("status")).toBeFocused();
  await expect(quiz.locator('[data-verdict="found"]')).toHaveCount(2);
  await expect(quiz.locator('[data-verdict="missed"]')).toHaveCount(2);
  await expect(quiz.locator('[data-verdict="not a problem"]')).toHaveText(/WORKDIR \/app/);
  await expect(quiz.locator('[data-verdict="missed"]').first()).toContainText("missed: no-apt-lists-left, no-stale-package-index");
  await expect(page.getByRole("complementary", { name: "What the review reports" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Done right" })).toBeVisible();

  await quiz.getByRole("button", { name: "Try again" }).click();
  await expect(line(3)).toHaveAttribute("aria-pressed", "false");
});

test("the lessons' list shows each quiz's best result, kept in the browser until the reader forgets it", async ({ page }) => {
  await page.goto("/lessons");
  await expect(page.getByTestId("lesson-progress")).toHaveCount(0);
  await page.goto("/lessons/small-layers?quiz");
  const quiz = page.getByTestId("lesson-quiz");
  await quiz.getByRole("button", { name: /^Line 3:/ }).click();
  await quiz.getByRole("button", { name: /^Line 7:/ }).click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();
  await expect(quiz.getByRole("status")).toContainText("You spotted 2 of 4.");
  // A worse try later does not lower the best.
  await quiz.getByRole("button", { name: "Try again" }).click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();
  await expect(quiz.getByRole("status")).toContainText("You spotted 0 of 4.");

  await page.goto("/lessons");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Leave the package manager's leftovers out" }) });
  await expect(card.getByTestId("lesson-progress")).toHaveText("Quiz: 2 of 4 spotted");
  await expect(page.getByTestId("lesson-progress")).toHaveCount(1);
  await expect(page.getByRole("status")).toContainText(/You have checked 1 of \d+ quizzes; in 0 you spotted every problem with no wrong pick\./);
  await page.reload();
  await expect(card.getByTestId("lesson-progress")).toHaveText("Quiz: 2 of 4 spotted");
  await page.getByRole("button", { name: "Forget my progress" }).click();
  await expect(page.getByTestId("lesson-progress")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Forget my progress" })).toHaveCount(0);
});

test("picking every line spots every problem but does not complete the quiz; picking the right lines does", async ({ page }) => {
  await page.goto("/lessons/non-root?quiz");
  const quiz = page.getByTestId("lesson-quiz");
  const lines = quiz.getByRole("button", { name: /^Line \d+:/ });
  for (const line of await lines.all()) await line.click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();
  await expect(quiz.getByRole("status")).toHaveText(/^You spotted 2 of 2\. 4 lines you picked are not one of this lesson's problems\./);

  await page.goto("/lessons");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Drop root before the app starts" }) });
  await expect(card.getByTestId("lesson-progress")).toHaveText("Quiz: all 2 spotted, 4 wrong picks");
  await expect(page.getByRole("status")).toContainText("in 0 you spotted every problem with no wrong pick.");

  // The missing USER spotted where it belongs, before the CMD, rather than at the FROM the review reports it on.
  await page.goto("/lessons/non-root?quiz");
  await quiz.getByRole("button", { name: /^Line 2:/ }).click();
  await quiz.getByRole("button", { name: /^Line 7:/ }).click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();
  await expect(quiz.getByRole("status")).toHaveText("You spotted 2 of 2. Every one, and nothing else: well done.");
  await page.goto("/lessons");
  await expect(card.getByTestId("lesson-progress")).toHaveText("✓ Quiz: all 2 spotted, no wrong pick");
  await expect(page.getByRole("status")).toContainText("in 1 you spotted every problem with no wrong pick.");
});

test("a lesson opened without ?quiz shows its findings and offers the quiz", async ({ page }) => {
  await page.goto("/lessons/non-root");
  await expect(page.getByRole("complementary", { name: "What the review reports" })).toBeVisible();
  await page.getByRole("button", { name: "Quiz yourself: hide the findings" }).click();
  await expect(page.getByTestId("lesson-quiz")).toContainText("There are 2 places to find.");
  // The pressed button is gone: the focus moves to the question, not to the page.
  await expect(page.getByText(/^Which lines break this lesson's practice\?/)).toBeFocused();
  await expect(page.getByRole("complementary", { name: "What the review reports" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show the findings" }).click();
  await expect(page.getByRole("complementary", { name: "What the review reports" })).toBeVisible();
});

test("a rule's page leads to the lesson that teaches it, and the lesson back to the rule", async ({ page }) => {
  await page.goto("/rules/use-pip-no-cache-dir");
  await page.getByRole("link", { name: "Leave the package manager's leftovers out" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leave the package manager's leftovers out");
  await page.getByRole("region", { name: "The rules of this lesson" }).getByRole("link", { name: "use-pip-no-cache-dir" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("use-pip-no-cache-dir");
});

test("on a phone a lesson, its checked quiz and a rule's page fit the screen, and what scrolls sideways takes the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  // Its explanation has a long command in inline code.
  await page.goto("/lessons/build-secrets");
  await expect(page.getByTestId("after-summary")).toContainText("(<1 %) against the flawed version");
  expect(await pageWidth()).toBe(390);

  await page.goto("/lessons/compose-production?quiz");
  const quiz = page.getByTestId("lesson-quiz");
  await quiz.getByRole("button", { name: /^Line 9:/ }).click();
  await quiz.getByRole("button", { name: "Check my answers" }).click();
  await expect(quiz.locator('[data-verdict="found"]').first()).toContainText("✓ found: use-healthy-dependency");
  // Every verdict is in sight, wrapped below its line rather than cut off.
  const verdicts = quiz.locator("li[data-verdict] > span.font-sans");
  expect(await verdicts.count()).toBeGreaterThan(0);
  for (const right of await verdicts.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().right))) expect(right).toBeLessThanOrEqual(390);
  expect(await pageWidth()).toBe(390);
  expect(await seriousViolations(page)).toEqual([]);

  for (const path of ["/lessons/small-layers", "/rules/no-curl-pipe-shell"]) {
    await page.goto(path);
    expect(await pageWidth(), path).toBe(390);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the lessons, a lesson and a rule's page have no serious or critical accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/lessons", "/lessons/small-layers", "/lessons/small-layers?quiz", "/lessons/compose-production", "/rules/no-latest-tag"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });
}

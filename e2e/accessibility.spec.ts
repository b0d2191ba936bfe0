import AxeBuilder from "@axe-core/playwright";
import { expect, FEATURED, test } from "./fixtures";

const pages = [
  "/",
  `/reviews/${FEATURED.slug}`,
  "/reviews",
  "/reviews?composer=ondine-marrowfield&sort=oldest",
  "/composers/lorne-balfe",
  "/sign-in",
  "/sign-up",
  "/u/demo_reader",
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const path of pages) {
    test(`${path} has no axe violations in ${colorScheme} mode`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const { violations } = await axe().analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    });
  }
}

test("the skip link takes keyboard users straight to the content", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("headings descend in order on the review page", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const levels = await page
    .locator("main h1, main h2, main h3, main h4")
    .evaluateAll((els) => els.map((el) => Number(el.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a signed-in reader's review page, with its forms, has no axe violations in ${colorScheme} mode`, async ({
    readerPage,
  }) => {
    await readerPage.emulateMedia({ colorScheme });
    await readerPage.goto("/reviews/the-lacemaker-of-aldenhythe");
    await expect(readerPage.getByRole("button", { name: "Post comment" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page: readerPage })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

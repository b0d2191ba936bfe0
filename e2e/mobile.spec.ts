import { expect, FEATURED, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

for (const path of ["/", `/reviews/${FEATURED.slug}`, "/reviews"]) {
  test(`${path} fits a 360 px screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the track list stays readable on a phone", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const row = page.getByRole("row", { name: /Fate Whispers to the Warrior/ });
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeInViewport();
  await expect(row).toContainText("3:54");
});

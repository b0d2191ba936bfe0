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

/** How much of the first screen the cover takes: small enough to leave the headline on it. */
const MOST_COVER_HEIGHT = 160;

test("a review without cover art shows a small typographic card and its headline on the first screen", async ({
  page,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const card = page.getByRole("img", { name: /^Cover card: / });
  for (const text of [FEATURED.film, FEATURED.composer, "2018"]) {
    await expect(card.getByText(text, { exact: true })).toBeInViewport({ ratio: 1 });
  }
  const box = (await card.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(MOST_COVER_HEIGHT);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
});

test("a review with cover art keeps it small too, with the headline on the first screen", async ({
  page,
}) => {
  await page.goto("/reviews/glasswater-meridian");
  const cover = page.getByRole("img", { name: /^Concentric pale-teal rings/ });
  await expect(cover).toBeInViewport({ ratio: 1 });
  expect((await cover.boundingBox())!.height).toBeLessThanOrEqual(MOST_COVER_HEIGHT);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
});

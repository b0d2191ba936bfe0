import type { Page } from "@playwright/test";
import { expect, FEATURED, test } from "./fixtures";

/** Chrome's warning for a preloaded resource that the page then never used. */
const UNUSED_PRELOAD = /preloaded using link preload but not used/;

/** The images the document was told to preload that none of its images shows. */
function unusedImagePreloads(page: Page) {
  return page.evaluate(() => {
    const shown = new Set([...document.images].map((img) => img.currentSrc || img.src));
    return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')]
      .map((link) => link.href)
      .filter((href) => !shown.has(href));
  });
}

for (const path of ["/", `/reviews/${FEATURED.slug}`, "/reviews", "/about"]) {
  test(`${path} preloads no cover it does not show`, async ({ page }) => {
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (UNUSED_PRELOAD.test(message.text())) warnings.push(message.text());
    });
    await page.goto(path);
    // Next prefetches the pages its visible links lead to; what a prefetch asks the browser to
    // preload lands in this document's head.
    await page.waitForLoadState("networkidle");
    expect(await unusedImagePreloads(page)).toEqual([]);
    expect(warnings).toEqual([]);
  });
}

test("the review being read loads its own cover at once, before the page has settled", async ({
  page,
}) => {
  await page.goto("/reviews/glasswater-meridian");
  const cover = page.getByRole("img", { name: /^Concentric pale-teal rings/ });
  await expect(cover).toHaveAttribute("loading", "eager");
  await expect(cover).toHaveJSProperty("complete", true);
  const preload = 'link[rel="preload"][as="image"][href="/covers/glasswater-meridian.svg"]';
  await expect(page.locator(preload)).toHaveCount(1);
});

test("the home page's card names the film once: no headline that only repeats it", async ({
  page,
}) => {
  await page.goto("/");
  const featured = page.getByRole("article").filter({ hasText: "This week’s review" });
  await expect(featured.getByRole("heading", { name: FEATURED.film })).toBeVisible();
  await expect(featured.getByText(FEATURED.headline)).toHaveCount(0);
  await expect(featured.getByText(/has everything you want in a great blockbuster/)).toBeVisible();
});

test("a review without cover art shows its typographic card, in light and in dark", async ({
  page,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const card = page.getByRole("img", {
    name: `Cover card: ${FEATURED.film}, music by ${FEATURED.composer}, 2018`,
  });
  for (const text of [FEATURED.film, FEATURED.composer, "2018"]) {
    await expect(card.getByText(text, { exact: true })).toBeVisible();
  }
  // The card's background as red, green and blue, whatever colour syntax the style uses.
  const background = () =>
    card.evaluate((el) => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.fillStyle = getComputedStyle(el).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
  const brightness = async () => (await background()).reduce((sum, c) => sum + c, 0) / 3;
  expect(await brightness()).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect.poll(brightness).toBeLessThan(60);
  await expect(card.getByText(FEATURED.film, { exact: true })).toBeVisible();
});

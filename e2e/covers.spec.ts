import { expect, FEATURED, test } from "./fixtures";
import { expectNoForeignPreloads } from "./preloads";

// Each page with a link in view when it opens: to a review with cover art (each sample's page
// loads its cover at once), or to the home page, whose cover is this week's (none here: the
// seeded review has no art; publishing.spec.ts puts a review with art there).
const linkedPages = [
  { path: "/", linked: "/reviews/glasswater-meridian" },
  { path: "/reviews", linked: "/reviews/glasswater-meridian" },
  { path: `/reviews/${FEATURED.slug}`, linked: "/" },
  { path: "/about", linked: "/" },
];

for (const { path, linked } of linkedPages) {
  test(`${path} preloads no cover it does not show, not even one of a page it links to`, async ({
    page,
  }) => {
    await expectNoForeignPreloads(page, path, linked);
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

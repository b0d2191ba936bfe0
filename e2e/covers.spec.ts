import { expect, FEATURED, test } from "./fixtures";

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

import { expect, FEATURED, test } from "./fixtures";

test("the archive shows every seeded review on its first page, newest first", async ({ page }) => {
  // Seven reviews fit on a page of 20; archive-pages.spec.ts, run after the others, fills more.
  await page.goto("/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "The archive" })).toBeVisible();
  await expect(
    page.getByText("Every soundtrack explored so far, newest first — 7 reviews."),
  ).toBeVisible();
  const reviews = page.getByRole("article");
  await expect(reviews).toHaveCount(7);
  await expect(reviews.first().getByRole("heading")).toContainText(FEATURED.film);
  await expect(page.getByRole("navigation", { name: "Archive pages" })).toHaveCount(0);
  expect((await page.goto("/reviews/page/2"))?.status()).toBe(404);
});

for (const width of [360, 1280]) {
  test(`the archive's filters show every label and choice whole at ${width} px`, async ({
    browser,
  }) => {
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      baseURL: test.info().project.use.baseURL,
    });
    await page.goto("/reviews");
    const form = page.getByRole("search", { name: "Filter the archive" });
    const formBox = (await form.boundingBox())!;
    for (const name of ["Film year", "Composer", "Critic’s score", "Sort by"]) {
      const label = form.getByText(name, { exact: true });
      const box = (await label.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(formBox.x);
      expect(box.x + box.width, name).toBeLessThanOrEqual(formBox.x + formBox.width);
      expect(await label.evaluate((l) => l.scrollWidth <= l.clientWidth), name).toBe(true);
    }
    // Whichever order is chosen, its words fit the box beside the select's arrow.
    const sort = form.getByLabel("Sort by");
    for (const option of await sort.locator("option").all()) {
      await sort.selectOption((await option.getAttribute("value"))!);
      const room = await sort.evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const probe = document.createElement("span");
        probe.style.cssText = `position:absolute;white-space:nowrap;font:${style.font}`;
        probe.textContent = select.selectedOptions[0]!.textContent;
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        // The arrow takes about 20 px at the right, inside the padding.
        const inner =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return inner - 20 - text;
      });
      expect(room, (await option.textContent()) ?? "").toBeGreaterThanOrEqual(0);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
}

test("the home page lists earlier weeks and links to the archive", async ({ page }) => {
  await page.goto("/");
  const earlier = page.getByRole("region", { name: "Earlier weeks" });
  await expect(earlier.getByRole("article")).toHaveCount(4);
  await earlier.getByRole("link", { name: "The full archive" }).click();
  await expect(page).toHaveURL("/reviews");
});

for (const path of [
  "/reviews/page/0",
  "/reviews/page/99",
  "/reviews/page/two",
  "/reviews/page/-1",
]) {
  test(`an archive page that does not exist (${path}) is a 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  });
}

test("page 1 of the archive has one address", async ({ page }) => {
  await page.goto("/reviews/page/1");
  await expect(page).toHaveURL("/reviews");
});

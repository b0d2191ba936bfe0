import { expect, FEATURED, test } from "./fixtures";

test("the archive pages through every review, newest first", async ({ page }) => {
  await page.goto("/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "The archive" })).toBeVisible();
  const pageOne = page.getByRole("article");
  await expect(pageOne).toHaveCount(5);
  await expect(pageOne.first().getByRole("heading")).toContainText(FEATURED.film);
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await expect(page.getByRole("link", { name: /Newer reviews/ })).toHaveCount(0);

  const firstPageTitles = await pageOne.getByRole("heading").allInnerTexts();
  await page.getByRole("link", { name: /Older reviews/ }).click();
  await expect(page).toHaveURL("/reviews/page/2");
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  const pageTwo = page.getByRole("article");
  await expect(pageTwo).toHaveCount(2);
  for (const title of await pageTwo.getByRole("heading").allInnerTexts()) {
    expect(firstPageTitles).not.toContain(title);
  }
  await expect(page.getByRole("link", { name: /Older reviews/ })).toHaveCount(0);

  await page.getByRole("link", { name: /Newer reviews/ }).click();
  await expect(page).toHaveURL("/reviews");
});

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

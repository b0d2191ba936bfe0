import { expect, FEATURED, test } from "./fixtures";

test("a reader goes from the home page to this week's review and its full track list", async ({
  page,
}) => {
  await page.goto("/");
  const featured = page.getByRole("article").filter({ hasText: "This week’s review" });
  await expect(featured.getByRole("heading", { name: FEATURED.film })).toBeVisible();
  await expect(featured.getByRole("link", { name: FEATURED.composer })).toBeVisible();
  await expect(featured.getByText("Week 1")).toBeVisible();

  await featured.getByRole("link", { name: /Read the review/ }).click();
  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FEATURED.headline);
  await expect(page.getByRole("heading", { name: "Final Thoughts", level: 2 })).toBeVisible();
  await expect(
    page.getByText("The music to “Mission: Impossible – Fallout” has everything you want"),
  ).toBeVisible();

  const table = page.getByRole("table", { name: /Track list/ });
  await expect(table.locator("tbody tr")).toHaveCount(26);
  await expect(
    table.getByRole("rowheader", { name: "Should You Choose to Accept…" }),
  ).toBeVisible();
  await expect(table.getByRole("row", { name: /Total runtime/ })).toContainText("1:35:45");
  const stats = page.getByRole("definition");
  await expect(stats.filter({ hasText: /^26$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "We Are Never Free" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Steps Ahead" })).toBeVisible();
});

test("durations have a spoken reading for screen readers", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const firstRow = page.getByRole("row", { name: /A Storm Is Coming/ });
  await expect(firstRow).toContainText("1:12");
  await expect(firstRow.locator("time")).toHaveAttribute("datetime", "PT72S");
  await expect(firstRow.getByText("1 minute 12 seconds")).toBeAttached();
});

test("a track title quoted in the review jumps to its row", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const quoted = page.locator(".prose").getByRole("link", { name: "The Exchange" });
  await expect(quoted).toHaveCount(1);
  await quoted.click();
  await expect(page).toHaveURL(/#track-1-14$/);
  const row = page.locator("#track-1-14");
  await expect(row).toContainText("The Exchange");
  await expect(row).toContainText("5:54");
  await expect(row).toBeInViewport();
  await expect(page.locator(".prose").getByRole("link", { name: "John Wick" })).toHaveCount(0);
});

test("a composer link lists that composer's soundtracks", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  await page.getByRole("main").getByRole("link", { name: FEATURED.composer }).click();
  await expect(page).toHaveURL("/composers/lorne-balfe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(FEATURED.composer);
  await expect(page.getByRole("link", { name: /Mission: Impossible – Fallout/ })).toBeVisible();
});

test("a sample review says it is sample data", async ({ page }) => {
  await page.goto("/reviews/the-hollow-at-vennick-mill");
  await expect(page.getByText("Sample", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /Track list/ })).toBeVisible();
});

import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { reviews } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb } from "./database";
import { expect, FEATURED, test } from "./fixtures";

// Browsing reads the seeded catalogue, which the tests running beside these never publish to;
// readers' scores change at any moment, so only this file's own soundtrack's scores are asserted.

const titles = (page: Page) =>
  page.getByRole("list", { name: "Reviews" }).getByRole("article").getByRole("heading");
const filters = (page: Page) => page.getByRole("search", { name: "Filter the archive" });

test("archive filters combine, survive a reload and can be shared", async ({ page, browser }) => {
  await page.goto("/reviews");
  await filters(page).getByLabel("Film year").fill("2025");
  await filters(page).getByRole("button", { name: "Show reviews" }).click();
  await expect(page).toHaveURL("/reviews?year=2025");
  await expect(titles(page)).toHaveText([/Pipwick and the Cloud Foundry/, /The Harrowmere Eight/]);

  await filters(page).getByLabel("Critic’s score").selectOption("8.0");
  await filters(page).getByRole("button", { name: "Show reviews" }).click();
  await expect(page).toHaveURL("/reviews?year=2025&min=8.0");
  await expect(titles(page)).toHaveText([/Pipwick and the Cloud Foundry/]);
  await expect(page.getByText("1 review matches, newest week first.")).toBeVisible();
  const active = page.getByRole("region", { name: "Active filters" });
  await expect(active.getByText("Film year 2025")).toBeVisible();
  await expect(active.getByText("Critic’s score 8.0 and up")).toBeVisible();

  await page.reload();
  await expect(titles(page)).toHaveText([/Pipwick and the Cloud Foundry/]);
  await expect(filters(page).getByLabel("Film year")).toHaveValue("2025");

  // The address alone brings the same view to someone else.
  const shared = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await shared.goto("/reviews?year=2025&min=8.0");
  await expect(titles(shared)).toHaveText([/Pipwick and the Cloud Foundry/]);
  await shared.close();
});

test("a composer filter takes a name, and filters clear one by one or all at once", async ({
  page,
}) => {
  await page.goto("/reviews");
  await filters(page).getByLabel("Composer").fill("Ondine Marrowfield");
  await filters(page).getByLabel("Sort by").selectOption("oldest");
  await filters(page).getByRole("button", { name: "Show reviews" }).click();
  await expect(page).toHaveURL("/reviews?composer=ondine-marrowfield&sort=oldest");
  await expect(titles(page)).toHaveText([/The Hollow at Vennick Mill/, /Glasswater Meridian/]);

  await page.getByRole("link", { name: "Remove “Oldest week first”" }).click();
  await expect(page).toHaveURL("/reviews?composer=ondine-marrowfield");
  await expect(titles(page)).toHaveText([/Glasswater Meridian/, /The Hollow at Vennick Mill/]);

  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL("/reviews");
  await expect(page.getByRole("region", { name: "Active filters" })).toHaveCount(0);
  await expect(titles(page)).toHaveCount(7);
});

test("sorting changes the order, and the form keeps the sort", async ({ page }) => {
  await page.goto("/reviews");
  await expect(titles(page).first()).toContainText(FEATURED.film);
  await filters(page).getByLabel("Sort by").selectOption("critic");
  await filters(page).getByRole("button", { name: "Show reviews" }).click();
  await expect(page).toHaveURL("/reviews?sort=critic");
  await expect(titles(page)).toHaveText([
    /The Lacemaker of Aldenhythe/,
    /Pipwick and the Cloud Foundry/,
    /Glasswater Meridian/,
    /The Long Thirst at Corvina Flats/,
    /The Hollow at Vennick Mill/,
    // The reviews without a critic's score come last (the pages keeping the sort: archive-pages).
    /The Harrowmere Eight/,
    /Mission: Impossible/,
  ]);
  await expect(filters(page).getByLabel("Sort by")).toHaveValue("critic");
});

test("a bad filter in the address is explained, not a server error", async ({ page }) => {
  const response = await page.goto(
    "/reviews?year=abc&sort=sideways&composer=nobody-at-all&min=eleven",
  );
  expect(response!.status()).toBeLessThan(500);
  const notes = page.getByRole("status").filter({ hasText: "couldn’t be used" });
  await expect(notes).toContainText("“abc” isn’t a film year from 1880 to 2200");
  await expect(notes).toContainText("“sideways” isn’t a way to sort the archive");
  await expect(notes).toContainText("No composer called “nobody-at-all” is in the archive");
  await expect(notes).toContainText("“eleven” isn’t a critic’s score from 0 to 10");
  await expect(titles(page)).toHaveCount(7);

  const empty = await page.goto("/reviews?year=1901");
  expect(empty!.status()).toBe(200);
  await expect(page.getByText("No reviews match these filters")).toBeVisible();
  expect((await page.goto("/reviews?sort=critic&page=40"))!.status()).toBe(404);
});

test("the composer index leads to a composer's soundtracks with scores and runtimes", async ({
  page,
}) => {
  await page.goto("/composers");
  await expect(page.getByRole("heading", { level: 1, name: "Composers" })).toBeVisible();
  const letters = page.getByRole("navigation", { name: "Jump to a letter" });
  await letters.getByRole("link", { name: "M", exact: true }).click();
  await expect(page).toHaveURL(/#letter-M$/);
  const groupM = page.getByRole("region", { name: "M", exact: true });
  await expect(groupM.getByText("2 soundtracks")).toBeVisible();
  await expect(page.getByRole("region", { name: "B", exact: true })).toContainText("Lorne Balfe");
  await groupM.getByRole("link", { name: "Ondine Marrowfield" }).click();

  await expect(page).toHaveURL("/composers/ondine-marrowfield");
  await expect(page.getByText(/^2 soundtracks reviewed in the series, with/)).toBeVisible();
  const soundtracks = page.getByRole("list", { name: "Soundtracks" }).getByRole("listitem");
  await expect(soundtracks).toHaveCount(2);
  const glasswater = soundtracks.filter({ hasText: "Glasswater Meridian" });
  await expect(glasswater.getByRole("definition").first()).toHaveText("8.6 / 10");
  await expect(
    glasswater.getByText(/^(No scores yet|\d+\.\d \/ 10 from \d+ scores?)$/),
  ).toBeVisible();
  await expect(glasswater.getByRole("definition").last()).toContainText(/^\d+:\d\d/);
  await glasswater.getByRole("link", { name: /Glasswater Meridian/ }).click();
  await expect(page).toHaveURL("/reviews/glasswater-meridian");

  expect((await page.goto("/composers/nobody-at-all"))!.status()).toBe(404);
});

test("a review links to the previous and the next week's", async ({ page }) => {
  await page.goto("/reviews/glasswater-meridian");
  const weeks = page.getByRole("navigation", { name: "More weeks" });
  await expect(weeks.getByRole("link", { name: /Previous week/ })).toContainText(
    "The Lacemaker of Aldenhythe",
  );
  await weeks.getByRole("link", { name: /Next week/ }).click();
  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}`);
  await expect(
    page
      .getByRole("navigation", { name: "More weeks" })
      .getByRole("link", { name: /Previous week/ }),
  ).toContainText("Glasswater Meridian");

  // The first week of the series has nothing before it.
  await page.goto("/reviews/the-harrowmere-eight");
  const first = page.getByRole("navigation", { name: "More weeks" });
  await expect(first.getByRole("link", { name: /Next week/ })).toContainText(
    "The Hollow at Vennick Mill",
  );
  await expect(first.getByRole("link", { name: /Previous week/ })).toHaveCount(0);
});

test("top rated ranks by the critic, and by readers from the stated minimum", async ({
  page,
  request,
}) => {
  const slug = "the-long-thirst-at-corvina-flats";
  const film = "The Long Thirst at Corvina Flats";
  await page.goto("/top-rated");
  await expect(page.getByRole("heading", { level: 1, name: "Top rated" })).toBeVisible();
  const critic = page.getByRole("region", { name: "By the critic" });
  await expect(critic.getByRole("listitem").first()).toContainText("The Lacemaker of Aldenhythe");
  await expect(critic.getByRole("listitem").first()).toContainText("9.1");
  await expect(critic).not.toContainText(FEATURED.film);
  const readers = page.getByRole("region", { name: "By readers" });
  await expect(readers).toContainText("at least 3 readers’ scores");
  await expect(readers).not.toContainText(film);

  const [review] = await e2eDb().select().from(reviews).where(eq(reviews.slug, slug));
  const saveScore = actionId("app/reviews/[slug]/score-actions.ts", "saveScore");
  const score = async (userId: string, value: string) => {
    const { state } = await callAction(request, {
      url: `/reviews/${slug}`,
      actionId: saveScore,
      fields: { slug, soundtrackId: String(review!.soundtrackId), score: value },
      cookie: await sessionCookie(userId),
    });
    expect(state?.status).toBe("ok");
  };
  const [first, second, third] = await createReaders(3, "ranker");
  await score(first!.id, "10");
  await score(second!.id, "9");
  await page.goto("/top-rated");
  await expect(page.getByRole("region", { name: "By readers" })).not.toContainText(film);

  await score(third!.id, "9.5");
  await expect(async () => {
    await page.goto("/top-rated");
    const row = page
      .getByRole("region", { name: "By readers" })
      .getByRole("listitem")
      .filter({ hasText: film });
    await expect(row).toContainText("9.5", { timeout: 1000 });
    await expect(row).toContainText("from 3 scores", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test("the about page explains the series, the scores, samples and the feed", async ({ page }) => {
  await page.goto("/about");
  await expect(
    page.getByRole("heading", { level: 1, name: "About Exploring Soundtracks" }),
  ).toBeVisible();
  for (const heading of [
    "Who writes it",
    "How scores work",
    "What “Sample” means",
    "The weekly schedule",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/0 to 10 in tenths of a point/)).toBeVisible();
  await expect(page.getByText(/0 to 10 in half points/)).toBeVisible();
  await expect(page.getByText(/every week, on \w+day at \d\d:\d\d/)).toBeVisible();
  const feed = page.getByRole("link", { name: "RSS feed" });
  await expect(feed).toHaveAttribute("href", "/feed.xml");
  const response = await page.request.get("/feed.xml");
  expect(response.status()).toBe(200);
});

for (const path of [
  "/composers",
  "/top-rated",
  "/about",
  "/reviews?year=2025&min=7.0&sort=critic",
]) {
  test(`${path} has no accessibility violations`, async ({ page, axe }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { violations } = await axe().analyze();
    expect(violations).toEqual([]);
  });
}

test("the browsing pages fit a 360-pixel screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    "/composers",
    "/composers/ondine-marrowfield",
    "/top-rated",
    "/about",
    "/reviews?year=2025&sort=readers",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

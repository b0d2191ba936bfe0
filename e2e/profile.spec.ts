import type { Page } from "@playwright/test";
import { expect, FEATURED, test } from "./fixtures";
import { saveScore } from "./helpers";

async function scoreReview(page: Page, slug: string, value: string) {
  await page.goto(`/reviews/${slug}`);
  await saveScore(page, value);
}

test("a reader's profile lists their scores and how close they run to the critic", async ({
  readerPage: page,
  reader,
}) => {
  await scoreReview(page, "the-lacemaker-of-aldenhythe", "7"); // critic 9.1: 2.1 below
  await scoreReview(page, "the-hollow-at-vennick-mill", "8"); // critic 7.8: 0.2 above
  await scoreReview(page, "glasswater-meridian", "8.5"); // critic 8.6: 0.1 below
  await scoreReview(page, FEATURED.slug, "9"); // no critic score: not compared

  await page.goto(`/u/${reader.handle}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(reader.name);
  await expect(page.getByText(`@${reader.handle}`)).toBeVisible();

  const table = page.getByRole("table", { name: /scores/ });
  await expect(table.locator("tbody tr")).toHaveCount(4);
  const lacemaker = table.getByRole("row", { name: /The Lacemaker of Aldenhythe/ });
  await expect(lacemaker.getByRole("cell")).toHaveText(["7.0", "9.1", "2.1 below"]);
  await expect(table.getByRole("row", { name: /Vennick Mill/ }).getByRole("cell")).toHaveText([
    "8.0",
    "7.8",
    "0.2 above",
  ]);
  await expect(table.getByRole("row", { name: /Mission: Impossible/ })).toContainText(
    "No critic score",
  );

  const closeness = page.getByRole("region", { name: "How close to the critic" });
  await expect(closeness.getByRole("definition")).toHaveText([
    "3",
    "0.8 points",
    "0.7 below the critic",
  ]);
  const disagreements = closeness.getByRole("listitem");
  await expect(disagreements).toHaveCount(3);
  await expect(disagreements.nth(0)).toContainText("The Lacemaker of Aldenhythe");
  await expect(disagreements.nth(0)).toContainText("2.1 below");
  await expect(disagreements.nth(1)).toContainText("The Hollow at Vennick Mill");
  await expect(disagreements.nth(2)).toContainText("Glasswater Meridian");

  const comments = page.getByRole("region", { name: "Recent comments" });
  await expect(comments.getByText(/hasn’t commented yet/)).toBeVisible();

  await table.getByRole("link", { name: "Glasswater Meridian" }).click();
  await expect(page).toHaveURL("/reviews/glasswater-meridian");
});

test("a new reader's profile has an empty state for each part", async ({ page, secondReader }) => {
  const response = await page.goto(`/u/${secondReader.handle}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(secondReader.name);
  await expect(
    page.getByRole("region", { name: "Scores" }).getByText(/hasn’t scored any soundtracks yet/),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "How close to the critic" }).getByText(/Nothing to compare/),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Recent comments" }).getByText(/hasn’t commented yet/),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Favourite tracks" }).getByText(/hasn’t picked any/),
  ).toBeVisible();
});

test("a reader's favourite tracks show on their profile, by soundtrack, with links", async ({
  readerPage: page,
  reader,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  for (const anchor of ["track-1-3", "track-1-1"]) {
    await page.locator(`#${anchor}`).getByRole("checkbox").check();
  }
  await page.getByRole("button", { name: "Save favourites" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Favourites saved." })).toBeVisible();
  const titles = await Promise.all(
    ["track-1-1", "track-1-3"].map(async (anchor) =>
      (await page.locator(`#${anchor}`).getByRole("checkbox").getAttribute("aria-label"))!.replace(
        /^Favourite: /,
        "",
      ),
    ),
  );

  await page.goto(`/u/${reader.handle}`);
  const favourites = page.getByRole("region", { name: "Favourite tracks" });
  await expect(favourites.getByRole("heading", { level: 3 })).toHaveText([FEATURED.film]);
  const list = favourites.getByRole("list", { name: `Favourite tracks of ${FEATURED.film}` });
  await expect(list.getByRole("link")).toHaveText(titles);
  await list.getByRole("link", { name: titles[1] }).click();
  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}#track-1-3`);
});

test("an unknown handle is a 404", async ({ page }) => {
  const response = await page.goto("/u/nobody_by_this_handle");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that reader");
});

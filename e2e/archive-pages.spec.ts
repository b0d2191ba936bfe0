import type { Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { tags } from "../cache/tags";
import { composerRow, newReviewInserts, type NewReview } from "../db/review-inserts";
import { cacheTags } from "../db/schema";
import { ARCHIVE_PAGE_SIZE } from "../lib/archive";
import { e2eDb, runWord } from "./database";
import { expect, test } from "./fixtures";

// This spec puts more than a page of reviews on the site, which the other specs do not expect:
// playwright.config.ts runs it after them, beside publishing.spec.ts.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const COUNT = ARCHIVE_PAGE_SIZE + 1;

/** COUNT live reviews of one composer of this run's own, a week apart, long before the seed's. */
async function fillTheArchive() {
  const run = runWord();
  const composer = composerRow(`Quillon Archivard ${run}`);
  const db = e2eDb();
  const entries = Array.from({ length: COUNT }, (_, i): NewReview => {
    const film = `Archive Week ${String(i + 1).padStart(2, "0")} ${run}`;
    return {
      slug: `archive-week-${i + 1}-${run}`,
      headline: `Exploring Soundtracks: ${film}`,
      filmTitle: film,
      filmYear: 2001,
      label: null,
      albumReleaseDate: null,
      coverImageUrl: null,
      coverAlt: null,
      soundtrackSlug: `archive-week-${i + 1}-${run}`,
      links: [],
      isSample: true,
      composers: [composer],
      tracks: [{ disc: 1, position: 1, title: "Main Title", durationSeconds: 120 + i }],
      summary: `Week ${i + 1} of a long archive.`,
      body: `Week ${i + 1} of a long archive.`,
      // 5.0 for the first week, up to 7.0 for the last: the critic's order is the weeks' order.
      criticScore: 50 + i,
      status: "published",
      publishedAt: new Date(Date.UTC(2001, 0, 1) + i * WEEK_MS),
      weekNumber: null,
    };
  });
  // As a publish does, in the same batch: every cached list of reviews is out of date.
  const expired = db
    .insert(cacheTags)
    .values({ tag: tags.reviewList, expiredAt: Date.now() })
    .onConflictDoUpdate({ target: cacheTags.tag, set: { expiredAt: sql`excluded.expired_at` } });
  await db.batch([expired, ...entries.flatMap((entry) => newReviewInserts(db, entry))]);
  return { composer, films: entries.map((e) => e.filmTitle) };
}

const titles = (page: Page) =>
  page.getByRole("list", { name: "Reviews" }).getByRole("article").getByRole("heading");

test("the archive shows 20 reviews a page, and its pages keep the filters and the sort", async ({
  page,
}) => {
  const { composer, films } = await fillTheArchive();
  const newestFirst = [...films].reverse();

  // One composer's reviews: a full page of the newest, then the one left.
  await page.goto(`/reviews?composer=${composer.slug}`);
  await expect(page.getByText(`${COUNT} reviews match, newest week first.`)).toBeVisible();
  await expect(titles(page)).toHaveCount(20);
  await expect(titles(page)).toHaveText(newestFirst.slice(0, 20).map((f) => new RegExp(f)));
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("link", { name: /Older reviews/ }).click();
  await expect(page).toHaveURL(`/reviews?composer=${composer.slug}&page=2`);
  await expect(titles(page)).toHaveText([new RegExp(newestFirst[20]!)]);

  // Sorted by the critic, lowest last: page 2 keeps the sort and the composer.
  await page.goto(`/reviews?composer=${composer.slug}&sort=critic`);
  await expect(titles(page)).toHaveCount(20);
  await page.getByRole("link", { name: /Next page/ }).click();
  await expect(page).toHaveURL(`/reviews?composer=${composer.slug}&sort=critic&page=2`);
  await expect(titles(page)).toHaveText([new RegExp(films[0]!)]);
  await expect(
    page.getByRole("search", { name: "Filter the archive" }).getByLabel("Sort by"),
  ).toHaveValue("critic");

  // The whole archive: 20 a page, and its static second page goes on where the first stopped.
  // With the seed's 7 (and any publishing.spec.ts puts out meanwhile, all newer), this run's 8
  // oldest are past the first 20.
  const oldest = films.slice(0, 8);
  await page.goto("/reviews");
  await expect(titles(page)).toHaveCount(20);
  for (const title of await titles(page).allInnerTexts()) {
    expect(oldest.some((film) => title.includes(film))).toBe(false);
  }
  await expect(async () => {
    await page.goto("/reviews/page/2");
    await expect(titles(page).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  for (const film of oldest) await expect(titles(page).filter({ hasText: film })).toHaveCount(1);
});

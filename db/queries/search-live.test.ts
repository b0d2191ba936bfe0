import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { moveClockTo, setClockOffset } from "@/lib/testing/clock-file";
import { openTestDatabase } from "../testing";
import { reviews } from "../schema";
import type { ReviewFile } from "@/lib/review-file";
import { readFeaturedReview } from "../seed-data/featured";

// The site's clock (db/clock.mjs) reads this file, next to the test's own database, at every call:
// the test moves it as the browser tests move the site's. Set before any module reads the clock.
const clockFile = vi.hoisted(() => {
  const file = `${process.env.DATABASE_URL!.replace(/^file:/, "")}.clock.json`;
  process.env.APP_CLOCK_FILE = file;
  return file;
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const { db } = await openTestDatabase();
// Loaded before anything below is published, as a running server loads it for its first search.
const { getSearchCounts, getSearchHits } = await import("./search-results");
const { getSoundtrackSuggestions } = await import("./search");
const { importReview } = await import("./review-files");
const { setReviewTime } = await import("./review-schedule");
const { getWeeklySlot } = await import("./settings");
const { now } = await import("../clock.mjs");
const { viewerAccount } = await import("@/lib/testing/admin-actions");
const admin = await viewerAccount(db, "ada", { role: "admin" });

/** A review, a draft unless `placed`, whose film, composer and track no other review has. */
async function imported(word: string, placed: Partial<ReviewFile> = {}) {
  const review: ReviewFile = {
    ...readFeaturedReview(),
    slug: word,
    soundtrackSlug: word,
    headline: `Headline ${word}`,
    filmTitle: `Film ${word}`,
    composers: [`Composer ${word}`],
    tracks: [{ disc: 1, position: 1, title: `Track ${word}`, durationSeconds: 60 }],
    ...placed,
  };
  await importReview(review);
  const [row] = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.slug, word));
  return { id: row!.id, headline: review.headline };
}

/** What a search for the review's track, composer and film finds, as slugs and names. */
async function found(word: string) {
  const [tracks, composers, films] = await Promise.all([
    getSearchHits(`Track ${word}`, "track", { limit: 5 }),
    getSearchHits(`Composer ${word}`, "composer", { limit: 5 }),
    getSoundtrackSuggestions(`Film ${word}`),
  ]);
  const counts = (await getSearchCounts(word)).counts;
  return {
    track: tracks.map((t) => t.reviewSlug),
    composer: composers.map((c) => c.slug),
    film: films.map((f) => f.reviewSlug),
    counts,
  };
}

const foundAll = (word: string) => ({
  track: [word],
  composer: [`composer-${word}`],
  film: [word],
  counts: { review: 1, soundtrack: 1, composer: 1, track: 1 },
});
const foundNothing = {
  track: [],
  composer: [],
  film: [],
  counts: { review: 0, soundtrack: 0, composer: 0, track: 0 },
};

async function place(review: { id: number; headline: string }, at: Date) {
  return setReviewTime({
    reviewId: review.id,
    actorId: admin.id,
    headline: review.headline,
    at,
    now: now(),
    summary: "test",
    slot: await getWeeklySlot(),
  });
}

describe("search follows the site's clock, not the time it was loaded", () => {
  it("finds a review published while the site runs, by its track, composer and film", async () => {
    const review = await imported("quorrinvask");
    setClockOffset(clockFile, 3 * DAY);
    expect(await found("quorrinvask")).toEqual(foundNothing);
    expect(await place(review, now())).toBe("published");
    expect(await found("quorrinvask")).toEqual(foundAll("quorrinvask"));
  });

  it("finds a scheduled review once its slot has passed, with nothing written then", async () => {
    const review = await imported("xylotheque");
    // On the minute, as slots are; a minute before it leaves this test the time to run.
    const slot = new Date(Math.ceil((now().getTime() + 2 * DAY) / MINUTE) * MINUTE);
    expect(await place(review, slot)).toBe("scheduled");
    expect(await found("xylotheque")).toEqual(foundNothing);
    moveClockTo(clockFile, new Date(slot.getTime() - MINUTE));
    expect(await found("xylotheque")).toEqual(foundNothing);
    moveClockTo(clockFile, new Date(slot.getTime() + 1000));
    expect(await found("xylotheque")).toEqual(foundAll("xylotheque"));
  });

  it("finds a review scheduled into the past at once", async () => {
    setClockOffset(clockFile, 30 * DAY);
    const at = new Date(now().getTime() - 60_000);
    await imported("vibraphonic", { status: "scheduled", publishedAt: at, weekNumber: null });
    expect(await found("vibraphonic")).toEqual(foundAll("vibraphonic"));
  });
});

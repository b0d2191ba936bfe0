import { describe, expect, it } from "vitest";
import { weekStart } from "@/lib/series-weeks";
import { DEFAULT_SLOT } from "@/lib/weekly-slot";
import { openTestDatabase } from "../testing";
import { reviews, soundtracks } from "../schema";

// A series with a second review in week 2, nothing in weeks 3 and 4, a draft and a review
// scheduled far ahead; the slot is Tuesday 09:00 Europe/London (GMT in these weeks).
const { db } = await openTestDatabase({ seed: false });
const { getPlaceInWeek, getWeekNeighbours } = await import("./reviews");

async function addReview(
  slug: string,
  publishedAt: string | null,
  weekNumber: number | null,
  status: "published" | "scheduled" | "draft" = "published",
) {
  const [soundtrack] = await db
    .insert(soundtracks)
    .values({ slug, filmTitle: `Film ${slug}` })
    .returning({ id: soundtracks.id });
  const [review] = await db
    .insert(reviews)
    .values({
      soundtrackId: soundtrack!.id,
      slug,
      headline: slug,
      summary: slug,
      body: slug,
      status,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
      weekNumber,
    })
    .returning({ id: reviews.id, publishedAt: reviews.publishedAt });
  return review!;
}

// Inserted out of order: the order they went live is what counts, not the ids.
const weekFive = await addReview("week-5", "2025-02-04T09:00:00Z", 5);
const weekTwoSecond = await addReview("week-2-friday", "2025-01-17T18:00:00Z", 2);
const weekOne = await addReview("week-1", "2025-01-07T09:00:00Z", 1);
const weekTwo = await addReview("week-2", "2025-01-14T09:00:00Z", 2);
await addReview("a-draft", null, null, "draft");
await addReview("far-ahead", "2099-01-06T09:00:00Z", null, "scheduled");

const slugsBeside = async (review: { id: number; publishedAt: Date | null }) => {
  const { previous, next } = await getWeekNeighbours(review);
  return [previous?.slug, next?.slug];
};

describe("neighbours", () => {
  it("steps through the reviews in the order they went live, a second in one week and a gap included", async () => {
    expect(await slugsBeside(weekOne)).toEqual([undefined, "week-2"]);
    expect(await slugsBeside(weekTwo)).toEqual(["week-1", "week-2-friday"]);
    expect(await slugsBeside(weekTwoSecond)).toEqual(["week-2", "week-5"]);
    // After the gap, back to the week before it; never past a draft or a review not yet live.
    expect(await slugsBeside(weekFive)).toEqual(["week-2-friday", undefined]);
  });

  it("orders two reviews at the same moment by id, each the other's neighbour", async () => {
    const first = await addReview("same-moment-a", "2025-03-04T09:00:00Z", 9);
    const second = await addReview("same-moment-b", "2025-03-04T09:00:00Z", 9);
    expect(await slugsBeside(first)).toEqual(["week-5", "same-moment-b"]);
    expect(await slugsBeside(second)).toEqual(["same-moment-a", undefined]);
    const start = weekStart(DEFAULT_SLOT, first.publishedAt!);
    expect([await getPlaceInWeek(first, start), await getPlaceInWeek(second, start)]).toEqual([
      1, 2,
    ]);
  });
});

describe("a review's place in its week", () => {
  const placeOf = (review: { id: number; publishedAt: Date | null }) =>
    getPlaceInWeek(review, weekStart(DEFAULT_SLOT, review.publishedAt!));

  it("is 1 for the week's first review and 2 for the second that went live that week", async () => {
    expect(await placeOf(weekOne)).toBe(1);
    expect(await placeOf(weekTwo)).toBe(1);
    expect(await placeOf(weekTwoSecond)).toBe(2);
    expect(await placeOf(weekFive)).toBe(1);
  });
});

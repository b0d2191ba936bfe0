import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, ne } from "drizzle-orm";
import { type NumberedReview, weekNumberAt } from "@/lib/series-weeks";
import { writes } from "@/cache/tags";
import { comingSlots, formatSlot, nextFreeSlot, type WeeklySlot } from "@/lib/weekly-slot";
import { getDb } from "..";
import { reviews, soundtracks } from "../schema";
import { auditEntry } from "./audit";
import { publishWrite } from "./publishing";
import { getWeeklySlot } from "./settings";

const scheduledOrLive = inArray(reviews.status, ["published", "scheduled"]);

const calendarColumns = {
  id: reviews.id,
  slug: reviews.slug,
  headline: reviews.headline,
  status: reviews.status,
  publishedAt: reviews.publishedAt,
  weekNumber: reviews.weekNumber,
  updatedAt: reviews.updatedAt,
  filmTitle: soundtracks.filmTitle,
};

/** Reviews with their film, as the dashboard lists them. */
const calendarReviews = () =>
  getDb()
    .select(calendarColumns)
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId));

export type CalendarReview = Awaited<ReturnType<typeof calendarReviews>>[number];

/** Published and scheduled reviews whose time falls in [from, to), in order. */
export async function getReviewsBetween(from: Date, to: Date): Promise<CalendarReview[]> {
  return calendarReviews()
    .where(and(scheduledOrLive, gte(reviews.publishedAt, from), lt(reviews.publishedAt, to)))
    .orderBy(asc(reviews.publishedAt));
}

const DRAFTS_SHOWN = 50;

/** The latest drafts, most recently edited first. */
export async function getDrafts(): Promise<CalendarReview[]> {
  return calendarReviews()
    .where(eq(reviews.status, "draft"))
    .orderBy(desc(reviews.updatedAt))
    .limit(DRAFTS_SHOWN);
}

/** What an action on a review names it by and logs, whether it is live, and its soundtrack. */
export async function getReviewForScheduling(reviewId: number) {
  const [row] = await getDb()
    .select({
      headline: reviews.headline,
      status: reviews.status,
      publishedAt: reviews.publishedAt,
      soundtrackId: reviews.soundtrackId,
    })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  return row;
}

/** The times of every scheduled or published review from `from` on, but `exceptId`'s. */
export async function getTakenTimes(from: Date, exceptId?: number): Promise<Date[]> {
  const rows = await getDb()
    .select({ at: reviews.publishedAt })
    .from(reviews)
    .where(and(scheduledOrLive, gte(reviews.publishedAt, from), notReview(exceptId)));
  return rows.flatMap((r) => (r.at ? [r.at] : []));
}

/**
 * The next free slot from `now`: the first in a week no review but `reviewId` holds. What the
 * dashboard's "next free slot", the editor's offer and `reviews:import --publish` all use.
 */
export async function getNextFreeSlot(now: Date, reviewId?: number) {
  const [slot, taken] = await Promise.all([getWeeklySlot(), getTakenTimes(now, reviewId)]);
  return { slot, at: nextFreeSlot(slot, now, taken) };
}

/**
 * What the editor offers to schedule a review into: the coming slots, the next free one as
 * publishing will find it (a week no other review holds), and the zone they are given in.
 */
export async function getSchedulingChoices(now: Date, reviewId?: number) {
  const { slot, at } = await getNextFreeSlot(now, reviewId);
  return {
    slots: comingSlots(slot, now),
    nextFree: formatSlot(at, slot.timeZone),
    timeZone: slot.timeZone,
  };
}

const notReview = (reviewId: number | undefined) =>
  reviewId === undefined ? undefined : ne(reviews.id, reviewId);

/**
 * The numbered review the count goes on from for a review at `at` (lib/series-weeks.ts): the
 * latest one at or before it, else the earliest after it; never the review itself.
 */
async function getNumberedReviewNear(
  at: Date,
  reviewId?: number,
): Promise<NumberedReview | undefined> {
  const nearest = (before: boolean) =>
    getDb()
      .select({ publishedAt: reviews.publishedAt, weekNumber: reviews.weekNumber })
      .from(reviews)
      .where(
        and(
          scheduledOrLive,
          isNotNull(reviews.weekNumber),
          before ? lte(reviews.publishedAt, at) : gt(reviews.publishedAt, at),
          notReview(reviewId),
        ),
      )
      .orderBy(before ? desc(reviews.publishedAt) : asc(reviews.publishedAt))
      .limit(1);
  const [[before], [after]] = await Promise.all([nearest(true), nearest(false)]);
  const found = before ?? after;
  if (!found?.publishedAt || found.weekNumber === null) return undefined;
  return { publishedAt: found.publishedAt, weekNumber: found.weekNumber };
}

/** The series' week number of a review going live at `at`: every review of a week shares it. */
export async function getWeekNumber(
  slot: WeeklySlot,
  at: Date,
  reviewId?: number,
): Promise<number | null> {
  return weekNumberAt(slot, await getNumberedReviewNear(at, reviewId), at);
}

type Change = { reviewId: number; actorId: string; headline: string };

/**
 * Puts a review on the calendar at `at`: "published" when `at` is not in the future, otherwise
 * "scheduled", which goes live by itself at that time. It takes the series' number of that week,
 * shared with any other review of the same week.
 */
export async function setReviewTime(
  change: Change & { at: Date; now: Date; summary: string; slot: WeeklySlot },
) {
  const weekNumber = await getWeekNumber(change.slot, change.at, change.reviewId);
  const status = change.at <= change.now ? "published" : "scheduled";
  const db = getDb();
  await publishWrite(
    [
      db
        .update(reviews)
        .set({ status, publishedAt: change.at, weekNumber, updatedAt: change.now })
        .where(eq(reviews.id, change.reviewId)),
      auditEntry(db, {
        actorId: change.actorId,
        action: status === "published" ? "review.published" : "review.scheduled",
        targetType: "review",
        targetId: change.reviewId,
        summary: `${change.headline}: ${change.summary}`,
        at: change.now,
      }),
    ],
    writes.reviewPublished(change),
  );
  return status;
}

/** Back to a draft: off the site, out of its week. */
export async function unpublishReview(change: Change & { now: Date }) {
  const db = getDb();
  await publishWrite(
    [
      db
        .update(reviews)
        .set({ status: "draft", publishedAt: null, weekNumber: null, updatedAt: change.now })
        .where(eq(reviews.id, change.reviewId)),
      auditEntry(db, {
        actorId: change.actorId,
        action: "review.unpublished",
        targetType: "review",
        targetId: change.reviewId,
        summary: change.headline,
        at: change.now,
      }),
    ],
    writes.reviewPublished(change),
  );
}

/** Deletes the review with its soundtrack, tracks, comments, scores and favourites. */
export async function deleteReview(change: Change & { soundtrackId: number }) {
  const db = getDb();
  await publishWrite(
    [
      auditEntry(db, {
        actorId: change.actorId,
        action: "review.deleted",
        targetType: "review",
        targetId: change.reviewId,
        summary: change.headline,
      }),
      db.delete(soundtracks).where(eq(soundtracks.id, change.soundtrackId)),
    ],
    writes.reviewPublished(change),
  );
}

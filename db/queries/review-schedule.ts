import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { seriesWeekNumber } from "@/lib/weekly-slot";
import { getDb } from "..";
import { reviews, soundtracks } from "../schema";
import { auditEntry } from "./audit";

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

const notReview = (reviewId: number | undefined) =>
  reviewId === undefined ? undefined : ne(reviews.id, reviewId);

/**
 * The series' week number of a review at `at`; null before the series has a week one, or when
 * a review other than `reviewId` already holds that number (a week shared on purpose).
 */
export async function getFreeWeekNumber(at: Date, reviewId?: number): Promise<number | null> {
  const db = getDb();
  const [weekOne] = await db
    .select({ at: reviews.publishedAt })
    .from(reviews)
    .where(eq(reviews.weekNumber, 1));
  const week = weekOne?.at ? seriesWeekNumber(weekOne.at, at) : null;
  if (week === null) return null;
  const [holder] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.weekNumber, week), notReview(reviewId)));
  return holder ? null : week;
}

type Change = { reviewId: number; actorId: string; headline: string };

/**
 * Puts a review on the calendar at `at`: "published" when `at` is not in the future, otherwise
 * "scheduled", which goes live by itself at that time. It takes the series' week number of that
 * week, unless another review already holds it (a week shared on purpose).
 */
export async function setReviewTime(change: Change & { at: Date; now: Date; summary: string }) {
  const weekNumber = await getFreeWeekNumber(change.at, change.reviewId);
  const status = change.at <= change.now ? "published" : "scheduled";
  const db = getDb();
  await db.batch([
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
    }),
  ]);
  return status;
}

/** Back to a draft: off the site, out of its week. */
export async function unpublishReview(change: Change & { now: Date }) {
  const db = getDb();
  await db.batch([
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
    }),
  ]);
}

/** Deletes the review with its soundtrack, tracks, comments, scores and favourites. */
export async function deleteReview(change: Change & { soundtrackId: number }) {
  const db = getDb();
  await db.batch([
    auditEntry(db, {
      actorId: change.actorId,
      action: "review.deleted",
      targetType: "review",
      targetId: change.reviewId,
      summary: change.headline,
    }),
    db.delete(soundtracks).where(eq(soundtracks.id, change.soundtrackId)),
  ]);
}

import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne } from "drizzle-orm";
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

export type CalendarReview = {
  id: number;
  slug: string;
  headline: string;
  status: "draft" | "scheduled" | "published";
  publishedAt: Date | null;
  weekNumber: number | null;
  updatedAt: Date;
  filmTitle: string;
};

/** Published and scheduled reviews whose time falls in [from, to), in order. */
export async function getReviewsBetween(from: Date, to: Date): Promise<CalendarReview[]> {
  return getDb()
    .select(calendarColumns)
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(and(scheduledOrLive, gte(reviews.publishedAt, from), lt(reviews.publishedAt, to)))
    .orderBy(asc(reviews.publishedAt));
}

export const DRAFTS_SHOWN = 50;

/** The latest drafts, most recently edited first. */
export async function getDrafts(): Promise<CalendarReview[]> {
  return getDb()
    .select(calendarColumns)
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(eq(reviews.status, "draft"))
    .orderBy(desc(reviews.updatedAt))
    .limit(DRAFTS_SHOWN);
}

export async function getReviewForScheduling(reviewId: number) {
  const [row] = await getDb()
    .select({ ...calendarColumns, soundtrackId: reviews.soundtrackId })
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(eq(reviews.id, reviewId));
  return row;
}

/** The times of every scheduled or published review from `from` on, but `exceptId`'s. */
export async function getTakenTimes(from: Date, exceptId: number): Promise<Date[]> {
  const rows = await getDb()
    .select({ at: reviews.publishedAt })
    .from(reviews)
    .where(
      and(
        scheduledOrLive,
        isNotNull(reviews.publishedAt),
        gte(reviews.publishedAt, from),
        ne(reviews.id, exceptId),
      ),
    );
  return rows.flatMap((r) => (r.at ? [r.at] : []));
}

async function weekOneAt(): Promise<Date | null> {
  const [row] = await getDb()
    .select({ at: reviews.publishedAt })
    .from(reviews)
    .where(eq(reviews.weekNumber, 1));
  return row?.at ?? null;
}

async function isWeekNumberFree(week: number, reviewId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.weekNumber, week), ne(reviews.id, reviewId)));
  return !row;
}

type Change = { reviewId: number; actorId: string; headline: string };

/**
 * Puts a review on the calendar at `at`: "published" when `at` is not in the future, otherwise
 * "scheduled", which goes live by itself at that time. It takes the series' week number of that
 * week, unless another review already holds it (a week shared on purpose).
 */
export async function setReviewTime(change: Change & { at: Date; now: Date; summary: string }) {
  const first = await weekOneAt();
  const week = first ? seriesWeekNumber(first, change.at) : null;
  const weekNumber = week && (await isWeekNumberFree(week, change.reviewId)) ? week : null;
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

import "server-only";
import { cache } from "react";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import {
  averageTenths,
  isHalfStepTenths,
  MAX_FAVOURITES,
  normaliseHistogram,
  SCORE_STEP,
  SCORE_STEPS,
} from "@/lib/scores";
import { getDb } from "..";
import type { Database } from "../client";
import { now, nowSeconds } from "../clock.mjs";
import {
  favouriteTracks,
  readerScores,
  reviews,
  type ScoreStats as ScoreStatsRow,
  scoreStats,
  tracks,
  users,
} from "../schema";
import { isLive } from "./live";

export type ScoreSummary = {
  count: number;
  sum: number;
  /** The readers' average in whole tenths; null when nobody has scored. */
  average: number | null;
  /** 21 counts, one per half step from 0.0 to 10.0. */
  histogram: number[];
};

/** The JSON path of a score's bucket in score_stats.histogram (0.0, 0.5 … 10.0). */
const bucket = (score: SQL | number) =>
  typeof score === "number"
    ? sql`${`$[${score / SCORE_STEP}]`}`
    : sql`'$[' || (${score} / ${sql.raw(String(SCORE_STEP))}) || ']'`;

/**
 * Takes the reader's current score, if any, out of the soundtrack's score_stats: the first
 * statement of the batch that changes it, so the aggregates move with the rows and never need a
 * recount of the soundtrack's (possibly many thousand) scores.
 */
function withdrawFromStats(db: Database, userId: string, soundtrackId: number) {
  return db.run(sql`
    UPDATE score_stats SET
      score_count = score_count - 1,
      score_sum = score_sum - old.score,
      histogram = json_replace(histogram, ${bucket(sql`old.score`)},
        json_extract(histogram, ${bucket(sql`old.score`)}) - 1)
    FROM (SELECT score FROM reader_scores
          WHERE soundtrack_id = ${soundtrackId} AND user_id = ${userId}) AS old
    WHERE score_stats.soundtrack_id = ${soundtrackId}`);
}

/** Adds a new score to the soundtrack's score_stats, creating the row for its first score. */
function addToStats(db: Database, soundtrackId: number, score: number) {
  const first = SCORE_STEPS.map((step) => (step === score ? 1 : 0));
  return db.run(sql`
    INSERT INTO score_stats (soundtrack_id, score_count, score_sum, histogram)
    VALUES (${soundtrackId}, 1, ${score}, ${JSON.stringify(first)})
    ON CONFLICT (soundtrack_id) DO UPDATE SET
      score_count = score_count + 1,
      score_sum = score_sum + ${score},
      histogram = json_replace(histogram, ${bucket(score)},
        json_extract(histogram, ${bucket(score)}) + 1)`);
}

/**
 * Sets (score in tenths, half steps) or removes (null) a reader's score, and moves the
 * aggregates with it, in one batch: one transaction, so concurrent scores never drift.
 */
export async function setReaderScore(userId: string, soundtrackId: number, score: number | null) {
  if (score !== null && !isHalfStepTenths(score)) {
    throw new RangeError(`A score must be 0–100 tenths in steps of 5, not ${score}`);
  }
  const db = getDb();
  const at = now();
  const withdraw = withdrawFromStats(db, userId, soundtrackId);
  const mine = and(eq(readerScores.soundtrackId, soundtrackId), eq(readerScores.userId, userId));
  if (score === null) {
    await db.batch([withdraw, db.delete(readerScores).where(mine)]);
    return;
  }
  await db.batch([
    withdraw,
    db
      .insert(readerScores)
      .values({ soundtrackId, userId, score, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: [readerScores.soundtrackId, readerScores.userId],
        set: { score, updatedAt: at },
      }),
    addToStats(db, soundtrackId, score),
  ]);
}

/** Cached per request: the review page's structured data and its score panel share one query. */
export const getScoreStats = cache(async (soundtrackId: number): Promise<ScoreSummary> => {
  const [row] = await getDb()
    .select()
    .from(scoreStats)
    .where(eq(scoreStats.soundtrackId, soundtrackId));
  return scoreSummaryOf(row);
});

/** The readers' summary from a soundtrack's score_stats row; no row is no scores. */
export function scoreSummaryOf(row: ScoreStatsRow | undefined): ScoreSummary {
  const count = row?.scoreCount ?? 0;
  const sum = row?.scoreSum ?? 0;
  return {
    count,
    sum,
    average: averageTenths(count, sum),
    histogram: normaliseHistogram(row?.histogram),
  };
}

export async function setHideCrowdUntilScored(userId: string, hide: boolean) {
  await getDb().update(users).set({ hideCrowdUntilScored: hide }).where(eq(users.id, userId));
}

/** True when a live review with this slug is the review of this soundtrack. */
export async function isLiveReviewOf(slug: string, soundtrackId: number): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.slug, slug), eq(reviews.soundtrackId, soundtrackId), isLive()));
  return Boolean(row);
}

// ---- Favourite tracks -------------------------------------------------------------------------

/** The ids among `trackIds` that are not tracks of this soundtrack. */
export async function findForeignTrackIds(
  soundtrackId: number,
  trackIds: readonly number[],
): Promise<number[]> {
  if (trackIds.length === 0) return [];
  const rows = await getDb()
    .select({ id: tracks.id })
    .from(tracks)
    .where(and(eq(tracks.soundtrackId, soundtrackId), inArray(tracks.id, [...trackIds])));
  const own = new Set(rows.map((r) => r.id));
  return trackIds.filter((id) => !own.has(id));
}

/**
 * Replaces the reader's picks for the soundtrack and recounts its tracks' favourite_count, in one
 * batch. Only tracks of that soundtrack are inserted, whatever ids arrive.
 */
export async function setFavouriteTracks(
  userId: string,
  soundtrackId: number,
  trackIds: readonly number[],
) {
  const ids = [...new Set(trackIds)];
  if (ids.length > MAX_FAVOURITES) {
    throw new RangeError(`At most ${MAX_FAVOURITES} favourite tracks, not ${ids.length}`);
  }
  if (!ids.every((id) => Number.isInteger(id))) throw new TypeError("Track ids must be integers");
  const db = getDb();
  const clear = db
    .delete(favouriteTracks)
    .where(and(eq(favouriteTracks.userId, userId), eq(favouriteTracks.soundtrackId, soundtrackId)));
  const insert =
    ids.length > 0 &&
    db.run(sql`
      INSERT INTO favourite_tracks (user_id, track_id, soundtrack_id, created_at)
      SELECT ${userId}, id, soundtrack_id, ${nowSeconds()} FROM tracks
      WHERE soundtrack_id = ${soundtrackId} AND id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`);
  const recount = db.run(sql`
    UPDATE tracks SET favourite_count =
      (SELECT count(*) FROM favourite_tracks f WHERE f.track_id = tracks.id)
    WHERE soundtrack_id = ${soundtrackId}`);
  await (insert ? db.batch([clear, insert, recount]) : db.batch([clear, recount]));
}

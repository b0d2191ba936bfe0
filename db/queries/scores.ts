import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  averageTenths,
  isHalfStepTenths,
  MAX_FAVOURITES,
  normaliseHistogram,
  SCORE_STEPS,
} from "@/lib/scores";
import { getDb } from "..";
import type { Database } from "../client";
import { favouriteTracks, readerScores, reviews, scoreStats, tracks, users } from "../schema";
import { isLive } from "./live";

export type ScoreSummary = {
  count: number;
  sum: number;
  /** The readers' average in whole tenths; null when nobody has scored. */
  average: number | null;
  /** 21 counts, one per half step from 0.0 to 10.0. */
  histogram: number[];
};

/**
 * One statement that rebuilds a soundtrack's score_stats row from its reader_scores rows, so it
 * runs in the same batch as the write it follows and can never drift from them.
 */
function recomputeStats(db: Database, soundtrackId: number) {
  const buckets = sql.join(
    SCORE_STEPS.map((step) => sql`count(*) FILTER (WHERE score = ${sql.raw(String(step))})`),
    sql`, `,
  );
  return db.run(sql`
    INSERT INTO score_stats (soundtrack_id, score_count, score_sum, histogram)
    SELECT ${soundtrackId}, count(*), coalesce(sum(score), 0), json_array(${buckets})
    FROM reader_scores WHERE soundtrack_id = ${soundtrackId}
    ON CONFLICT (soundtrack_id) DO UPDATE SET
      score_count = excluded.score_count,
      score_sum = excluded.score_sum,
      histogram = excluded.histogram`);
}

/** Sets (score in tenths, half steps) or removes (null) a reader's score, with the aggregates, in one batch. */
export async function setReaderScore(userId: string, soundtrackId: number, score: number | null) {
  if (score !== null && !isHalfStepTenths(score)) {
    throw new RangeError(`A score must be 0–100 tenths in steps of 5, not ${score}`);
  }
  const db = getDb();
  const write =
    score === null
      ? db
          .delete(readerScores)
          .where(and(eq(readerScores.soundtrackId, soundtrackId), eq(readerScores.userId, userId)))
      : db
          .insert(readerScores)
          .values({ soundtrackId, userId, score })
          .onConflictDoUpdate({
            target: [readerScores.soundtrackId, readerScores.userId],
            set: { score, updatedAt: sql`(unixepoch())` },
          });
  await db.batch([write, recomputeStats(db, soundtrackId)]);
}

export async function getScoreStats(soundtrackId: number): Promise<ScoreSummary> {
  const [row] = await getDb()
    .select()
    .from(scoreStats)
    .where(eq(scoreStats.soundtrackId, soundtrackId));
  const count = row?.scoreCount ?? 0;
  const sum = row?.scoreSum ?? 0;
  return {
    count,
    sum,
    average: averageTenths(count, sum),
    histogram: normaliseHistogram(row?.histogram),
  };
}

export async function getReaderScore(userId: string, soundtrackId: number): Promise<number | null> {
  const [row] = await getDb()
    .select({ score: readerScores.score })
    .from(readerScores)
    .where(and(eq(readerScores.soundtrackId, soundtrackId), eq(readerScores.userId, userId)));
  return row?.score ?? null;
}

export type ViewerScoreState = { score: number | null; hideCrowdUntilScored: boolean };

/** The reader's own score for the soundtrack and their choice about the readers' average, in one query. */
export async function getViewerScoreState(
  userId: string,
  soundtrackId: number,
): Promise<ViewerScoreState> {
  const [row] = await getDb()
    .select({ score: readerScores.score, hide: users.hideCrowdUntilScored })
    .from(users)
    .leftJoin(
      readerScores,
      and(eq(readerScores.userId, users.id), eq(readerScores.soundtrackId, soundtrackId)),
    )
    .where(eq(users.id, userId));
  return { score: row?.score ?? null, hideCrowdUntilScored: row?.hide ?? false };
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

export async function getViewerFavouriteTrackIds(
  userId: string,
  soundtrackId: number,
): Promise<number[]> {
  const rows = await getDb()
    .select({ trackId: favouriteTracks.trackId })
    .from(favouriteTracks)
    .where(and(eq(favouriteTracks.userId, userId), eq(favouriteTracks.soundtrackId, soundtrackId)))
    .orderBy(asc(favouriteTracks.trackId));
  return rows.map((r) => r.trackId);
}

/** What TrackList's `favourites` prop needs: the viewer's picks, or null when signed out. */
export async function getTrackFavouriteState(
  soundtrackId: number,
  viewerId: string | null,
): Promise<{ viewerPicks: number[] | null }> {
  return {
    viewerPicks: viewerId ? await getViewerFavouriteTrackIds(viewerId, soundtrackId) : null,
  };
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
      INSERT INTO favourite_tracks (user_id, track_id, soundtrack_id)
      SELECT ${userId}, id, soundtrack_id FROM tracks
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

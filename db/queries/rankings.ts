import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { averageTenths } from "@/lib/scores";
import { getDb } from "..";
import { reviews, scoreStats, soundtracks } from "../schema";
import { readersAverage } from "./archive";
import { isLiveRow } from "./live";

/** A soundtrack enters the readers' ranking once this many readers have scored it. */
export const READER_RANKING_MINIMUM = 3;
/** How many soundtracks each ranking lists. */
export const RANKING_LENGTH = 20;

export type RankedSoundtrack = {
  reviewSlug: string;
  filmTitle: string;
  filmYear: number | null;
  isSample: boolean;
  /** Tenths: the critic's score, or the readers' average rounded to a tenth. */
  score: number;
  /** How many readers scored it (the readers' ranking only). */
  scoreCount?: number;
};

const soundtrackColumns = {
  reviewSlug: reviews.slug,
  filmTitle: soundtracks.filmTitle,
  filmYear: soundtracks.filmYear,
  isSample: soundtracks.isSample,
};

/** Live reviews by the critic's score, highest first, ties newest first: down the score index. */
export async function getCriticRanking(limit = RANKING_LENGTH): Promise<RankedSoundtrack[]> {
  const rows = await getDb()
    .select({ ...soundtrackColumns, score: reviews.criticScore })
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(and(isNotNull(reviews.criticScore), isLiveRow()))
    .orderBy(desc(reviews.criticScore), desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit);
  return rows.flatMap(({ score, ...row }) => (score === null ? [] : [{ ...row, score }]));
}

/**
 * Live soundtracks by the readers' average, highest first, ties by more scores: down the average
 * index, checking the minimum row by row (the unary plus keeps the walk on that index).
 */
export async function getReaderRanking(
  minimum = READER_RANKING_MINIMUM,
  limit = RANKING_LENGTH,
): Promise<RankedSoundtrack[]> {
  const rows = await getDb()
    .select({ ...soundtrackColumns, count: scoreStats.scoreCount, sum: scoreStats.scoreSum })
    .from(scoreStats)
    .innerJoin(reviews, eq(reviews.soundtrackId, scoreStats.soundtrackId))
    .innerJoin(soundtracks, eq(soundtracks.id, scoreStats.soundtrackId))
    .where(and(sql`+${scoreStats.scoreCount} >= ${Math.max(1, minimum)}`, isLiveRow()))
    .orderBy(desc(readersAverage), desc(scoreStats.scoreCount), desc(reviews.publishedAt))
    .limit(limit);
  return rows.map(({ count, sum, ...row }) => ({
    ...row,
    score: averageTenths(count, sum) ?? 0,
    scoreCount: count,
  }));
}

import "server-only";
import { asc, inArray, sql } from "drizzle-orm";
import { getDb } from "..";
import { now } from "../clock.mjs";
import { comparisonSoundtracks, comparisons, soundtracks } from "../schema";
import { isLiveRow } from "./live";

/** A comparison's key: its soundtracks' ids in ascending order, so the order picked is moot. */
export function comparisonKey(soundtrackIds: readonly number[]): string {
  return [...new Set(soundtrackIds)].sort((a, b) => a - b).join(",");
}

/**
 * Counts one more opening of the comparison of these (live, distinct) soundtracks: the count and
 * time in one upsert, its soundtracks added if new, in one batch.
 */
export async function recordComparisonOpened(soundtrackIds: readonly number[]) {
  const key = comparisonKey(soundtrackIds);
  const ids = key.split(",").map(Number);
  const db = getDb();
  const openedAt = now();
  await db.batch([
    db
      .insert(comparisons)
      .values({ key, openedCount: 1, lastOpenedAt: openedAt })
      .onConflictDoUpdate({
        target: comparisons.key,
        set: { openedCount: sql`${comparisons.openedCount} + 1`, lastOpenedAt: openedAt },
      }),
    db
      .insert(comparisonSoundtracks)
      .values(ids.map((soundtrackId) => ({ comparisonKey: key, soundtrackId })))
      .onConflictDoNothing(),
  ]);
}

export type RecentComparison = {
  key: string;
  openedCount: number;
  lastOpenedAt: Date;
  soundtracks: { slug: string; filmTitle: string; filmYear: number | null }[];
};

export const RECENT_COMPARISONS_SHOWN = 12;

/**
 * The comparisons opened most recently whose soundtracks are all there and live (a deleted one
 * leaves its comparison short of a soundtrack): the newest keys are read from
 * comparisons_last_opened_idx, each checked, then the films of those few are read.
 */
export async function getRecentComparisons(
  limit = RECENT_COMPARISONS_SHOWN,
): Promise<RecentComparison[]> {
  const db = getDb();
  const recent = await db.all<{ key: string; openedCount: number; lastOpenedAt: number }>(sql`
    SELECT c.key AS key, c.opened_count AS openedCount, c.last_opened_at AS lastOpenedAt
    FROM comparisons c
    WHERE (SELECT count(*) FROM comparison_soundtracks cs WHERE cs.comparison_key = c.key)
        = length(c.key) - length(replace(c.key, ',', '')) + 1
      AND NOT EXISTS (
      SELECT 1 FROM comparison_soundtracks cs
      WHERE cs.comparison_key = c.key AND NOT EXISTS (
        SELECT 1 FROM reviews WHERE reviews.soundtrack_id = cs.soundtrack_id AND ${isLiveRow()}))
    ORDER BY c.last_opened_at DESC
    LIMIT ${limit}`);
  if (recent.length === 0) return [];
  const films = await db
    .select({
      key: comparisonSoundtracks.comparisonKey,
      slug: soundtracks.slug,
      filmTitle: soundtracks.filmTitle,
      filmYear: soundtracks.filmYear,
    })
    .from(comparisonSoundtracks)
    .innerJoin(soundtracks, sql`${soundtracks.id} = ${comparisonSoundtracks.soundtrackId}`)
    .where(
      inArray(
        comparisonSoundtracks.comparisonKey,
        recent.map((r) => r.key),
      ),
    )
    .orderBy(asc(soundtracks.slug));
  return recent.map((r) => ({
    key: r.key,
    openedCount: Number(r.openedCount),
    lastOpenedAt: new Date(Number(r.lastOpenedAt) * 1000),
    soundtracks: films
      .filter((f) => f.key === r.key)
      .map(({ slug, filmTitle, filmYear }) => ({ slug, filmTitle, filmYear })),
  }));
}

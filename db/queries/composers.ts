import "server-only";
import { and, asc, count, desc, eq, exists, inArray, sql } from "drizzle-orm";
import { getDb } from "..";
import {
  composers,
  reviews,
  scoreStats,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";
import { isLive, isLiveRow } from "./live";

/**
 * A composer with at least one live review: one whose soundtracks are all drafts or still
 * scheduled is not public yet.
 */
export async function getLiveComposerBySlug(slug: string) {
  const db = getDb();
  const liveOne = db
    .select({ one: sql`1` })
    .from(soundtrackComposers)
    .innerJoin(reviews, eq(reviews.soundtrackId, soundtrackComposers.soundtrackId))
    .where(sql`${soundtrackComposers.composerId} = ${composers.id} AND ${isLiveRow()}`);
  const [composer] = await db
    .select({
      id: composers.id,
      slug: composers.slug,
      name: composers.name,
      isSample: composers.isSample,
    })
    .from(composers)
    .where(and(eq(composers.slug, slug), exists(liveOne)));
  return composer;
}

/**
 * Which of these composers have a page of their own (a live review): a preview links only to
 * those, since an unpublished composer's address is a 404 until their first review goes out.
 */
export async function getComposerSlugsWithPages(composerIds: readonly number[]) {
  if (composerIds.length === 0) return new Set<string>();
  const rows = await getDb()
    .selectDistinct({ slug: composers.slug })
    .from(soundtrackComposers)
    .innerJoin(composers, eq(composers.id, soundtrackComposers.composerId))
    .innerJoin(reviews, eq(reviews.soundtrackId, soundtrackComposers.soundtrackId))
    .where(and(inArray(soundtrackComposers.composerId, [...composerIds]), isLive()));
  return new Set(rows.map((row) => row.slug));
}

export type ComposerIndexEntry = {
  slug: string;
  name: string;
  sortName: string;
  isSample: boolean;
  soundtracks: number;
};

/** Every composer with at least one live review, by sort name, with how many they have. */
export function getComposerIndex(): Promise<ComposerIndexEntry[]> {
  return getDb()
    .select({
      slug: composers.slug,
      name: composers.name,
      sortName: composers.sortName,
      isSample: composers.isSample,
      soundtracks: count(),
    })
    .from(reviews)
    .innerJoin(soundtrackComposers, eq(soundtrackComposers.soundtrackId, reviews.soundtrackId))
    .innerJoin(composers, eq(composers.id, soundtrackComposers.composerId))
    .where(isLive())
    .groupBy(composers.id)
    .orderBy(asc(composers.sortName), asc(composers.id));
}

/**
 * A composer's live soundtracks, newest first, each with the critic's score, the readers' count
 * and sum, and its running time: one row each, from the composer's own rows of the join table.
 */
export function getComposerSoundtracks(composerId: number) {
  return getDb()
    .select({
      reviewSlug: reviews.slug,
      filmTitle: soundtracks.filmTitle,
      filmYear: soundtracks.filmYear,
      isSample: soundtracks.isSample,
      weekNumber: reviews.weekNumber,
      publishedAt: reviews.publishedAt,
      criticScore: reviews.criticScore,
      soundtrackId: soundtracks.id,
      scoreCount: sql<number>`coalesce(${scoreStats.scoreCount}, 0)`,
      scoreSum: sql<number>`coalesce(${scoreStats.scoreSum}, 0)`,
      runtimeSeconds: sql<number>`(select coalesce(sum(${tracks.durationSeconds}), 0) from ${tracks}
        where ${tracks.soundtrackId} = ${soundtracks.id})`,
    })
    .from(soundtrackComposers)
    .innerJoin(reviews, eq(reviews.soundtrackId, soundtrackComposers.soundtrackId))
    .innerJoin(soundtracks, eq(soundtracks.id, soundtrackComposers.soundtrackId))
    .leftJoin(scoreStats, eq(scoreStats.soundtrackId, soundtrackComposers.soundtrackId))
    .where(sql`${soundtrackComposers.composerId} = ${composerId} AND ${isLiveRow()}`)
    .orderBy(desc(reviews.publishedAt), desc(reviews.id));
}

export type ComposerSoundtrack = Awaited<ReturnType<typeof getComposerSoundtracks>>[number];

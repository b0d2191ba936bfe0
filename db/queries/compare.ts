import "server-only";
import { cache } from "react";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { comparePath, isSlug, parseComparePath, type PathProblem } from "@/lib/compare-path";
import { pairsOf } from "@/lib/compare-stats";
import { getDb } from "..";
import {
  composers,
  reviews,
  scoreStats,
  soundtrackComposers,
  soundtracks,
  tracks,
} from "../schema";
import { isLiveRow } from "./live";
import { getSoundtrackSuggestions, type SoundtrackSuggestion } from "./search";
import { scoreSummaryOf } from "./scores";

export type ComparedRef = {
  id: number;
  slug: string;
  filmTitle: string;
  reviewSlug: string;
  reviewId: number;
};

const refColumns = {
  id: soundtracks.id,
  slug: soundtracks.slug,
  filmTitle: soundtracks.filmTitle,
  reviewSlug: reviews.slug,
  reviewId: reviews.id,
};

/**
 * The live soundtracks named by these slugs, each by its own slug or its review's: two lookups
 * by unique index in one statement (an OR across the two tables would read every row).
 */
export async function findLiveSoundtracks(slugs: readonly string[]): Promise<ComparedRef[]> {
  if (slugs.length === 0) return [];
  const db = getDb();
  const joined = () =>
    db
      .select(refColumns)
      .from(soundtracks)
      .innerJoin(reviews, eq(reviews.soundtrackId, soundtracks.id));
  return joined()
    .where(and(inArray(soundtracks.slug, [...slugs]), isLiveRow()))
    .union(joined().where(and(inArray(reviews.slug, [...slugs]), isLiveRow())));
}

export type ComparisonLookup =
  | { kind: "found"; soundtracks: ComparedRef[] }
  | { kind: "moved"; href: string }
  | {
      kind: "problem";
      problem: PathProblem;
      /** For each unknown slug, the live soundtracks its words match. */
      didYouMean: { slug: string; matches: SoundtrackSuggestion[] }[];
    };

const SUGGESTED_PER_SLUG = 5;

/**
 * What `/compare/<pair>` names: the soundtracks, the canonical address it should move to, or
 * what is wrong with it. Cached per request: the layout, the page and its metadata share it.
 */
export const lookUpComparison = cache(async (pair: string): Promise<ComparisonLookup> => {
  const parsed = parseComparePath(pair);
  if (!parsed.ok) return { kind: "problem", problem: parsed.problem, didYouMean: [] };
  const found = await findLiveSoundtracks(parsed.slugs);
  const refOf = (slug: string) => found.find((r) => r.slug === slug || r.reviewSlug === slug);
  const unknown = parsed.slugs.filter((slug) => !refOf(slug));
  if (unknown.length > 0) {
    const didYouMean = await Promise.all(
      unknown.map(async (slug) => ({
        slug,
        matches: await getSoundtrackSuggestions(slug.replaceAll("-", " "), SUGGESTED_PER_SLUG),
      })),
    );
    return { kind: "problem", problem: { kind: "unknown", slugs: unknown }, didYouMean };
  }
  const refs = parsed.slugs.map((slug) => refOf(slug)!);
  const twice = refs.find((ref, i) => refs.findIndex((r) => r.id === ref.id) !== i);
  if (twice) {
    return { kind: "problem", problem: { kind: "duplicate", slug: twice.slug }, didYouMean: [] };
  }
  const canonical = comparePath(refs.map((r) => r.slug));
  if (canonical !== `/compare/${pair}`) return { kind: "moved", href: canonical };
  return { kind: "found", soundtracks: [...refs].sort((a, b) => (a.slug < b.slug ? -1 : 1)) };
});

export type TypedName = {
  name: string;
  /** The one live soundtrack the name stands for, or null. */
  found: ComparedRef | SoundtrackSuggestion | null;
  /** When not found: the live soundtracks its words match (none, or several). */
  matches: SoundtrackSuggestion[];
};

/**
 * What the plain form's typed names stand for: each the live soundtrack with that slug, or with
 * exactly that film title, or the only one its words match. Empty fields are left out.
 */
export async function resolveTypedNames(names: readonly string[]): Promise<TypedName[]> {
  const typed = names.map((n) => n.trim()).filter((n) => n !== "");
  const bySlug = await findLiveSoundtracks(typed.filter(isSlug));
  return Promise.all(
    typed.map(async (name) => {
      const exact = bySlug.find((r) => r.slug === name || r.reviewSlug === name);
      if (exact) return { name, found: exact, matches: [] };
      const matches = await getSoundtrackSuggestions(name, SUGGESTED_PER_SLUG);
      const sameTitle = matches.filter((m) => m.filmTitle.toLowerCase() === name.toLowerCase());
      const only = sameTitle.length === 1 ? sameTitle[0] : matches.length === 1 ? matches[0] : null;
      return { name, found: only ?? null, matches: only ? [] : matches };
    }),
  );
}

export type PairScores = {
  firstId: number;
  secondId: number;
  /** Readers who scored both soundtracks. */
  readers: number;
  /** Mean of (first − second) over those readers, in fractional tenths; null when none. */
  meanDifference: number | null;
};

/**
 * Everything a comparison shows, for soundtracks already found live, in one batch (one round
 * trip): the soundtracks and reviews, composers, tracks, readers' scores, and per pair the
 * readers who scored both (each pair a walk of one soundtrack's scores and a key lookup of the
 * other's per reader).
 */
export async function getComparison(ids: readonly number[]) {
  if (ids.length < 2) throw new RangeError(`A comparison needs two soundtracks, not ${ids.length}`);
  const db = getDb();
  const list = [...ids];
  const pairs = pairsOf(list);
  const pairQueries = pairs.map(
    ([first, second]) => sql`
      SELECT ${first} AS firstId, ${second} AS secondId, count(*) AS readers,
        avg(a.score - b.score) AS meanDifference
      FROM reader_scores a
      JOIN reader_scores b ON b.soundtrack_id = ${second} AND b.user_id = a.user_id
      WHERE a.soundtrack_id = ${first}`,
  );
  const [rows, composerRows, trackRows, statRows, pairRows] = await db.batch([
    db
      .select({
        id: soundtracks.id,
        slug: soundtracks.slug,
        filmTitle: soundtracks.filmTitle,
        filmYear: soundtracks.filmYear,
        label: soundtracks.label,
        isSample: soundtracks.isSample,
        reviewId: reviews.id,
        reviewSlug: reviews.slug,
        criticScore: reviews.criticScore,
      })
      .from(soundtracks)
      .innerJoin(reviews, eq(reviews.soundtrackId, soundtracks.id))
      .where(inArray(soundtracks.id, list)),
    db
      .select({
        soundtrackId: soundtrackComposers.soundtrackId,
        slug: composers.slug,
        name: composers.name,
      })
      .from(soundtrackComposers)
      .innerJoin(composers, eq(composers.id, soundtrackComposers.composerId))
      .where(inArray(soundtrackComposers.soundtrackId, list))
      .orderBy(asc(soundtrackComposers.soundtrackId), asc(soundtrackComposers.position)),
    db
      .select({
        id: tracks.id,
        soundtrackId: tracks.soundtrackId,
        disc: tracks.disc,
        position: tracks.position,
        title: tracks.title,
        durationSeconds: tracks.durationSeconds,
        favouriteCount: tracks.favouriteCount,
      })
      .from(tracks)
      .where(inArray(tracks.soundtrackId, list))
      .orderBy(asc(tracks.soundtrackId), asc(tracks.disc), asc(tracks.position)),
    db.select().from(scoreStats).where(inArray(scoreStats.soundtrackId, list)),
    db.all<PairScores>(sql.join(pairQueries, sql` UNION ALL `)),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const compared = list.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const readers = scoreSummaryOf(statRows.find((s) => s.soundtrackId === id));
    return [
      {
        ...row,
        composers: composerRows.filter((c) => c.soundtrackId === id),
        tracks: trackRows.filter((t) => t.soundtrackId === id),
        readers,
      },
    ];
  });
  const pairScores = pairRows.map((p) => ({
    ...p,
    readers: Number(p.readers),
    meanDifference: p.meanDifference === null ? null : Number(p.meanDifference),
  }));
  return { soundtracks: compared, pairs: pairScores };
}

export type Comparison = Awaited<ReturnType<typeof getComparison>>;
export type ComparedSoundtrack = Comparison["soundtracks"][number];

import "server-only";
import { sql } from "drizzle-orm";
import { toSearchQuery } from "@/lib/search-query";
import { getDb } from "..";
import { reviews, soundtracks } from "../schema";
import { isLive } from "./live";

/**
 * The search index (migration 0008) holds one row per review, soundtrack, composer and track,
 * kept in step by triggers; a row's rowid is its id * 4 + its kind.
 */
export const SEARCH_KINDS = { review: 0, soundtrack: 1, composer: 2, track: 3 } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The row id an index row of this kind stands for. */
export const indexedId = sql`search_index.rowid / 4`;
/** Only the index rows of this kind. */
export const ofKind = (kind: SearchKind) => sql`search_index.rowid % 4 = ${SEARCH_KINDS[kind]}`;

export type SoundtrackSuggestion = {
  id: number;
  slug: string;
  reviewSlug: string;
  filmTitle: string;
  filmYear: number | null;
};

export const SUGGESTIONS_SHOWN = 8;

/**
 * Live soundtracks whose film title matches what was typed so far (the last word as a prefix),
 * best match first: what a picker offers as someone types.
 */
export async function getSoundtrackSuggestions(
  text: string,
  limit = SUGGESTIONS_SHOWN,
): Promise<SoundtrackSuggestion[]> {
  const { match } = toSearchQuery(text);
  if (!match) return [];
  return getDb().all<SoundtrackSuggestion>(sql`
    SELECT ${soundtracks.id} AS id, ${soundtracks.slug} AS slug, ${reviews.slug} AS reviewSlug,
      ${soundtracks.filmTitle} AS filmTitle, ${soundtracks.filmYear} AS filmYear
    FROM search_index
    JOIN ${soundtracks} ON ${soundtracks.id} = ${indexedId}
    JOIN ${reviews} ON ${reviews.soundtrackId} = ${soundtracks.id}
    WHERE search_index MATCH ${`title : (${match})`} AND ${ofKind("soundtrack")} AND ${isLive()}
    ORDER BY rank
    LIMIT ${limit}`);
}

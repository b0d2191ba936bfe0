import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { COUNT_CAP, OVERVIEW_SIZE, SEARCH_GROUPS, SEARCH_PAGE_SIZE } from "@/lib/search-groups";
import { MARK_END, MARK_START } from "@/lib/search-snippet";
import { toSearchQuery } from "@/lib/search-query";
import { getDb } from "..";
import { composers, reviews, soundtrackComposers, soundtracks, tracks } from "../schema";
import { isLive, isLiveRow } from "./live";
import { getCreditsOf } from "./soundtrack-relations";
import { indexedId, ofKind, SEARCH_KINDS, type SearchKind } from "./search";

// The search page's reads. Every statement starts from the full-text index (its MATCH) and looks
// each matching row up by its key; a row counts only when a live review stands behind it.

/** bm25 with a title (headline, film, name) worth five times the body. */
const RANK = "bm25(5.0, 1.0)";
/** The index keeps prefixes of 2 and 3 letters; one letter would stand for a sixth of the words. */
const MIN_PREFIX = 2;
const SNIPPET_WORDS = 24;

const marked = (column: 0 | 1) =>
  sql`highlight(search_index, ${column}, ${MARK_START}, ${MARK_END})`;
const snippet = (column: 0 | 1) =>
  sql`snippet(search_index, ${column}, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_WORDS})`;

// Every condition below that says "live" is built at each call, never once for the module: it
// holds the site's time (db/queries/live.ts), and a review goes live by its slot while the server
// runs.

/** Whether a live review stands behind an index row of each kind. */
const shownWhenLive = (): Record<SearchKind, SQL> => ({
  review: sql`EXISTS (SELECT 1 FROM ${reviews} WHERE ${reviews.id} = ${indexedId} AND ${isLive()})`,
  soundtrack: sql`EXISTS (SELECT 1 FROM ${reviews}
    WHERE ${reviews.soundtrackId} = ${indexedId} AND ${isLive()})`,
  composer: sql`EXISTS (SELECT 1 FROM ${soundtrackComposers}
    JOIN ${reviews} ON ${reviews.soundtrackId} = ${soundtrackComposers.soundtrackId}
    WHERE ${soundtrackComposers.composerId} = ${indexedId} AND ${isLiveRow()})`,
  track: sql`EXISTS (SELECT 1 FROM ${tracks}
    JOIN ${reviews} ON ${reviews.soundtrackId} = ${tracks.soundtrackId}
    WHERE ${tracks.id} = ${indexedId} AND ${isLive()})`,
});

export type SearchCounts = {
  /** Each kind's results, counted up to COUNT_CAP + 1: more than COUNT_CAP reads "1,000+". */
  counts: Record<SearchKind, number>;
  /**
   * Whether the results are ranked. A search that matches more than RANK_CAP rows (a common
   * word, the first letters of one) is listed newest first: ranking means scoring every match,
   * and the rank of one among so many says little.
   */
  ranked: boolean;
};

/** Past this many matches in all, a search is listed newest first. */
export const RANK_CAP = 1_000;

/**
 * How many results of each kind a search has, in one statement. Each count reads the index's
 * matches of its kind until it has COUNT_CAP + 1 of them, so a common word costs no more than a
 * rare one.
 */
export async function getSearchCounts(text: string): Promise<SearchCounts> {
  const counts = { review: 0, soundtrack: 0, composer: 0, track: 0 };
  const { match } = toSearchQuery(text, { minPrefix: MIN_PREFIX });
  if (!match) return { counts, ranked: true };
  const kinds = Object.entries(SEARCH_KINDS) as [SearchKind, number][];
  const counted = (kind: number, where: SQL, cap: number) => sql`
    SELECT ${sql.raw(String(kind))} AS kind, count(*) AS n
    FROM (SELECT 1 FROM search_index WHERE search_index MATCH ${match} AND ${where} LIMIT ${cap})`;
  const live = shownWhenLive();
  const rows = await getDb().all<{ kind: number; n: number }>(
    sql.join(
      [
        ...kinds.map(([kind, n]) =>
          counted(n, sql`${ofKind(kind)} AND ${live[kind]}`, COUNT_CAP + 1),
        ),
        counted(-1, sql`1`, RANK_CAP + 1),
      ],
      sql` UNION ALL `,
    ),
  );
  let all = 0;
  for (const { kind, n } of rows) {
    const name = kinds.find(([, value]) => value === kind)?.[0];
    if (name) counts[name] = n;
    else all = n;
  }
  return { counts, ranked: all <= RANK_CAP };
}

export type ReviewHit = {
  kind: "review";
  id: number;
  slug: string;
  /** Headline and snippet carry the index's marks (lib/search-snippet.ts). */
  headline: string;
  snippet: string;
  filmTitle: string;
  filmYear: number | null;
  isSample: boolean;
  publishedAt: Date | null;
  weekNumber: number | null;
};

export type SoundtrackHit = {
  kind: "soundtrack";
  id: number;
  reviewSlug: string;
  filmTitle: string;
  filmYear: number | null;
  label: string;
  composerNames: string | null;
  isSample: boolean;
};

export type ComposerHit = {
  kind: "composer";
  id: number;
  slug: string;
  name: string;
  soundtrackCount: number;
  isSample: boolean;
};

export type TrackHit = {
  kind: "track";
  id: number;
  reviewSlug: string;
  title: string;
  disc: number;
  position: number;
  durationSeconds: number;
  filmTitle: string;
};

export type SearchHit = ReviewHit | SoundtrackHit | ComposerHit | TrackHit;
type HitOf<K extends SearchKind> = Extract<SearchHit, { kind: K }>;

/** What each kind's rows are read with, beside the index row. */
const hitQueries = (): Record<SearchKind, { columns: SQL; from: SQL }> => ({
  review: {
    columns: sql`${reviews.id} AS id, ${reviews.slug} AS slug, ${marked(0)} AS headline,
      ${snippet(1)} AS snippet, ${soundtracks.filmTitle} AS filmTitle,
      ${soundtracks.filmYear} AS filmYear, ${soundtracks.isSample} AS isSample,
      ${reviews.publishedAt} AS publishedAt, ${reviews.weekNumber} AS weekNumber`,
    from: sql`JOIN ${reviews} ON ${reviews.id} = ${indexedId}
      JOIN ${soundtracks} ON ${soundtracks.id} = ${reviews.soundtrackId}
      WHERE ${isLive()}`,
  },
  soundtrack: {
    columns: sql`${soundtracks.id} AS id, ${reviews.slug} AS reviewSlug,
      ${marked(0)} AS filmTitle, ${soundtracks.filmYear} AS filmYear, ${marked(1)} AS label,
      ${soundtracks.isSample} AS isSample`,
    from: sql`JOIN ${soundtracks} ON ${soundtracks.id} = ${indexedId}
      JOIN ${reviews} ON ${reviews.soundtrackId} = ${soundtracks.id}
      WHERE ${isLive()}`,
  },
  composer: {
    columns: sql`${composers.id} AS id, ${composers.slug} AS slug, ${marked(0)} AS name,
      ${composers.isSample} AS isSample,
      (SELECT count(*) FROM ${soundtrackComposers}
        JOIN ${reviews} ON ${reviews.soundtrackId} = ${soundtrackComposers.soundtrackId}
        WHERE ${soundtrackComposers.composerId} = ${composers.id} AND ${isLiveRow()}
      ) AS soundtrackCount`,
    from: sql`JOIN ${composers} ON ${composers.id} = ${indexedId}
      WHERE ${shownWhenLive().composer}`,
  },
  track: {
    columns: sql`${tracks.id} AS id, ${reviews.slug} AS reviewSlug, ${marked(0)} AS title,
      ${tracks.disc} AS disc, ${tracks.position} AS position,
      ${tracks.durationSeconds} AS durationSeconds, ${soundtracks.filmTitle} AS filmTitle`,
    from: sql`JOIN ${tracks} ON ${tracks.id} = ${indexedId}
      JOIN ${soundtracks} ON ${soundtracks.id} = ${tracks.soundtrackId}
      JOIN ${reviews} ON ${reviews.soundtrackId} = ${soundtracks.id}
      WHERE ${isLive()}`,
  },
});

type Row = Record<string, unknown>;

/**
 * One page of a kind's results: best first, or newest first when there are too many to rank.
 * The index sorts the matches itself, so the highlights and snippets are made for the rows of
 * the page only.
 */
export async function getSearchHits<K extends SearchKind>(
  text: string,
  kind: K,
  { limit, offset = 0, ranked = true }: { limit: number; offset?: number; ranked?: boolean },
): Promise<HitOf<K>[]> {
  const { match } = toSearchQuery(text, { minPrefix: MIN_PREFIX });
  if (!match) return [];
  const { columns, from } = hitQueries()[kind];
  const order = ranked
    ? sql`AND rank MATCH ${RANK} ORDER BY rank`
    : sql`ORDER BY search_index.rowid DESC`;
  const rows = await getDb().all<Row>(sql`
    SELECT ${columns}
    FROM search_index ${from}
      AND search_index MATCH ${match} AND ${ofKind(kind)} ${order}
    LIMIT ${limit} OFFSET ${offset}`);
  const named = kind === "soundtrack" ? await withComposerNames(rows) : rows;
  return named.map((row) => toHit(kind, row) as HitOf<K>);
}

/**
 * Soundtrack rows with their composers' names in credit order, by one query for the page. Not
 * `group_concat(… ORDER BY …)` in the row's query: an embedded replica's client parses each
 * statement before running it, and its parser refuses an ORDER BY inside an aggregate.
 */
async function withComposerNames(rows: Row[]): Promise<Row[]> {
  const credits = await getCreditsOf(rows.map((row) => row.id as number));
  return rows.map((row) => {
    const names = credits.get(row.id as number)?.map((credit) => credit.composer.name);
    return { ...row, composerNames: names?.length ? names.join(", ") : null };
  });
}

function toHit(kind: SearchKind, row: Row): SearchHit {
  const flags = { isSample: row.isSample === 1 };
  if (kind === "review") {
    const at = row.publishedAt as number | null;
    return {
      ...(row as Omit<ReviewHit, "kind">),
      ...flags,
      kind,
      publishedAt: at === null ? null : new Date(at * 1000),
    };
  }
  if (kind === "soundtrack") return { ...(row as Omit<SoundtrackHit, "kind">), ...flags, kind };
  if (kind === "composer") return { ...(row as Omit<ComposerHit, "kind">), ...flags, kind };
  return { ...(row as Omit<TrackHit, "kind">), kind };
}

export type SearchResults = SearchCounts & { hits: Partial<Record<SearchKind, SearchHit[]>> };

/**
 * A search as its page shows it: how many of each kind, and either a page of one kind's results
 * or the first few of every kind that has any.
 */
export async function getSearchResults(
  text: string,
  { kind, page = 1 }: { kind?: SearchKind; page?: number } = {},
): Promise<SearchResults> {
  const { counts, ranked } = await getSearchCounts(text);
  const kinds = kind ? [kind] : SEARCH_GROUPS.map((g) => g.kind).filter((k) => counts[k] > 0);
  const limit = kind ? SEARCH_PAGE_SIZE : OVERVIEW_SIZE;
  const offset = (page - 1) * limit;
  const pages = await Promise.all(
    kinds.map((k) => (counts[k] > offset ? getSearchHits(text, k, { limit, offset, ranked }) : [])),
  );
  return { counts, ranked, hits: Object.fromEntries(kinds.map((k, i) => [k, pages[i]])) };
}

export type SearchExamples = { film: string; composer: string | null; track: string | null };

/**
 * Things to search for that are sure to be found: from the newest live review, read by walking
 * back from the newest publication date rather than sorting every live review.
 */
export async function getSearchExamples(): Promise<SearchExamples | null> {
  const [row] = await getDb().all<SearchExamples>(sql`
    SELECT ${soundtracks.filmTitle} AS film,
      (SELECT ${composers.name} FROM ${soundtrackComposers}
        JOIN ${composers} ON ${composers.id} = ${soundtrackComposers.composerId}
        WHERE ${soundtrackComposers.soundtrackId} = ${soundtracks.id}
        ORDER BY ${soundtrackComposers.position} LIMIT 1) AS composer,
      (SELECT ${tracks.title} FROM ${tracks} WHERE ${tracks.soundtrackId} = ${soundtracks.id}
        ORDER BY ${tracks.durationSeconds} DESC LIMIT 1) AS track
    FROM ${reviews}
    JOIN ${soundtracks} ON ${soundtracks.id} = ${reviews.soundtrackId}
    WHERE ${isLiveRow()}
    ORDER BY ${reviews.publishedAt} DESC
    LIMIT 1`);
  return row ?? null;
}

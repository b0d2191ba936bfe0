import "server-only";
import { and, asc, count, desc, eq, gt, gte, inArray, notExists, type SQL, sql } from "drizzle-orm";
import type { ArchiveSort } from "@/lib/archive-filters";
import { averageTenths } from "@/lib/scores";
import { getDb } from "..";
import type { Database } from "../client";
import { reviews, scoreStats, soundtrackComposers, soundtracks } from "../schema";
import { isLive, isLiveRow } from "./live";
import { getReviewCards, type ReviewCard } from "./reviews";

/** The readers' average exactly as score_stats_average_idx holds it: ordering by it walks the index. */
export const readersAverage = sql`(${scoreStats.scoreSum} * 1.0 / ${scoreStats.scoreCount})`;

export type ArchiveQuery = {
  year: number | null;
  composerId: number | null;
  /** Tenths. */
  minScore: number | null;
  sort: ArchiveSort;
  page: number;
  pageSize: number;
};

export type ReadersScore = { count: number; average: number | null };
export type ArchiveCard = ReviewCard & { readers: ReadersScore };

const newest = [desc(reviews.publishedAt), desc(reviews.id)];
const orders: Record<ArchiveSort, SQL[]> = {
  newest,
  oldest: [asc(reviews.publishedAt), asc(reviews.id)],
  // SQLite puts NULL lowest: reviews without a critic's score (or readers' scores) come last.
  critic: [desc(reviews.criticScore), ...newest],
  // Left-joined, a soundtrack nobody scored has no count: as many as one whose scores were taken back.
  readers: [desc(readersAverage), desc(sql`coalesce(${scoreStats.scoreCount}, 0)`), ...newest],
};
/** The same order from score_stats itself, where every row has its count: the index's own walk. */
const scoredOrder = [
  desc(readersAverage),
  desc(scoreStats.scoreCount),
  desc(reviews.publishedAt),
  desc(scoreStats.soundtrackId),
];

/** The year and composer filters: each keeps a few soundtracks, found through its own index. */
function narrowing(db: Database, { year, composerId }: ArchiveQuery): SQL[] {
  const conditions: SQL[] = [];
  if (year !== null) {
    const ofYear = db
      .select({ id: soundtracks.id })
      .from(soundtracks)
      .where(eq(soundtracks.filmYear, year));
    conditions.push(inArray(reviews.soundtrackId, ofYear));
  }
  if (composerId !== null) {
    const theirs = db
      .select({ id: soundtrackComposers.soundtrackId })
      .from(soundtrackComposers)
      .where(eq(soundtrackComposers.composerId, composerId));
    conditions.push(inArray(reviews.soundtrackId, theirs));
  }
  return conditions;
}

/**
 * The minimum critic's score; `checked` (the unary plus) only checks it row by row, so that the
 * walk follows the order's index rather than every review above the minimum.
 */
function atLeast(minScore: number | null, { checked = false } = {}) {
  if (minScore === null) return undefined;
  return checked ? sql`+${reviews.criticScore} >= ${minScore}` : gte(reviews.criticScore, minScore);
}

type Ids = { id: number }[];

/**
 * A page of the archive with its filters combined, and how many reviews match. A year or a
 * composer starts from their few soundtracks and sorts those; otherwise the order's own index is
 * walked (the week, the critic's score, the readers' average) and stops after the page.
 */
export async function getArchivePage(
  query: ArchiveQuery,
): Promise<{ total: number; cards: ArchiveCard[] }> {
  const db = getDb();
  const narrow = narrowing(db, query);
  const { sort, minScore, pageSize } = query;
  const offset = (query.page - 1) * pageSize;
  const live = narrow.length > 0 ? isLiveRow() : isLive();
  const where = and(live, ...narrow, atLeast(minScore, { checked: narrow.length > 0 }));
  const [counted] = await db.select({ n: count() }).from(reviews).where(where);
  const total = counted?.n ?? 0;
  let page: Ids;
  if (narrow.length > 0) {
    page = await db
      .select({ id: reviews.id })
      .from(reviews)
      .leftJoin(scoreStats, eq(scoreStats.soundtrackId, reviews.soundtrackId))
      .where(where)
      .orderBy(...orders[sort])
      .limit(pageSize)
      .offset(offset);
  } else if (sort === "readers") {
    page = await readersPage(db, minScore, total, pageSize, offset);
  } else {
    page = await db
      .select({ id: reviews.id })
      .from(reviews)
      .where(
        sort === "critic"
          ? and(isLiveRow(), atLeast(minScore))
          : and(isLive(), atLeast(minScore, { checked: true })),
      )
      .orderBy(...orders[sort])
      .limit(pageSize)
      .offset(offset);
  }
  const cards = await getReviewCards(page.map((r) => r.id));
  const readers = await getReadersScores(cards.map((c) => c.soundtrack.id));
  return {
    total,
    cards: cards.map((card) => ({
      ...card,
      readers: readers.get(card.soundtrack.id) ?? { count: 0, average: null },
    })),
  };
}

/**
 * Scored soundtracks in the order of the readers' average index, then those nobody has scored
 * (no score_stats row, or one whose scores were all taken back), newest first.
 */
async function readersPage(
  db: Database,
  minScore: number | null,
  total: number,
  limit: number,
  offset: number,
): Promise<Ids> {
  const scoredRow = db
    .select({ one: sql`1` })
    .from(scoreStats)
    .where(and(eq(scoreStats.soundtrackId, reviews.soundtrackId), gt(scoreStats.scoreCount, 0)));
  const unscored = and(isLive(), atLeast(minScore, { checked: true }), notExists(scoredRow));
  const [counted] = await db.select({ n: count() }).from(reviews).where(unscored);
  const scored = total - (counted?.n ?? 0);
  const unscoredPage = (n: number, skip: number) =>
    db
      .select({ id: reviews.id })
      .from(reviews)
      .where(unscored)
      .orderBy(...newest)
      .limit(n)
      .offset(skip);
  if (offset >= scored) return unscoredPage(limit, offset - scored);
  const page = await db
    .select({ id: reviews.id })
    .from(scoreStats)
    // A CROSS JOIN keeps SQLite's join order as written: score_stats first, down its index.
    .crossJoin(reviews)
    .where(
      and(
        eq(reviews.soundtrackId, scoreStats.soundtrackId),
        sql`+${scoreStats.scoreCount} > 0`,
        isLiveRow(),
        atLeast(minScore, { checked: true }),
      ),
    )
    .orderBy(...scoredOrder)
    .limit(limit)
    .offset(offset);
  if (page.length === limit) return page;
  return [...page, ...(await unscoredPage(limit - page.length, 0))];
}

/** The readers' count and average of each soundtrack, by its key. */
export async function getReadersScores(
  soundtrackIds: readonly number[],
): Promise<Map<number, ReadersScore>> {
  if (soundtrackIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: scoreStats.soundtrackId, count: scoreStats.scoreCount, sum: scoreStats.scoreSum })
    .from(scoreStats)
    .where(inArray(scoreStats.soundtrackId, [...soundtrackIds]));
  return new Map(
    rows.map((r) => [r.id, { count: r.count, average: averageTenths(r.count, r.sum) }]),
  );
}

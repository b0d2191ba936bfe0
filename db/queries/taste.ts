import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  agreementOf,
  type Agreement,
  MIN_IN_COMMON,
  READERS_LIKE_YOU_LIMIT,
  type ScorePair,
} from "@/lib/taste";
import { getDb } from "..";
import { favouriteTracks, readerScores, reviews, soundtracks, tracks, users } from "../schema";
import { isLiveRow } from "./live";

/** A reader as the comparisons show them. */
export type TasteReader = { id: string; handle: string; name: string };

const comparable = and(isNull(users.bannedAt), eq(users.scoresPrivate, false));

/** A reader who may be compared: known by handle, not banned, scores not private. */
async function getComparableReader(handle: string) {
  const [row] = await getDb()
    .select({ id: users.id, handle: users.handle, name: users.name, private: users.scoresPrivate })
    .from(users)
    .where(and(eq(users.handle, handle), isNull(users.bannedAt)));
  if (!row?.handle) return undefined;
  const reader: TasteReader = { id: row.id, handle: row.handle, name: row.name ?? row.handle };
  return { reader, private: row.private };
}

export type ComparedSoundtrack = ScorePair & { slug: string; filmTitle: string };

export type SharedFavourite = {
  trackId: number;
  title: string;
  disc: number;
  position: number;
  soundtrackId: number;
  slug: string;
  filmTitle: string;
};

export type ReaderComparison =
  | { kind: "not-found" }
  | { kind: "same-reader" }
  /** One of them keeps their scores private: never compared (the page says no more than that). */
  | { kind: "private" }
  | {
      kind: "found";
      a: TasteReader;
      b: TasteReader;
      /** Both readers' scores on each soundtrack with a live review that both scored, "a" first. */
      pairs: ComparedSoundtrack[];
      /** Tracks both picked among their favourites. */
      sharedFavourites: SharedFavourite[];
    };

/**
 * Two readers' scores side by side, by handle in either order ("a" is the one given first); the
 * page works out the agreement and the orderings with lib/taste.ts.
 */
export async function getReaderComparison(
  handleA: string,
  handleB: string,
): Promise<ReaderComparison> {
  if (handleA === handleB) return { kind: "same-reader" };
  const [a, b] = await Promise.all([getComparableReader(handleA), getComparableReader(handleB)]);
  if (!a || !b) return { kind: "not-found" };
  if (a.private || b.private) return { kind: "private" };
  const db = getDb();
  const theirs = alias(readerScores, "theirs");
  const other = alias(favouriteTracks, "other");
  const [pairs, sharedFavourites] = await db.batch([
    db
      .select({
        soundtrackId: readerScores.soundtrackId,
        a: readerScores.score,
        b: theirs.score,
        slug: reviews.slug,
        filmTitle: soundtracks.filmTitle,
      })
      .from(readerScores)
      .innerJoin(
        theirs,
        and(eq(theirs.soundtrackId, readerScores.soundtrackId), eq(theirs.userId, b.reader.id)),
      )
      .innerJoin(reviews, eq(reviews.soundtrackId, readerScores.soundtrackId))
      .innerJoin(soundtracks, eq(soundtracks.id, readerScores.soundtrackId))
      .where(and(eq(readerScores.userId, a.reader.id), isLiveRow()))
      .orderBy(soundtracks.filmTitle, soundtracks.id),
    db
      .select({
        trackId: tracks.id,
        title: tracks.title,
        disc: tracks.disc,
        position: tracks.position,
        soundtrackId: soundtracks.id,
        slug: reviews.slug,
        filmTitle: soundtracks.filmTitle,
      })
      .from(favouriteTracks)
      .innerJoin(
        other,
        and(eq(other.trackId, favouriteTracks.trackId), eq(other.userId, b.reader.id)),
      )
      .innerJoin(tracks, eq(tracks.id, favouriteTracks.trackId))
      .innerJoin(soundtracks, eq(soundtracks.id, favouriteTracks.soundtrackId))
      .innerJoin(reviews, eq(reviews.soundtrackId, favouriteTracks.soundtrackId))
      .where(and(eq(favouriteTracks.userId, a.reader.id), isLiveRow()))
      .orderBy(soundtracks.filmTitle, soundtracks.id, tracks.disc, tracks.position),
  ]);
  return { kind: "found", a: a.reader, b: b.reader, pairs, sharedFavourites };
}

/**
 * How many other readers' scores the search for readers like you reads at most. It reads the
 * reader's soundtracks rarest first (a rare soundtrack in common says more about taste than a
 * popular one) until this many: on the bench catalogue a typical reader's soundtracks hold a few
 * thousand, its most active reader's (142 scored) about 70,000, and a budget of 20,000 found
 * that reader nobody with MIN_IN_COMMON in common (the bench's scores are random).
 */
export const CANDIDATE_SCORE_BUDGET = 50_000;

/** How many of the closest candidates get their exact figure over every soundtrack in common. */
const CANDIDATES_CHECKED = 5;

export type ReaderLikeYou = TasteReader & { agreement: Extract<Agreement, { kind: "figure" }> };

/**
 * The readers who score most like this one, closest first, each with at least MIN_IN_COMMON
 * soundtracks in common; none for a reader who keeps their scores private, and never a banned
 * reader or one whose scores are private.
 *
 * Computed on request in two bounded reads: the candidates are found among the readers who scored
 * the reader's soundtracks (live ones, rarest first, up to CANDIDATE_SCORE_BUDGET scores); then the
 * closest few times `limit` get their exact figure over all they have in common, the same figure
 * the comparison page shows, and are ranked by it.
 */
export async function getReadersLikeYou(
  userId: string,
  limit = READERS_LIKE_YOU_LIMIT,
): Promise<ReaderLikeYou[]> {
  const db = getDb();
  const candidates = await db.all<{ userId: string }>(sql`
    WITH mine AS (
      SELECT m.soundtrack_id, m.score,
        sum(st.score_count) OVER (ORDER BY st.score_count, m.soundtrack_id) - st.score_count
          AS read_before
      FROM reader_scores m
      JOIN users me ON me.id = m.user_id AND me.scores_private = 0 AND me.banned_at IS NULL
      JOIN score_stats st ON st.soundtrack_id = m.soundtrack_id
      JOIN reviews ON reviews.soundtrack_id = m.soundtrack_id
      WHERE m.user_id = ${userId} AND ${isLiveRow()}
    ),
    near AS (
      SELECT o.user_id, count(*) AS in_common, sum(abs(o.score - mine.score)) AS gap
      FROM mine JOIN reader_scores o ON o.soundtrack_id = mine.soundtrack_id
      WHERE mine.read_before < ${CANDIDATE_SCORE_BUDGET} AND o.user_id <> ${userId}
      GROUP BY o.user_id HAVING count(*) >= ${MIN_IN_COMMON}
    )
    -- From the few candidates to their readers: never from every reader not banned.
    SELECT near.user_id AS userId FROM near
    CROSS JOIN users u ON u.id = near.user_id
    WHERE +u.banned_at IS NULL AND +u.scores_private = 0 AND u.handle IS NOT NULL
    ORDER BY near.gap * 1.0 / near.in_common, near.in_common DESC, near.user_id
    LIMIT ${limit * CANDIDATES_CHECKED}`);
  if (candidates.length === 0) return [];
  const theirs = alias(readerScores, "theirs");
  const sums = await db
    .select({
      id: users.id,
      handle: users.handle,
      name: users.name,
      inCommon: sql<number>`count(*)`,
      gap: sql<number>`sum(abs(${theirs.score} - ${readerScores.score}))`,
    })
    .from(readerScores)
    .innerJoin(reviews, eq(reviews.soundtrackId, readerScores.soundtrackId))
    .innerJoin(
      theirs,
      and(
        eq(theirs.soundtrackId, readerScores.soundtrackId),
        inArray(
          theirs.userId,
          candidates.map((c) => c.userId),
        ),
      ),
    )
    .innerJoin(users, and(eq(users.id, theirs.userId), comparable))
    .where(and(eq(readerScores.userId, userId), isLiveRow()))
    .groupBy(users.id);
  return sums
    .flatMap(({ id, handle, name, inCommon, gap }) => {
      const agreement = agreementOf(inCommon, gap);
      if (agreement.kind !== "figure" || !handle) return [];
      return [{ id, handle, name: name ?? handle, agreement }];
    })
    .sort(
      (x, y) =>
        x.agreement.meanGapTenths - y.agreement.meanGapTenths ||
        y.agreement.inCommon - x.agreement.inCommon ||
        (x.id < y.id ? -1 : 1),
    )
    .slice(0, limit);
}

/**
 * Which of these readers may still be compared (not banned, nor deleted, scores not private):
 * for a search for readers like one kept from before.
 */
export async function getStillComparable(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await getDb()
    .select({ id: users.id })
    .from(users)
    // The unary plus: by the ids' index, never a walk of every reader not banned.
    .where(
      and(
        inArray(users.id, ids),
        sql`+${users.bannedAt} IS NULL AND +${users.scoresPrivate} = 0`,
        isNotNull(users.handle),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** How many of the closest readers the review page looks among for a score of the soundtrack. */
export const NEIGHBOURS_FOR_A_REVIEW = 30;

/** What the readers closest to a reader gave one soundtrack (see getScoreAmong). */
export type ReadersLikeYouScore = {
  /** How many readers like this one were found (at most NEIGHBOURS_FOR_A_REVIEW). */
  neighbours: number;
  /** How many of them scored the soundtrack, and their average in tenths (null when none did). */
  count: number;
  average: number | null;
};

/**
 * What these readers (a reader's closest, NEIGHBOURS_FOR_A_REVIEW at most, found before) gave a
 * soundtrack, and how many of them there are: none for a reader who keeps their scores private,
 * or with nobody who has MIN_IN_COMMON soundtracks in common with them.
 */
export async function getScoreAmong(
  near: { id: string }[],
  soundtrackId: number,
): Promise<ReadersLikeYouScore> {
  if (near.length === 0) return { neighbours: 0, count: 0, average: null };
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)`, sum: sql<number | null>`sum(${readerScores.score})` })
    .from(readerScores)
    .where(
      and(
        eq(readerScores.soundtrackId, soundtrackId),
        inArray(
          readerScores.userId,
          near.map((reader) => reader.id),
        ),
      ),
    );
  const count = row?.count ?? 0;
  const average = count > 0 && row?.sum != null ? row.sum / count : null;
  return { neighbours: near.length, count, average };
}

import "server-only";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { plainExcerpt } from "@/lib/comment-excerpt";
import { type Cursor, type Direction, type KeysetPage, keysetPage } from "@/lib/keyset";
import { getDb } from "..";
import { comments, reviews } from "../schema";
import { isLiveRow } from "./live";
import { commentPlace, thread, threadOfComment, threadsBefore } from "./notifications";

export const FOLLOWING_PAGE_SIZE = 20;

type Reader = { handle: string; name: string };
type Soundtrack = { slug: string; filmTitle: string };

/** One thing a followed reader did: scored a soundtrack, or commented on its review. */
export type FollowingActivity =
  | {
      kind: "score";
      cursor: Cursor;
      at: Date;
      reader: Reader;
      soundtrack: Soundtrack;
      score: number;
    }
  | {
      kind: "comment";
      cursor: Cursor;
      at: Date;
      reader: Reader;
      soundtrack: Soundtrack;
      /** Plain text; null for a comment marked as a spoiler, which is only shown on the review. */
      excerpt: string | null;
      /** The comment's place in the discussion (see commentPlace). */
      href: string;
    };

type Row = {
  kind: "score" | "comment";
  at: number;
  key: number;
  handle: string;
  name: string | null;
  slug: string;
  filmTitle: string;
  score: number | null;
  body: string | null;
  isSpoiler: number;
  commentId: number | null;
};

/**
 * The bound of one branch of the page: the row's (time in ms, key) against the cursor, and a
 * plain bound on the indexed time column so each followed reader's rows are one index range.
 */
function range(at: SQL, key: SQL, indexed: SQL, toIndexed: (ms: number) => number, d: Direction) {
  if (d.before) {
    return sql`${indexed} <= ${toIndexed(d.before.at)} AND (${at}, ${key}) < (${d.before.at}, ${d.before.id})`;
  }
  if (d.after) {
    return sql`${indexed} >= ${toIndexed(d.after.at)} AND (${at}, ${key}) > (${d.after.at}, ${d.after.id})`;
  }
  return sql`1`;
}

/**
 * The latest scores and comments of the readers this reader follows, newest first, a page at a
 * time by keyset (lib/keyset.ts). A score's key is even (its row's rowid × 2), a comment's odd
 * (its id × 2 + 1), so the two never tie. Banned readers are left out, and so are the scores of a
 * reader who keeps them private (their comments still show); only live reviews, only comments
 * neither deleted nor hidden.
 */
export async function getFollowingActivity(
  userId: string,
  direction: Direction = {},
  pageSize = FOLLOWING_PAGE_SIZE,
): Promise<KeysetPage<FollowingActivity>> {
  const scoreAt = sql`s.updated_at * 1000`;
  const scoreKey = sql`s.rowid * 2`;
  const commentKey = sql`c.id * 2 + 1`;
  const toSeconds = (ms: number) => Math.floor(ms / 1000);
  const rows = await getDb().all<Row>(sql`
    SELECT 'score' AS kind, ${scoreAt} AS at, ${scoreKey} AS key, u.handle, u.name,
      reviews.slug, st.film_title AS filmTitle, s.score, NULL AS body, 0 AS isSpoiler,
      NULL AS commentId
    FROM follows f
    JOIN users u ON u.id = f.followed_id
    JOIN reader_scores s ON s.user_id = f.followed_id
    JOIN reviews ON reviews.soundtrack_id = s.soundtrack_id
    JOIN soundtracks st ON st.id = s.soundtrack_id
    WHERE f.follower_id = ${userId} AND u.banned_at IS NULL AND u.scores_private = 0
      AND ${isLiveRow()}
      AND ${range(scoreAt, scoreKey, sql`s.updated_at`, toSeconds, direction)}
    UNION ALL
    SELECT 'comment', c.created_at, ${commentKey}, u.handle, u.name,
      reviews.slug, st.film_title, NULL, c.body, c.is_spoiler, c.id
    FROM follows f
    JOIN users u ON u.id = f.followed_id
    JOIN comments c ON c.author_id = f.followed_id
    JOIN reviews ON reviews.id = c.review_id
    JOIN soundtracks st ON st.id = reviews.soundtrack_id
    WHERE f.follower_id = ${userId} AND u.banned_at IS NULL
      -- The unary plus: each followed reader's comments by their index, never every shown one.
      AND +c.deleted_at IS NULL AND +c.hidden_at IS NULL AND ${isLiveRow()}
      AND ${range(sql`c.created_at`, commentKey, sql`c.created_at`, (ms) => ms, direction)}
    ORDER BY at ${sql.raw(direction.after ? "ASC" : "DESC")}, key ${sql.raw(direction.after ? "ASC" : "DESC")}
    LIMIT ${pageSize + 1}`);
  const page = keysetPage(rows, pageSize, direction, (row) => ({ at: row.at, id: row.key }));
  const places = await commentPlaces(
    page.rows.flatMap((row) => (row.commentId === null ? [] : [row.commentId])),
  );
  return { ...page, rows: page.rows.map((row) => toActivity(row, places)) };
}

/** Where each comment sits in its review's discussion. */
async function commentPlaces(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: comments.id, slug: reviews.slug, threadsBefore })
    .from(comments)
    .innerJoin(thread, threadOfComment)
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .where(inArray(comments.id, ids));
  return new Map(rows.map((row) => [row.id, commentPlace(row.slug, row.threadsBefore, row.id)]));
}

function toActivity(row: Row, places: Map<number, string>): FollowingActivity {
  const common = {
    cursor: { at: row.at, id: row.key },
    at: new Date(row.at),
    reader: { handle: row.handle, name: row.name ?? row.handle },
    soundtrack: { slug: row.slug, filmTitle: row.filmTitle },
  };
  if (row.kind === "score") return { kind: "score", ...common, score: row.score! };
  return {
    kind: "comment",
    ...common,
    excerpt: row.isSpoiler ? null : plainExcerpt(row.body ?? ""),
    href: places.get(row.commentId!) ?? `/reviews/${row.slug}`,
  };
}

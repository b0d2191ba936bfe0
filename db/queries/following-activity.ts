import "server-only";
import { eq, inArray, type SQL, sql } from "drizzle-orm";
import { plainExcerpt } from "@/lib/comment-excerpt";
import { type Cursor, type Direction, type KeysetPage, keysetPage } from "@/lib/keyset";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
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

/** How far back (or on, oldest first) from the cursor the keys are looked for first, widening. */
const DAY_MS = 86_400_000;
const SPANS_MS = [7 * DAY_MS, 56 * DAY_MS, 448 * DAY_MS];

/**
 * The bound of one branch of the page: the row's (time in ms, key) against the cursor, and plain
 * bounds on the indexed time column, the cursor's and `span` ms beyond it, so that each followed
 * reader's rows are one short index range rather than all they ever did.
 */
function range(
  at: SQL,
  key: SQL,
  indexed: SQL,
  toIndexed: (ms: number) => number,
  d: Direction,
  span: number,
) {
  const bounded = Number.isFinite(span);
  if (d.after) {
    const to = bounded ? sql` AND ${indexed} <= ${toIndexed(d.after.at + span)}` : sql``;
    return sql`${indexed} >= ${toIndexed(d.after.at)}${to} AND (${at}, ${key}) > (${d.after.at}, ${d.after.id})`;
  }
  const top = d.before?.at ?? clockNow().getTime();
  const from = bounded ? sql` AND ${indexed} >= ${toIndexed(top - span)}` : sql``;
  if (d.before) {
    return sql`${indexed} <= ${toIndexed(d.before.at)}${from} AND (${at}, ${key}) < (${d.before.at}, ${d.before.id})`;
  }
  return sql`1${from}`;
}

/** A row of the page as the indexes give it: which thing, when, and its key. */
type Key = { kind: "score" | "comment"; at: number; key: number; ref: number };

/**
 * The next `limit` keys past the cursor, newest first (oldest first `after` one), read from the
 * follows and each followed reader's own rows by their indexes. Whether each row's review is live
 * is left to detailsOf: that test reads the review's row, and doing it only for the few keys kept
 * is what keeps the page fast for a reader following many.
 */
function selectKeys(userId: string, direction: Direction, limit: number, span: number) {
  const scoreAt = sql`s.updated_at * 1000`;
  const scoreKey = sql`s.rowid * 2`;
  const commentKey = sql`c.id * 2 + 1`;
  const order = sql.raw(direction.after ? "ASC" : "DESC");
  return getDb().all<Key>(sql`
    SELECT 'score' AS kind, ${scoreAt} AS at, ${scoreKey} AS key, s.rowid AS ref
    FROM follows f
    JOIN users u ON u.id = f.followed_id
    JOIN reader_scores s ON s.user_id = f.followed_id
    WHERE f.follower_id = ${userId} AND +u.banned_at IS NULL AND +u.scores_private = 0
      AND ${range(scoreAt, scoreKey, sql`s.updated_at`, (ms) => Math.floor(ms / 1000), direction, span)}
    UNION ALL
    SELECT 'comment', c.created_at, ${commentKey}, c.id
    FROM follows f
    JOIN users u ON u.id = f.followed_id
    JOIN comments c ON c.author_id = f.followed_id
    WHERE f.follower_id = ${userId} AND +u.banned_at IS NULL
      -- The unary plus: each followed reader's comments by their index, never every shown one.
      AND +c.deleted_at IS NULL AND +c.hidden_at IS NULL
      AND ${range(sql`c.created_at`, commentKey, sql`c.created_at`, (ms) => ms, direction, span)}
    ORDER BY at ${order}, key ${order}
    LIMIT ${limit}`);
}

/**
 * The same keys as selectKeys without a span, looked for first near the cursor: the newest
 * `limit` found within a span are the newest of all, since everything beyond it is older.
 */
async function nearestKeys(userId: string, direction: Direction, limit: number) {
  for (const span of SPANS_MS) {
    const keys = await selectKeys(userId, direction, limit, span);
    if (keys.length === limit) return keys;
  }
  return selectKeys(userId, direction, limit, Infinity);
}

type Details = Omit<Row, "at" | "key"> & { key: number };

/** What each key's row shows, for those on a live review only, by key. */
async function detailsOf(keys: Key[]): Promise<Map<number, Details>> {
  const refs = (kind: Key["kind"]) => keys.filter((k) => k.kind === kind).map((k) => k.ref);
  const list = (ids: number[]) =>
    sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    );
  const [scores, comments] = [refs("score"), refs("comment")];
  const rows = await getDb().all<Details>(sql`
    SELECT 'score' AS kind, s.rowid * 2 AS key, u.handle, u.name, reviews.slug,
      st.film_title AS filmTitle, s.score, NULL AS body, 0 AS isSpoiler, NULL AS commentId
    FROM reader_scores s
    JOIN users u ON u.id = s.user_id
    JOIN reviews ON reviews.soundtrack_id = s.soundtrack_id
    JOIN soundtracks st ON st.id = s.soundtrack_id
    WHERE s.rowid IN (${scores.length > 0 ? list(scores) : sql`NULL`}) AND ${isLiveRow()}
    UNION ALL
    SELECT 'comment', c.id * 2 + 1, u.handle, u.name, reviews.slug, st.film_title, NULL,
      c.body, c.is_spoiler, c.id
    FROM comments c
    JOIN users u ON u.id = c.author_id
    JOIN reviews ON reviews.id = c.review_id
    JOIN soundtracks st ON st.id = reviews.soundtrack_id
    WHERE c.id IN (${comments.length > 0 ? list(comments) : sql`NULL`}) AND ${isLiveRow()}`);
  return new Map(rows.map((row) => [row.key, row]));
}

/** Rounds of keys read at most for one page: only rows on reviews no longer live are skipped. */
const MAX_ROUNDS = 4;

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
  const wanted = pageSize + 1;
  const found: Row[] = [];
  let from = direction;
  for (let round = 0; round < MAX_ROUNDS && found.length < wanted; round++) {
    const keys = await nearestKeys(userId, from, wanted * 2);
    const details = keys.length > 0 ? await detailsOf(keys) : new Map<number, Details>();
    for (const { at, key } of keys) {
      const shown = details.get(key);
      if (shown) found.push({ ...shown, at, key });
    }
    const last = keys.at(-1);
    if (!last || keys.length < wanted * 2) break;
    const cursor = { at: last.at, id: last.key };
    from = direction.after ? { after: cursor } : { before: cursor };
  }
  const page = keysetPage(found.slice(0, wanted), pageSize, direction, (row) => ({
    at: row.at,
    id: row.key,
  }));
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

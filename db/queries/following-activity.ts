import "server-only";
import { sql } from "drizzle-orm";
import { plainExcerpt } from "@/lib/comment-excerpt";
import { type Cursor, type Direction, type KeysetPage, keysetPage } from "@/lib/keyset";
import { getDb } from "..";
import { isLiveRow } from "./live";

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
      /** The comment's link, which finds its place in the discussion when followed (getCommentPlace). */
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

/** A row of the page as the index gives it: its follower_activity id and when. */
type Key = { key: number; at: number };

/**
 * The next `limit` keys past the cursor, newest first (oldest first `after` one): one range of the
 * reader's own follower_activity rows, skipping banned readers and private readers' scores as it
 * goes. Whether each row's review is live, and its comment still shown, is left to detailsOf, for
 * the few keys kept.
 */
function selectKeys(userId: string, d: Direction, limit: number) {
  const order = sql.raw(d.after ? "ASC" : "DESC");
  const bound = d.after
    ? sql`AND a.at >= ${d.after.at} AND (a.at, a.id) > (${d.after.at}, ${d.after.id})`
    : d.before
      ? sql`AND a.at <= ${d.before.at} AND (a.at, a.id) < (${d.before.at}, ${d.before.id})`
      : sql``;
  return getDb().all<Key>(sql`
    SELECT a.id AS key, a.at
    FROM follower_activity a
    JOIN users u ON u.id = a.actor_id
    WHERE a.follower_id = ${userId} ${bound}
      AND +u.banned_at IS NULL AND (a.comment_id IS NOT NULL OR +u.scores_private = 0)
    ORDER BY a.at ${order}, a.id ${order}
    LIMIT ${limit}`);
}

type Details = Omit<Row, "at">;

/** What each key's row shows, for those on a live review only, by key. */
async function detailsOf(keys: Key[]): Promise<Map<number, Details>> {
  const ids = sql.join(
    keys.map((k) => sql`${k.key}`),
    sql`, `,
  );
  const rows = await getDb().all<Details>(sql`
    SELECT 'score' AS kind, a.id AS key, u.handle, u.name, reviews.slug,
      st.film_title AS filmTitle, s.score, NULL AS body, 0 AS isSpoiler, NULL AS commentId
    FROM follower_activity a
    JOIN reader_scores s ON s.soundtrack_id = a.score_soundtrack_id AND s.user_id = a.actor_id
    JOIN users u ON u.id = a.actor_id
    JOIN reviews ON reviews.soundtrack_id = a.score_soundtrack_id
    JOIN soundtracks st ON st.id = a.score_soundtrack_id
    WHERE a.id IN (${ids}) AND ${isLiveRow()}
    UNION ALL
    SELECT 'comment', a.id, u.handle, u.name, reviews.slug, st.film_title, NULL,
      c.body, c.is_spoiler, c.id
    FROM follower_activity a
    JOIN comments c ON c.id = a.comment_id
    JOIN users u ON u.id = a.actor_id
    JOIN reviews ON reviews.id = c.review_id
    JOIN soundtracks st ON st.id = reviews.soundtrack_id
    WHERE a.id IN (${ids}) AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${isLiveRow()}`);
  return new Map(rows.map((row) => [row.key, row]));
}

/** Rounds of keys read at most for one page: only rows on reviews no longer live, or comments
 * deleted or hidden, are skipped. */
const MAX_ROUNDS = 4;

/**
 * The latest scores and comments of the readers this reader follows, newest first, a page at a
 * time by keyset (lib/keyset.ts) on (when, follower_activity id). Banned readers are left out, and so are the scores of a
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
    const keys = await selectKeys(userId, from, wanted * 2);
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
  return { ...page, rows: page.rows.map(toActivity) };
}

function toActivity(row: Row): FollowingActivity {
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
    href: `/comments/${row.commentId}`,
  };
}

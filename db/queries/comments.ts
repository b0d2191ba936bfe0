import "server-only";
import { and, asc, count, desc, eq, exists, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { CommentSort } from "@/lib/comment-rules";
import { DELETED_READER } from "@/lib/deleted-reader";
import { getDb } from "..";
import { comments, readerScores, reviews, users } from "../schema";
import { isLive } from "./live";

export type CommentView = {
  id: number;
  parentId: number | null;
  /**
   * null once deleted or hidden: a deleted comment only stays, as a placeholder, while it has
   * replies; a hidden one stays as a placeholder until a moderator unhides it.
   */
  body: string | null;
  isSpoiler: boolean;
  likeCount: number;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  /** Hidden by a moderator (and not deleted). */
  hidden: boolean;
  /** Deleted with its author's account, kept for its replies (see db/queries/account.ts). */
  byDeletedReader: boolean;
  /** `banned`: their profile is gone while the ban lasts, so their name links nowhere. */
  author: { id: string; name: string; handle: string | null; banned: boolean } | null;
  /** The author's score of the review's soundtrack, in tenths, if they gave one. */
  authorScore: number | null;
};
export type CommentThread = CommentView & { replies: CommentView[] };

const reply = alias(comments, "reply");

const columns = {
  id: comments.id,
  parentId: comments.parentId,
  body: comments.body,
  isSpoiler: comments.isSpoiler,
  likeCount: comments.likeCount,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  deletedAt: comments.deletedAt,
  hiddenAt: comments.hiddenAt,
  authorId: comments.authorId,
  authorName: users.name,
  authorHandle: users.handle,
  authorBannedAt: users.bannedAt,
  authorScore: readerScores.score,
};

/** The author's score of this review's soundtrack, read with the comments themselves. */
const authorScoreJoin = and(
  eq(readerScores.soundtrackId, reviews.soundtrackId),
  eq(readerScores.userId, comments.authorId),
);

const sortOrder = {
  newest: [desc(comments.createdAt), desc(comments.id)],
  oldest: [asc(comments.createdAt), asc(comments.id)],
  top: [desc(comments.likeCount), asc(comments.createdAt), asc(comments.id)],
} satisfies Record<CommentSort, unknown[]>;

/**
 * `deleted_at IS NULL` holds for almost every row; the unary plus keeps the planner on the
 * parent index instead of reading every visible comment of the review.
 */
const notDeletedNoIndex = sql`+${comments.deletedAt} IS NULL`;

/** Comments on reviews that are not live cannot be written to (the review, by its key). */
export function onLiveReview() {
  return exists(
    getDb()
      .select({ one: sql`1` })
      .from(reviews)
      .where(and(eq(reviews.id, comments.reviewId), isLive())),
  );
}

/** The comment, on that review, neither deleted nor hidden, on a live review. */
export function liveComment(commentId: number, reviewId: number) {
  return and(
    eq(comments.id, commentId),
    eq(comments.reviewId, reviewId),
    isNull(comments.deletedAt),
    isNull(comments.hiddenAt),
    onLiveReview(),
  );
}

/**
 * Top-level comments that are shown: not deleted (hidden ones included, as placeholders), or
 * deleted but still holding live replies.
 */
function shownThreads(reviewId: number) {
  const db = getDb();
  return and(
    eq(comments.reviewId, reviewId),
    isNull(comments.parentId),
    or(
      isNull(comments.deletedAt),
      exists(
        db
          .select({ one: sql`1` })
          .from(reply)
          .where(and(eq(reply.parentId, comments.id), isNull(reply.deletedAt))),
      ),
    ),
  );
}

/** How many threads the review's discussion shows, for its page count. */
export async function countThreads(reviewId: number): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(comments).where(shownThreads(reviewId));
  return row?.n ?? 0;
}

function toView(row: {
  id: number;
  parentId: number | null;
  body: string;
  isSpoiler: boolean;
  likeCount: number;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  authorId: string;
  authorName: string | null;
  authorHandle: string | null;
  authorBannedAt: Date | null;
  authorScore: number | null;
}): CommentView {
  const deleted = row.deletedAt !== null;
  const hidden = !deleted && row.hiddenAt !== null;
  // Nothing of a removed comment leaves the server: not its words, its author or its likes.
  const removed = deleted || hidden;
  return {
    id: row.id,
    parentId: row.parentId,
    body: removed ? null : row.body,
    isSpoiler: !removed && row.isSpoiler,
    likeCount: removed ? 0 : row.likeCount,
    createdAt: row.createdAt,
    editedAt: removed ? null : row.editedAt,
    deleted,
    hidden,
    byDeletedReader: deleted && row.authorId === DELETED_READER.id,
    author: removed
      ? null
      : {
          id: row.authorId,
          name: row.authorName ?? row.authorHandle ?? "Reader",
          handle: row.authorHandle,
          banned: row.authorBannedAt !== null,
        },
    authorScore: removed ? null : row.authorScore,
  };
}

/**
 * One page of top-level comments in the chosen order, then all their replies (oldest first) in
 * one query, each with its author's score. The same for every reader: a reader's own likes and
 * reports arrive separately.
 */
export async function getReviewComments(options: {
  reviewId: number;
  sort: CommentSort;
  page: number;
  pageSize: number;
}): Promise<CommentThread[]> {
  const { reviewId, sort, page, pageSize } = options;
  const db = getDb();
  const topLevel = await db
    .select(columns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .leftJoin(readerScores, authorScoreJoin)
    .where(shownThreads(reviewId))
    .orderBy(...sortOrder[sort])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  if (topLevel.length === 0) return [];

  const replies = await db
    .select(columns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .leftJoin(readerScores, authorScoreJoin)
    .where(
      and(
        inArray(
          comments.parentId,
          topLevel.map((c) => c.id),
        ),
        notDeletedNoIndex,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const threads = topLevel.map((c) => ({ ...toView(c), replies: [] as CommentView[] }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const r of replies) byId.get(r.parentId ?? -1)?.replies.push(toView(r));
  return threads;
}

/** The Markdown of a comment by this author that is neither deleted nor hidden, for its editor. */
export async function getOwnCommentSource(commentId: number, authorId: string) {
  const [row] = await getDb()
    .select({ body: comments.body, isSpoiler: comments.isSpoiler })
    .from(comments)
    .where(
      and(
        eq(comments.id, commentId),
        eq(comments.authorId, authorId),
        isNull(comments.deletedAt),
        isNull(comments.hiddenAt),
      ),
    );
  return row;
}

/**
 * Comments and replies per review that are not deleted; every id asked for gets a number. Hidden
 * ones count: each keeps its place in its thread as a placeholder, and counting them keeps this a
 * read of the (review_id, deleted_at) index alone on a review with thousands of comments.
 */
export async function getCommentCounts(reviewIds: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>(reviewIds.map((id) => [id, 0]));
  if (reviewIds.length === 0) return counts;
  const rows = await getDb()
    .select({ reviewId: comments.reviewId, n: count() })
    .from(comments)
    .where(and(inArray(comments.reviewId, reviewIds), isNull(comments.deletedAt)))
    .groupBy(comments.reviewId);
  for (const row of rows) counts.set(row.reviewId, row.n);
  return counts;
}

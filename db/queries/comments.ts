import "server-only";
import { and, asc, count, desc, eq, exists, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { CommentSort } from "@/lib/comment-rules";
import { getDb } from "..";
import { commentLikes, commentReports, comments, reviews, users } from "../schema";
import { isLive } from "./live";

export type CommentView = {
  id: number;
  parentId: number | null;
  /** null once deleted: a deleted comment only stays, as a placeholder, while it has replies. */
  body: string | null;
  isSpoiler: boolean;
  likeCount: number;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  author: { id: string; name: string; handle: string | null } | null;
  likedByViewer: boolean;
  reportedByViewer: boolean;
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
  authorId: comments.authorId,
  authorName: users.name,
  authorHandle: users.handle,
};

const sortOrder = {
  newest: [desc(comments.createdAt), desc(comments.id)],
  oldest: [asc(comments.createdAt), asc(comments.id)],
  top: [desc(comments.likeCount), asc(comments.createdAt), asc(comments.id)],
} satisfies Record<CommentSort, unknown[]>;

/**
 * `deleted_at IS NULL` holds for almost every row, yet with no statistics SQLite would pick
 * comments_deleted_at_idx for it; the unary plus keeps the planner on the parent index.
 */
const notDeletedNoIndex = sql`+${comments.deletedAt} IS NULL`;

/** Comments on reviews that are not live cannot be written to. */
export function onLiveReview() {
  return inArray(
    comments.reviewId,
    getDb().select({ id: reviews.id }).from(reviews).where(isLive()),
  );
}

/** The comment, on that review, not deleted, on a live review. */
export function liveComment(commentId: number, reviewId: number) {
  return and(
    eq(comments.id, commentId),
    eq(comments.reviewId, reviewId),
    isNull(comments.deletedAt),
    onLiveReview(),
  );
}

export async function findLiveReview(reviewId: number) {
  const [row] = await getDb()
    .select({ id: reviews.id, slug: reviews.slug })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), isLive()));
  return row;
}

/**
 * One page of top-level comments in the chosen order, then all their replies (oldest first) in one
 * query, and the viewer's likes and reports in one query each. `nextId` is the first comment of the
 * next page, or null when there is none.
 */
export async function getReviewComments(options: {
  reviewId: number;
  viewerId?: string | null;
  sort: CommentSort;
  limit: number;
}): Promise<{ threads: CommentThread[]; nextId: number | null }> {
  const { reviewId, viewerId, sort, limit } = options;
  const db = getDb();
  const topLevel = await db
    .select(columns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
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
      ),
    )
    .orderBy(...sortOrder[sort])
    .limit(limit + 1);
  const page = topLevel.slice(0, limit);
  const nextId = topLevel[limit]?.id ?? null;
  if (page.length === 0) return { threads: [], nextId };

  const pageIds = page.map((c) => c.id);
  const replies = await db
    .select(columns)
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(inArray(comments.parentId, pageIds), notDeletedNoIndex))
    .orderBy(asc(comments.createdAt), asc(comments.id));

  const allIds = [...pageIds, ...replies.map((r) => r.id)];
  const [liked, reported] = viewerId
    ? await Promise.all([
        db
          .select({ id: commentLikes.commentId })
          .from(commentLikes)
          .where(and(eq(commentLikes.userId, viewerId), inArray(commentLikes.commentId, allIds))),
        db
          .select({ id: commentReports.commentId })
          .from(commentReports)
          .where(
            and(eq(commentReports.reporterId, viewerId), inArray(commentReports.commentId, allIds)),
          ),
      ])
    : [[], []];
  const likedIds = new Set(liked.map((r) => r.id));
  const reportedIds = new Set(reported.map((r) => r.id));

  const toView = (row: (typeof page)[number]): CommentView => {
    const deleted = row.deletedAt !== null;
    return {
      id: row.id,
      parentId: row.parentId,
      body: deleted ? null : row.body,
      isSpoiler: !deleted && row.isSpoiler,
      likeCount: deleted ? 0 : row.likeCount,
      createdAt: row.createdAt,
      editedAt: deleted ? null : row.editedAt,
      deleted,
      author: deleted
        ? null
        : {
            id: row.authorId,
            name: row.authorName ?? row.authorHandle ?? "Reader",
            handle: row.authorHandle,
          },
      likedByViewer: likedIds.has(row.id),
      reportedByViewer: reportedIds.has(row.id),
    };
  };
  const threads = page.map((c) => ({ ...toView(c), replies: [] as CommentView[] }));
  const byId = new Map(threads.map((t) => [t.id, t]));
  for (const r of replies) byId.get(r.parentId ?? -1)?.replies.push(toView(r));
  return { threads, nextId };
}

/** Visible (not deleted) comments and replies per review; every id asked for gets a number. */
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

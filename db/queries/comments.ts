import "server-only";
import { and, asc, count, desc, eq, exists, gt, inArray, isNull, max, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  COMMENT_INTERVAL_MS,
  COMMENT_WINDOW_MS,
  COMMENTS_PER_WINDOW,
  type CommentSort,
  type RateLimit,
} from "@/lib/comment-rules";
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
function onLiveReview() {
  return inArray(
    comments.reviewId,
    getDb().select({ id: reviews.id }).from(reviews).where(isLive()),
  );
}

/** The comment, on that review, not deleted, on a live review. */
function liveComment(commentId: number, reviewId: number) {
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

export type CreateCommentResult =
  | { ok: true; id: number }
  | { ok: false; reason: "rate-limited"; limit: RateLimit }
  | { ok: false; reason: "not-found" };

/**
 * Inserts in one statement that also enforces the limits (one comment per 10 seconds, 30 an hour),
 * that the review is live and that a parent, if any, is a comment on it; a reply to a reply is
 * attached to its top-level comment. When nothing was inserted, works out why.
 */
export async function createComment(input: {
  reviewId: number;
  authorId: string;
  body: string;
  isSpoiler: boolean;
  parentId?: number;
  now?: Date;
}): Promise<CreateCommentResult> {
  const { reviewId, authorId, body, isSpoiler, parentId, now = new Date() } = input;
  const db = getDb();
  const at = now.getTime();
  const parent =
    parentId === undefined
      ? sql`NULL`
      : sql`(SELECT coalesce(p.parent_id, p.id) FROM comments p
             WHERE p.id = ${parentId} AND p.review_id = ${reviewId} AND p.deleted_at IS NULL)`;
  const inserted = await db.all<{ id: number }>(sql`
    INSERT INTO comments (review_id, author_id, parent_id, body, is_spoiler, like_count, created_at)
    SELECT ${reviews.id}, ${authorId}, ${parent}, ${body}, ${isSpoiler ? 1 : 0}, 0, ${at}
    FROM ${reviews}
    WHERE ${reviews.id} = ${reviewId} AND ${isLive()}
      AND ${parentId === undefined ? sql`1` : sql`${parent} IS NOT NULL`}
      AND NOT EXISTS (SELECT 1 FROM comments c
                      WHERE c.author_id = ${authorId} AND c.created_at > ${at - COMMENT_INTERVAL_MS})
      AND (SELECT count(*) FROM comments c
           WHERE c.author_id = ${authorId} AND c.created_at > ${at - COMMENT_WINDOW_MS}) < ${COMMENTS_PER_WINDOW}
    RETURNING id`);
  const id = inserted[0]?.id;
  if (id !== undefined) return { ok: true, id };

  const mine = eq(comments.authorId, authorId);
  const [recent] = await db
    .select({ at: max(comments.createdAt) })
    .from(comments)
    .where(and(mine, gt(comments.createdAt, new Date(at - COMMENT_INTERVAL_MS))));
  if (recent?.at) {
    const retryAt = new Date(recent.at.getTime() + COMMENT_INTERVAL_MS);
    return { ok: false, reason: "rate-limited", limit: { kind: "interval", retryAt } };
  }
  // The window frees up once the 30th most recent comment in it is an hour old.
  const [oldestCounted] = await db
    .select({ at: comments.createdAt })
    .from(comments)
    .where(and(mine, gt(comments.createdAt, new Date(at - COMMENT_WINDOW_MS))))
    .orderBy(desc(comments.createdAt))
    .limit(1)
    .offset(COMMENTS_PER_WINDOW - 1);
  if (oldestCounted) {
    const retryAt = new Date(oldestCounted.at.getTime() + COMMENT_WINDOW_MS);
    return { ok: false, reason: "rate-limited", limit: { kind: "hourly", retryAt } };
  }
  return { ok: false, reason: "not-found" };
}

/** Only the author's own, live comment changes; "edited" is only set when something changed. */
export async function editComment(input: {
  commentId: number;
  reviewId: number;
  authorId: string;
  body: string;
  isSpoiler: boolean;
  now?: Date;
}): Promise<boolean> {
  const { commentId, reviewId, authorId, body, isSpoiler, now = new Date() } = input;
  const rows = await getDb()
    .update(comments)
    .set({
      body,
      isSpoiler,
      editedAt: sql`CASE WHEN ${comments.body} = ${body} AND ${comments.isSpoiler} = ${isSpoiler ? 1 : 0}
        THEN ${comments.editedAt} ELSE ${now.getTime()} END`,
    })
    .where(and(liveComment(commentId, reviewId), eq(comments.authorId, authorId)))
    .returning({ id: comments.id });
  return rows.length > 0;
}

/** A soft delete of the author's own comment; its replies, if any, keep the thread. */
export async function deleteComment(input: {
  commentId: number;
  reviewId: number;
  authorId: string;
  now?: Date;
}): Promise<boolean> {
  const { commentId, reviewId, authorId, now = new Date() } = input;
  const rows = await getDb()
    .update(comments)
    .set({ deletedAt: now })
    .where(and(liveComment(commentId, reviewId), eq(comments.authorId, authorId)))
    .returning({ id: comments.id });
  return rows.length > 0;
}

/**
 * Likes or unlikes; the like row and the comment's recounted likeCount change in one batch.
 * Returns null when the comment is not a live comment on that review.
 */
export async function setCommentLike(input: {
  commentId: number;
  reviewId: number;
  userId: string;
  liked: boolean;
}): Promise<{ liked: boolean; likeCount: number } | null> {
  const { commentId, reviewId, userId, liked } = input;
  const db = getDb();
  const target = liveComment(commentId, reviewId);
  const write = liked
    ? db.run(sql`INSERT INTO ${commentLikes} (comment_id, user_id)
        SELECT ${comments.id}, ${userId} FROM ${comments} WHERE ${target}
        ON CONFLICT DO NOTHING`)
    : db
        .delete(commentLikes)
        .where(
          and(
            eq(commentLikes.userId, userId),
            inArray(
              commentLikes.commentId,
              db.select({ id: comments.id }).from(comments).where(target),
            ),
          ),
        );
  const recount = db
    .update(comments)
    .set({
      likeCount: sql`(SELECT count(*) FROM ${commentLikes} WHERE ${commentLikes.commentId} = ${commentId})`,
    })
    .where(target)
    .returning({ likeCount: comments.likeCount });
  const [, updated] = await db.batch([write, recount]);
  const row = updated[0];
  return row ? { liked, likeCount: row.likeCount } : null;
}

export type ReportResult = "reported" | "already-reported" | "not-found";

/** One report per reader per comment; readers cannot report their own comments. */
export async function reportComment(input: {
  commentId: number;
  reviewId: number;
  reporterId: string;
  reason: string;
}): Promise<ReportResult> {
  const { commentId, reviewId, reporterId, reason } = input;
  const db = getDb();
  const inserted = await db.all<{ id: number }>(sql`
    INSERT INTO ${commentReports} (comment_id, reporter_id, reason)
    SELECT ${comments.id}, ${reporterId}, ${reason} FROM ${comments}
    WHERE ${liveComment(commentId, reviewId)} AND ${comments.authorId} <> ${reporterId}
    ON CONFLICT DO NOTHING
    RETURNING id`);
  if (inserted.length > 0) return "reported";
  const [existing] = await db
    .select({ id: commentReports.id })
    .from(commentReports)
    .where(and(eq(commentReports.commentId, commentId), eq(commentReports.reporterId, reporterId)));
  return existing ? "already-reported" : "not-found";
}

/** A reader withdraws their own report, as long as the moderators have not resolved it yet. */
export async function withdrawReport(input: {
  commentId: number;
  reporterId: string;
}): Promise<boolean> {
  const rows = await getDb()
    .delete(commentReports)
    .where(
      and(
        eq(commentReports.commentId, input.commentId),
        eq(commentReports.reporterId, input.reporterId),
        isNull(commentReports.resolvedAt),
      ),
    )
    .returning({ id: commentReports.id });
  return rows.length > 0;
}

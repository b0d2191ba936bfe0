import "server-only";
import { and, desc, eq, gt, inArray, isNull, max, sql } from "drizzle-orm";
import {
  COMMENT_INTERVAL_MS,
  COMMENT_WINDOW_MS,
  COMMENTS_PER_WINDOW,
  type RateLimit,
} from "@/lib/comment-rules";
import { getDb } from "..";
import { now as clockNow, nowSeconds } from "../clock.mjs";
import { commentLikes, commentReports, comments, reviews } from "../schema";
import { liveComment } from "./comments";
import { isLive } from "./live";
import { forgetLike, notifyLike, notifyReply } from "./notifications";

/** The comment a post made, or had already made when it is sent again with the same key. */
export type PostedComment = { id: number; reviewId: number; parentId: number | null };

export type CreateCommentResult =
  | ({ ok: true } & PostedComment)
  | { ok: false; reason: "rate-limited"; limit: RateLimit }
  | { ok: false; reason: "not-found" };

/**
 * Inserts in one statement that also enforces the limits (one comment per 10 seconds, 30 an hour),
 * that the review is live and that a parent, if any, is a shown comment on it in a thread whose
 * top a moderator has not hidden; a reply to a reply is attached to its top-level comment. When
 * nothing was inserted, works out why. A post sent again with a key already used answers with the
 * comment that key made, as it was stored, whatever else the repeat says, and writes nothing.
 */
export async function createComment(input: {
  reviewId: number;
  authorId: string;
  body: string;
  isSpoiler: boolean;
  parentId?: number;
  /** The form's key for this draft; a post sent again with it finds the comment already made. */
  idempotencyKey?: string;
  now?: Date;
}): Promise<CreateCommentResult> {
  const { reviewId, authorId, body, isSpoiler, parentId, now = clockNow() } = input;
  const key = input.idempotencyKey ?? crypto.randomUUID();
  const db = getDb();
  const at = now.getTime();
  const parent =
    parentId === undefined
      ? sql`NULL`
      : sql`(SELECT t.id FROM comments p JOIN comments t ON t.id = coalesce(p.parent_id, p.id)
             WHERE p.id = ${parentId} AND p.review_id = ${reviewId}
               AND p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.hidden_at IS NULL)`;
  const insert = db.all<{ id: number; parentId: number | null }>(sql`
    INSERT INTO comments (review_id, author_id, parent_id, body, is_spoiler, like_count, created_at,
                          idempotency_key)
    SELECT ${reviews.id}, ${authorId}, ${parent}, ${body}, ${isSpoiler ? 1 : 0}, 0, ${at}, ${key}
    FROM ${reviews}
    WHERE ${reviews.id} = ${reviewId} AND ${isLive()}
      AND ${parentId === undefined ? sql`1` : sql`${parent} IS NOT NULL`}
      AND NOT EXISTS (SELECT 1 FROM comments c
                      WHERE c.author_id = ${authorId} AND c.created_at > ${at - COMMENT_INTERVAL_MS})
      AND (SELECT count(*) FROM comments c
           WHERE c.author_id = ${authorId} AND c.created_at > ${at - COMMENT_WINDOW_MS}) < ${COMMENTS_PER_WINDOW}
    ON CONFLICT DO NOTHING
    RETURNING id, parent_id AS parentId`);
  const [inserted] =
    parentId === undefined
      ? await db.batch([insert])
      : await db.batch([insert, notifyReply(db, { authorId, parentId })]);
  const [written] = inserted;
  if (written) return { ok: true, ...written, reviewId };

  const mine = eq(comments.authorId, authorId);
  // Sent again (a retry after a timeout, a second click): the comment is already there.
  const [earlier] = await db
    .select({ id: comments.id, reviewId: comments.reviewId, parentId: comments.parentId })
    .from(comments)
    .where(and(mine, eq(comments.idempotencyKey, key)));
  if (earlier) return { ok: true, ...earlier };
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
  const { commentId, reviewId, authorId, body, isSpoiler, now = clockNow() } = input;
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
  const { commentId, reviewId, authorId, now = clockNow() } = input;
  const rows = await getDb()
    .update(comments)
    .set({ deletedAt: now })
    .where(and(liveComment(commentId, reviewId), eq(comments.authorId, authorId)))
    .returning({ id: comments.id });
  return rows.length > 0;
}

/**
 * Likes or unlikes; the like row, its notification for the comment's author and the comment's
 * recounted likeCount change in one batch. Readers cannot like their own comments ("own").
 * Returns null when the comment is not a live comment on that review.
 */
export async function setCommentLike(input: {
  commentId: number;
  reviewId: number;
  userId: string;
  liked: boolean;
  now?: Date;
}): Promise<{ liked: boolean; likeCount: number } | "own" | null> {
  const { commentId, reviewId, userId, liked, now = clockNow() } = input;
  const db = getDb();
  const target = liveComment(commentId, reviewId);
  const writes = liked
    ? ([
        db.run(sql`INSERT INTO ${commentLikes} (comment_id, user_id, created_at)
          SELECT ${comments.id}, ${userId}, ${Math.floor(now.getTime() / 1000)} FROM ${comments}
          WHERE ${target} AND ${comments.authorId} <> ${userId}
          ON CONFLICT DO NOTHING`),
        notifyLike(db, { commentId, userId, at: now }),
      ] as const)
    : ([
        db
          .delete(commentLikes)
          .where(
            and(
              eq(commentLikes.userId, userId),
              inArray(
                commentLikes.commentId,
                db.select({ id: comments.id }).from(comments).where(target),
              ),
            ),
          ),
        forgetLike(db, { commentId, userId }),
      ] as const);
  const recount = db
    .update(comments)
    .set({
      likeCount: sql`(SELECT count(*) FROM ${commentLikes} WHERE ${commentLikes.commentId} = ${commentId})`,
    })
    .where(target)
    .returning({ likeCount: comments.likeCount, authorId: comments.authorId });
  const [, , updated] = await db.batch([...writes, recount]);
  const row = updated[0];
  if (!row) return null;
  if (liked && row.authorId === userId) return "own";
  return { liked, likeCount: row.likeCount };
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
    INSERT INTO ${commentReports} (comment_id, reporter_id, reason, created_at)
    SELECT ${comments.id}, ${reporterId}, ${reason}, ${nowSeconds()} FROM ${comments}
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

import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { COMMENT_PAGE_SIZE, discussionHref } from "@/lib/comment-rules";
import { getDb } from "..";
import { comments, reviews } from "../schema";
import { isLiveRow } from "./live";

// Where a comment sits in its review's discussion, for the links to it from elsewhere
// (notifications, the daily digest, the Following page through /comments/<id>).

/** A comment is shown (and a notification of it) while it is neither deleted nor hidden. */
export const commentShown = and(isNull(comments.deletedAt), isNull(comments.hiddenAt));

/** The thread a comment belongs to (itself, or the comment it replies to). */
export const thread = alias(comments, "thread");
export const threadOfComment = eq(thread.id, sql`coalesce(${comments.parentId}, ${comments.id})`);

/** How many threads shown on the discussion come before that thread, oldest first. */
export const threadsBefore = sql<number>`(SELECT count(*) FROM comments b
  WHERE b.review_id = ${thread.reviewId} AND b.parent_id IS NULL
    AND (b.created_at, b.id) < (${thread.createdAt}, ${thread.id})
    AND (b.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments r
         WHERE r.parent_id = b.id AND r.deleted_at IS NULL)))`;

/** A comment's place: the discussion page, oldest first, that holds its thread, and its anchor. */
export function commentPlace(slug: string, threadsBefore: number, commentId: number): string {
  const page = Math.floor(threadsBefore / COMMENT_PAGE_SIZE) + 1;
  return `${discussionHref(slug, "oldest", page)}#comment-${commentId}`;
}

/**
 * The place of a comment shown on a live review, or null: counting the threads before it reads
 * the discussion's index up to it, so it is asked once, when someone follows the link.
 */
export async function getCommentPlace(commentId: number): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: reviews.slug, threadsBefore })
    .from(comments)
    .innerJoin(thread, threadOfComment)
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .where(and(eq(comments.id, commentId), commentShown, isLiveRow()));
  return row ? commentPlace(row.slug, row.threadsBefore, commentId) : null;
}

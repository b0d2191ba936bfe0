import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { ReviewViewerState } from "@/lib/viewer";
import { getDb } from "..";
import {
  commentLikes,
  commentReports,
  comments,
  favouriteTracks,
  readerScores,
  reviews,
  users,
} from "../schema";
import { mustVerifyEmailSql } from "./auth-tokens";
import { isLive } from "./live";
import { selectUnreadCount } from "./notifications";
import { type AuthState, readSession, selectSessionAuthState, type SessionRef } from "./users";

/**
 * A comment's review, tested row by row: the reader's likes and reports are few, a review's
 * comments can be thousands, so the query must start from the reader's (the unary plus keeps
 * SQLite off the comments' review index).
 */
const onReview = (reviewId: number) => sql`+${comments.reviewId} = ${reviewId}`;

type Db = ReturnType<typeof getDb>;

/** The reader's own rows on a review, as the four queries of one batch. */
function reviewStateQueries(db: Db, userId: string, reviewId: number) {
  return [
    db
      .select({
        score: readerScores.score,
        hide: users.hideCrowdUntilScored,
        mustVerify: mustVerifyEmailSql,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, userId))
      .leftJoin(
        readerScores,
        and(eq(readerScores.soundtrackId, reviews.soundtrackId), eq(readerScores.userId, userId)),
      )
      .where(and(eq(reviews.id, reviewId), isLive())),
    db
      .select({ trackId: favouriteTracks.trackId })
      .from(favouriteTracks)
      .innerJoin(reviews, eq(reviews.soundtrackId, favouriteTracks.soundtrackId))
      .where(and(eq(favouriteTracks.userId, userId), eq(reviews.id, reviewId)))
      .orderBy(favouriteTracks.trackId),
    db
      .select({ id: commentLikes.commentId })
      .from(commentLikes)
      .innerJoin(comments, eq(comments.id, commentLikes.commentId))
      .where(and(eq(commentLikes.userId, userId), onReview(reviewId))),
    db
      .select({ id: commentReports.commentId })
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .where(
        and(
          eq(commentReports.reporterId, userId),
          isNull(commentReports.resolvedAt),
          onReview(reviewId),
        ),
      ),
  ] as const;
}

function reviewState([own, picks, liked, reported]: readonly [
  { score: number | null; hide: boolean; mustVerify: number }[],
  { trackId: number }[],
  { id: number }[],
  { id: number }[],
]): ReviewViewerState | null {
  const row = own[0];
  if (!row) return null;
  return {
    score: row.score ?? null,
    hideCrowdUntilScored: row.hide,
    picks: picks.map((p) => p.trackId),
    liked: liked.map((l) => l.id),
    reported: reported.map((r) => r.id),
    mustVerifyEmail: Boolean(row.mustVerify),
  };
}

/**
 * What a live review page shows differently for this reader, in one round trip: their score and
 * preference, their favourite tracks, and their likes and open reports on the review's comments.
 * Null when the review is not live.
 */
export async function getReviewViewerState(
  userId: string,
  reviewId: number,
): Promise<ReviewViewerState | null> {
  const db = getDb();
  return reviewState(await db.batch(reviewStateQueries(db, userId, reviewId)));
}

type AccountAndReviewState = {
  account: AuthState | undefined;
  unread: number;
  review: ReviewViewerState | null;
};

/**
 * The reader's account and, on a review page, their own state there (as getReviewViewerState),
 * in one round trip: everything GET /api/viewer answers with. A session not yet on this replica
 * is looked for again after a sync (readSession).
 */
export function getAccountAndReviewState(
  session: SessionRef,
  reviewId: number | null,
): Promise<AccountAndReviewState> {
  return readSession(
    () => readAccountAndReviewState(session, reviewId),
    (state) => state.account !== undefined,
  );
}

async function readAccountAndReviewState(
  session: SessionRef,
  reviewId: number | null,
): Promise<AccountAndReviewState> {
  const db = getDb();
  // The unread notifications (the header's badge) come with the account, in the same round trip.
  if (reviewId === null) {
    const [[account], [unread]] = await db.batch([
      selectSessionAuthState(session),
      selectUnreadCount(session.userId),
    ]);
    return { account, unread: unread?.n ?? 0, review: null };
  }
  const [[account], [unread], ...rows] = await db.batch([
    selectSessionAuthState(session),
    selectUnreadCount(session.userId),
    ...reviewStateQueries(db, session.userId, reviewId),
  ]);
  return { account, unread: unread?.n ?? 0, review: reviewState(rows) };
}

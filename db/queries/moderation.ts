import "server-only";
import { and, count, countDistinct, desc, eq, inArray, isNull, max, sql } from "drizzle-orm";
import { type Direction, type KeysetPage, keysetPage } from "@/lib/keyset";
import { getDb } from "..";
import { commentReports, comments, reviews, soundtracks, users, type UserRole } from "../schema";
import { keysetRange } from "./keyset";

// The moderation queue's reads. Every list starts from an index and reads one page of ids; only
// those comments are then read whole, with their author, review and open reports.

export type CommentState = "visible" | "hidden" | "deleted";

export type QueueComment = {
  id: number;
  body: string;
  state: CommentState;
  isReply: boolean;
  createdAt: Date;
  author: {
    id: string;
    name: string;
    handle: string | null;
    role: UserRole;
    bannedAt: Date | null;
    banReason: string | null;
  };
  review: { id: number; slug: string; filmTitle: string };
  /** Open reports, most given reason first; each stored reason once, with how many gave it. */
  reports: { reason: string; count: number }[];
  openReports: number;
};

/** The comments whole, in the order of `ids`. */
async function getQueueComments(ids: number[]): Promise<QueueComment[]> {
  if (ids.length === 0) return [];
  const db = getDb();
  const [rows, reports] = await Promise.all([
    db
      .select({
        id: comments.id,
        body: comments.body,
        parentId: comments.parentId,
        createdAt: comments.createdAt,
        deletedAt: comments.deletedAt,
        hiddenAt: comments.hiddenAt,
        authorId: users.id,
        authorName: users.name,
        handle: users.handle,
        role: users.role,
        bannedAt: users.bannedAt,
        banReason: users.banReason,
        reviewId: reviews.id,
        slug: reviews.slug,
        filmTitle: soundtracks.filmTitle,
      })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .innerJoin(reviews, eq(reviews.id, comments.reviewId))
      .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
      .where(inArray(comments.id, ids)),
    db
      .select({ commentId: commentReports.commentId, reason: commentReports.reason, n: count() })
      .from(commentReports)
      .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
      .groupBy(commentReports.commentId, commentReports.reason)
      .orderBy(desc(count()), commentReports.reason),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const open = reports
      .filter((r) => r.commentId === id)
      .map((r) => ({ reason: r.reason, count: r.n }));
    return {
      id,
      body: row.body,
      state: row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible",
      isReply: row.parentId !== null,
      createdAt: row.createdAt,
      author: {
        id: row.authorId,
        name: row.authorName ?? row.handle ?? "Reader",
        handle: row.handle,
        role: row.role,
        bannedAt: row.bannedAt,
        banReason: row.banReason,
      },
      review: { id: row.reviewId, slug: row.slug, filmTitle: row.filmTitle },
      reports: open,
      openReports: open.reduce((sum, r) => sum + r.count, 0),
    } satisfies QueueComment;
  });
}

/** Open reports on comments still there to act on (an author's own deletion settles them). */
const openReport = () => and(isNull(commentReports.resolvedAt), isNull(comments.deletedAt));

/**
 * Comments with open reports, the most reported first (then the most recently reported). Read
 * through the open reports alone, which a moderated comment leaves.
 */
export async function getReportedComments(options: {
  page: number;
  pageSize: number;
}): Promise<{ comments: QueueComment[]; total: number }> {
  const { page, pageSize } = options;
  const db = getDb();
  const reports = count();
  const [ranked, total] = await Promise.all([
    db
      .select({ id: commentReports.commentId, reports })
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .where(openReport())
      .groupBy(commentReports.commentId)
      .orderBy(desc(reports), desc(max(commentReports.id)))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countReportedComments(),
  ]);
  return { comments: await getQueueComments(ranked.map((r) => r.id)), total };
}

/** How many comments wait in the reported queue. */
export async function countReportedComments(): Promise<number> {
  const [row] = await getDb()
    .select({ n: countDistinct(commentReports.commentId) })
    .from(commentReports)
    .innerJoin(comments, eq(comments.id, commentReports.commentId))
    .where(openReport());
  return row?.n ?? 0;
}

/** The newest comments on every review, whatever their state, a page at a time. */
export async function getRecentComments(
  options: Direction & { pageSize: number },
): Promise<KeysetPage<QueueComment>> {
  const { before, after, pageSize } = options;
  // comments_created_idx holds the list's order.
  const range = keysetRange(comments.createdAt, comments.id, { before, after });
  const fetched = await getDb()
    .select({ id: comments.id, createdAt: comments.createdAt })
    .from(comments)
    .where(range.where)
    .orderBy(...range.orderBy)
    .limit(pageSize + 1);
  const page = keysetPage(fetched, pageSize, { before, after }, (row) => ({
    at: row.createdAt.getTime(),
    id: row.id,
  }));
  return { ...page, rows: await getQueueComments(page.rows.map((row) => row.id)) };
}

export type BannedReader = {
  id: string;
  name: string;
  handle: string | null;
  bannedAt: Date;
  banReason: string | null;
};

/** Banned readers, the latest ban first. */
export async function getBannedReaders(options: {
  page: number;
  pageSize: number;
}): Promise<{ readers: BannedReader[]; total: number }> {
  const { page, pageSize } = options;
  const db = getDb();
  const banned = sql`${users.bannedAt} IS NOT NULL`;
  const [rows, [totals]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        handle: users.handle,
        bannedAt: users.bannedAt,
        banReason: users.banReason,
      })
      .from(users)
      .where(banned)
      .orderBy(desc(users.bannedAt), desc(users.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(banned),
  ]);
  return {
    readers: rows.map((row) => ({
      ...row,
      name: row.name ?? row.handle ?? "Reader",
      bannedAt: row.bannedAt!,
    })),
    total: totals?.n ?? 0,
  };
}

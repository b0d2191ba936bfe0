import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { commentSummary, type ModerationAction, readerSummary } from "@/lib/moderation";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { commentReports, comments, reviews, soundtracks, users } from "../schema";
import { auditEntry } from "./audit";
import { endSessionsOf } from "./sessions";

// Every moderation write lands in one batch with its audit entries: both, or neither. A write
// changes only what is in the state it acts on (hiding a visible comment, banning a reader who is
// not banned), so repeating one changes nothing and logs nothing.

export type ModeratedComment = { id: number; reviewId: number; authorId: string };

const COMMENT_MODERATION = {
  hide: {
    action: "comment.hidden",
    applies: () => and(isNull(comments.deletedAt), isNull(comments.hiddenAt)),
    change: (now: Date) => ({ hiddenAt: now }),
    resolvesReports: true,
  },
  unhide: {
    action: "comment.unhidden",
    applies: () => and(isNull(comments.deletedAt), isNotNull(comments.hiddenAt)),
    change: () => ({ hiddenAt: null }),
    resolvesReports: false,
  },
  delete: {
    action: "comment.deleted",
    applies: () => isNull(comments.deletedAt),
    change: (now: Date) => ({ deletedAt: now }),
    resolvesReports: true,
  },
} satisfies Record<
  string,
  {
    action: ModerationAction;
    applies: () => unknown;
    change: (now: Date) => Partial<typeof comments.$inferInsert>;
    resolvesReports: boolean;
  }
>;

type CommentModeration = keyof typeof COMMENT_MODERATION;

/**
 * Applies one moderation to the comments among `commentIds` it applies to, resolving their open
 * reports when it takes them out of sight; returns the comments it changed.
 */
async function moderateComments(
  kind: CommentModeration,
  input: { actorId: string; commentIds: number[]; now?: Date },
): Promise<ModeratedComment[]> {
  const { actorId, commentIds, now = clockNow() } = input;
  const moderation = COMMENT_MODERATION[kind];
  const db = getDb();
  const targets = await db
    .select({
      id: comments.id,
      reviewId: comments.reviewId,
      authorId: comments.authorId,
      body: comments.body,
      handle: users.handle,
      filmTitle: soundtracks.filmTitle,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(reviews, eq(reviews.id, comments.reviewId))
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(and(inArray(comments.id, commentIds), moderation.applies()));
  if (targets.length === 0) return [];
  const ids = targets.map((t) => t.id);
  // The unary plus keeps SQLite on the comments' own reports, not on every open report.
  const resolve = db
    .update(commentReports)
    .set({ resolvedAt: now })
    .where(and(inArray(commentReports.commentId, ids), sql`+${commentReports.resolvedAt} IS NULL`));
  await db.batch([
    db
      .update(comments)
      .set(moderation.change(now))
      .where(and(inArray(comments.id, ids), moderation.applies())),
    ...(moderation.resolvesReports ? [resolve] : []),
    ...targets.map((target) =>
      auditEntry(db, {
        actorId,
        action: moderation.action,
        targetType: "comment",
        targetId: target.id,
        summary: commentSummary(target),
      }),
    ),
  ]);
  return targets.map(({ id, reviewId, authorId }) => ({ id, reviewId, authorId }));
}

/** Hidden comments show as placeholders, their replies kept; their open reports are resolved. */
export const hideComments = (input: Parameters<typeof moderateComments>[1]) =>
  moderateComments("hide", input);

export const unhideComments = (input: Parameters<typeof moderateComments>[1]) =>
  moderateComments("unhide", input);

/** A soft delete, as an author's own; their open reports are resolved. */
export const deleteComments = (input: Parameters<typeof moderateComments>[1]) =>
  moderateComments("delete", input);

export type BanResult = "done" | "unchanged" | "not-found" | "admin" | "self";

/**
 * Bans a reader, with the reason they will be shown, or lifts a ban. Admins cannot be banned,
 * nor can an admin ban themselves (the write itself only touches a reader's account).
 */
export async function setReaderBan(input: {
  actorId: string;
  userId: string;
  banned: boolean;
  reason: string;
  now?: Date;
}): Promise<BanResult> {
  const { actorId, userId, banned, reason, now = clockNow() } = input;
  if (userId === actorId) return "self";
  const db = getDb();
  const [reader] = await db
    .select({ name: users.name, handle: users.handle, role: users.role, bannedAt: users.bannedAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!reader) return "not-found";
  if (reader.role === "admin") return "admin";
  if ((reader.bannedAt !== null) === banned) return "unchanged";
  await db.batch([
    db
      .update(users)
      .set(banned ? { bannedAt: now, banReason: reason } : { bannedAt: null, banReason: null })
      .where(
        and(
          eq(users.id, userId),
          eq(users.role, "reader"),
          banned ? isNull(users.bannedAt) : isNotNull(users.bannedAt),
        ),
      ),
    // A ban makes every session of the reader nobody's at its next request (getViewer reads the
    // ban), while still letting it be told why; lifting the ban ends those sessions for good, so
    // a cookie from before the ban never counts again: the reader signs in anew.
    ...(banned ? [] : [endSessionsOf(userId)]),
    auditEntry(db, {
      actorId,
      action: banned ? "reader.banned" : "reader.unbanned",
      targetType: "reader",
      targetId: userId,
      summary: readerSummary(reader, reason),
    }),
  ]);
  return "done";
}

import "server-only";
import { and, count, desc, eq, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  comments,
  type NotificationKind,
  notifications,
  reviews,
  soundtracks,
  users,
} from "../schema";
import {
  commentPlace,
  commentShown,
  thread,
  threadOfComment,
  threadsBefore,
} from "./comment-place";
import { isLiveRow } from "./live";

/** The list shows the newest ones; older ones are still counted until read. */
export const NOTIFICATION_LIST_LIMIT = 50;

type Db = ReturnType<typeof getDb>;

// Written in the same batch as the reply or the like (see comment-writes.ts).

/**
 * For the author of the comment replied to, unless that is themselves: the reply the statement just
 * before it in the batch inserted (comment-writes.ts). Only a row written there notifies: when that
 * insert wrote nothing (a post sent again with its key, a parent refused), changes() is 0 and this
 * writes nothing either, whatever parent the request named. The parent is in the reply's thread,
 * as the insert checked: the thread's top, or another reply in it.
 */
export function notifyReply(db: Db, input: { authorId: string; parentId: number }) {
  return db.run(sql`
    INSERT INTO ${notifications} (recipient_id, kind, actor_id, comment_id, review_id, created_at)
    SELECT p.author_id, 'reply', c.author_id, c.id, c.review_id, c.created_at
    FROM ${comments} c JOIN ${comments} p ON p.id = ${input.parentId}
    WHERE changes() > 0 AND c.id = last_insert_rowid() AND c.author_id = ${input.authorId}
      AND coalesce(p.parent_id, p.id) = c.parent_id
      AND p.author_id <> c.author_id
    ON CONFLICT DO NOTHING`);
}

/** A like the reader holds on the comment (just written in the same batch), for its author. */
export function notifyLike(db: Db, input: { commentId: number; userId: string; at: Date }) {
  return db.run(sql`
    INSERT INTO ${notifications} (recipient_id, kind, actor_id, comment_id, review_id, created_at)
    SELECT c.author_id, 'like', l.user_id, c.id, c.review_id, ${input.at.getTime()}
    FROM comment_likes l JOIN ${comments} c ON c.id = l.comment_id
    WHERE l.comment_id = ${input.commentId} AND l.user_id = ${input.userId}
      AND c.author_id <> l.user_id
    ON CONFLICT DO NOTHING`);
}

/**
 * An unlike (just written in the same batch) takes its notification back: "liked your comment"
 * would no longer be true.
 */
export function forgetLike(db: Db, input: { commentId: number; userId: string }) {
  return db.delete(notifications).where(
    and(
      eq(notifications.commentId, input.commentId),
      eq(notifications.actorId, input.userId),
      eq(notifications.kind, "like"),
      sql`NOT EXISTS (SELECT 1 FROM comment_likes l
        WHERE l.comment_id = ${input.commentId} AND l.user_id = ${input.userId})`,
    ),
  );
}

/**
 * For the reader followed: the follow the statement just before it in the batch wrote (follows.ts).
 * Only a follow written there notifies: following again writes nothing, and notifies nobody twice.
 */
export function notifyFollow(db: Db, input: { followerId: string; followedId: string }) {
  return db.run(sql`
    INSERT INTO ${notifications} (recipient_id, kind, actor_id, created_at)
    SELECT followed_id, 'follow', follower_id, created_at FROM follows
    WHERE changes() > 0 AND follower_id = ${input.followerId} AND followed_id = ${input.followedId}
    ON CONFLICT DO NOTHING`);
}

/** An unfollow takes its notification back: "started following you" would no longer be true. */
export function forgetFollow(db: Db, input: { followerId: string; followedId: string }) {
  return db
    .delete(notifications)
    .where(
      and(
        eq(notifications.recipientId, input.followedId),
        eq(notifications.actorId, input.followerId),
        eq(notifications.kind, "follow"),
      ),
    );
}

/**
 * A follow has no comment (its comment is left-joined): it is shown while its follower, `actor`,
 * still has a profile to link to (a deleted account keeps its row without a handle, a banned
 * reader's profile is a 404).
 */
export const followShown = (actor: { handle: AnySQLiteColumn; bannedAt: AnySQLiteColumn }) =>
  and(eq(notifications.kind, "follow"), isNotNull(actor.handle), isNull(actor.bannedAt));

/** The query for the header's badge, to run in the viewer's batch. */
export function selectUnreadCount(userId: string) {
  return getDb()
    .select({ n: count() })
    .from(notifications)
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .innerJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.recipientId, userId),
        isNull(notifications.readAt),
        or(followShown(users), and(isNotNull(comments.id), commentShown)),
      ),
    );
}

export async function getUnreadCount(userId: string): Promise<number> {
  const [row] = await selectUnreadCount(userId);
  return row?.n ?? 0;
}

export type NotificationView = {
  id: number;
  kind: NotificationKind;
  actorName: string;
  /** The film of the comment's review; null for a follow. */
  filmTitle: string | null;
  /**
   * The comment's place: the discussion page (oldest first) that holds its thread, and its
   * anchor; for a follow, the follower's profile.
   */
  href: string;
  createdAt: Date;
  read: boolean;
};

/** The reader's notifications that are shown, with what each needs to say and link to. */
function selectNotifications(userId: string, only?: SQL) {
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      actorName: users.name,
      actorHandle: users.handle,
      commentId: comments.id,
      slug: reviews.slug,
      filmTitle: soundtracks.filmTitle,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      threadsBefore,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .leftJoin(thread, threadOfComment)
    .leftJoin(reviews, eq(reviews.id, notifications.reviewId))
    .leftJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(
      and(
        eq(notifications.recipientId, userId),
        or(
          followShown(users),
          and(isNotNull(thread.id), isNotNull(soundtracks.id), commentShown, isLiveRow()),
        ),
        only,
      ),
    );
}

type NotificationRow = Awaited<ReturnType<typeof selectNotifications>>[number];

/** Where a notification leads: its comment's place, or for a follow the follower's profile. */
export function notificationHref(row: {
  commentId: number | null;
  slug: string | null;
  threadsBefore: number;
  actorHandle: string | null;
}): string {
  const { commentId, slug } = row;
  return commentId !== null && slug !== null
    ? commentPlace(slug, row.threadsBefore, commentId)
    : `/u/${encodeURIComponent(row.actorHandle ?? "")}`;
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    actorName: row.actorName ?? row.actorHandle ?? "A reader",
    filmTitle: row.filmTitle,
    href: notificationHref(row),
    createdAt: row.createdAt,
    read: row.readAt !== null,
  };
}

/**
 * The reader's newest notifications. Each links to the page of the discussion, oldest first,
 * where its thread sits: threads only move there when an older one is removed.
 */
export async function getNotifications(
  userId: string,
  limit = NOTIFICATION_LIST_LIMIT,
): Promise<NotificationView[]> {
  const rows = await selectNotifications(userId)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(toView);
}

/** One of the reader's own notifications, while it is shown; null for anyone else's. */
export async function getNotification(
  userId: string,
  id: number,
): Promise<NotificationView | null> {
  const [row] = await selectNotifications(userId, eq(notifications.id, id));
  return row ? toView(row) : null;
}

/** Marks one of the reader's own notifications read; false when it is not theirs. */
export async function markNotificationRead(
  userId: string,
  id: number,
  now = clockNow(),
): Promise<boolean> {
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now.getTime()})` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Marks every unread notification of the reader read; returns how many. */
export async function markAllNotificationsRead(userId: string, now = clockNow()): Promise<number> {
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "..";
import {
  comments,
  type NotificationKind,
  notifications,
  reviews,
  soundtracks,
  users,
} from "../schema";
import { commentShown, thread, threadOfComment, threadsBefore } from "./comment-place";
import { followShown, notificationHref } from "./notifications";

/** Whether the reader asked for the daily email of their unread notifications. */
export async function getEmailDigest(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ on: users.emailDigest })
    .from(users)
    .where(eq(users.id, userId));
  return row?.on ?? false;
}

export async function setEmailDigest(userId: string, on: boolean): Promise<void> {
  await getDb().update(users).set({ emailDigest: on }).where(eq(users.id, userId));
}

export type DigestItem = {
  kind: NotificationKind;
  actorName: string;
  /** The film of the comment's review; null for a follow. */
  filmTitle: string | null;
  /** The comment's place on the site (see commentPlace), or for a follow the follower's profile. */
  href: string;
  createdAt: Date;
};

export type DigestReader = {
  id: string;
  name: string;
  email: string;
  items: DigestItem[];
};

/** At most this many lines in one email; the rest wait on the notifications page. */
export const DIGEST_ITEM_LIMIT = 30;

/**
 * Readers who opted in, are not banned and have unread notifications newer than their last
 * digest, each with those notifications (newest first): who gets an email now.
 */
export async function getDigestReaders(): Promise<DigestReader[]> {
  const db = getDb();
  const actor = alias(users, "actor");
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      handle: users.handle,
      email: users.email,
      kind: notifications.kind,
      actorName: sql<string>`coalesce(${actor.name}, ${actor.handle}, 'A reader')`,
      actorHandle: actor.handle,
      filmTitle: soundtracks.filmTitle,
      slug: reviews.slug,
      commentId: comments.id,
      threadsBefore,
      createdAt: notifications.createdAt,
    })
    .from(users)
    .innerJoin(
      notifications,
      and(
        eq(notifications.recipientId, users.id),
        isNull(notifications.readAt),
        or(isNull(users.digestSentAt), gt(notifications.createdAt, users.digestSentAt)),
      ),
    )
    .innerJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(comments, eq(comments.id, notifications.commentId))
    .leftJoin(thread, threadOfComment)
    .leftJoin(reviews, eq(reviews.id, notifications.reviewId))
    .leftJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(
      and(
        eq(users.emailDigest, true),
        isNull(users.bannedAt),
        isNotNull(users.email),
        or(followShown(actor), and(isNotNull(thread.id), isNotNull(soundtracks.id), commentShown)),
      ),
    )
    .orderBy(asc(users.id), desc(notifications.createdAt), desc(notifications.id));
  const readers = new Map<string, DigestReader>();
  for (const row of rows) {
    let reader = readers.get(row.userId);
    if (!reader) {
      reader = {
        id: row.userId,
        name: row.name ?? row.handle ?? "reader",
        email: row.email!,
        items: [],
      };
      readers.set(row.userId, reader);
    }
    if (reader.items.length < DIGEST_ITEM_LIMIT) {
      const { kind, actorName, filmTitle, createdAt } = row;
      reader.items.push({ kind, actorName, filmTitle, href: notificationHref(row), createdAt });
    }
  }
  return [...readers.values()];
}

/** The reader's digest went out: the next holds only what comes after `at`. */
export async function markDigestSent(userId: string, at: Date): Promise<void> {
  await getDb().update(users).set({ digestSentAt: at }).where(eq(users.id, userId));
}

import "server-only";
import { and, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { follows, users } from "../schema";
import { forgetFollow, notifyFollow } from "./notifications";

export type FollowResult = "followed" | "already-following" | "self" | "not-found" | "banned";

/**
 * The follower follows the reader, and the reader is notified, in one batch. Following again
 * changes nothing (and notifies nobody twice); a reader cannot follow themselves, a banned reader
 * cannot follow, and a banned or unknown reader cannot be followed: the insert itself checks.
 */
export async function followReader(
  followerId: string,
  followedId: string,
  now = clockNow(),
): Promise<FollowResult> {
  if (followerId === followedId) return "self";
  const db = getDb();
  const [inserted] = await db.batch([
    db.run(sql`
      INSERT INTO ${follows} (follower_id, followed_id, created_at)
      SELECT f.id, t.id, ${now.getTime()} FROM ${users} f JOIN ${users} t ON t.id = ${followedId}
      WHERE f.id = ${followerId} AND f.banned_at IS NULL
        AND t.banned_at IS NULL AND t.handle IS NOT NULL
      ON CONFLICT DO NOTHING`),
    notifyFollow(db, { followerId, followedId }),
  ]);
  if (inserted.rowsAffected > 0) return "followed";
  const [follower, followed] = await Promise.all(
    [followerId, followedId].map(async (id) => {
      const [row] = await db
        .select({ bannedAt: users.bannedAt, handle: users.handle })
        .from(users)
        .where(eq(users.id, id));
      return row;
    }),
  );
  if (!follower || follower.bannedAt) return "banned";
  if (!followed?.handle || followed.bannedAt) return "not-found";
  return "already-following";
}

/**
 * Stops following, and takes back the notification ("… followed you" would no longer be true), in
 * one batch; false when they were not following.
 */
export async function unfollowReader(followerId: string, followedId: string): Promise<boolean> {
  const db = getDb();
  const [removed] = await db.batch([
    db
      .delete(follows)
      .where(and(eq(follows.followerId, followerId), eq(follows.followedId, followedId))),
    forgetFollow(db, { followerId, followedId }),
  ]);
  return removed.rowsAffected > 0;
}

export async function isFollowing(followerId: string, followedId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ at: follows.createdAt })
    .from(follows)
    .where(and(eq(follows.followerId, followerId), eq(follows.followedId, followedId)));
  return Boolean(row);
}

/** A reader with a profile: not banned, and not a deleted account (which keeps no handle). */
const shown = and(isNull(users.bannedAt), isNotNull(users.handle));

/** How many readers follow this one and how many they follow, banned and deleted ones left out. */
export async function getFollowCounts(
  userId: string,
): Promise<{ followers: number; following: number }> {
  const db = getDb();
  const [followers, following] = await db.batch([
    db
      .select({ n: count() })
      .from(follows)
      .innerJoin(users, and(eq(users.id, follows.followerId), shown))
      .where(eq(follows.followedId, userId)),
    db
      .select({ n: count() })
      .from(follows)
      .innerJoin(users, and(eq(users.id, follows.followedId), shown))
      .where(eq(follows.followerId, userId)),
  ]);
  return { followers: followers[0]?.n ?? 0, following: following[0]?.n ?? 0 };
}

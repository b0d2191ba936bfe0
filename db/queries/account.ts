import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { DELETED_READER } from "@/lib/deleted-reader";
import { SCORE_STEP } from "@/lib/scores";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { comments, users } from "../schema";
import { endTokensOf } from "./auth-tokens";
import { releaseReaderAddresses } from "./newsletter-subscribers";
import { endSessionsOf } from "./sessions";

// A reader's own account, as the settings page changes it. Each write checks the account is the
// caller's in its own SQL; the action has already checked the current password where one is asked.

export type AccountSettings = {
  name: string;
  email: string | null;
  /** Whether the account has confirmed its address, through a link mailed to it. */
  emailConfirmed: boolean;
  handle: string | null;
  role: "reader" | "admin";
  passwordHash: string | null;
  /** Their scores are hidden from their profile, and they are never compared. */
  scoresPrivate: boolean;
};

export async function getAccountSettings(userId: string): Promise<AccountSettings | undefined> {
  const [row] = await getDb()
    .select({
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      handle: users.handle,
      role: users.role,
      passwordHash: users.passwordHash,
      scoresPrivate: users.scoresPrivate,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const { emailVerified, ...account } = row;
  return { ...account, emailConfirmed: emailVerified !== null, name: row.name ?? row.handle ?? "" };
}

/** The editors' display names, the account's own left out: no reader may pass for one. */
export async function getAdminNames(exceptUserId?: string): Promise<string[]> {
  const rows = await getDb()
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.role, "admin"), exceptUserId ? ne(users.id, exceptUserId) : sql`1 = 1`));
  return rows.flatMap((r) => (r.name ? [r.name] : []));
}

export async function renameAccount(userId: string, name: string) {
  await getDb().update(users).set({ name }).where(eq(users.id, userId));
}

/**
 * Moves the account to a new email, which is no longer verified, and ends every link mailed to
 * it before and the newsletter at the old address, in one batch; "taken" when another account
 * has it (the unique index decides when two ask at once).
 */
export async function changeEmail(userId: string, email: string): Promise<"done" | "taken"> {
  const address = email.toLowerCase();
  const db = getDb();
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, address), ne(users.id, userId)));
  if (other) return "taken";
  try {
    await db.batch([
      db.update(users).set({ email: address, emailVerified: null }).where(eq(users.id, userId)),
      endTokensOf(userId),
      releaseReaderAddresses(userId, address),
    ]);
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith("SQLITE_CONSTRAINT")) return "taken";
    throw error;
  }
  return "done";
}

/**
 * Sets a new password hash and ends every other session of the account and every link mailed to
 * it, in one transaction.
 */
export async function changePassword(userId: string, passwordHash: string, keepSessionId: string) {
  const db = getDb();
  await db.batch([
    db.update(users).set({ passwordHash }).where(eq(users.id, userId)),
    endSessionsOf(userId, keepSessionId),
    endTokensOf(userId),
  ]);
}

/**
 * Everything a deleted account takes with it, and the cache tags that changes: its comments'
 * discussions, the discussions where it liked, the scores and favourites of its soundtracks, and
 * its reach (getReaderReach).
 */
export async function getAccountFootprint(userId: string) {
  const rows = await getDb().all<{ kind: "review" | "soundtrack"; id: number }>(sql`
    SELECT 'review' AS kind, review_id AS id FROM comments WHERE author_id = ${userId}
    UNION SELECT 'review', c.review_id FROM comment_likes l JOIN comments c ON c.id = l.comment_id
      WHERE l.user_id = ${userId}
    UNION SELECT 'soundtrack', soundtrack_id FROM reader_scores WHERE user_id = ${userId}
    UNION SELECT 'soundtrack', soundtrack_id FROM favourite_tracks WHERE user_id = ${userId}`);
  return {
    reviewIds: rows.filter((r) => r.kind === "review").map((r) => r.id),
    soundtrackIds: rows.filter((r) => r.kind === "soundtrack").map((r) => r.id),
    ...(await getReaderReach(userId)),
  };
}

/**
 * Deletes a reader's account in one transaction. Their scores leave the aggregates as they go;
 * the like counts they added drop; a comment of theirs that others replied to stays as a
 * placeholder by "deleted reader" (its words gone) so the replies keep their thread, and every
 * other comment, score, favourite, like, report and session goes with the account. Admins are
 * not deleted this way. Returns whether an account was deleted.
 */
export async function deleteAccount(userId: string, now = clockNow()): Promise<boolean> {
  const db = getDb();
  const step = sql.raw(String(SCORE_STEP));
  const results = await db.batch([
    db
      .insert(users)
      .values({ ...DELETED_READER, role: "reader", createdAt: new Date(0) })
      .onConflictDoNothing(),
    db.run(sql`
      UPDATE score_stats SET
        score_count = score_count - 1,
        score_sum = score_sum - old.score,
        histogram = json_replace(histogram, '$[' || (old.score / ${step}) || ']',
          json_extract(histogram, '$[' || (old.score / ${step}) || ']') - 1)
      FROM (SELECT soundtrack_id, score FROM reader_scores WHERE user_id = ${userId}) AS old
      WHERE score_stats.soundtrack_id = old.soundtrack_id
        AND EXISTS (SELECT 1 FROM users WHERE id = ${userId} AND role = 'reader')`),
    db.run(sql`
      UPDATE comments SET like_count = like_count - 1
      WHERE id IN (SELECT comment_id FROM comment_likes WHERE user_id = ${userId})
        AND EXISTS (SELECT 1 FROM users WHERE id = ${userId} AND role = 'reader')`),
    db.run(sql`
      UPDATE comments SET author_id = ${DELETED_READER.id}, body = '', is_spoiler = 0,
        edited_at = NULL, hidden_at = NULL, deleted_at = coalesce(deleted_at, ${now.getTime()})
      WHERE author_id = ${userId}
        AND EXISTS (SELECT 1 FROM users WHERE id = ${userId} AND role = 'reader')
        AND EXISTS (SELECT 1 FROM comments reply WHERE reply.parent_id = comments.id
          AND reply.author_id <> ${userId} AND reply.deleted_at IS NULL)`),
    db
      .delete(users)
      .where(and(eq(users.id, userId), eq(users.role, "reader")))
      .returning({ id: users.id }),
  ]);
  return results[4].length > 0;
}

/**
 * Where else a reader is counted, for a ban or a deletion: the readers they follow or who follow
 * them (each profile counts the other), and the soundtracks in their public lists ("in 3 readers'
 * lists" on each review).
 */
export async function getReaderReach(userId: string) {
  const rows = await getDb().all<{ readerId: string | null; soundtrackId: number | null }>(sql`
    SELECT followed_id AS readerId, NULL AS soundtrackId FROM follows WHERE follower_id = ${userId}
    UNION SELECT follower_id, NULL FROM follows WHERE followed_id = ${userId}
    UNION SELECT NULL, e.soundtrack_id FROM reader_lists l
      JOIN reader_list_entries e ON e.list_id = l.id
      WHERE l.user_id = ${userId} AND l.is_public = 1`);
  return {
    readerIds: rows.flatMap((r) => (r.readerId === null ? [] : [r.readerId])),
    listedSoundtrackIds: rows.flatMap((r) => (r.soundtrackId === null ? [] : [r.soundtrackId])),
  };
}

/** The reviews under which the reader has comments: where their name is shown. */
export async function getCommentedReviewIds(userId: string): Promise<number[]> {
  const rows = await getDb()
    .selectDistinct({ id: comments.reviewId })
    .from(comments)
    .where(eq(comments.authorId, userId));
  return rows.map((r) => r.id);
}

/** The reader keeps their scores to themselves, or shows them again. */
export async function setScoresPrivate(userId: string, hidden: boolean): Promise<void> {
  await getDb().update(users).set({ scoresPrivate: hidden }).where(eq(users.id, userId));
}

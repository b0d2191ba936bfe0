import "server-only";
import { and, eq, lt, ne } from "drizzle-orm";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { sessions } from "../schema";

// Every sign-in is a row of Auth.js's sessions table (unused by its JWT strategy otherwise): the
// cookie carries the row's id, and a cookie whose row is gone is nobody's (see auth/viewer.ts).

/** As long as the cookie itself lives (auth/config.ts). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Records a new session for the account, clearing its expired ones; returns the session's id. */
export async function startSession(userId: string, now = clockNow()): Promise<string> {
  const id = crypto.randomUUID();
  const db = getDb();
  await db.batch([
    db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expires, now))),
    db.insert(sessions).values({
      sessionToken: id,
      userId,
      expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    }),
  ]);
  return id;
}

/** Ends one session: signing out of this browser. */
export async function endSession(sessionId: string) {
  await getDb().delete(sessions).where(eq(sessions.sessionToken, sessionId));
}

/** The statement that ends every session of the account but `keep`, for a batch of its own. */
export function endSessionsOf(userId: string, keep?: string) {
  const mine = eq(sessions.userId, userId);
  return getDb()
    .delete(sessions)
    .where(keep ? and(mine, ne(sessions.sessionToken, keep)) : mine);
}

/** Ends every session of the account ("sign out everywhere"), or every one but `keep`. */
export async function endAllSessions(userId: string, keep?: string) {
  await endSessionsOf(userId, keep);
}

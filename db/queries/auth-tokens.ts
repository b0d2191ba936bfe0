import "server-only";
import { and, eq, gt, lte, ne, type SQL, sql } from "drizzle-orm";
import type { SQLiteUpdateSetSource } from "drizzle-orm/sqlite-core";
import { hashToken, MAIL_THROTTLE, newToken, TOKEN_LIFETIME_MS } from "@/lib/auth/mail-tokens";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { type AuthTokenPurpose, authTokens, sessions, users } from "../schema";

export type IssuedToken = { token: string; userId: string; name: string | null; email: string };

/**
 * A new link token for the account with this email (not a banned one, and for a confirmation
 * one not yet confirmed), in one statement that also enforces MAIL_THROTTLE; null when there is
 * no such account or it has had enough mail.
 * Only the token's hash is stored, with the address it goes to; the token itself goes into the
 * mail. A row stays (ended once used) until MAIL_THROTTLE's window has passed: it is the record
 * of a mail sent, which the throttle counts.
 */
export async function issueTokenForEmail(
  email: string,
  purpose: AuthTokenPurpose,
  now = clockNow(),
): Promise<IssuedToken | null> {
  return issueToken(eq(users.email, email.toLowerCase()), purpose, now);
}

/** As issueTokenForEmail, for a signed-in reader's own account. */
export function issueTokenForUser(userId: string, purpose: AuthTokenPurpose, now = clockNow()) {
  return issueToken(eq(users.id, userId), purpose, now);
}

async function issueToken(
  account: SQL,
  purpose: AuthTokenPurpose,
  now: Date,
): Promise<IssuedToken | null> {
  const db = getDb();
  const token = newToken();
  const at = now.getTime();
  const { intervalMs, windowMs, maxPerWindow } = MAIL_THROTTLE;
  const [, inserted] = await db.batch([
    db
      .delete(authTokens)
      .where(
        and(lte(authTokens.expiresAt, now), lte(authTokens.createdAt, new Date(at - windowMs))),
      ),
    db.all<{ userId: string }>(sql`
      INSERT INTO auth_tokens (token_hash, user_id, purpose, email, created_at, expires_at)
      SELECT ${hashToken(token)}, ${users.id}, ${purpose}, ${users.email}, ${at},
        ${at + TOKEN_LIFETIME_MS[purpose]}
      FROM ${users}
      WHERE ${account} AND ${users.email} IS NOT NULL AND ${users.bannedAt} IS NULL
        AND ${purpose === "verify-email" ? sql`${users.emailVerified} IS NULL` : sql`1`}
        AND NOT EXISTS (SELECT 1 FROM auth_tokens t WHERE t.user_id = ${users.id}
                        AND t.purpose = ${purpose} AND t.created_at > ${at - intervalMs})
        AND (SELECT count(*) FROM auth_tokens t WHERE t.user_id = ${users.id}
             AND t.purpose = ${purpose} AND t.created_at > ${at - windowMs}) < ${maxPerWindow}
      RETURNING user_id AS userId`),
  ]);
  const userId = inserted[0]?.userId;
  if (!userId) return null;
  const [user] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return user?.email ? { token, userId, name: user.name, email: user.email } : null;
}

/**
 * A link of this kind that still works: not used or ended, not expired, and mailed to the
 * address its account still has.
 */
const usable = (token: string, purpose: AuthTokenPurpose, now: Date) =>
  and(
    eq(authTokens.tokenHash, hashToken(token)),
    eq(authTokens.purpose, purpose),
    gt(authTokens.expiresAt, now),
    sql`${authTokens.email} = (SELECT ${users.email} FROM ${users}
      WHERE ${users.id} = ${authTokens.userId})`,
  );

/** Whether a link still works (see `usable`). Reads only. */
export async function isTokenUsable(
  token: string,
  purpose: AuthTokenPurpose,
  now = clockNow(),
): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(usable(token, purpose, now));
  return Boolean(row);
}

/** Ends the links that `which` picks and that still work (their rows stay for the throttle). */
function endTokens(which: SQL | undefined, now: Date) {
  return getDb()
    .update(authTokens)
    .set({ expiresAt: now })
    .where(and(which, gt(authTokens.expiresAt, now)));
}

/**
 * The statement that ends every link mailed to the account, for the batch that changes its
 * email or password: a link mailed before must not open the account after.
 */
export function endTokensOf(userId: string, now = clockNow()) {
  return endTokens(eq(authTokens.userId, userId), now);
}

/**
 * Uses a token up and applies its change in one batch: every statement names the token's account
 * by the condition the last one, which ends the token, uses, so the change lands only when this
 * call used the token, and two calls with one token cannot both succeed. With `endAll` (a new
 * password) the account's sessions and every other link end in the same batch; otherwise its
 * other links of this kind do. Returns the account, or null.
 */
async function consume(
  token: string,
  purpose: AuthTokenPurpose,
  now: Date,
  change: SQLiteUpdateSetSource<typeof users>,
  { endAll = false } = {},
): Promise<string | null> {
  const db = getDb();
  const owner = sql`(${db
    .select({ id: authTokens.userId })
    .from(authTokens)
    .where(usable(token, purpose, now))})`;
  const apply = db
    .update(users)
    .set(change)
    .where(sql`${users.id} IN ${owner}`);
  const others = endTokens(
    and(
      sql`${authTokens.userId} IN ${owner}`,
      ne(authTokens.tokenHash, hashToken(token)),
      endAll ? undefined : eq(authTokens.purpose, purpose),
    ),
    now,
  );
  const use = endTokens(usable(token, purpose, now), now).returning({ userId: authTokens.userId });
  // With a new password, whoever knew the old one is signed out wherever they were.
  const signOut = db.delete(sessions).where(sql`${sessions.userId} IN ${owner}`);
  const consumed = endAll
    ? (await db.batch([apply, signOut, others, use]))[3]
    : (await db.batch([apply, others, use]))[2];
  return consumed[0]?.userId ?? null;
}

/**
 * Sets a new password through a reset link and ends every session of the account, in one batch;
 * the account's id, or null for a dead link.
 */
export function resetPasswordWithToken(token: string, passwordHash: string, now = clockNow()) {
  // The link reached the account's address: that confirms it, and ends a pending sign-up.
  const confirmed = sql`coalesce(${users.emailVerified}, ${now.getTime()})`;
  return consume(
    token,
    "reset-password",
    now,
    { passwordHash, emailVerified: confirmed, signUpPending: false },
    { endAll: true },
  );
}

/**
 * Confirms the address a link was mailed to, while the account still has it; the account's id,
 * or null for a dead link.
 */
export function verifyEmailWithToken(token: string, now = clockNow()) {
  return consume(token, "verify-email", now, { emailVerified: now, signUpPending: false });
}

/**
 * The account a confirmation link that still works belongs to, and whether following it
 * finishes that account's sign-up; null for a dead link. Reads only.
 */
export async function getConfirmationLink(token: string, now = clockNow()) {
  const [row] = await getDb()
    .select({ userId: users.id, email: users.email, signUpPending: users.signUpPending })
    .from(authTokens)
    .innerJoin(users, eq(users.id, authTokens.userId))
    .where(usable(token, "verify-email", now));
  return row?.email ? { ...row, email: row.email } : null;
}

/**
 * True for a reader of `users` whom the site asks to confirm their email before they comment:
 * unconfirmed, while the admin setting requires it. For a query that reads the account anyway.
 */
export const mustVerifyEmailSql = sql<number>`(${users.emailVerified} IS NULL AND
  coalesce((SELECT require_verified_email FROM site_settings WHERE id = 1), 0))`;

/** Whether the site asks this reader to confirm their email before they comment. */
export async function mustVerifyEmail(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), mustVerifyEmailSql));
  return Boolean(row);
}

export async function isEmailVerified(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ at: users.emailVerified })
    .from(users)
    .where(eq(users.id, userId));
  return Boolean(row?.at);
}

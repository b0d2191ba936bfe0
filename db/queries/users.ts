import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "..";
import { loginAttempts, users, type UserRole } from "../schema";

export type AuthState = {
  id: string;
  name: string | null;
  handle: string | null;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
  banReason: string | null;
};

const authColumns = {
  id: users.id,
  name: users.name,
  handle: users.handle,
  email: users.email,
  role: users.role,
  bannedAt: users.bannedAt,
  banReason: users.banReason,
};

/** The query for an account's AuthState, to run alone or in a batch with others. */
export function selectAuthState(id: string) {
  return getDb().select(authColumns).from(users).where(eq(users.id, id));
}

export async function getUserAuthState(id: string): Promise<AuthState | undefined> {
  const [row] = await selectAuthState(id);
  return row;
}

export async function getUserCredentials(email: string) {
  const [row] = await getDb()
    .select({ ...authColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function isHandleTaken(handle: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.handle, handle));
  return Boolean(row);
}

/** Inserts a reader; returns null when the email is already registered. */
export async function createReader(input: {
  name: string;
  email: string;
  handle: string;
  passwordHash: string;
}): Promise<{ id: string } | null> {
  const rows = await getDb()
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase(), role: "reader" })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return rows[0] ?? null;
}

export async function getLoginLock(email: string): Promise<Date | null> {
  const [row] = await getDb()
    .select({ lockedUntil: loginAttempts.lockedUntil })
    .from(loginAttempts)
    .where(eq(loginAttempts.email, email.toLowerCase()));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * Counts a failure in one upsert: the window restarts after `windowSeconds`, and reaching
 * `maxFailures` inside it locks the address for `lockSeconds`.
 */
export async function recordLoginFailure(
  email: string,
  {
    maxFailures,
    windowSeconds,
    lockSeconds,
  }: { maxFailures: number; windowSeconds: number; lockSeconds: number },
) {
  const now = Math.floor(Date.now() / 1000);
  await getDb().run(sql`
    INSERT INTO login_attempts (email, failures, window_started_at, locked_until)
    VALUES (${email.toLowerCase()}, 1, ${now}, NULL)
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN window_started_at < ${now - windowSeconds} THEN 1 ELSE failures + 1 END,
      window_started_at = CASE WHEN window_started_at < ${now - windowSeconds} THEN ${now} ELSE window_started_at END,
      locked_until = CASE
        WHEN window_started_at >= ${now - windowSeconds} AND failures + 1 >= ${maxFailures}
        THEN ${now + lockSeconds} ELSE locked_until END`);
}

export async function clearLoginFailures(email: string) {
  await getDb().delete(loginAttempts).where(eq(loginAttempts.email, email.toLowerCase()));
}

/** Gives an account without a handle the first free one of base, base_2, base_3 … */
export async function assignHandle(userId: string, base: string) {
  for (let n = 1; n < 50; n++) {
    const handle = n === 1 ? base : `${base}_${n}`;
    if (await isHandleTaken(handle)) continue;
    await getDb().update(users).set({ handle }).where(eq(users.id, userId));
    return handle;
  }
  const handle = `${base}_${crypto.randomUUID().slice(0, 8)}`;
  await getDb().update(users).set({ handle }).where(eq(users.id, userId));
  return handle;
}

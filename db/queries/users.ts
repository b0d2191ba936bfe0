import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "..";
import { now } from "../clock.mjs";
import { syncReplica } from "../replica.mjs";
import { sessions, users, type UserRole } from "../schema";

export type AuthState = {
  id: string;
  name: string | null;
  handle: string | null;
  email: string | null;
  role: UserRole;
  bannedAt: Date | null;
  banReason: string | null;
  /** The reader keeps their scores off their profile and out of comparisons. */
  scoresPrivate: boolean;
};

const authColumns = {
  id: users.id,
  name: users.name,
  handle: users.handle,
  email: users.email,
  role: users.role,
  bannedAt: users.bannedAt,
  banReason: users.banReason,
  scoresPrivate: users.scoresPrivate,
};

/** The query for an account's AuthState, to run alone or in a batch with others. */
export function selectAuthState(id: string) {
  return getDb().select(authColumns).from(users).where(eq(users.id, id));
}

export async function getUserAuthState(id: string): Promise<AuthState | undefined> {
  const [row] = await selectAuthState(id);
  return row;
}

/** A session cookie's account and sign-in (see db/queries/sessions.ts). */
export type SessionRef = { userId: string; sessionId: string };

/**
 * The account a session belongs to, while that session lasts: nothing once it has been ended
 * (signed out, everywhere, by a password change or a ban). One indexed read, as alone.
 */
export function selectSessionAuthState({ userId, sessionId }: SessionRef) {
  return getDb()
    .select(authColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.sessionToken, sessionId), eq(sessions.userId, userId)));
}

/**
 * Reads what a session cookie names with `read`, and on a replica reads it again once the replica
 * has synced when `found` says the session was not there: a session begun a moment ago on another
 * instance may not be here yet (a session cookie is signed, so only a real one costs a sync), and
 * a reader who signed in on one instance is signed in on the next.
 */
export async function readSession<T>(read: () => Promise<T>, found: (result: T) => boolean) {
  const result = await read();
  if (found(result) || (await syncReplica()) === Infinity) return result;
  return read();
}

export async function getSessionAuthState(session: SessionRef): Promise<AuthState | undefined> {
  const [row] = await readSession(
    () => selectSessionAuthState(session),
    (rows) => rows.length > 0,
  );
  return row;
}

/**
 * What signing in checks. An account whose sign-up is pending has no password as far as signing
 * in goes (users.signUpPending): it answers as a wrong password does, after the same work.
 */
export async function getUserCredentials(email: string) {
  const [row] = await getDb()
    .select({
      ...authColumns,
      passwordHash: sql<
        string | null
      >`CASE WHEN ${users.signUpPending} THEN NULL ELSE ${users.passwordHash} END`,
    })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row;
}

export async function isHandleTaken(handle: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.handle, handle));
  return Boolean(row);
}

/**
 * Inserts a reader whose sign-up waits for the link mailed to the address; null when the email
 * or the username is already taken.
 */
export async function createReader(input: {
  name: string;
  email: string;
  handle: string;
  passwordHash: string;
}): Promise<{ id: string } | null> {
  const rows = await getDb()
    .insert(users)
    .values({
      ...input,
      email: input.email.toLowerCase(),
      role: "reader",
      signUpPending: true,
      createdAt: now(),
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  return rows[0] ?? null;
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

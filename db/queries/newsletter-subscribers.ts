import "server-only";
import { and, desc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { MAIL_THROTTLE } from "@/lib/auth/mail-tokens";
import { BOUNCED_SHOWN } from "@/lib/newsletter";
import { readNewsletterToken } from "@/lib/newsletter-tokens";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  type NewsletterState,
  type NewsletterSubscriber,
  newsletterSubscribers as subs,
  users,
} from "../schema";

const normalise = (email: string) => email.trim().toLowerCase();

/**
 * A reader's subscription leaves every address but `keep` (their account's now): that row is no
 * longer theirs and no longer mailed, so an old address never gets the newsletter after a change.
 */
export function releaseReaderAddresses(userId: string, keep: string | null, now = clockNow()) {
  const wasOn = inArray(subs.state, ["pending", "subscribed"]);
  return getDb()
    .update(subs)
    .set({
      userId: null,
      state: sql`CASE WHEN ${wasOn} THEN 'unsubscribed' ELSE ${subs.state} END`,
      unsubscribedAt: sql`CASE WHEN ${wasOn} THEN ${now.getTime()} ELSE ${subs.unsubscribedAt} END`,
      updatedAt: now,
    })
    .where(
      and(eq(subs.userId, userId), keep === null ? undefined : ne(subs.email, normalise(keep))),
    );
}

/**
 * A reader's own choice in settings, at their account's confirmed address: subscribed at once.
 * A subscription they had at an earlier address is released in the same batch (one row per
 * reader), and a row a visitor made for this address becomes the reader's.
 */
export async function subscribeReader(userId: string, email: string, now = clockNow()) {
  const db = getDb();
  const [, rows] = await db.batch([
    releaseReaderAddresses(userId, email, now),
    db
      .insert(subs)
      .values({
        email: normalise(email),
        userId,
        state: "subscribed",
        confirmedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: subs.email,
        // An address its server refused stays refused: it is not mailed again.
        set: {
          userId,
          state: sql`CASE WHEN ${subs.state} = 'bounced' THEN 'bounced' ELSE 'subscribed' END`,
          confirmedAt: sql`coalesce(${subs.confirmedAt}, ${now.getTime()})`,
          updatedAt: now,
        },
      })
      .returning(),
  ]);
  return rows[0]!;
}

export async function unsubscribeReader(userId: string, now = clockNow()) {
  await getDb()
    .update(subs)
    .set({ state: "unsubscribed", unsubscribedAt: now, updatedAt: now })
    .where(and(eq(subs.userId, userId), inArray(subs.state, ["pending", "subscribed"])));
}

export async function getReaderSubscription(userId: string) {
  const [row] = await getDb().select().from(subs).where(eq(subs.userId, userId));
  return row ?? null;
}

export type ReaderNewsletter = {
  email: string | null;
  emailConfirmed: boolean;
  /** The reader's subscription's state, null when they never chose. */
  state: NewsletterState | null;
};

/** What the settings page and the reader's toggle need: their address, confirmed or not, and state. */
export async function getReaderNewsletter(userId: string): Promise<ReaderNewsletter | null> {
  const [row] = await getDb()
    .select({ email: users.email, verified: users.emailVerified, state: subs.state })
    .from(users)
    .leftJoin(subs, eq(subs.userId, users.id))
    .where(eq(users.id, userId));
  if (!row) return null;
  return { email: row.email, emailConfirmed: row.verified !== null, state: row.state };
}

export async function getSubscriber(id: string): Promise<NewsletterSubscriber | null> {
  const [row] = await getDb().select().from(subs).where(eq(subs.id, id));
  return row ?? null;
}

/**
 * A visitor asks by address: the row is (again) pending with a new confirmation time, which the
 * link mailed must carry. Null when nothing is to be mailed — already subscribed, refused by its
 * server, or asked within MAIL_THROTTLE's interval — which the caller answers like any other.
 */
export async function requestSubscription(email: string, now = clockNow()) {
  const ms = now.getTime();
  const [row] = await getDb()
    .insert(subs)
    .values({
      email: normalise(email),
      state: "pending",
      confirmRequestedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: subs.email,
      set: { state: "pending", confirmRequestedAt: now, updatedAt: now },
      setWhere: and(
        inArray(subs.state, ["pending", "unsubscribed"]),
        or(
          isNull(subs.confirmRequestedAt),
          lt(subs.confirmRequestedAt, new Date(ms - MAIL_THROTTLE.intervalMs)),
        ),
      ),
    })
    .returning();
  return row ?? null;
}

/** The link's confirmation time must be the latest mailed; confirming twice is harmless. */
export async function confirmSubscription(id: string, requestedAt: Date, now = clockNow()) {
  await getDb()
    .update(subs)
    .set({ state: "subscribed", confirmedAt: now, updatedAt: now })
    .where(
      and(eq(subs.id, id), eq(subs.state, "pending"), eq(subs.confirmRequestedAt, requestedAt)),
    );
  return getSubscriber(id);
}

/** From a mail's link or its one-click header: idempotent, and it holds for the next batch. */
export async function unsubscribe(id: string, now = clockNow()) {
  await getDb()
    .update(subs)
    .set({ state: "unsubscribed", unsubscribedAt: now, updatedAt: now })
    .where(and(eq(subs.id, id), inArray(subs.state, ["pending", "subscribed"])));
}

/** Back on from the preferences page, whose link proved the address once already. */
export async function resubscribe(id: string, now = clockNow()) {
  await getDb()
    .update(subs)
    .set({ state: "subscribed", confirmedAt: now, updatedAt: now })
    .where(and(eq(subs.id, id), eq(subs.state, "unsubscribed")));
}

/** The address's server refused it for good (SMTP 5xx): never mailed again. A batch's statement. */
export function bounceAddress(email: string, reason: string, now = clockNow()) {
  return getDb()
    .update(subs)
    .set({ state: "bounced", bouncedAt: now, bounceReason: reason.slice(0, 500), updatedAt: now })
    .where(eq(subs.email, normalise(email)));
}

export async function markBounced(email: string, reason: string, now = clockNow()) {
  await bounceAddress(email, reason, now);
}

/** The addresses refused for good, most recent first: the dashboard shows the latest `limit`. */
export async function getBouncedSubscribers(limit = BOUNCED_SHOWN) {
  return getDb()
    .select({
      email: subs.email,
      bouncedAt: subs.bouncedAt,
      bounceReason: subs.bounceReason,
    })
    .from(subs)
    .where(eq(subs.state, "bounced"))
    .orderBy(desc(subs.bouncedAt))
    .limit(limit);
}

/** The subscriber a preferences token names, when the site signed it for that very row. */
export async function getSubscriberByToken(token: string, now = clockNow()) {
  const read = readNewsletterToken("preferences", token, now);
  const row = read && (await getSubscriber(read.id));
  return row && row.createdAt.getTime() === read.at.getTime() ? row : null;
}

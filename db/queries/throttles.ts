import "server-only";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { ThrottleRule } from "@/lib/auth/sign-in-policy";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { authThrottles } from "../schema";

/** The latest time any of these keys stays locked until, or null when none is locked now. */
export async function getThrottleLock(keys: string[], now = clockNow()): Promise<Date | null> {
  const [row] = await getDb()
    .select({ lockedUntil: authThrottles.lockedUntil })
    .from(authThrottles)
    .where(and(inArray(authThrottles.key, keys), gt(authThrottles.lockedUntil, now)))
    .orderBy(desc(authThrottles.lockedUntil))
    .limit(1);
  return row?.lockedUntil ?? null;
}

function hit(key: string, { maxHits, windowSeconds, lockSeconds }: ThrottleRule, now: number) {
  const windowOpen = sql`window_started_at >= ${now - windowSeconds}`;
  return getDb().run(sql`
    INSERT INTO auth_throttles (key, hits, window_started_at, locked_until)
    VALUES (${key}, 1, ${now}, ${maxHits <= 1 ? now + lockSeconds : null})
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN ${windowOpen} THEN hits + 1 ELSE 1 END,
      locked_until = CASE
        WHEN ${windowOpen} AND hits + 1 >= ${maxHits} THEN ${now + lockSeconds}
        ELSE locked_until END,
      window_started_at = CASE WHEN ${windowOpen} THEN window_started_at ELSE ${now} END`);
}

/**
 * Counts one attempt against each key in one atomic batch: a key's window restarts after
 * `windowSeconds`, and reaching `maxHits` inside it locks the key for `lockSeconds`.
 */
export async function recordThrottleHits(
  hits: [key: string, rule: ThrottleRule][],
  at = clockNow(),
) {
  const now = Math.floor(at.getTime() / 1000);
  const [first, ...rest] = hits.map(([key, rule]) => hit(key, rule, now));
  if (first) await getDb().batch([first, ...rest]);
}

/**
 * An attempt that counts whether or not it succeeds (a sign-up, a report): refused while `key` is
 * locked, otherwise counted against `rule`. The time the key stays locked until, or null when the
 * attempt was counted and may go ahead.
 */
export async function takeThrottleHit(key: string, rule: ThrottleRule): Promise<Date | null> {
  const at = clockNow();
  const lockedUntil = await getThrottleLock([key], at);
  if (!lockedUntil) await recordThrottleHits([[key, rule]], at);
  return lockedUntil;
}

export async function clearThrottle(key: string) {
  await getDb().delete(authThrottles).where(eq(authThrottles.key, key));
}

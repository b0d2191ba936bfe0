import "server-only";
import { and, eq, inArray, lte, or, sql } from "drizzle-orm";
import { NEWSLETTER_RETRY, retryDelayMs } from "@/lib/newsletter";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  newsletterDeliveries as deliveries,
  newsletterIssues as issues,
  newsletterSenderLease as lease,
  newsletterSubscribers as subs,
} from "../schema";
import { bounceAddress } from "./newsletter-subscribers";

const LEASE = "sender";

/**
 * Deliveries due at `ms` (milliseconds) of an issue still to send: the sender's claim takes them,
 * and the server's timer looks for one. Over `newsletter_deliveries d JOIN newsletter_issues i`.
 */
export const dueDeliveries = (ms: number) =>
  sql`d.state = 'queued' AND d.next_attempt_at <= ${ms} AND i.state IN ('queued', 'sending')`;

const holdsLease = (holder: string, ms: number) => sql`EXISTS (SELECT 1 FROM ${lease}
  WHERE ${lease.name} = ${LEASE} AND ${lease.holder} = ${holder} AND ${lease.expiresAt} > ${ms})`;

/**
 * Takes the sending lease for `leaseMs`, or renews it, unless another holder's has not expired:
 * one statement, so two instances asking at once cannot both get it. A sender that takes it over
 * from one that stopped finds that one's deliveries still `sending`: handed to the SMTP server but
 * not confirmed. They become `unknown` in the same batch and are not sent again (the recipient
 * may have had them: the newsletter is sent at most once). True when `holder` holds it.
 */
export async function takeSenderLease(holder: string, leaseMs: number, now = clockNow()) {
  const ms = now.getTime();
  const db = getDb();
  const [taken] = await db.batch([
    db
      .insert(lease)
      .values({ name: LEASE, holder, expiresAt: new Date(ms + leaseMs) })
      .onConflictDoUpdate({
        target: lease.name,
        set: { holder, expiresAt: new Date(ms + leaseMs) },
        setWhere: or(eq(lease.holder, holder), lte(lease.expiresAt, now)),
      })
      .returning({ holder: lease.holder }),
    db.run(sql`UPDATE ${deliveries} SET state = 'unknown', updated_at = ${ms}
      WHERE state = 'sending' AND claimed_by <> ${holder} AND ${holdsLease(holder, ms)}`),
  ]);
  return taken.length > 0;
}

/** Lets another instance send at once, when this one stops. */
export async function releaseSenderLease(holder: string) {
  await getDb()
    .update(lease)
    .set({ expiresAt: new Date(0) })
    .where(and(eq(lease.name, LEASE), eq(lease.holder, holder)));
}

export type ClaimedDelivery = {
  id: number;
  issueId: number;
  email: string;
  attempts: number;
  subscriberId: string;
  subscriberCreatedAt: Date;
  /** The issue's review: its mail is rendered once per issue (lib/newsletter-mail.ts). */
  reviewId: number;
};

/**
 * Claims up to `limit` due deliveries of issues still to send, while `holder` holds the lease:
 * `sending`, with the holder and the time, before they are handed over. A delivery whose
 * subscriber left (unsubscribed, refused) since it was queued is `skipped` instead. One
 * statement: a row is claimed by one sender at most. Returns how many rows it took, and those to
 * send with what their mail needs.
 */
export async function claimDeliveries(
  holder: string,
  limit: number,
  now = clockNow(),
): Promise<{ claimed: number; deliveries: ClaimedDelivery[] }> {
  const ms = now.getTime();
  const db = getDb();
  const claimed = await db.all<{ id: number; state: string }>(sql`
    UPDATE ${deliveries} SET
      state = CASE WHEN (SELECT s.state FROM ${subs} s WHERE s.id = subscriber_id) = 'subscribed'
        THEN 'sending' ELSE 'skipped' END,
      attempts = attempts + 1, claimed_by = ${holder}, claimed_at = ${ms}, updated_at = ${ms}
    WHERE id IN (
        SELECT d.id FROM ${deliveries} d JOIN ${issues} i ON i.id = d.issue_id
        WHERE ${dueDeliveries(ms)}
        ORDER BY d.next_attempt_at, d.id LIMIT ${limit})
      AND ${holdsLease(holder, ms)}
    RETURNING id, state`);
  const ids = claimed.filter((row) => row.state === "sending").map((row) => row.id);
  if (ids.length === 0) return { claimed: claimed.length, deliveries: [] };
  const rows = await db
    .select({
      id: deliveries.id,
      issueId: deliveries.issueId,
      email: deliveries.email,
      attempts: deliveries.attempts,
      subscriberId: subs.id,
      subscriberCreatedAt: subs.createdAt,
      reviewId: issues.reviewId,
    })
    .from(deliveries)
    .innerJoin(subs, eq(subs.id, deliveries.subscriberId))
    .innerJoin(issues, eq(issues.id, deliveries.issueId))
    .where(inArray(deliveries.id, ids));
  await db
    .update(issues)
    .set({ state: "sending", updatedAt: now })
    .where(
      and(inArray(issues.id, [...new Set(rows.map((r) => r.issueId))]), eq(issues.state, "queued")),
    );
  return { claimed: claimed.length, deliveries: rows };
}

/** What became of one handed-over delivery. */
export type DeliveryOutcome =
  | { id: number; result: "sent" }
  | {
      id: number;
      result: "temporary" | "permanent";
      attempts: number;
      email: string;
      error: string;
    };

/**
 * Records a chunk's outcomes in one batch: sent; a temporary failure queued again after its
 * backoff (failed after NEWSLETTER_RETRY.attempts); a permanent one bounced, its address with it.
 * Only the claimant records, and still when another sender marked its claim `unknown` meanwhile:
 * what it heard from the SMTP server is the truth.
 */
export async function recordOutcomes(
  holder: string,
  outcomes: DeliveryOutcome[],
  now = clockNow(),
) {
  if (outcomes.length === 0) return;
  const db = getDb();
  const mine = (id: number) =>
    and(
      eq(deliveries.id, id),
      eq(deliveries.claimedBy, holder),
      inArray(deliveries.state, ["sending", "unknown"]),
    );
  const statements = outcomes.flatMap((outcome) => {
    if (outcome.result === "sent") {
      return [
        db
          .update(deliveries)
          .set({ state: "sent", sentAt: now, lastError: null, updatedAt: now })
          .where(mine(outcome.id)),
      ];
    }
    const lastError = outcome.error.slice(0, 500);
    if (outcome.result === "permanent") {
      return [
        db
          .update(deliveries)
          .set({ state: "bounced", lastError, updatedAt: now })
          .where(mine(outcome.id)),
        bounceAddress(outcome.email, outcome.error, now),
      ];
    }
    const last = outcome.attempts >= NEWSLETTER_RETRY.attempts;
    return [
      db
        .update(deliveries)
        .set({
          state: last ? "failed" : "queued",
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(outcome.attempts)),
          lastError,
          updatedAt: now,
        })
        .where(mine(outcome.id)),
    ];
  });
  await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
}

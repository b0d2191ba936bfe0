import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit-actions";
import { NEWSLETTER_LATE_HOURS } from "@/lib/newsletter";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  auditLog,
  type NewsletterDeliveryState,
  newsletterDeliveries as deliveries,
  newsletterIssues as issues,
  newsletterSenderLease as lease,
  newsletterSubscribers as subs,
  reviews,
} from "../schema";
import { dueDeliveries } from "./newsletter-deliveries";

type Db = ReturnType<typeof getDb>;

/**
 * Reviews whose newsletter is due at `now` and not queued yet: live, gone live within
 * NEWSLETTER_LATE_HOURS, not turned off by their editor, with no issue. Over `reviews`.
 */
function unqueuedLiveReviews(now: Date) {
  const seconds = Math.floor(now.getTime() / 1000);
  const since = seconds - NEWSLETTER_LATE_HOURS * 60 * 60;
  return sql`${reviews.status} IN ('published', 'scheduled') AND ${reviews.newsletterMode} <> 'off'
    AND ${reviews.publishedAt} BETWEEN ${since} AND ${seconds}
    AND NOT EXISTS (SELECT 1 FROM ${issues} WHERE ${issues.reviewId} = ${reviews.id})`;
}

/**
 * The statements that queue, once, the newsletter of every review live at `now` that went live
 * within NEWSLETTER_LATE_HOURS, unless its editor turned its newsletter off: an issue per review
 * (a review that goes live again finds its issue there and nothing more is queued), and in the
 * same batch a delivery for every subscriber subscribed at that moment. publishWrite adds them to
 * every batch that publishes (a review published now goes live in the very batch); the sender
 * runs them at each drain, which is how a scheduled review whose slot came with nobody on the site
 * is queued. The audit log records each
 * issue queued, with no account: the site sends it.
 */
export function queueIssueStatements(db: Db, now: Date) {
  const ms = now.getTime();
  const unqueued = unqueuedLiveReviews(now);
  return [
    db.run(sql`
      INSERT INTO ${auditLog} (actor_id, action, target_type, target_id, summary, created_at)
      SELECT NULL, ${"newsletter.queued" satisfies AuditAction}, 'review', CAST(${reviews.id} AS TEXT),
        ${reviews.headline} || ' — to ' || (SELECT count(*) FROM ${subs} WHERE state = 'subscribed')
          || ' subscribers', ${ms}
      FROM ${reviews} WHERE ${unqueued}`),
    db.run(sql`
      INSERT INTO ${issues} (review_id, state, created_at, updated_at)
      SELECT ${reviews.id}, 'queued', ${ms}, ${ms} FROM ${reviews} WHERE ${unqueued}
      ON CONFLICT (review_id) DO NOTHING`),
    db.run(sql`
      INSERT INTO ${deliveries}
        (issue_id, subscriber_id, email, state, attempts, next_attempt_at, created_at, updated_at)
      SELECT i.id, s.id, s.email, 'queued', 0, ${ms}, ${ms}, ${ms}
      FROM ${issues} i JOIN ${subs} s ON s.state = 'subscribed'
      WHERE i.recipients_at IS NULL
      ON CONFLICT (issue_id, subscriber_id) DO NOTHING`),
    db
      .update(issues)
      .set({ recipientsAt: now })
      .where(sql`${issues.recipientsAt} IS NULL`),
  ] as const;
}

/**
 * Whether the sender has anything to do: a review live within the window with no issue yet, a
 * delivery due of an issue still to send, an issue to finish, or the claims of a sender whose
 * lease ran out. One read, so an idle instance's timer writes nothing.
 */
export async function hasNewsletterWork(now = clockNow()) {
  const ms = now.getTime();
  const [row] = await getDb().all<{ work: number }>(sql`SELECT
    EXISTS (SELECT 1 FROM ${reviews} WHERE ${unqueuedLiveReviews(now)})
    OR EXISTS (SELECT 1 FROM ${deliveries} d JOIN ${issues} i ON i.id = d.issue_id
      WHERE ${dueDeliveries(ms)})
    OR EXISTS (SELECT 1 FROM ${issues} i WHERE i.state IN ('queued', 'sending')
      AND NOT EXISTS (SELECT 1 FROM ${deliveries} d
        WHERE d.issue_id = i.id AND d.state IN ('queued', 'sending')))
    OR (EXISTS (SELECT 1 FROM ${deliveries} d WHERE d.state = 'sending')
      AND NOT EXISTS (SELECT 1 FROM ${lease} l WHERE l.expires_at > ${ms})) AS work`);
  return Boolean(row?.work);
}

/** Queues what went live and is not queued yet (see queueIssueStatements): one batch. */
export async function queueLiveIssues(now = clockNow()) {
  const db = getDb();
  await db.batch(queueIssueStatements(db, now));
}

export async function getIssueByReview(reviewId: number) {
  const [row] = await getDb().select().from(issues).where(eq(issues.reviewId, reviewId));
  return row ?? null;
}

export type IssueProgress = Record<NewsletterDeliveryState, number> & { total: number };

export const emptyProgress = (): IssueProgress => ({
  queued: 0,
  sending: 0,
  sent: 0,
  failed: 0,
  bounced: 0,
  skipped: 0,
  unknown: 0,
  total: 0,
});

/** How many of an issue's deliveries are in each state. */
export async function getIssueProgress(issueId: number): Promise<IssueProgress> {
  const rows = await getDb()
    .select({ state: deliveries.state, count: sql<number>`count(*)` })
    .from(deliveries)
    .where(eq(deliveries.issueId, issueId))
    .groupBy(deliveries.state);
  const progress = emptyProgress();
  for (const { state, count } of rows) {
    progress[state] = count;
    progress.total += count;
  }
  return progress;
}

/** Issues with nothing left to send are done; a paused or cancelled one keeps its state. */
export async function finishIssues(now = clockNow()) {
  await getDb().run(sql`
    UPDATE ${issues} SET state = 'done', updated_at = ${now.getTime()}
    WHERE state IN ('queued', 'sending') AND recipients_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM ${deliveries} d
        WHERE d.issue_id = ${issues.id} AND d.state IN ('queued', 'sending'))`);
}

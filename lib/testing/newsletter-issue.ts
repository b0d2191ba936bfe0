import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { getIssueByReview, queueLiveIssues } from "@/db/queries/newsletter-queue";
import {
  newsletterDeliveries,
  newsletterIssues,
  newsletterSenderLease,
  newsletterSubscribers,
  reviews,
  soundtracks,
} from "@/db/schema";
import type { SenderOptions } from "@/jobs/newsletter-sender";
import { insertDraftReview } from "./admin-actions";

/**
 * What the sender tests start from: no review, subscriber, issue or lease left by an earlier test
 * (a review still live would be queued again once its issue is gone).
 */
export async function clearNewsletter(db: Database) {
  await db.batch([
    db.delete(soundtracks),
    db.delete(newsletterDeliveries),
    db.delete(newsletterIssues),
    db.delete(newsletterSubscribers),
    db.delete(newsletterSenderLease),
  ]);
}

/** `count` subscribed addresses, `<prefix>1@example.test`… */
export async function subscribe(db: Database, prefix: string, count: number, at: Date) {
  const values = Array.from({ length: count }, (_, i) => ({
    email: `${prefix}${i + 1}@example.test`,
    state: "subscribed" as const,
    confirmedAt: at,
    createdAt: at,
    updatedAt: at,
  }));
  return db.insert(newsletterSubscribers).values(values).returning();
}

/** A review of `slug` gone live at `at`, its issue queued as the sender's round queues it. */
export async function liveIssue(db: Database, slug: string, at: Date) {
  const review = await insertDraftReview(db, slug);
  await db
    .update(reviews)
    .set({ status: "published", publishedAt: at })
    .where(eq(reviews.id, review.id));
  await queueLiveIssues(at);
  return { review, issue: (await getIssueByReview(review.id))! };
}

/** The issue's deliveries by address: state and attempts. */
export async function deliveriesOf(db: Database, issueId: number) {
  const rows = await db
    .select()
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.issueId, issueId));
  return new Map(rows.map((r) => [r.email, r]));
}

/** A sender for the tests: no pause between rounds (they record what was asked). */
export function testSender(
  holder: string,
  send: SenderOptions["send"],
  options: Partial<SenderOptions> = {},
): SenderOptions {
  return {
    holder,
    send,
    origin: "https://es.example",
    rate: 1000,
    concurrency: 5,
    leaseMs: 60_000,
    wait: async () => {},
    elapsed: () => 0,
    ...options,
  };
}

import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { NewsletterChoice } from "@/lib/newsletter-editor";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { newsletterIssues as issues, reviews } from "../schema";
import { auditEntry, auditEntryIf } from "./audit";
import { getIssueByReview, getIssueProgress, type IssueProgress } from "./newsletter-queue";

export type ReviewNewsletter = {
  mode: NewsletterChoice;
  /** Its issue once queued, with how far its sending got. */
  issue: { state: string; progress: IssueProgress } | null;
};

/** The editor's newsletter panel: the review's choice, and its issue when there is one. */
export async function getReviewNewsletter(reviewId: number): Promise<ReviewNewsletter | null> {
  const [row] = await getDb()
    .select({ mode: reviews.newsletterMode })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  if (!row) return null;
  const issue = await getIssueByReview(reviewId);
  return {
    mode: row.mode,
    issue: issue && { state: issue.state, progress: await getIssueProgress(issue.id) },
  };
}

/**
 * Sets what the review's newsletter sends, while its issue is not queued (a queued issue is sent
 * as it was chosen), with an audit entry when it changes: one batch. "gone" when there is no such
 * review, "queued" when its issue exists.
 */
export async function setNewsletterMode(
  reviewId: number,
  mode: NewsletterChoice,
  actorId: string,
  now = clockNow(),
): Promise<"saved" | "queued" | "gone"> {
  const db = getDb();
  const [review] = await db
    .select({ headline: reviews.headline })
    .from(reviews)
    .where(eq(reviews.id, reviewId));
  if (!review) return "gone";
  const notQueued = sql`NOT EXISTS (SELECT 1 FROM ${issues} WHERE ${issues.reviewId} = ${reviewId})`;
  const [, updated] = await db.batch([
    auditEntryIf(
      db,
      sql`${notQueued} AND EXISTS (SELECT 1 FROM ${reviews}
        WHERE ${reviews.id} = ${reviewId} AND ${reviews.newsletterMode} <> ${mode})`,
      {
        actorId,
        action: "review.newsletter-chosen",
        targetType: "review",
        targetId: reviewId,
        summary: `${review.headline} (newsletter: ${mode})`,
        at: now,
      },
    ),
    db
      .update(reviews)
      .set({ newsletterMode: mode })
      .where(and(eq(reviews.id, reviewId), notQueued))
      .returning({ id: reviews.id }),
  ]);
  return updated.length > 0 ? "saved" : "queued";
}

/** The audit entry of a test mail an editor sent themselves. */
export async function recordNewsletterTest(
  reviewId: number,
  headline: string,
  actorId: string,
  now = clockNow(),
) {
  const db = getDb();
  await auditEntry(db, {
    actorId,
    action: "review.newsletter-tested",
    targetType: "review",
    targetId: reviewId,
    summary: headline,
    at: now,
  });
}

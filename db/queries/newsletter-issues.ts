import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit-actions";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import {
  type NewsletterDeliveryState,
  type NewsletterIssueState,
  newsletterDeliveries as deliveries,
  newsletterIssues as issues,
  reviews,
} from "../schema";
import { auditEntryIf } from "./audit";
import { emptyProgress, type IssueProgress } from "./newsletter-queue";

/** Which state an editor's command moves an issue to, from which, and what the log calls it. */
const COMMANDS = {
  pause: { from: ["queued", "sending"], to: "paused", logged: "newsletter.paused" },
  resume: { from: ["paused"], to: "sending", logged: "newsletter.resumed" },
  cancel: {
    from: ["queued", "sending", "paused"],
    to: "cancelled",
    logged: "newsletter.cancelled",
  },
} as const satisfies Record<
  string,
  { from: NewsletterIssueState[]; to: NewsletterIssueState; logged: AuditAction }
>;

export type IssueCommand = keyof typeof COMMANDS;

/**
 * Pauses, resumes or cancels an issue, logged in the same batch: the sender reads its state
 * before every chunk it claims, so no delivery is handed over after it. Says whether the issue
 * was in a state the command applies to (only then is it logged), and its review's headline;
 * null for no such issue.
 */
export async function commandIssue(
  issueId: number,
  command: IssueCommand,
  actorId: string | null = null,
  now = clockNow(),
) {
  const { from, to, logged } = COMMANDS[command];
  const db = getDb();
  const [issue] = await db
    .select({ reviewId: issues.reviewId, headline: reviews.headline, state: issues.state })
    .from(issues)
    .innerJoin(reviews, eq(reviews.id, issues.reviewId))
    .where(eq(issues.id, issueId));
  if (!issue) return null;
  const applies = and(eq(issues.id, issueId), inArray(issues.state, [...from]))!;
  const [, changed] = await db.batch([
    auditEntryIf(db, sql`EXISTS (SELECT 1 FROM ${issues} WHERE ${applies})`, {
      actorId,
      action: logged,
      targetType: "review",
      targetId: issue.reviewId,
      summary: issue.headline,
      at: now,
    }),
    db
      .update(issues)
      .set({ state: to, updatedAt: now })
      .where(applies)
      .returning({ id: issues.id }),
  ]);
  return { changed: changed.length > 0, headline: issue.headline, state: issue.state };
}

export type NewsletterIssueRow = {
  id: number;
  state: NewsletterIssueState;
  createdAt: Date;
  updatedAt: Date;
  review: { id: number; headline: string; slug: string };
  progress: IssueProgress;
};

/** The most recent issues, newest first, each with how many deliveries are in each state. */
export async function getNewsletterIssues(limit: number): Promise<NewsletterIssueRow[]> {
  const db = getDb();
  const rows = await db
    .select({
      id: issues.id,
      state: issues.state,
      createdAt: issues.createdAt,
      updatedAt: issues.updatedAt,
      review: { id: reviews.id, headline: reviews.headline, slug: reviews.slug },
    })
    .from(issues)
    .innerJoin(reviews, eq(reviews.id, issues.reviewId))
    .orderBy(desc(issues.createdAt), desc(issues.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const counts = await db
    .select({ issueId: deliveries.issueId, state: deliveries.state, count: sql<number>`count(*)` })
    .from(deliveries)
    .where(
      inArray(
        deliveries.issueId,
        rows.map((r) => r.id),
      ),
    )
    .groupBy(deliveries.issueId, deliveries.state);
  const progress = new Map(rows.map((r) => [r.id, emptyProgress()]));
  for (const { issueId, state, count } of counts) {
    const p = progress.get(issueId)!;
    p[state as NewsletterDeliveryState] = count;
    p.total += count;
  }
  return rows.map((r) => ({ ...r, progress: progress.get(r.id)! }));
}

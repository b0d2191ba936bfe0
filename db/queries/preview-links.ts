import "server-only";
import { and, asc, eq, exists, gt } from "drizzle-orm";
import type { PreviewLinkItem } from "@/lib/editor-values";
import { getDb } from "..";
import { previewLinks } from "../schema";
import { auditEntry, auditEntryIf } from "./audit";

const DAY_MS = 24 * 60 * 60 * 1000;

function newToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

/** A secret link to the review as it will appear, good for `days` days from `now`. */
export async function createPreviewLink(link: {
  reviewId: number;
  headline: string;
  actorId: string;
  days: number;
  now: Date;
}): Promise<string> {
  const db = getDb();
  const token = newToken();
  const expiresAt = new Date(link.now.getTime() + link.days * DAY_MS);
  await db.batch([
    db.insert(previewLinks).values({
      token,
      expiresAt,
      reviewId: link.reviewId,
      createdBy: link.actorId,
      createdAt: link.now,
    }),
    auditEntry(db, {
      actorId: link.actorId,
      action: "review.preview-shared",
      targetType: "review",
      targetId: link.reviewId,
      summary: `${link.headline}: a preview link for ${link.days} ${link.days === 1 ? "day" : "days"}`,
    }),
  ]);
  return token;
}

/** Ends the link at once; false when the review has no such link (revoked, or another's). */
export async function revokePreviewLink(link: {
  reviewId: number;
  token: string;
  headline: string;
  actorId: string;
}): Promise<boolean> {
  const db = getDb();
  const theLink = and(eq(previewLinks.token, link.token), eq(previewLinks.reviewId, link.reviewId));
  const [, deleted] = await db.batch([
    auditEntryIf(db, exists(db.select().from(previewLinks).where(theLink)), {
      actorId: link.actorId,
      action: "review.preview-revoked",
      targetType: "review",
      targetId: link.reviewId,
      summary: link.headline,
    }),
    db.delete(previewLinks).where(theLink).returning({ token: previewLinks.token }),
  ]);
  return deleted.length > 0;
}

/** The review's links that still work, soonest to expire first. */
export async function getPreviewLinks(reviewId: number, now: Date): Promise<PreviewLinkItem[]> {
  const rows = await getDb()
    .select({ token: previewLinks.token, expiresAt: previewLinks.expiresAt })
    .from(previewLinks)
    .where(and(eq(previewLinks.reviewId, reviewId), gt(previewLinks.expiresAt, now)))
    .orderBy(asc(previewLinks.expiresAt));
  return rows.map((row) => ({ token: row.token, expiresAt: row.expiresAt.getTime() }));
}

/** The review a link shows, while it has not expired. */
export async function getPreviewReviewId(token: string, now: Date): Promise<number | undefined> {
  const [row] = await getDb()
    .select({ reviewId: previewLinks.reviewId })
    .from(previewLinks)
    .where(and(eq(previewLinks.token, token), gt(previewLinks.expiresAt, now)));
  return row?.reviewId;
}

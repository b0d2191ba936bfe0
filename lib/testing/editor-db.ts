import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { reviewRevisions, reviews } from "@/db/schema";

/** What the editor's action tests set up and read back in their own test database. */

export const storedReview = async (db: Database, id: number) =>
  (await db.select().from(reviews).where(eq(reviews.id, id)))[0];

/** The kinds of the review's versions in the history, oldest first. */
export const revisionKinds = async (db: Database, id: number) =>
  (
    await db
      .select({ kind: reviewRevisions.kind })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, id))
      .orderBy(asc(reviewRevisions.id))
  ).map((r) => r.kind);

/** Puts the review on the site, as published at `at`. */
export async function publishReview(db: Database, id: number, at: Date) {
  await db.update(reviews).set({ status: "published", publishedAt: at }).where(eq(reviews.id, id));
}

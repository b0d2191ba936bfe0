import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { reviewRevisions, reviews, users } from "@/db/schema";
import type { Viewer } from "@/lib/viewer";

/** What the editor's action tests set up and read back in their own test database. */

/** An admin account, as the signed-in viewer of the editor's actions. */
export async function insertAdmin(db: Database, handle: string): Promise<Viewer> {
  const [row] = await db
    .insert(users)
    .values({ name: "Ada", handle, email: `${handle}@example.test`, role: "admin" })
    .returning();
  return { id: row!.id, name: "Ada", handle, role: "admin" };
}

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

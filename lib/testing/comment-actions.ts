import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commentLikes, commentReports, comments, reviews } from "@/db/schema";
import type { Viewer } from "@/lib/viewer";
import { viewerAccount } from "./admin-actions";

// For the tests of the discussion's actions (app/reviews/[slug]/actions.ts). Their vi.mock calls
// stay in each test file: vitest hoists them above that file's imports only.

/** Two readers, the seeded review they comment on, and what the tests write and compare. */
export async function commentActionsSetup(db: Database) {
  /** Reader `n`, signed up with a handle of their own. */
  const makeReader = (n: number) =>
    viewerAccount(db, `action-reader-${n}`, { name: `Reader ${n}` });
  const [ana, ben] = [await makeReader(1), await makeReader(2)];
  const [review] = await db
    .select({ id: reviews.id, slug: reviews.slug })
    .from(reviews)
    .where(eq(reviews.slug, "mission-impossible-fallout"));

  /** Everything the comment actions can change, to compare before and after. */
  async function snapshot() {
    return {
      comments: await db.select().from(comments),
      likes: await db.select().from(commentLikes),
      reports: await db.select().from(commentReports),
    };
  }

  /** A comment by `author` written straight to the database, a minute apart so no limit applies. */
  let minutesAgo = 600;
  async function seedComment(author: Viewer, body = "Seeded") {
    const [row] = await db
      .insert(comments)
      .values({
        reviewId: review!.id,
        authorId: author.id,
        body,
        createdAt: new Date(Date.now() - 60_000 * minutesAgo--),
      })
      .returning();
    return String(row!.id);
  }

  return { ana, ben, makeReader, reviewId: String(review!.id), snapshot, seedComment };
}

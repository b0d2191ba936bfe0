import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Database } from "./client";
import { nowMs } from "./clock.mjs";
import { reportComment } from "./queries/comment-writes";
import { comments, reviews, users } from "./schema";

/** Accounts, comments and reports for the moderation tests, written to the test's database. */
export function moderationFixtures(db: Database) {
  let accounts = 0;
  // Comments are written a minute apart, a day after anything the seed holds.
  let clock = nowMs() + 86_400_000;

  /** A time `ms` after the latest comment's, which the next comment follows. */
  const later = (ms: number) => new Date((clock += ms));

  async function account(role: "reader" | "admin" = "reader") {
    const id = ++accounts;
    const [row] = await db
      .insert(users)
      .values({ name: `Person ${id}`, handle: `person_${id}`, email: `p${id}@example.com`, role })
      .returning();
    return row!;
  }

  async function reviewId(slug: string) {
    const [row] = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.slug, slug));
    return row!.id;
  }

  async function comment(review: number, authorId: string, body: string, parentId?: number) {
    const [row] = await db
      .insert(comments)
      .values({ reviewId: review, authorId, body, parentId, createdAt: later(60_000) })
      .returning();
    return row!.id;
  }

  /** A report by a reader of its own, as a reader makes one. */
  async function report(review: number, commentId: number, reason = "spam") {
    const reporter = await account();
    expect(
      await reportComment({ commentId, reviewId: review, reporterId: reporter.id, reason }),
    ).toBe("reported");
  }

  return { account, reviewId, comment, report, later };
}

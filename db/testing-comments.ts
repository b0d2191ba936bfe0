import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { createComment } from "./queries/comment-writes";
import { reviews, users } from "./schema";

/** Readers, the seed's reviews and comments for the comment query tests, on the test's database. */
export function commentFixtures(db: Database) {
  let userNumber = 0;
  /** A clock that moves 11 seconds per comment, so nothing is rate limited by accident. */
  let clock = Date.UTC(2025, 0, 1, 12);
  const tick = () => new Date((clock += 11_000));

  async function reader(name = `Reader ${++userNumber}`) {
    const n = ++userNumber;
    const [row] = await db
      .insert(users)
      .values({ name, handle: `reader-${n}`, email: `reader-${n}@example.com` })
      .returning();
    return row!;
  }

  async function reviewId(slug: string) {
    const [row] = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.slug, slug));
    return row!.id;
  }

  type Extra = { parentId?: number; isSpoiler?: boolean; now?: Date };

  /** Tries to post a comment: what createComment answers, refused or not. */
  function attempt(review: number, authorId: string, body: string, extra: Extra = {}) {
    return createComment({
      reviewId: review,
      authorId,
      body,
      isSpoiler: extra.isSpoiler ?? false,
      parentId: extra.parentId,
      now: extra.now ?? tick(),
    });
  }

  /** Posts a comment that must go in; its id. */
  async function post(review: number, authorId: string, body: string, extra: Extra = {}) {
    const result = await attempt(review, authorId, body, extra);
    if (!result.ok) throw new Error(`post failed: ${result.reason}`);
    return result.id;
  }

  return { reader, reviewId, attempt, post, tick };
}

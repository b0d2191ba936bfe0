import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { COMMENT_PAGE_SIZE, discussionHref } from "@/lib/comment-rules";
import { openTestDatabase } from "../testing";
import { comments, reviews, users } from "../schema";
import { isLive } from "./live";

const { db } = await openTestDatabase();
const { getCommentPlace } = await import("./comment-place");

const [review] = await db
  .select({ id: reviews.id, slug: reviews.slug })
  .from(reviews)
  .where(isLive())
  .limit(1);
const [author] = await db
  .insert(users)
  .values({ name: "Placed", handle: "placed", email: "placed@example.test" })
  .returning({ id: users.id });
// Threads already there come first: each new comment is written a day later than the last.
const [before] = await db
  .select({ threads: count() })
  .from(comments)
  .where(and(eq(comments.reviewId, review!.id), isNull(comments.parentId)));
const threads = before!.threads;
let day = 0;
async function write(parentId: number | null = null) {
  const [row] = await db
    .insert(comments)
    .values({
      reviewId: review!.id,
      authorId: author!.id,
      parentId,
      body: "Placed",
      createdAt: new Date(Date.now() + ++day * 86_400_000),
    })
    .returning({ id: comments.id });
  return row!.id;
}
const pageOf = (threadsBefore: number) => Math.floor(threadsBefore / COMMENT_PAGE_SIZE) + 1;
const placeOn = (page: number, id: number) =>
  `${discussionHref(review!.slug, "oldest", page)}#comment-${id}`;

describe("a comment's place", () => {
  it("is its thread's page of the discussion, oldest first, at its anchor", async () => {
    const ids = [];
    for (let i = 0; i <= COMMENT_PAGE_SIZE; i++) ids.push(await write());
    const last = ids.at(-1)!;
    const reply = await write(last);
    expect(await getCommentPlace(ids[0]!)).toBe(placeOn(pageOf(threads), ids[0]!));
    const lastPage = pageOf(threads + COMMENT_PAGE_SIZE);
    expect(lastPage).toBeGreaterThan(pageOf(threads));
    expect(await getCommentPlace(last)).toBe(placeOn(lastPage, last));
    expect(await getCommentPlace(reply)).toBe(placeOn(lastPage, reply));
  });

  it("is nowhere for a comment hidden, deleted, on a review not live, or unknown", async () => {
    const [hidden, deleted, drafted] = [await write(), await write(), await write()];
    await db.update(comments).set({ hiddenAt: new Date() }).where(eq(comments.id, hidden));
    await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, deleted));
    expect(await getCommentPlace(hidden)).toBeNull();
    expect(await getCommentPlace(deleted)).toBeNull();
    expect(await getCommentPlace(drafted)).not.toBeNull();
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.id, review!.id));
    expect(await getCommentPlace(drafted)).toBeNull();
    await db.update(reviews).set({ status: "published" }).where(eq(reviews.id, review!.id));
    expect(await getCommentPlace(999_999)).toBeNull();
  });
});

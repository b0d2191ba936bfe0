import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { commentFixtures } from "../testing-comments";
import { commentLikes, comments, reviews, soundtracks } from "../schema";

const { db } = await openTestDatabase();
const q = { ...(await import("./comments")), ...(await import("./comment-writes")) };
const { reader, reviewId, attempt, post, tick } = commentFixtures(db);
const { getReviewViewerState } = await import("./viewer-state");

const featured = await reviewId("mission-impossible-fallout");
const hollow = await reviewId("the-hollow-at-vennick-mill");
const harrowmere = await reviewId("the-harrowmere-eight");
const lacemaker = await reviewId("the-lacemaker-of-aldenhythe");

describe("threads", () => {
  it("attaches replies, and replies to replies, to the top-level comment, oldest first", async () => {
    const [ana, ben, cy] = [await reader("Ana"), await reader("Ben"), await reader("Cy")];
    const top = await post(hollow, ana.id, "The choir in the third cue!", { isSpoiler: true });
    const first = await post(hollow, ben.id, "Agreed", { parentId: top });
    const second = await post(hollow, cy.id, "@Ben me too", { parentId: first });
    const threads = await q.getReviewComments({
      reviewId: hollow,
      sort: "oldest",
      page: 1,
      pageSize: 20,
    });
    const thread = threads.find((t) => t.id === top)!;
    expect(thread).toMatchObject({ body: "The choir in the third cue!", isSpoiler: true });
    expect(thread.author).toMatchObject({ name: "Ana", handle: ana.handle });
    expect(thread.replies.map((r) => [r.id, r.parentId])).toEqual([
      [first, top],
      [second, top],
    ]);
    expect(threads.some((t) => t.id === first || t.id === second)).toBe(false);
  });

  it("refuses a parent on another review, a deleted parent and a review that is not live", async () => {
    const ana = await reader();
    const other = await post(featured, ana.id, "On Fallout");
    const [st] = await db
      .insert(soundtracks)
      .values({ slug: "draft-st", filmTitle: "D" })
      .returning();
    const [draft] = await db
      .insert(reviews)
      .values({ soundtrackId: st!.id, slug: "draft", headline: "d", summary: "d", body: "d" })
      .returning();
    const reply = (review: number, parentId?: number) => attempt(review, ana.id, "x", { parentId });
    expect(await reply(hollow, other)).toEqual({ ok: false, reason: "not-found" });
    expect(await reply(draft!.id)).toEqual({ ok: false, reason: "not-found" });
    await q.deleteComment({ commentId: other, reviewId: featured, authorId: ana.id });
    expect(await reply(featured, other)).toEqual({ ok: false, reason: "not-found" });
  });

  it("refuses a reply anywhere in a thread whose top a moderator hid", async () => {
    const [ana, ben, cy] = [await reader(), await reader(), await reader()];
    const top = await post(hollow, ana.id, "Hidden soon");
    const reply = await post(hollow, ben.id, "A reply inside it", { parentId: top });
    await db.update(comments).set({ hiddenAt: new Date() }).where(eq(comments.id, top));
    for (const parentId of [top, reply]) {
      const result = await attempt(hollow, cy.id, "Sneaking in", { parentId });
      expect(result).toEqual({ ok: false, reason: "not-found" });
    }
    expect(await db.$count(comments, eq(comments.authorId, cy.id))).toBe(0);
    // Unhidden, the thread takes replies again, each under its top.
    await db.update(comments).set({ hiddenAt: null }).where(eq(comments.id, top));
    const id = await post(hollow, cy.id, "Back in", { parentId: reply });
    expect((await db.select().from(comments).where(eq(comments.id, id)))[0]!.parentId).toBe(top);
  });
});

describe("sorting and paging", () => {
  it("sorts top-level comments by oldest, newest and most liked", async () => {
    const [a, b, c, fan1, fan2] = await Promise.all([1, 2, 3, 4, 5].map(() => reader()));
    const first = await post(harrowmere, a!.id, "first");
    const second = await post(harrowmere, b!.id, "second");
    const third = await post(harrowmere, c!.id, "third");
    await post(harrowmere, a!.id, "a reply is not a thread", { parentId: third });
    for (const fan of [fan1!, fan2!]) {
      await q.setCommentLike({
        commentId: second,
        reviewId: harrowmere,
        userId: fan.id,
        liked: true,
      });
    }
    await q.setCommentLike({
      commentId: third,
      reviewId: harrowmere,
      userId: fan1!.id,
      liked: true,
    });
    const ids = async (sort: "oldest" | "newest" | "top") =>
      (await q.getReviewComments({ reviewId: harrowmere, sort, page: 1, pageSize: 20 })).map(
        (t) => t.id,
      );
    expect(await ids("oldest")).toEqual([first, second, third]);
    expect(await ids("newest")).toEqual([third, second, first]);
    expect(await ids("top")).toEqual([second, third, first]);
  });

  it("returns numbered pages of threads and counts them", async () => {
    const authors = await Promise.all(Array.from({ length: 5 }, () => reader()));
    const posted: number[] = [];
    for (const a of authors) posted.push(await post(lacemaker, a.id, `comment by ${a.name}`));
    await post(lacemaker, authors[0]!.id, "a reply is not a thread", { parentId: posted[0] });
    const page = (n: number) =>
      q.getReviewComments({ reviewId: lacemaker, sort: "oldest", page: n, pageSize: 2 });
    expect((await page(1)).map((t) => t.id)).toEqual(posted.slice(0, 2));
    expect((await page(2)).map((t) => t.id)).toEqual(posted.slice(2, 4));
    expect((await page(3)).map((t) => t.id)).toEqual(posted.slice(4));
    expect(await page(4)).toEqual([]);
    expect(await q.countThreads(lacemaker)).toBe(5);
  });
});

describe("editing and deleting", () => {
  it("edits only the author's own comment and marks it edited only when it changed", async () => {
    const [ana, ben] = [await reader(), await reader()];
    const id = await post(featured, ana.id, "Original");
    const edit = (authorId: string, body: string, isSpoiler = false) =>
      q.editComment({ commentId: id, reviewId: featured, authorId, body, isSpoiler, now: tick() });
    expect(await edit(ben.id, "Hijacked")).toBe(false);
    expect(await edit(ana.id, "Original")).toBe(true);
    let [row] = await db.select().from(comments).where(eq(comments.id, id));
    expect(row).toMatchObject({ body: "Original", editedAt: null });
    expect(await edit(ana.id, "Better", true)).toBe(true);
    [row] = await db.select().from(comments).where(eq(comments.id, id));
    expect(row).toMatchObject({ body: "Better", isSpoiler: true });
    expect(row?.editedAt).toBeInstanceOf(Date);
    expect(
      await q.editComment({
        commentId: id,
        reviewId: hollow,
        authorId: ana.id,
        body: "x",
        isSpoiler: false,
      }),
    ).toBe(false);
  });

  it("keeps a placeholder for a deleted comment with replies and hides one without", async () => {
    const [ana, ben] = [await reader(), await reader()];
    const withReplies = await post(featured, ana.id, "Parent");
    const replyId = await post(featured, ben.id, "Child", { parentId: withReplies });
    const alone = await post(featured, ana.id, "Alone");
    const before = (await q.getCommentCounts([featured])).get(featured)!;
    expect(
      await q.deleteComment({ commentId: withReplies, reviewId: featured, authorId: ben.id }),
    ).toBe(false);
    expect(
      await q.deleteComment({ commentId: withReplies, reviewId: featured, authorId: ana.id }),
    ).toBe(true);
    expect(await q.deleteComment({ commentId: alone, reviewId: featured, authorId: ana.id })).toBe(
      true,
    );
    const threads = await q.getReviewComments({
      reviewId: featured,
      sort: "newest",
      page: 1,
      pageSize: 100,
    });
    const placeholder = threads.find((t) => t.id === withReplies);
    expect(placeholder).toMatchObject({ deleted: true, body: null, author: null });
    expect(placeholder?.replies.map((r) => r.id)).toEqual([replyId]);
    expect(threads.some((t) => t.id === alone)).toBe(false);
    expect((await q.getCommentCounts([featured])).get(featured)).toBe(before - 2);
    await q.deleteComment({ commentId: replyId, reviewId: featured, authorId: ben.id });
    const after = await q.getReviewComments({
      reviewId: featured,
      sort: "newest",
      page: 1,
      pageSize: 100,
    });
    expect(after.some((t) => t.id === withReplies)).toBe(false);
  });
});

describe("likes", () => {
  it("keeps likeCount equal to the like rows through repeated likes and unlikes", async () => {
    const [ana, ben, cy] = [await reader(), await reader(), await reader()];
    const id = await post(featured, ana.id, "Like me");
    const like = (userId: string, liked: boolean) =>
      q.setCommentLike({ commentId: id, reviewId: featured, userId, liked });
    expect(await like(ben.id, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await like(ben.id, true)).toEqual({ liked: true, likeCount: 1 });
    expect(await like(cy.id, true)).toEqual({ liked: true, likeCount: 2 });
    expect(await like(ben.id, false)).toEqual({ liked: false, likeCount: 1 });
    expect(await like(ben.id, false)).toEqual({ liked: false, likeCount: 1 });
    const [rows] = await db
      .select({ n: count() })
      .from(commentLikes)
      .where(eq(commentLikes.commentId, id));
    const [stored] = await db.select().from(comments).where(eq(comments.id, id));
    expect(stored?.likeCount).toBe(rows?.n);
    const view = await q.getReviewComments({
      reviewId: featured,
      sort: "newest",
      page: 1,
      pageSize: 100,
    });
    expect(view.find((t) => t.id === id)).toMatchObject({ likeCount: 1 });
    expect((await getReviewViewerState(cy.id, featured))?.liked).toContain(id);
    expect((await getReviewViewerState(ben.id, featured))?.liked).not.toContain(id);
    expect(
      await q.setCommentLike({ commentId: id, reviewId: hollow, userId: cy.id, liked: true }),
    ).toBeNull();
    await q.deleteComment({ commentId: id, reviewId: featured, authorId: ana.id });
    expect(await like(ben.id, true)).toBeNull();
  });
});

describe("counts", () => {
  it("counts visible comments and replies per review, zero when there are none", async () => {
    const pipwick = await reviewId("pipwick-and-the-cloud-foundry");
    const [ana, ben] = [await reader(), await reader()];
    const top = await post(pipwick, ana.id, "one");
    await post(pipwick, ben.id, "two", { parentId: top });
    const counts = await q.getCommentCounts([pipwick, 999_999]);
    expect(counts.get(pipwick)).toBe(2);
    expect(counts.get(999_999)).toBe(0);
    expect(await q.getCommentCounts([])).toEqual(new Map());
  });
});

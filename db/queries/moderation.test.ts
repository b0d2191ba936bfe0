import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { comments, reviews, users } from "../schema";

const { db } = await openTestDatabase();
const moderation = await import("./moderation");
const writes = await import("./moderation-writes");
const { reportComment } = await import("./comment-writes");

let n = 0;
async function account(role: "reader" | "admin" = "reader") {
  const id = ++n;
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

/** A comment written straight to the database, each a minute after the last (and any other). */
let clock = Date.now() + 86_400_000;
async function comment(review: number, authorId: string, body: string) {
  const [row] = await db
    .insert(comments)
    .values({ reviewId: review, authorId, body, createdAt: new Date((clock += 60_000)) })
    .returning();
  return row!.id;
}

async function report(review: number, commentId: number, reason = "spam") {
  const reporter = await account();
  expect(
    await reportComment({ commentId, reviewId: review, reporterId: reporter.id, reason }),
  ).toBe("reported");
}

const admin = await account("admin");
const hollow = await reviewId("the-hollow-at-vennick-mill");

describe("the queue", () => {
  it("lists reported comments most reported first, with their open reasons", async () => {
    const lace = await reviewId("the-lacemaker-of-aldenhythe");
    const ana = await account();
    const once = await comment(lace, ana.id, "Reported once");
    const thrice = await comment(lace, ana.id, "Reported three times");
    const settled = await comment(lace, ana.id, "Reported, then hidden");
    const selfDeleted = await comment(lace, ana.id, "Reported, then deleted by its author");
    await report(lace, once, "spoiler");
    for (const reason of ["spam", "spam", "other: links to a shop"])
      await report(lace, thrice, reason);
    await report(lace, settled);
    await report(lace, selfDeleted);
    await writes.hideComments({ actorId: admin.id, commentIds: [settled] });
    await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, selfDeleted));

    const { comments: queue, total } = await moderation.getReportedComments({
      page: 1,
      pageSize: 50,
    });
    const ids = queue.map((c) => c.id);
    expect(ids.indexOf(thrice)).toBeLessThan(ids.indexOf(once));
    expect(ids).not.toContain(settled);
    expect(ids).not.toContain(selfDeleted);
    expect(total).toBe(queue.length);
    const top = queue.find((c) => c.id === thrice)!;
    expect(top).toMatchObject({
      body: "Reported three times",
      state: "visible",
      openReports: 3,
      author: { id: ana.id, handle: ana.handle, role: "reader", bannedAt: null },
      review: { id: lace, slug: "the-lacemaker-of-aldenhythe" },
      reports: [
        { reason: "spam", count: 2 },
        { reason: "other: links to a shop", count: 1 },
      ],
    });

    const firstPage = await moderation.getReportedComments({ page: 1, pageSize: 1 });
    const secondPage = await moderation.getReportedComments({ page: 2, pageSize: 1 });
    expect(firstPage.total).toBe(total);
    expect(firstPage.comments).toHaveLength(1);
    expect(secondPage.comments[0]?.id).not.toBe(firstPage.comments[0]?.id);
  });

  it("lists recent comments newest first in pages both ways, with their state", async () => {
    const ana = await account();
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(await comment(hollow, ana.id, `Recent ${i}`));
    await writes.hideComments({ actorId: admin.id, commentIds: [ids[3]!] });
    await writes.deleteComments({ actorId: admin.id, commentIds: [ids[2]!] });
    const first = await moderation.getRecentComments({ pageSize: 2 });
    expect(first.rows.map((c) => c.id)).toEqual([ids[4], ids[3]]);
    expect(first.rows.map((c) => c.state)).toEqual(["visible", "hidden"]);
    expect(first.newer).toBeNull();
    const second = await moderation.getRecentComments({ pageSize: 2, before: first.older! });
    expect(second.rows.map((c) => [c.id, c.state])).toEqual([
      [ids[2], "deleted"],
      [ids[1], "visible"],
    ]);
    const back = await moderation.getRecentComments({ pageSize: 2, after: second.newer! });
    expect(back.rows.map((c) => c.id)).toEqual([ids[4], ids[3]]);
    expect(back.newer).toBeNull();
    expect(back.older).toEqual(first.older);
  });
});

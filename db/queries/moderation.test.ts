import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { moderationFixtures } from "../testing-moderation";
import { comments } from "../schema";

const { db } = await openTestDatabase();
const moderation = await import("./moderation");
const writes = await import("./moderation-writes");

const { account, reviewId, comment, report } = moderationFixtures(db);

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

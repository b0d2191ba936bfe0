import { and, eq, inArray } from "drizzle-orm";
import { isLive } from "./live";
import { describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "../testing";
import { comments, follows as followRows, notifications, reviews, users } from "../schema";

const { db } = await openTestDatabase();
const follows = await import("./follows");
const { getFollowingActivity } = await import("./following-activity");
const { setReaderScore } = await import("./scores");
const { setScoresPrivate } = await import("./account");
const { createComment } = await import("./comment-writes");

const liveReviews = await db
  .select({ id: reviews.id, soundtrackId: reviews.soundtrackId })
  .from(reviews)
  .where(isLive())
  .orderBy(reviews.id);

async function reader(handle: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await db
    .insert(users)
    .values({ name: `Reader ${handle}`, handle, email: `${handle}@example.test`, ...extra })
    .returning({ id: users.id });
  return row!.id;
}

const ada = await reader("ada");
const bea = await reader("bea");
const cy = await reader("cy");
const banned = await reader("banned", { bannedAt: new Date() });

const followNotes = (recipientId: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.kind, "follow")));

describe("following a reader", () => {
  it("follows once and notifies the reader once, however often it is asked", async () => {
    expect(await follows.followReader(ada, bea)).toBe("followed");
    expect(await follows.followReader(ada, bea)).toBe("already-following");
    expect(await follows.isFollowing(ada, bea)).toBe(true);
    expect(await follows.isFollowing(bea, ada)).toBe(false);
    const notes = await followNotes(bea);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ actorId: ada, commentId: null, reviewId: null, readAt: null });
  });

  it("shows the follow among the reader's notifications, linking to the follower's profile", async () => {
    const { getNotifications, getUnreadCount, getNotification } = await import("./notifications");
    const [note] = await getNotifications(bea);
    expect(note).toMatchObject({
      kind: "follow",
      actorName: "Reader ada",
      filmTitle: null,
      href: "/u/ada",
      read: false,
    });
    expect(await getUnreadCount(bea)).toBe(1);
    expect(await getNotification(bea, note!.id)).toEqual(note);
    expect(await getNotification(ada, note!.id)).toBeNull();
  });

  it("counts followers and following", async () => {
    await follows.followReader(cy, bea);
    expect(await follows.getFollowCounts(bea)).toEqual({ followers: 2, following: 0 });
    expect(await follows.getFollowCounts(ada)).toEqual({ followers: 0, following: 1 });
  });

  it("refuses following yourself, a banned or unknown reader, and a banned follower", async () => {
    expect(await follows.followReader(ada, ada)).toBe("self");
    expect(await follows.followReader(ada, banned)).toBe("not-found");
    expect(await follows.followReader(ada, "no-such-reader")).toBe("not-found");
    expect(await follows.followReader(banned, ada)).toBe("banned");
    expect(await db.select().from(followRows).where(eq(followRows.followedId, ada))).toEqual([]);
    expect(await followNotes(ada)).toEqual([]);
  });

  it("unfollowing takes the notification back, and following again notifies again", async () => {
    expect(await follows.unfollowReader(cy, bea)).toBe(true);
    expect(await follows.unfollowReader(cy, bea)).toBe(false);
    expect((await followNotes(bea)).map((n) => n.actorId)).toEqual([ada]);
    expect(await follows.getFollowCounts(bea)).toEqual({ followers: 1, following: 0 });
    expect(await follows.followReader(cy, bea)).toBe("followed");
    expect((await followNotes(bea)).map((n) => n.actorId).sort()).toEqual([ada, cy].sort());
  });

  it("leaves a reader banned later out of the counts", async () => {
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, cy));
    expect(await follows.getFollowCounts(bea)).toEqual({ followers: 1, following: 0 });
    await db.update(users).set({ bannedAt: null }).where(eq(users.id, cy));
  });
});

describe("the Following page's activity", () => {
  const dee = reader("dee");

  it("shows the followed readers' scores and comments, newest first, a page at a time", async () => {
    const deeId = await dee;
    await follows.followReader(ada, deeId);
    const [first, second, third] = liveReviews;
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    await setReaderScore(bea, first!.soundtrackId, 85);
    const comment = await createComment({
      reviewId: second!.id,
      authorId: deeId,
      body: "The **brass** in the finale!",
      isSpoiler: false,
      now: at(1),
    });
    if (!comment.ok) throw new Error(comment.reason);
    await createComment({
      reviewId: third!.id,
      authorId: bea,
      body: "The twist",
      isSpoiler: true,
      now: at(2),
    });
    // Someone nobody here follows.
    await setReaderScore(cy, third!.soundtrackId, 10);

    const all = await getFollowingActivity(ada);
    expect(all.rows.map((row) => [row.kind, row.reader.handle])).toEqual([
      ["score", "bea"],
      ["comment", "bea"],
      ["comment", "dee"],
    ]);
    const [score, spoiler, plain] = all.rows;
    expect(score).toMatchObject({ kind: "score", score: 85 });
    expect(spoiler).toMatchObject({ kind: "comment", excerpt: null });
    expect(plain).toMatchObject({ kind: "comment", excerpt: "The brass in the finale!" });
    // Its place in the discussion is found when the link is followed (comment-place.test.ts).
    expect(plain!.kind === "comment" && plain!.href).toBe(`/comments/${comment.id}`);
    expect(all.newer).toBeNull();
    expect(all.older).toBeNull();

    const page1 = await getFollowingActivity(ada, {}, 2);
    expect(page1.rows).toHaveLength(2);
    const page2 = await getFollowingActivity(ada, { before: page1.older! }, 2);
    expect(page2.rows.map((row) => row.reader.handle)).toEqual(["dee"]);
    expect(page2.older).toBeNull();
    const back = await getFollowingActivity(ada, { after: page2.newer! }, 2);
    expect(back.rows.map((row) => row.cursor)).toEqual(page1.rows.map((row) => row.cursor));
  });

  it("hides a private reader's scores but not their comments, and a banned reader entirely", async () => {
    await setScoresPrivate(bea, true);
    const kinds = (await getFollowingActivity(ada)).rows.map((r) => `${r.kind}:${r.reader.handle}`);
    expect(kinds).toEqual(["comment:bea", "comment:dee"]);
    await setScoresPrivate(bea, false);
    await db
      .update(users)
      .set({ bannedAt: new Date() })
      .where(eq(users.id, await dee));
    const handles = (await getFollowingActivity(ada)).rows.map((r) => r.reader.handle);
    expect(handles).toEqual(["bea", "bea"]);
  });

  it("skips what is on a review no longer live, however many in a row", async () => {
    const before = (await getFollowingActivity(ada)).rows.map((r) => r.cursor);
    // Four newer scores, each on a review then taken off the site: all a round reads for a page of one.
    const hidden = liveReviews.slice(3, 7);
    expect(hidden).toHaveLength(4);
    for (const review of hidden) await setReaderScore(bea, review.soundtrackId, 50);
    const ids = hidden.map((review) => review.id);
    await db.update(reviews).set({ status: "draft" }).where(inArray(reviews.id, ids));
    const page = await getFollowingActivity(ada, {}, 1);
    expect(page.rows.map((r) => r.cursor)).toEqual(before.slice(0, 1));
    expect(page.older).toEqual(before[0]);
    expect((await getFollowingActivity(ada)).rows.map((r) => r.cursor)).toEqual(before);
    await db.update(reviews).set({ status: "published" }).where(inArray(reviews.id, ids));
  });

  it("finds what a followed reader did years ago, last, and pages to it", async () => {
    const before = (await getFollowingActivity(ada)).rows.map((r) => r.cursor);
    // Written as it was then (the comment rules would hold back a second comment this quick).
    await db.insert(comments).values({
      reviewId: liveReviews[0]!.id,
      authorId: bea,
      body: "Years ago",
      createdAt: new Date(Date.UTC(2019, 5, 1)),
    });
    const all = await getFollowingActivity(ada);
    expect(all.rows.map((r) => r.cursor).slice(0, -1)).toEqual(before);
    expect(all.rows.at(-1)).toMatchObject({ kind: "comment", excerpt: "Years ago" });
    const last = await getFollowingActivity(ada, { before: before.at(-1)! }, 1);
    expect(last.rows).toMatchObject([{ kind: "comment", excerpt: "Years ago" }]);
    const back = await getFollowingActivity(ada, { after: last.rows[0]!.cursor }, 1);
    expect(back.rows.map((r) => r.cursor)).toEqual(before.slice(-1));
  });

  it("keeps step with what a followed reader does, and with following and unfollowing them", async () => {
    const eve = await reader("eve");
    const fay = await reader("fay");
    const [first, second] = liveReviews;
    const seen = async () =>
      (await getFollowingActivity(eve)).rows.map((r) => (r.kind === "score" ? r.score : r.excerpt));
    // Minutes apart, after every live review's publication.
    const minute = (n: number) => Date.now() + 86_400_000 + n * 60_000;
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(minute(0));
      await setReaderScore(fay, first!.soundtrackId, 60);
      // What she did before being followed comes with the follow.
      await follows.followReader(eve, fay);
      expect(await seen()).toEqual([60]);
      vi.setSystemTime(minute(1));
      await setReaderScore(fay, second!.soundtrackId, 70);
      const comment = await createComment({
        reviewId: second!.id,
        authorId: fay,
        body: "Gone soon",
        isSpoiler: false,
        now: new Date(),
      });
      if (!comment.ok) throw new Error(comment.reason);
      expect(await seen()).toEqual(["Gone soon", 70, 60]);
      // A changed score is news again; a removed score and a deleted comment are gone.
      vi.setSystemTime(minute(2));
      await setReaderScore(fay, first!.soundtrackId, 90);
      expect(await seen()).toEqual([90, "Gone soon", 70]);
      await setReaderScore(fay, second!.soundtrackId, null);
      await db.update(comments).set({ deletedAt: new Date() }).where(eq(comments.id, comment.id));
      expect(await seen()).toEqual([90]);
      await follows.unfollowReader(eve, fay);
      expect(await seen()).toEqual([]);
      await follows.followReader(eve, fay);
      expect(await seen()).toEqual([90]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("is empty for a reader who follows nobody", async () => {
    expect(await getFollowingActivity(await reader("loner"))).toMatchObject({
      rows: [],
      newer: null,
      older: null,
    });
  });
});

import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { moderationFixtures } from "../testing-moderation";
import { auditLog, commentReports, comments, users } from "../schema";

const { db } = await openTestDatabase();
const moderation = await import("./moderation");
const writes = await import("./moderation-writes");
const reads = await import("./comments");
const { createComment, reportComment, setCommentLike, editComment } =
  await import("./comment-writes");
const { getProfileComments } = await import("./profiles");

const { account, reviewId, comment, report, later } = moderationFixtures(db);

const auditOf = (targetId: string | number) =>
  db
    .select()
    .from(auditLog)
    .where(eq(auditLog.targetId, String(targetId)));
const stateOf = async (id: number) =>
  (await db.select().from(comments).where(eq(comments.id, id)))[0]!;
const openReportsOn = (id: number) =>
  db.$count(
    commentReports,
    and(eq(commentReports.commentId, id), isNull(commentReports.resolvedAt)),
  );

const admin = await account("admin");
const featured = await reviewId("mission-impossible-fallout");
const hollow = await reviewId("the-hollow-at-vennick-mill");

describe("hiding comments", () => {
  it("hides in bulk, resolves their open reports and logs each in the same batch", async () => {
    const [ana, ben] = [await account(), await account()];
    const first = await comment(featured, ana.id, "Buy **cheap** pills at spam.test");
    const second = await comment(hollow, ben.id, "Another bad one");
    const untouched = await comment(featured, ben.id, "A fine comment");
    await report(featured, first);
    await report(featured, first, "other: it is an advert");
    const changed = await writes.hideComments({ actorId: admin.id, commentIds: [first, second] });
    expect(changed).toEqual([
      { id: first, reviewId: featured, authorId: ana.id },
      { id: second, reviewId: hollow, authorId: ben.id },
    ]);
    expect((await stateOf(first)).hiddenAt).toBeInstanceOf(Date);
    expect((await stateOf(untouched)).hiddenAt).toBeNull();
    expect(await openReportsOn(first)).toBe(0);
    const [entry] = await auditOf(first);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "comment.hidden",
      targetType: "comment",
      summary: `#${first} by @${ana.handle} on Mission: Impossible – Fallout: “Buy cheap pills at spam.test”`,
    });
    expect(await auditOf(second)).toHaveLength(1);
    expect(await auditOf(untouched)).toHaveLength(0);

    // Hiding again, or hiding a deleted comment, changes nothing and logs nothing.
    expect(await writes.hideComments({ actorId: admin.id, commentIds: [first] })).toEqual([]);
    expect(await auditOf(first)).toHaveLength(1);
  });

  it("writes neither the change nor the log when the log entry cannot be written", async () => {
    const ana = await account();
    const id = await comment(featured, ana.id, "Stays visible");
    await report(featured, id);
    // An actor that is no account breaks the audit entry's foreign key: the batch rolls back.
    await expect(
      writes.hideComments({ actorId: "no-such-admin", commentIds: [id] }),
    ).rejects.toThrow();
    expect((await stateOf(id)).hiddenAt).toBeNull();
    expect(await openReportsOn(id)).toBe(1);
    expect(await auditOf(id)).toHaveLength(0);
  });

  it("serves a hidden comment as a placeholder, its text nowhere, its replies kept", async () => {
    const [ana, ben] = [await account(), await account()];
    const parent = await comment(hollow, ana.id, "Secret words of the hidden comment");
    const reply = await comment(hollow, ben.id, "A reply that stays", parent);
    const alone = await comment(hollow, ana.id, "Hidden, with no replies");
    const before = (await reads.getCommentCounts([hollow])).get(hollow)!;
    const threadsBefore = await reads.countThreads(hollow);
    await writes.hideComments({ actorId: admin.id, commentIds: [parent, alone] });

    const threads = await reads.getReviewComments({
      reviewId: hollow,
      sort: "newest",
      page: 1,
      pageSize: 100,
    });
    const placeholder = threads.find((t) => t.id === parent)!;
    expect(placeholder).toMatchObject({
      hidden: true,
      deleted: false,
      body: null,
      author: null,
      likeCount: 0,
    });
    expect(placeholder.replies.map((r) => [r.id, r.body])).toEqual([[reply, "A reply that stays"]]);
    expect(threads.find((t) => t.id === alone)).toMatchObject({ hidden: true, body: null });
    expect(JSON.stringify(threads)).not.toContain("Secret words");
    // Hidden comments keep their place, so the counts stay as they were.
    expect((await reads.getCommentCounts([hollow])).get(hollow)).toBe(before);
    expect(await reads.countThreads(hollow)).toBe(threadsBefore);

    expect(await reads.getOwnCommentSource(parent, ana.id)).toBeUndefined();
    expect((await getProfileComments(ana.id)).map((c) => c.id)).not.toContain(parent);
    // Nobody can like, report, edit or reply to it while it is hidden.
    expect(
      await setCommentLike({ commentId: parent, reviewId: hollow, userId: ben.id, liked: true }),
    ).toBeNull();
    expect(
      await reportComment({ commentId: parent, reviewId: hollow, reporterId: ben.id, reason: "x" }),
    ).toBe("not-found");
    expect(
      await editComment({
        commentId: parent,
        reviewId: hollow,
        authorId: ana.id,
        body: "Sneaky edit",
        isSpoiler: false,
      }),
    ).toBe(false);
    const replyToHidden = await createComment({
      reviewId: hollow,
      authorId: ben.id,
      body: "Still replying",
      isSpoiler: false,
      parentId: parent,
      now: later(3_600_000),
    });
    expect(replyToHidden).toEqual({ ok: false, reason: "not-found" });
  });

  it("unhides a hidden comment only, and logs it", async () => {
    const ana = await account();
    const hidden = await comment(featured, ana.id, "Back again");
    const visible = await comment(featured, ana.id, "Never hidden");
    await writes.hideComments({ actorId: admin.id, commentIds: [hidden] });
    const changed = await writes.unhideComments({
      actorId: admin.id,
      commentIds: [hidden, visible],
    });
    expect(changed.map((c) => c.id)).toEqual([hidden]);
    expect((await stateOf(hidden)).hiddenAt).toBeNull();
    expect((await auditOf(hidden)).map((e) => e.action)).toEqual([
      "comment.hidden",
      "comment.unhidden",
    ]);
    expect(await auditOf(visible)).toHaveLength(0);
    const [thread] = (
      await reads.getReviewComments({ reviewId: featured, sort: "newest", page: 1, pageSize: 50 })
    ).filter((t) => t.id === hidden);
    expect(thread).toMatchObject({ hidden: false, body: "Back again" });
    expect((await getProfileComments(ana.id)).map((c) => c.id)).toContain(hidden);
  });
});

describe("deleting comments", () => {
  it("soft-deletes in bulk, counts drop, reports are resolved and each is logged", async () => {
    const ana = await account();
    const gone = await comment(featured, ana.id, "To be deleted");
    const hidden = await comment(featured, ana.id, "Hidden, then deleted");
    await writes.hideComments({ actorId: admin.id, commentIds: [hidden] });
    await report(featured, gone);
    const before = (await reads.getCommentCounts([featured])).get(featured)!;
    const changed = await writes.deleteComments({ actorId: admin.id, commentIds: [gone, hidden] });
    expect(changed.map((c) => c.id)).toEqual([gone, hidden]);
    expect((await stateOf(gone)).deletedAt).toBeInstanceOf(Date);
    expect(await openReportsOn(gone)).toBe(0);
    expect((await reads.getCommentCounts([featured])).get(featured)).toBe(before - 2);
    expect((await auditOf(gone)).map((e) => e.action)).toEqual(["comment.deleted"]);
    expect(await writes.deleteComments({ actorId: admin.id, commentIds: [gone] })).toEqual([]);
    // Unhiding a deleted comment does not bring it back.
    expect(await writes.unhideComments({ actorId: admin.id, commentIds: [hidden] })).toEqual([]);
  });
});

describe("bans", () => {
  it("bans a reader with a reason, logs it, and lifts the ban", async () => {
    const ana = await account();
    const ban = (banned: boolean, userId = ana.id, actorId = admin.id) =>
      writes.setReaderBan({ actorId, userId, banned, reason: banned ? "Spam links" : "Appealed" });
    expect(await ban(true)).toBe("done");
    let [row] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(row).toMatchObject({ banReason: "Spam links" });
    expect(row!.bannedAt).toBeInstanceOf(Date);
    expect(await ban(true)).toBe("unchanged");
    const banned = await moderation.getBannedReaders({ page: 1, pageSize: 100 });
    expect(banned.readers.find((r) => r.id === ana.id)).toMatchObject({
      handle: ana.handle,
      banReason: "Spam links",
    });
    expect(banned.total).toBe(banned.readers.length);

    expect(await ban(false)).toBe("done");
    [row] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(row).toMatchObject({ bannedAt: null, banReason: null });
    expect(await ban(false)).toBe("unchanged");
    expect(
      (await moderation.getBannedReaders({ page: 1, pageSize: 100 })).readers.map((r) => r.id),
    ).not.toContain(ana.id);
    expect((await auditOf(ana.id)).map((e) => [e.action, e.summary])).toEqual([
      ["reader.banned", `@${ana.handle} (${ana.name}): Spam links`],
      ["reader.unbanned", `@${ana.handle} (${ana.name}): Appealed`],
    ]);
  });

  it("refuses to ban an admin, oneself or nobody, and changes nothing", async () => {
    const other = await account("admin");
    const ban = (userId: string) =>
      writes.setReaderBan({ actorId: admin.id, userId, banned: true, reason: "No" });
    expect(await ban(other.id)).toBe("admin");
    expect(await ban(admin.id)).toBe("self");
    expect(await ban("no-such-reader")).toBe("not-found");
    const admins = await db.select().from(users).where(eq(users.role, "admin"));
    expect(admins.every((a) => a.bannedAt === null)).toBe(true);
    expect(await auditOf(other.id)).toHaveLength(0);
    expect(await auditOf(admin.id)).toHaveLength(0);
  });
});

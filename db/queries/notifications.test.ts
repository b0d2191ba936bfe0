import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Mail } from "@/lib/mail/send";
import { openTestDatabase } from "../testing";
import { commentLikes, comments, notifications, reviews, tracks, users } from "../schema";

const { db } = await openTestDatabase();
const writes = await import("./comment-writes");
const q = await import("./notifications");
const { getReviewComments } = await import("./comments");
const { getAccountAndReviewState } = await import("./viewer-state");
const { getProfileFavourites } = await import("./profiles");
const { setReaderScore, setFavouriteTracks } = await import("./scores");
const digest = await import("./notification-digest");
const { sendDigests } = await import("@/scripts/notification-digest");

let n = 0;
async function reader(name: string, extra: Partial<typeof users.$inferInsert> = {}) {
  const handle = `n-reader-${++n}`;
  const [row] = await db
    .insert(users)
    .values({ name, handle, email: `${handle}@example.test`, ...extra })
    .returning();
  return row!;
}

const [review] = await db
  .select({ id: reviews.id, soundtrackId: reviews.soundtrackId })
  .from(reviews)
  .where(eq(reviews.slug, "glasswater-meridian"));
const reviewId = review!.id;

/** A clock 11 seconds a step, so no comment is rate limited by accident. */
let clock = Date.UTC(2025, 5, 1, 9);
const tick = () => new Date((clock += 11_000));

async function post(
  authorId: string,
  body: string,
  extra: { parentId?: number; key?: string } = {},
) {
  const result = await writes.createComment({
    reviewId,
    authorId,
    body,
    isSpoiler: false,
    parentId: extra.parentId,
    idempotencyKey: extra.key,
    now: tick(),
  });
  if (!result.ok) throw new Error(`post failed: ${result.reason}`);
  return result.id;
}

const like = (commentId: number, userId: string, liked = true) =>
  writes.setCommentLike({ commentId, reviewId, userId, liked, now: tick() });

const notificationsOf = (userId: string) =>
  db.select().from(notifications).where(eq(notifications.recipientId, userId));

describe("notifications", () => {
  it("are written with a reply and a like, for the comment's author, and never for oneself", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const top = await post(ana.id, "The cello line!");
    const reply = await post(ben.id, "Yes", { parentId: top });
    await post(ana.id, "Replying to myself", { parentId: top });
    await like(top, ben.id);
    expect(await like(reply, ben.id, true)).toBe("own");

    const mine = await notificationsOf(ana.id);
    expect(mine.map((x) => [x.kind, x.actorId, x.commentId]).sort()).toEqual(
      [
        ["like", ben.id, top],
        ["reply", ben.id, reply],
      ].sort(),
    );
    expect(await notificationsOf(ben.id)).toEqual([]);
    expect(await q.getUnreadCount(ana.id)).toBe(2);
  });

  it("lists them newest first with links to the comment, and an unlike takes its like back", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const top = await post(ana.id, "Top");
    await like(top, ben.id);
    const reply = await post(ben.id, "A reply", { parentId: top });
    const list = await q.getNotifications(ana.id);
    expect(list.map((x) => [x.kind, x.actorName, x.read])).toEqual([
      ["reply", "Ben", false],
      ["like", "Ben", false],
    ]);
    expect(list[0]!.href).toMatch(
      new RegExp(`^/reviews/glasswater-meridian/comments/oldest/\\d+#comment-${reply}$`),
    );
    await like(top, ben.id, false);
    expect((await q.getNotifications(ana.id)).map((x) => x.kind)).toEqual(["reply"]);
  });

  it("are marked read one at a time, only by their reader, or all at once", async () => {
    const [ana, ben, cy] = [await reader("Ana"), await reader("Ben"), await reader("Cy")];
    const top = await post(ana.id, "Top");
    await like(top, ben.id);
    await like(top, cy.id);
    await post(cy.id, "Reply", { parentId: top });
    const [first] = await q.getNotifications(ana.id);
    expect(await q.markNotificationRead(ben.id, first!.id)).toBe(false);
    expect(await q.getUnreadCount(ana.id)).toBe(3);
    expect(await q.markNotificationRead(ana.id, first!.id)).toBe(true);
    expect(await q.getUnreadCount(ana.id)).toBe(2);
    expect(await q.markAllNotificationsRead(ana.id)).toBe(2);
    expect(await q.getUnreadCount(ana.id)).toBe(0);
    expect((await q.getNotifications(ana.id)).every((x) => x.read)).toBe(true);
  });

  it("are found one by one only for their reader, with the link the list gives", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const top = await post(ana.id, "Top");
    await post(ben.id, "A reply", { parentId: top });
    const [listed] = await q.getNotifications(ana.id);
    expect(await q.getNotification(ana.id, listed!.id)).toEqual(listed);
    expect(await q.getNotification(ben.id, listed!.id)).toBeNull();
    expect(await q.getNotification(ana.id, listed!.id + 10_000)).toBeNull();
  });

  it("count in the viewer's state, and leave out those of a deleted comment", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const top = await post(ana.id, "Top");
    const reply = await post(ben.id, "Reply", { parentId: top });
    await like(top, ben.id);
    const state = () => getAccountAndReviewState({ userId: ana.id, sessionId: "none" }, null);
    expect((await state()).unread).toBe(2);
    await writes.deleteComment({ commentId: reply, reviewId, authorId: ben.id });
    expect((await state()).unread).toBe(1);
  });
});

describe("no self-like", () => {
  it("refuses a like on one's own comment and stores nothing", async () => {
    const ana = await reader("Ana");
    const top = await post(ana.id, "Mine");
    expect(await like(top, ana.id)).toBe("own");
    expect(await db.select().from(commentLikes).where(eq(commentLikes.commentId, top))).toEqual([]);
    const [row] = await db.select().from(comments).where(eq(comments.id, top));
    expect(row!.likeCount).toBe(0);
  });
});

describe("a comment is posted once", () => {
  it("answers a repeated key with the same comment and inserts nothing", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const first = await post(ana.id, "Once", { key: "draft-1" });
    expect(await post(ana.id, "Once", { key: "draft-1" })).toBe(first);
    // Another reader's key is theirs alone.
    expect(await post(ben.id, "Mine", { key: "draft-1" })).not.toBe(first);
    const rows = await db.select().from(comments).where(eq(comments.authorId, ana.id));
    expect(rows).toHaveLength(1);
  });

  it("inserts once when the same reply is sent several times at once, and notifies once", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    const top = await post(ana.id, "Top");
    const now = tick();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        writes.createComment({
          reviewId,
          authorId: ben.id,
          body: "Retry me",
          isSpoiler: false,
          parentId: top,
          idempotencyKey: "retry-key",
          now,
        }),
      ),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.id : r.reason)));
    expect(ids.size).toBe(1);
    expect(typeof [...ids][0]).toBe("number");
    expect(await db.select().from(comments).where(eq(comments.authorId, ben.id))).toHaveLength(1);
    expect(await notificationsOf(ana.id)).toHaveLength(1);
  });

  it("answers a key sent again with the stored comment, and notifies nobody it names", async () => {
    const [ben, cy] = [await reader("Ben"), await reader("Cy")];
    const cys = await post(cy.id, "Cy's thread");
    // A reply in one's own thread notifies nobody, so a forged one would be the only one there.
    const top = await post(ben.id, "Ben's thread");
    const reply = await post(ben.id, "Ben adds", { parentId: top, key: "ben-draft" });

    // The same key again, now naming Cy's comment as the parent (a crafted repeat).
    const again = await writes.createComment({
      reviewId,
      authorId: ben.id,
      body: "Ben adds",
      isSpoiler: false,
      parentId: cys,
      idempotencyKey: "ben-draft",
      now: tick(),
    });
    expect(await notificationsOf(cy.id)).toEqual([]);
    expect(again).toEqual({ ok: true, id: reply, reviewId, parentId: top });
    expect(await db.$count(comments, eq(comments.authorId, ben.id))).toBe(2);
  });

  it("go to the author of the reply replied to, inside the thread", async () => {
    const [ana, ben, cy] = [await reader("Ana"), await reader("Ben"), await reader("Cy")];
    const top = await post(ana.id, "Top");
    const benReply = await post(ben.id, "Ben's reply", { parentId: top });
    const cyReply = await post(cy.id, "@Ben yes", { parentId: benReply });
    expect((await notificationsOf(ben.id)).map((x) => [x.kind, x.actorId, x.commentId])).toEqual([
      ["reply", cy.id, cyReply],
    ]);
    expect(await notificationsOf(ana.id)).toHaveLength(1);
  });
});

describe("scores beside comments, favourites on profiles", () => {
  it("reads each author's score of the soundtrack with the comments", async () => {
    const [ana, ben] = [await reader("Ana"), await reader("Ben")];
    await setReaderScore(ana.id, review!.soundtrackId, 85);
    const top = await post(ana.id, "Scored");
    const reply = await post(ben.id, "Not scored", { parentId: top });
    const threads = await getReviewComments({ reviewId, sort: "newest", page: 1, pageSize: 50 });
    const thread = threads.find((t) => t.id === top)!;
    expect(thread.authorScore).toBe(85);
    expect(thread.replies.find((r) => r.id === reply)!.authorScore).toBeNull();
  });

  it("lists a reader's favourite tracks by soundtrack, in album order", async () => {
    const ana = await reader("Ana");
    expect(await getProfileFavourites(ana.id)).toEqual([]);
    const list = await db
      .select()
      .from(tracks)
      .where(eq(tracks.soundtrackId, review!.soundtrackId))
      .orderBy(tracks.disc, tracks.position);
    await setFavouriteTracks(ana.id, review!.soundtrackId, [list[2]!.id, list[0]!.id]);
    const [group, ...rest] = await getProfileFavourites(ana.id);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ slug: "glasswater-meridian" });
    expect(group!.tracks.map((t) => t.id)).toEqual([list[0]!.id, list[2]!.id]);
  });
});

describe("the daily digest", () => {
  it("mails opted-in readers their unread notifications since the last digest, once", async () => {
    const [ana, ben, cy] = [
      await reader("Ana", { emailDigest: true }),
      await reader("Ben"),
      await reader("Cy", { emailDigest: true }),
    ];
    const dee = await reader("Dee", { emailDigest: true });
    const anaTop = await post(ana.id, "Ana's");
    const benTop = await post(ben.id, "Ben's");
    const cyTop = await post(cy.id, "Cy's");
    await like(anaTop, dee.id);
    await post(dee.id, "Reply to Ana", { parentId: anaTop });
    await like(benTop, dee.id); // Ben did not opt in.
    await like(cyTop, dee.id);
    await q.markAllNotificationsRead(cy.id); // Nothing unread for Cy.

    const sent: Mail[] = [];
    const send = async (mail: Mail) => void sent.push(mail);
    const run = await sendDigests({ send });
    const mine = sent.filter((m) => [ana, ben, cy, dee].some((r) => r.email === m.to));
    expect(mine.map((m) => m.to)).toEqual([ana.email]);
    expect(mine[0]!.subject).toBe("2 new notifications on Exploring Soundtracks");
    expect(mine[0]!.text).toContain("Dee replied to your comment on Glasswater Meridian");
    expect(mine[0]!.text).toContain("Dee liked your comment on Glasswater Meridian");
    // Each line links to the discussion page that holds the comment, as the in-app list does.
    const [listed] = await q.getNotifications(ana.id, 1);
    expect(mine[0]!.text).toContain(`http://localhost:3000${listed!.href}`);
    expect(listed!.href).toMatch(
      /^\/reviews\/glasswater-meridian\/comments\/oldest\/\d+#comment-\d+$/,
    );
    expect(run.failed).toEqual([]);
    const [row] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(row!.digestSentAt).toBeInstanceOf(Date);

    // Run again: nothing new for Ana.
    sent.length = 0;
    await sendDigests({ send });
    expect(sent.filter((m) => m.to === ana.email)).toEqual([]);

    // A new one after the digest goes in the next.
    await post(dee.id, "Another reply", { parentId: anaTop });
    await sendDigests({ send });
    const next = sent.filter((m) => m.to === ana.email);
    expect(next).toHaveLength(1);
    expect(next[0]!.subject).toBe("1 new notification on Exploring Soundtracks");
  });

  it("mails a new follower with a link to their profile, and not a follower banned since", async () => {
    const { followReader } = await import("./follows");
    const [ana, ben, cy] = [
      await reader("Ana", { emailDigest: true }),
      await reader("Ben"),
      await reader("Cy"),
    ];
    expect(await followReader(ben.id, ana.id)).toBe("followed");
    expect(await followReader(cy.id, ana.id)).toBe("followed");
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, cy.id));
    const sent: Mail[] = [];
    await sendDigests({ send: async (mail) => void sent.push(mail) });
    const mine = sent.filter((m) => m.to === ana.email);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe("1 new notification on Exploring Soundtracks");
    expect(mine[0]!.text).toContain(
      `- Ben started following you: http://localhost:3000/u/${ben.handle}`,
    );
    expect(mine[0]!.text).not.toContain("Cy");
    expect(mine[0]!.html).toContain(`href="http://localhost:3000/u/${ben.handle}"`);
    // The list in the app says the same, and leaves the banned follower out too.
    const listed = await q.getNotifications(ana.id);
    expect(listed.map((n) => [n.kind, n.actorName, n.href])).toEqual([
      ["follow", "Ben", `/u/${ben.handle}`],
    ]);
    expect(await q.getUnreadCount(ana.id)).toBe(1);
  });

  it("keeps a reader whose mail failed for the next run", async () => {
    const [ana, ben] = [await reader("Ana", { emailDigest: true }), await reader("Ben")];
    await like(await post(ana.id, "Mine"), ben.id);
    const run = await sendDigests({
      send: async (mail) => {
        if (mail.to === ana.email) throw new Error("SMTP refused");
      },
    });
    expect(run.failed).toContain(`${ana.email}: SMTP refused`);
    const readers = await digest.getDigestReaders();
    expect(readers.map((r) => r.id)).toContain(ana.id);
  });

  it("stores the reader's choice", async () => {
    const ana = await reader("Ana");
    expect(await digest.getEmailDigest(ana.id)).toBe(false);
    await digest.setEmailDigest(ana.id, true);
    expect(await digest.getEmailDigest(ana.id)).toBe(true);
    const [row] = await db
      .select({ on: users.emailDigest })
      .from(users)
      .where(and(eq(users.id, ana.id)));
    expect(row!.on).toBe(true);
  });
});

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  commentLikes,
  commentReports,
  comments,
  notifications,
  reviews,
  soundtracks,
  users,
} from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE, MALFORMED_REQUEST } from "@/lib/action-state";
import type { Viewer } from "@/lib/viewer";

const { getViewer, revalidateTag } = vi.hoisted(() => ({
  getViewer: vi.fn<() => Promise<Viewer | null>>(),
  revalidateTag: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({ getViewer, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag }));

const { db } = await openTestDatabase();
const actions = await import("./actions");

async function makeReader(n: number): Promise<Viewer> {
  const handle = `action-reader-${n}`;
  const [row] = await db
    .insert(users)
    .values({ name: `Reader ${n}`, handle, email: `${handle}@example.com` })
    .returning();
  return { id: row!.id, name: row!.name!, handle, role: "reader" };
}

const [ana, ben] = [await makeReader(1), await makeReader(2)];
const [review] = await db
  .select({ id: reviews.id, slug: reviews.slug })
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));
const reviewId = String(review!.id);

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

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

/** The tags the last calls invalidated, each with Next's "max" profile (no page re-render). */
function invalidated(): string[] {
  for (const call of revalidateTag.mock.calls) expect(call[1]).toBe("max");
  return revalidateTag.mock.calls.map((call) => call[0] as string).sort();
}

beforeEach(() => {
  getViewer.mockReset();
  revalidateTag.mockClear();
});

describe("signed-out callers", () => {
  it("are refused by every action, and nothing changes", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(null);
    const before = await snapshot();
    const calls = [
      actions.postComment(IDLE, form({ reviewId, body: "Anonymous words" })),
      actions.toggleLike(IDLE, form({ reviewId, commentId, like: "true" })),
      actions.reportComment(IDLE, form({ reviewId, commentId, reason: "spam" })),
      actions.editComment(IDLE, form({ reviewId, commentId, body: "Changed" })),
      actions.deleteComment(IDLE, form({ reviewId, commentId })),
      actions.withdrawReport(IDLE, form({ reviewId, commentId })),
    ];
    for (const state of await Promise.all(calls)) {
      expect(state.status).toBe("error");
      expect(state.message).toMatch(/^Sign in to /);
    }
    expect((await calls[0])?.values).toMatchObject({ body: "Anonymous words" });
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("a request that is not form data", () => {
  it("gets an error state, not an exception, and changes nothing", async () => {
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const json = { reviewId, body: "Sent as JSON" } as unknown as FormData;
    for (const action of [actions.postComment, actions.toggleLike, actions.reportComment]) {
      const state = await action(IDLE, json);
      expect(state).toEqual({ status: "error", message: MALFORMED_REQUEST });
    }
    expect(await actions.deleteComment(IDLE, "text" as unknown as FormData)).toMatchObject({
      status: "error",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a signed-in reader", () => {
  it("posts a comment and a reply, invalidating only what shows them", async () => {
    getViewer.mockResolvedValue(ana);
    const posted = await actions.postComment(
      IDLE,
      form({ reviewId, body: "  The horns!  ", spoiler: "on", tz: "Europe/London" }),
    );
    expect(posted).toMatchObject({ status: "ok", message: "Your comment is posted." });
    expect(posted.values).toEqual({ body: "" });
    const [row] = await db.select().from(comments).where(eq(comments.id, posted.data!.commentId));
    expect(row).toMatchObject({ authorId: ana.id, body: "The horns!", isSpoiler: true });
    expect(invalidated()).toEqual([
      `comment-count:${reviewId}`,
      `comments:${reviewId}`,
      `profile:${ana.id}`,
    ]);

    getViewer.mockResolvedValue(ben);
    const parentId = String(posted.data!.commentId);
    const replied = await actions.postComment(IDLE, form({ reviewId, parentId, body: "Yes" }));
    expect(replied).toMatchObject({ status: "ok", message: "Your reply is posted." });
  });

  it("keeps the typed text when posting too soon", async () => {
    const cy = await makeReader(3);
    getViewer.mockResolvedValue(cy);
    const first = await actions.postComment(IDLE, form({ reviewId, body: "One" }));
    expect(first.status).toBe("ok");
    const before = await snapshot();
    revalidateTag.mockClear();
    const again = await actions.postComment(
      IDLE,
      form({ reviewId, body: "Two, quickly", spoiler: "on" }),
    );
    expect(again.status).toBe("error");
    expect(again.message).toMatch(/^You can post again in (10|9|8) seconds\.$/);
    expect(again.values).toEqual({ reviewId, body: "Two, quickly", spoiler: "on" });
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("gets field errors with the typed values kept", async () => {
    getViewer.mockResolvedValue(ana);
    const commentId = await seedComment(ben);
    const before = await snapshot();
    const empty = await actions.postComment(IDLE, form({ reviewId, body: "   ", spoiler: "on" }));
    expect(empty.fieldErrors?.body).toEqual(["Write something before posting."]);
    expect(empty.values).toEqual({ reviewId, body: "   ", spoiler: "on" });
    const long = "x".repeat(5001);
    const tooLong = await actions.postComment(IDLE, form({ reviewId, body: long }));
    expect(tooLong.fieldErrors?.body?.[0]).toMatch(/up to 5,000 characters; this one has 5,001/);
    expect(tooLong.values?.body).toBe(long);
    const noReview = await actions.postComment(IDLE, form({ reviewId: "abc", body: "Hi" }));
    expect(noReview.fieldErrors?.reviewId).toBeDefined();
    const report = await actions.reportComment(
      IDLE,
      form({ reviewId, commentId, reason: "other", details: "" }),
    );
    expect(report.fieldErrors?.details).toEqual(["Tell the moderators what is wrong."]);
    expect(report.values).toEqual({ reviewId, commentId, reason: "other", details: "" });
    const badReason = await actions.reportComment(
      IDLE,
      form({ reviewId, commentId, reason: "meh" }),
    );
    expect(badReason.fieldErrors?.reason).toEqual(["Choose a reason."]);
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("cannot comment on a review that is not live", async () => {
    const [st] = await db
      .insert(soundtracks)
      .values({ slug: "unreleased", filmTitle: "U" })
      .returning();
    const [draft] = await db
      .insert(reviews)
      .values({ soundtrackId: st!.id, slug: "unreleased", headline: "u", summary: "u", body: "u" })
      .returning();
    getViewer.mockResolvedValue(await makeReader(4));
    const before = await snapshot();
    const state = await actions.postComment(
      IDLE,
      form({ reviewId: String(draft!.id), body: "Early" }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "This review is not open for comments.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("likes and unlikes, with the count returned and only the discussion invalidated", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(ben);
    const liked = await actions.toggleLike(IDLE, form({ reviewId, commentId, like: "true" }));
    expect(liked).toMatchObject({ status: "ok", data: { liked: true, likeCount: 1 } });
    expect(invalidated()).toEqual([`comments:${reviewId}`]);
    const unliked = await actions.toggleLike(IDLE, form({ reviewId, commentId, like: "false" }));
    expect(unliked).toMatchObject({ status: "ok", data: { liked: false, likeCount: 0 } });
  });

  it("reports a comment without invalidating any page", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(ben);
    const state = await actions.reportComment(IDLE, form({ reviewId, commentId, reason: "spam" }));
    expect(state).toMatchObject({
      status: "ok",
      message: "Thank you. The moderators will take a look.",
    });
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("another reader's comment, called directly by id", () => {
  it("cannot be edited or deleted, and the database is unchanged", async () => {
    const commentId = await seedComment(ana, "Ana's words");
    getViewer.mockResolvedValue(ben);
    const before = await snapshot();
    const edit = await actions.editComment(IDLE, form({ reviewId, commentId, body: "Ben's now" }));
    expect(edit).toMatchObject({
      status: "error",
      message: "You can only edit your own comments.",
    });
    expect(edit.values?.body).toBe("Ben's now");
    const del = await actions.deleteComment(IDLE, form({ reviewId, commentId }));
    expect(del).toMatchObject({
      status: "error",
      message: "You can only delete your own comments.",
    });
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("cannot be moved to another review by changing the hidden reviewId", async () => {
    const commentId = await seedComment(ana, "Stays put");
    const [other] = await db
      .select()
      .from(reviews)
      .where(eq(reviews.slug, "the-hollow-at-vennick-mill"));
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const fd = form({ reviewId: String(other!.id), commentId, body: "Moved?" });
    expect((await actions.editComment(IDLE, fd)).status).toBe("error");
    expect((await actions.deleteComment(IDLE, fd)).status).toBe("error");
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a report that only its reporter may withdraw", async () => {
    const commentId = await seedComment(ana, "Reported words");
    getViewer.mockResolvedValue(ben);
    const reported = await actions.reportComment(
      IDLE,
      form({ reviewId, commentId, reason: "spam" }),
    );
    expect(reported.status).toBe("ok");
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const state = await actions.withdrawReport(IDLE, form({ reviewId, commentId }));
    expect(state.status).toBe("error");
    expect(await snapshot()).toEqual(before);
    expect(before.reports.filter((r) => String(r.commentId) === commentId)).toHaveLength(1);
    getViewer.mockResolvedValue(ben);
    expect((await actions.withdrawReport(IDLE, form({ reviewId, commentId }))).status).toBe("ok");
    const after = await snapshot();
    expect(after.reports.filter((r) => String(r.commentId) === commentId)).toHaveLength(0);
  });
});

describe("one's own comment", () => {
  it("cannot be liked, even by calling the action directly", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const state = await actions.toggleLike(IDLE, form({ reviewId, commentId, like: "true" }));
    expect(state).toMatchObject({ status: "error", message: "You cannot like your own comment." });
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("a post sent twice with the same draft key", () => {
  it("answers both with the same comment and stores one", async () => {
    const dee = await makeReader(40);
    getViewer.mockResolvedValue(dee);
    const sent = form({ reviewId, body: "Sent on a shaky connection", key: "draft-abc" });
    const [first, second] = await Promise.all([
      actions.postComment(IDLE, sent),
      actions.postComment(IDLE, sent),
    ]);
    expect(first).toMatchObject({ status: "ok", message: "Your comment is posted." });
    expect(second).toMatchObject({ status: "ok", data: first.data });
    const again = await actions.postComment(IDLE, sent);
    expect(again).toMatchObject({ status: "ok", data: first.data });
    expect(await db.select().from(comments).where(eq(comments.authorId, dee.id))).toHaveLength(1);
  });

  it("answers a repeat naming another reader's comment with the stored comment, and notifies nobody", async () => {
    const [eve, fay] = [await makeReader(41), await makeReader(42)];
    const favourite = await seedComment(fay, "Fay's comment");
    getViewer.mockResolvedValue(eve);
    const sent = { reviewId, body: "My own thread", key: "draft-eve" };
    const first = await actions.postComment(IDLE, form(sent));
    expect(first).toMatchObject({ status: "ok", message: "Your comment is posted." });
    const repeat = await actions.postComment(IDLE, form({ ...sent, parentId: favourite }));
    expect(
      await db.select().from(notifications).where(eq(notifications.recipientId, fay.id)),
    ).toEqual([]);
    expect(repeat).toMatchObject({ status: "ok", message: "Your comment is posted." });
    expect(repeat.data).toEqual(first.data);
    const stored = await db.select().from(comments).where(eq(comments.authorId, eve.id));
    expect(stored).toMatchObject([{ parentId: null, body: "My own thread" }]);
  });
});

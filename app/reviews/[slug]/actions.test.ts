import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { comments, reviews, soundtracks } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE, MALFORMED_REQUEST } from "@/lib/action-state";
import { formOf } from "@/lib/testing/admin-actions";
import { commentActionsSetup } from "@/lib/testing/comment-actions";
import type { Viewer } from "@/lib/viewer";

const { getViewer, revalidateTag } = vi.hoisted(() => ({
  getViewer: vi.fn<() => Promise<Viewer | null>>(),
  revalidateTag: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({ getViewer, getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag }));

const { db } = await openTestDatabase();
const actions = await import("./actions");

const { ana, ben, makeReader, reviewId, snapshot, seedComment } = await commentActionsSetup(db);

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
      actions.postComment(IDLE, formOf({ reviewId, body: "Anonymous words" })),
      actions.toggleLike(IDLE, formOf({ reviewId, commentId, like: "true" })),
      actions.reportComment(IDLE, formOf({ reviewId, commentId, reason: "spam" })),
      actions.editComment(IDLE, formOf({ reviewId, commentId, body: "Changed" })),
      actions.deleteComment(IDLE, formOf({ reviewId, commentId })),
      actions.withdrawReport(IDLE, formOf({ reviewId, commentId })),
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
      expect(state).toEqual({ status: "error", code: "invalid", message: MALFORMED_REQUEST });
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
      formOf({ reviewId, body: "  The horns!  ", spoiler: "on", tz: "Europe/London" }),
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
    const replied = await actions.postComment(IDLE, formOf({ reviewId, parentId, body: "Yes" }));
    expect(replied).toMatchObject({ status: "ok", message: "Your reply is posted." });
  });

  it("keeps the typed text when posting too soon", async () => {
    const cy = await makeReader(3);
    getViewer.mockResolvedValue(cy);
    const first = await actions.postComment(IDLE, formOf({ reviewId, body: "One" }));
    expect(first.status).toBe("ok");
    const before = await snapshot();
    revalidateTag.mockClear();
    const again = await actions.postComment(
      IDLE,
      formOf({ reviewId, body: "Two, quickly", spoiler: "on" }),
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
    const empty = await actions.postComment(IDLE, formOf({ reviewId, body: "   ", spoiler: "on" }));
    expect(empty.fieldErrors?.body).toEqual(["Write something before posting."]);
    expect(empty.values).toEqual({ reviewId, body: "   ", spoiler: "on" });
    const long = "x".repeat(5001);
    const tooLong = await actions.postComment(IDLE, formOf({ reviewId, body: long }));
    expect(tooLong.fieldErrors?.body?.[0]).toMatch(/up to 5,000 characters; this one has 5,001/);
    expect(tooLong.values?.body).toBe(long);
    const noReview = await actions.postComment(IDLE, formOf({ reviewId: "abc", body: "Hi" }));
    expect(noReview.fieldErrors?.reviewId).toBeDefined();
    const report = await actions.reportComment(
      IDLE,
      formOf({ reviewId, commentId, reason: "other", details: "" }),
    );
    expect(report.fieldErrors?.details).toEqual(["Tell the moderators what is wrong."]);
    expect(report.values).toEqual({ reviewId, commentId, reason: "other", details: "" });
    const badReason = await actions.reportComment(
      IDLE,
      formOf({ reviewId, commentId, reason: "meh" }),
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
      formOf({ reviewId: String(draft!.id), body: "Early" }),
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
    const liked = await actions.toggleLike(IDLE, formOf({ reviewId, commentId, like: "true" }));
    expect(liked).toMatchObject({ status: "ok", data: { liked: true, likeCount: 1 } });
    expect(invalidated()).toEqual([`comments:${reviewId}`]);
    const unliked = await actions.toggleLike(IDLE, formOf({ reviewId, commentId, like: "false" }));
    expect(unliked).toMatchObject({ status: "ok", data: { liked: false, likeCount: 0 } });
  });

  it("reports a comment without invalidating any page", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(ben);
    const state = await actions.reportComment(
      IDLE,
      formOf({ reviewId, commentId, reason: "spam" }),
    );
    expect(state).toMatchObject({
      status: "ok",
      message: "Thank you. The moderators will take a look.",
    });
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

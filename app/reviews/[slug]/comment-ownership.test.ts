import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { comments, notifications, reviews } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
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

beforeEach(() => {
  getViewer.mockReset();
  revalidateTag.mockClear();
});

describe("another reader's comment, called directly by id", () => {
  it("cannot be edited or deleted, and the database is unchanged", async () => {
    const commentId = await seedComment(ana, "Ana's words");
    getViewer.mockResolvedValue(ben);
    const before = await snapshot();
    const edit = await actions.editComment(
      IDLE,
      formOf({ reviewId, commentId, body: "Ben's now" }),
    );
    expect(edit).toMatchObject({
      status: "error",
      message: "You can only edit your own comments.",
    });
    expect(edit.values?.body).toBe("Ben's now");
    const del = await actions.deleteComment(IDLE, formOf({ reviewId, commentId }));
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
    const fd = formOf({ reviewId: String(other!.id), commentId, body: "Moved?" });
    expect((await actions.editComment(IDLE, fd)).status).toBe("error");
    expect((await actions.deleteComment(IDLE, fd)).status).toBe("error");
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a report that only its reporter may withdraw", async () => {
    const commentId = await seedComment(ana, "Reported words");
    getViewer.mockResolvedValue(ben);
    const reported = await actions.reportComment(
      IDLE,
      formOf({ reviewId, commentId, reason: "spam" }),
    );
    expect(reported.status).toBe("ok");
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const state = await actions.withdrawReport(IDLE, formOf({ reviewId, commentId }));
    expect(state.status).toBe("error");
    expect(await snapshot()).toEqual(before);
    expect(before.reports.filter((r) => String(r.commentId) === commentId)).toHaveLength(1);
    getViewer.mockResolvedValue(ben);
    expect((await actions.withdrawReport(IDLE, formOf({ reviewId, commentId }))).status).toBe("ok");
    const after = await snapshot();
    expect(after.reports.filter((r) => String(r.commentId) === commentId)).toHaveLength(0);
  });
});

describe("one's own comment", () => {
  it("cannot be liked, even by calling the action directly", async () => {
    const commentId = await seedComment(ana);
    getViewer.mockResolvedValue(ana);
    const before = await snapshot();
    const state = await actions.toggleLike(IDLE, formOf({ reviewId, commentId, like: "true" }));
    expect(state).toMatchObject({ status: "error", message: "You cannot like your own comment." });
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("a post sent twice with the same draft key", () => {
  it("answers both with the same comment and stores one", async () => {
    const dee = await makeReader(40);
    getViewer.mockResolvedValue(dee);
    const sent = formOf({ reviewId, body: "Sent on a shaky connection", key: "draft-abc" });
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
    const first = await actions.postComment(IDLE, formOf(sent));
    expect(first).toMatchObject({ status: "ok", message: "Your comment is posted." });
    const repeat = await actions.postComment(IDLE, formOf({ ...sent, parentId: favourite }));
    expect(
      await db.select().from(notifications).where(eq(notifications.recipientId, fay.id)),
    ).toEqual([]);
    expect(repeat).toMatchObject({ status: "ok", message: "Your comment is posted." });
    expect(repeat.data).toEqual(first.data);
    const stored = await db.select().from(comments).where(eq(comments.authorId, eve.id));
    expect(stored).toMatchObject([{ parentId: null, body: "My own thread" }]);
  });
});

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { notifications, reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
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
const writes = await import("@/db/queries/comment-writes");

const [ana, ben] = [await viewerAccount(db, "note-ana"), await viewerAccount(db, "note-ben")];
const [review] = await db
  .select({ id: reviews.id })
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

const posted = await writes.createComment({
  reviewId: review!.id,
  authorId: ana.id,
  body: "Mine",
  isSpoiler: false,
});
if (!posted.ok) throw new Error(`post failed: ${posted.reason}`);
const commentId = posted.id;
await writes.setCommentLike({ commentId, reviewId: review!.id, userId: ben.id, liked: true });
const [note] = await db.select().from(notifications).where(eq(notifications.recipientId, ana.id));

const stored = () => db.select().from(notifications);

beforeEach(() => {
  getViewer.mockReset();
  revalidateTag.mockClear();
});

describe("the notification actions", () => {
  it("refuse a visitor and a body that is not a form, changing nothing", async () => {
    getViewer.mockResolvedValue(null);
    const before = await stored();
    for (const state of [
      await actions.markNotificationRead(IDLE, formOf({ id: String(note!.id) })),
      await actions.markAllNotificationsRead(IDLE, formOf({})),
      await actions.saveEmailDigest(IDLE, formOf({ digest: "on" })),
    ]) {
      expect(state).toMatchObject({
        status: "error",
        message: "Sign in to see your notifications.",
      });
    }
    getViewer.mockResolvedValue(ana);
    const json = "{}" as unknown as FormData;
    expect(await actions.markAllNotificationsRead(IDLE, json)).toEqual({
      status: "error",
      code: "invalid",
      message: MALFORMED_REQUEST,
    });
    expect(await stored()).toEqual(before);
  });

  it("let only the recipient mark a notification read, and answer with the unread count", async () => {
    getViewer.mockResolvedValue(ben);
    const refused = await actions.markNotificationRead(IDLE, formOf({ id: String(note!.id) }));
    expect(refused.status).toBe("error");
    expect((await stored())[0]!.readAt).toBeNull();

    getViewer.mockResolvedValue(ana);
    const done = await actions.markNotificationRead(IDLE, formOf({ id: String(note!.id) }));
    expect(done).toMatchObject({ status: "ok", data: { unread: 0 } });
    expect((await stored())[0]!.readAt).toBeInstanceOf(Date);
    expect(await actions.markAllNotificationsRead(IDLE, formOf({}))).toMatchObject({
      status: "ok",
      message: "Nothing was unread.",
    });
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("save the daily digest choice", async () => {
    getViewer.mockResolvedValue(ana);
    const bad = await actions.saveEmailDigest(IDLE, formOf({ digest: "maybe" }));
    expect(bad.status).toBe("error");
    expect(await actions.saveEmailDigest(IDLE, formOf({ digest: "on" }))).toMatchObject({
      status: "ok",
      data: { digest: true },
    });
    const [row] = await db.select().from(users).where(eq(users.id, ana.id));
    expect(row!.emailDigest).toBe(true);
  });
});

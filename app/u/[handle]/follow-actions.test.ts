import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { follows, notifications, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { FOLLOW_MESSAGES } from "@/lib/follow-rules";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller, revalidateTag } = vi.hoisted(() => ({
  caller: { viewer: null as Viewer | null, suspension: null as { reason: string | null } | null },
  revalidateTag: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => caller.suspension,
}));
vi.mock("next/cache", () => ({ revalidateTag }));

const { db } = await openTestDatabase();
const { follow } = await import("./follow-actions");
const { unfollow } = await import("./unfollow-actions");

const ada = await viewerAccount(db, "follow_ada", { name: "Ada" });
const bea = await viewerAccount(db, "follow_bea", { name: "Bea" });
const gone = await viewerAccount(db, "follow_gone", { name: "Gone" });
await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, gone.id));

const following = async (followerId: string, followedId: string) =>
  (
    await db
      .select()
      .from(follows)
      .where(and(eq(follows.followerId, followerId), eq(follows.followedId, followedId)))
  ).length > 0;
const followNotes = async (recipientId: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.kind, "follow")));

beforeEach(async () => {
  caller.viewer = null;
  caller.suspension = null;
  revalidateTag.mockClear();
  await db.delete(follows);
  await db.delete(notifications);
  await db.update(users).set({ bannedAt: null }).where(eq(users.id, ada.id));
});

describe("following a reader", () => {
  it("follows, notifies them, and invalidates both profiles; unfollowing undoes it", async () => {
    caller.viewer = ada;
    const followed = await follow(IDLE, formOf({ handle: bea.handle }));
    expect(followed).toMatchObject({
      status: "ok",
      message: FOLLOW_MESSAGES.followed("Bea"),
      data: { following: true },
    });
    expect(await following(ada.id, bea.id)).toBe(true);
    expect(await followNotes(bea.id)).toHaveLength(1);
    expect(revalidateTag).toHaveBeenCalledWith(`profile:${ada.id}`, expect.anything());
    expect(revalidateTag).toHaveBeenCalledWith(`profile:${bea.id}`, expect.anything());

    revalidateTag.mockClear();
    const again = await follow(IDLE, formOf({ handle: bea.handle }));
    expect(again).toMatchObject({ status: "ok", data: { following: true } });
    expect(await followNotes(bea.id)).toHaveLength(1);
    expect(revalidateTag).not.toHaveBeenCalled();

    const unfollowed = await unfollow(IDLE, formOf({ handle: bea.handle }));
    expect(unfollowed).toMatchObject({
      status: "ok",
      message: FOLLOW_MESSAGES.unfollowed("Bea"),
      data: { following: false },
    });
    expect(await following(ada.id, bea.id)).toBe(false);
    expect(await followNotes(bea.id)).toHaveLength(0);
    expect(revalidateTag).toHaveBeenCalledWith(`profile:${bea.id}`, expect.anything());
  });

  it("refuses anyone signed out", async () => {
    for (const action of [follow, unfollow]) {
      const state = await action(IDLE, formOf({ handle: bea.handle }));
      expect(state).toMatchObject({
        status: "error",
        code: "session-ended",
        message: FOLLOW_MESSAGES.signedOut,
      });
    }
    expect(await followNotes(bea.id)).toHaveLength(0);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses a banned reader, telling them why", async () => {
    caller.suspension = { reason: "Spam" };
    const state = await follow(IDLE, formOf({ handle: bea.handle }));
    expect(state).toMatchObject({ status: "error", code: "refused" });
    expect(state.message).toContain("suspended");
    expect(await following(ada.id, bea.id)).toBe(false);
  });

  it("refuses a reader banned while their session still stood", async () => {
    caller.viewer = ada;
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, ada.id));
    const state = await follow(IDLE, formOf({ handle: bea.handle }));
    expect(state).toMatchObject({
      status: "error",
      code: "refused",
      message: FOLLOW_MESSAGES.banned,
    });
    expect(await following(ada.id, bea.id)).toBe(false);
    expect(await followNotes(bea.id)).toHaveLength(0);
  });

  it("refuses following or unfollowing oneself", async () => {
    caller.viewer = ada;
    for (const action of [follow, unfollow]) {
      const state = await action(IDLE, formOf({ handle: ada.handle }));
      expect(state).toMatchObject({
        status: "error",
        code: "refused",
        message: FOLLOW_MESSAGES.self,
      });
    }
    expect(await following(ada.id, ada.id)).toBe(false);
    expect(await followNotes(ada.id)).toHaveLength(0);
  });

  it("refuses an unknown or banned reader", async () => {
    caller.viewer = ada;
    for (const handle of ["nobody_here", gone.handle]) {
      for (const action of [follow, unfollow]) {
        const state = await action(IDLE, formOf({ handle }));
        expect(state).toMatchObject({
          status: "error",
          code: "gone",
          message: FOLLOW_MESSAGES.notFound,
        });
      }
    }
    expect(await following(ada.id, gone.id)).toBe(false);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses a form without a reader", async () => {
    caller.viewer = ada;
    const state = await follow(IDLE, formOf({ handle: "  " }));
    expect(state).toMatchObject({ status: "error", code: "invalid" });
  });
});

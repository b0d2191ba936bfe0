import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { SCORES_PRIVACY } from "@/lib/taste";
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
const { setScoresPrivacy } = await import("./privacy-actions");

const reader = await viewerAccount(db, "private_reader");
const isPrivate = async () =>
  (await db.select().from(users).where(eq(users.id, reader.id)))[0]!.scoresPrivate;

beforeEach(async () => {
  caller.viewer = null;
  caller.suspension = null;
  revalidateTag.mockClear();
  await db.update(users).set({ scoresPrivate: false }).where(eq(users.id, reader.id));
});

describe("keeping one's scores private", () => {
  it("hides and shows the caller's scores, invalidating their profile", async () => {
    caller.viewer = reader;
    const hidden = await setScoresPrivacy(IDLE, formOf({ private: "on" }));
    expect(hidden).toMatchObject({
      status: "ok",
      message: SCORES_PRIVACY.on,
      data: { private: true },
    });
    expect(await isPrivate()).toBe(true);
    expect(revalidateTag).toHaveBeenCalledWith(`profile:${reader.id}`, expect.anything());
    const shown = await setScoresPrivacy(IDLE, formOf({ private: "off" }));
    expect(shown).toMatchObject({ status: "ok", data: { private: false } });
    expect(await isPrivate()).toBe(false);
  });

  it("refuses anyone signed out", async () => {
    const state = await setScoresPrivacy(IDLE, formOf({ private: "on" }));
    expect(state).toMatchObject({ status: "error", code: "session-ended" });
    expect(await isPrivate()).toBe(false);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses a banned reader, telling them why", async () => {
    caller.suspension = { reason: "Spam" };
    const state = await setScoresPrivacy(IDLE, formOf({ private: "on" }));
    expect(state).toMatchObject({ status: "error", code: "refused" });
    expect(state.message).toContain("suspended");
    expect(await isPrivate()).toBe(false);
  });

  it("refuses a value that is not on or off", async () => {
    caller.viewer = reader;
    const state = await setScoresPrivacy(IDLE, formOf({ private: "yes" }));
    expect(state).toMatchObject({ status: "error", code: "invalid" });
    expect(await isPrivate()).toBe(false);
  });
});

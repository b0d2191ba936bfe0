import { isLive } from "@/db/queries/live";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { ReadersLikeYouPayload } from "@/lib/taste";
import { comparingViewerOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller } = vi.hoisted(() => ({ caller: { viewer: null as Viewer | null } }));
vi.mock("@/auth/viewer", () => ({
  getComparingViewer: async () => comparingViewerOf(caller.viewer),
}));
// Kept across requests by Next's cache in the running site (e2e); here each request searches anew.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const { db } = await openTestDatabase();
const { GET } = await import("./route");
const { setReaderScore } = await import("@/db/queries/scores");
const { setScoresPrivate } = await import("@/db/queries/account");

const live = (
  await db
    .select({ id: reviews.soundtrackId })
    .from(reviews)
    .where(isLive())
    .orderBy(reviews.soundtrackId)
).map((row) => row.id);

async function scorer(handle: string, scores: number[]) {
  const viewer = await viewerAccount(db, handle, { name: `Reader ${handle}` });
  for (const [i, score] of scores.entries()) await setReaderScore(viewer.id, live[i]!, score);
  return viewer;
}

const ada = await scorer("ada", [80, 60, 90, 30, 50]);
const bea = await scorer("bea", [80, 70, 90, 30, 40]);

beforeEach(async () => {
  caller.viewer = null;
  await db.update(users).set({ scoresPrivate: false });
});

describe("GET /api/readers-like-you", () => {
  it("refuses anyone signed out (a banned reader is nobody to getComparingViewer)", async () => {
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
  });

  it("lists the caller's closest readers with their figure, privately", async () => {
    caller.viewer = ada;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const payload = (await response.json()) as ReadersLikeYouPayload;
    expect(payload).toEqual({
      scoresPrivate: false,
      readers: [{ handle: "bea", name: "Reader bea", percent: 96, inCommon: 5 }],
    });
  });

  it("lists nobody for a reader who keeps their scores private, and says so", async () => {
    await setScoresPrivate(ada.id, true);
    caller.viewer = ada;
    expect(await (await GET()).json()).toEqual({ scoresPrivate: true, readers: [] });
    caller.viewer = bea;
    expect(await (await GET()).json()).toEqual({ scoresPrivate: false, readers: [] });
  });
});

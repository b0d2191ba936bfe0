import { isLive } from "@/db/queries/live";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { ReadersLikeYouScorePayload } from "@/lib/taste";
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

async function scorer(handle: string, scores: (number | null)[]) {
  const viewer = await viewerAccount(db, handle, { name: `Reader ${handle}` });
  for (const [i, score] of scores.entries()) {
    if (score !== null) await setReaderScore(viewer.id, live[i]!, score);
  }
  return viewer;
}

// Ada, Bea and Cy have the first five soundtracks in common; Bea and Cy scored the sixth, which
// Ada has not; the seventh nobody scored; Dot scored too few to be like anyone.
const ada = await scorer("ada", [80, 60, 90, 30, 50]);
const bea = await scorer("bea", [80, 70, 90, 30, 40, 70]);
await scorer("cy", [70, 60, 80, 40, 50, 85]);
const dot = await scorer("dot", [80, 60]);

const ask = async (soundtrack: string | number) =>
  GET(new Request(`http://localhost/api/readers-like-you/${soundtrack}`), {
    params: Promise.resolve({ soundtrack: String(soundtrack) }),
  });

beforeEach(async () => {
  caller.viewer = null;
  await db.update(users).set({ scoresPrivate: false });
});

describe("GET /api/readers-like-you/<soundtrack>", () => {
  it("refuses anyone signed out, privately", async () => {
    const response = await ask(live[5]!);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).not.toHaveProperty("average");
  });

  it("answers a clear 400 for an address that is no soundtrack id", async () => {
    caller.viewer = ada;
    for (const bad of ["abc", "0", "-3", "1.5"]) {
      const response = await ask(bad);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "Not a soundtrack id." });
    }
  });

  it("gives the average of the caller's closest readers who scored it, privately", async () => {
    caller.viewer = ada;
    const response = await ask(live[5]!);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await response.json()) as ReadersLikeYouScorePayload).toEqual({
      kind: "found",
      neighbours: 2,
      count: 2,
      average: 77.5,
    });
  });

  it("says when none of the closest readers scored it", async () => {
    caller.viewer = ada;
    expect(await (await ask(live[6]!)).json()).toEqual({
      kind: "found",
      neighbours: 2,
      count: 0,
      average: null,
    });
  });

  it("says nobody for a reader with too few soundtracks in common with anyone", async () => {
    caller.viewer = dot;
    expect(await (await ask(live[5]!)).json()).toEqual({ kind: "nobody" });
  });

  it("gives nothing to a reader who keeps their scores private", async () => {
    await setScoresPrivate(ada.id, true);
    caller.viewer = ada;
    expect(await (await ask(live[5]!)).json()).toEqual({ kind: "private" });
  });

  it("leaves a private reader's score out of everyone else's figure", async () => {
    await setScoresPrivate(ada.id, true);
    caller.viewer = bea;
    // Bea's readers like her are Cy only now: Ada is never compared.
    expect(await (await ask(live[5]!)).json()).toMatchObject({ kind: "found", neighbours: 1 });
  });
});

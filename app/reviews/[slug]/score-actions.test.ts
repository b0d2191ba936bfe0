import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "@/db/testing";
import {
  favouriteTracks,
  readerScores,
  reviews,
  scoreStats,
  soundtracks,
  tracks,
  users,
} from "@/db/schema";
import { IDLE } from "@/lib/action-state";
import type { Viewer } from "@/lib/viewer";

vi.mock("@/auth/viewer", () => ({ getViewer: vi.fn(), getSuspension: async () => null }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

const { db } = await openTestDatabase();
const { getViewer } = await import("@/auth/viewer");
const { revalidateTag } = await import("next/cache");
const actions = await import("./score-actions");

const SLUG = "mission-impossible-fallout";
const [featured] = await db.select().from(soundtracks).where(eq(soundtracks.slug, SLUG));
const soundtrackId = featured!.id;
const featuredTracks = await db
  .select()
  .from(tracks)
  .where(eq(tracks.soundtrackId, soundtrackId))
  .orderBy(asc(tracks.position));
const trackIds = featuredTracks.map((t) => t.id);
const [otherTrack] = await db
  .select()
  .from(tracks)
  .innerJoin(soundtracks, eq(soundtracks.id, tracks.soundtrackId))
  .where(eq(soundtracks.slug, "glasswater-meridian"));

const [row] = await db
  .insert(users)
  .values({ name: "Rae Reader", handle: "rae", email: "rae@example.test" })
  .returning();
const viewer: Viewer = { id: row!.id, name: "Rae Reader", handle: "rae", role: "reader" };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

const base = { slug: SLUG, soundtrackId: String(soundtrackId) };

async function snapshot() {
  return {
    scores: await db.select().from(readerScores),
    stats: await db.select().from(scoreStats),
    favourites: await db.select().from(favouriteTracks),
    counts: (await db.select().from(tracks)).map((t) => t.favouriteCount),
    users: await db.select().from(users),
  };
}

beforeEach(() => {
  vi.mocked(getViewer).mockReset();
  vi.mocked(revalidateTag).mockClear();
});

describe("signed-out callers", () => {
  it("are refused and change nothing", async () => {
    vi.mocked(getViewer).mockResolvedValue(null);
    const before = await snapshot();
    expect(await actions.saveScore(IDLE, form({ ...base, score: "8.5" }))).toMatchObject({
      status: "error",
      message: "Sign in to score this soundtrack.",
    });
    expect(await actions.saveScore(IDLE, form({ ...base, intent: "remove" }))).toMatchObject({
      message: "Sign in to score this soundtrack.",
    });
    const fav = await actions.saveFavourites(
      IDLE,
      form({ ...base, trackIds: [String(trackIds[0])] }),
    );
    expect(fav.status).toBe("error");
    expect(fav.message).toMatch(/^Sign in/);
    const hide = await actions.saveCrowdPreference(IDLE, form({ ...base, hide: "true" }));
    expect(hide.message).toMatch(/^Sign in/);
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});

describe("a signed-in reader", () => {
  beforeEach(() => vi.mocked(getViewer).mockResolvedValue(viewer));

  it("scores, changes and removes a score, invalidating the scores, where they show beside comments and their profile", async () => {
    let state = await actions.saveScore(IDLE, form({ ...base, score: "8.5" }));
    expect(state).toMatchObject({ status: "ok", message: "Score saved.", data: { score: 85 } });
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([
      [`scores:${soundtrackId}`, "max"],
      [`comment-scores:${soundtrackId}`, "max"],
      [`profile:${viewer.id}`, "max"],
      ["reader-ranking", "max"],
    ]);
    state = await actions.saveScore(IDLE, form({ ...base, intent: "save", score: "6" }));
    expect(state.status).toBe("ok");
    const [stats] = await db
      .select()
      .from(scoreStats)
      .where(eq(scoreStats.soundtrackId, soundtrackId));
    expect(stats).toMatchObject({ scoreCount: 1, scoreSum: 60 });
    state = await actions.saveScore(IDLE, form({ ...base, intent: "remove" }));
    expect(state).toMatchObject({ status: "ok", message: "Score removed.", data: { score: null } });
    expect(await db.select().from(readerScores)).toEqual([]);
  });

  it("gets field errors, keeps what they sent and changes nothing for a bad score", async () => {
    const before = await snapshot();
    for (const score of ["11", "abc", "3.3", "-0.5", ""]) {
      const state = await actions.saveScore(IDLE, form({ ...base, score }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.score).toEqual(["Choose a score from 0 to 10 in half steps."]);
      expect(state.values).toEqual({ ...base, score });
    }
    const missing = await actions.saveScore(IDLE, form({ slug: SLUG, score: "5" }));
    expect(missing.fieldErrors?.soundtrackId).toBeDefined();
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("cannot score a soundtrack whose review is not live", async () => {
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.slug, SLUG));
    try {
      const state = await actions.saveScore(IDLE, form({ ...base, score: "7" }));
      expect(state.status).toBe("error");
      expect(state.message).toMatch(/isn’t open/);
      const wrongPair = await actions.saveScore(
        IDLE,
        form({ slug: "glasswater-meridian", soundtrackId: String(soundtrackId), score: "7" }),
      );
      expect(wrongPair.status).toBe("error");
      expect(await db.select().from(readerScores)).toEqual([]);
    } finally {
      await db.update(reviews).set({ status: "published" }).where(eq(reviews.slug, SLUG));
    }
  });

  it("saves up to three favourites and replaces them", async () => {
    const picks = trackIds.slice(0, 3).map(String);
    let state = await actions.saveFavourites(IDLE, form({ ...base, trackIds: picks }));
    expect(state).toMatchObject({ status: "ok", message: "Favourites saved." });
    expect(vi.mocked(revalidateTag).mock.calls).toEqual([
      [`favourites:${soundtrackId}`, "max"],
      [`profile:${viewer.id}`, "max"],
    ]);
    // A single tick box arrives as one field, not a list: still a list of one.
    state = await actions.saveFavourites(IDLE, form({ ...base, trackIds: String(trackIds[4]) }));
    expect(state).toMatchObject({ status: "ok", data: { picks: [trackIds[4]] } });
    const stored = await db.select().from(favouriteTracks);
    expect(stored.map((f) => f.trackId)).toEqual([trackIds[4]]);
    const [picked] = await db.select().from(tracks).where(eq(tracks.id, trackIds[4]!));
    expect(picked?.favouriteCount).toBe(1);
    state = await actions.saveFavourites(IDLE, form(base));
    expect(state).toMatchObject({ status: "ok", message: "Favourites cleared." });
  });

  it("is refused a fourth favourite or another soundtrack's track, with nothing changed", async () => {
    const before = await snapshot();
    const four = await actions.saveFavourites(
      IDLE,
      form({ ...base, trackIds: trackIds.slice(5, 9).map(String) }),
    );
    expect(four.fieldErrors?.trackIds).toEqual(["You can pick up to 3 favourite tracks."]);
    expect(four.values?.trackIds).toEqual(trackIds.slice(5, 9).map(String));
    const foreign = await actions.saveFavourites(
      IDLE,
      form({ ...base, trackIds: [String(trackIds[5]), String(otherTrack!.tracks.id)] }),
    );
    expect(foreign.status).toBe("error");
    expect(foreign.fieldErrors?.trackIds?.[0]).toMatch(/this soundtrack’s track list/);
    const garbage = await actions.saveFavourites(IDLE, form({ ...base, trackIds: ["abc"] }));
    expect(garbage.fieldErrors?.trackIds).toBeDefined();
    expect(await snapshot()).toEqual(before);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("saves the choice to hide the readers' average", async () => {
    const state = await actions.saveCrowdPreference(IDLE, form({ ...base, hide: "true" }));
    expect(state).toMatchObject({ status: "ok", data: { hide: true } });
    expect(revalidateTag).not.toHaveBeenCalled();
    const [me] = await db.select().from(users).where(eq(users.id, viewer.id));
    expect(me?.hideCrowdUntilScored).toBe(true);
    const bad = await actions.saveCrowdPreference(IDLE, form({ ...base, hide: "maybe" }));
    expect(bad.fieldErrors?.hide).toBeDefined();
  });
});

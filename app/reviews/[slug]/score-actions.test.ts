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
import type { Viewer } from "@/lib/auth/viewer";

vi.mock("@/lib/auth/viewer", () => ({ getViewer: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { db } = await openTestDatabase();
const { getViewer } = await import("@/lib/auth/viewer");
const { revalidatePath } = await import("next/cache");
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
  vi.mocked(revalidatePath).mockClear();
});

describe("signed-out callers", () => {
  it("are refused and change nothing", async () => {
    vi.mocked(getViewer).mockResolvedValue(null);
    const before = await snapshot();
    expect(await actions.saveScore({}, form({ ...base, score: "8.5" }))).toEqual({
      message: "Sign in to score this soundtrack.",
    });
    expect(await actions.saveScore({}, form({ ...base, intent: "remove" }))).toMatchObject({
      message: "Sign in to score this soundtrack.",
    });
    const fav = await actions.saveFavourites(
      {},
      form({ ...base, trackIds: [String(trackIds[0])] }),
    );
    expect(fav.ok).toBeUndefined();
    expect(fav.message).toMatch(/^Sign in/);
    const hide = await actions.saveCrowdPreference({}, form({ ...base, hide: "true" }));
    expect(hide.message).toMatch(/^Sign in/);
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});

describe("a signed-in reader", () => {
  beforeEach(() => vi.mocked(getViewer).mockResolvedValue(viewer));

  it("scores, changes and removes a score, revalidating the review and their profile", async () => {
    let state = await actions.saveScore({}, form({ ...base, score: "8.5" }));
    expect(state).toMatchObject({ ok: true, message: "Score saved.", values: { score: "8.5" } });
    expect(revalidatePath).toHaveBeenCalledWith(`/reviews/${SLUG}`);
    expect(revalidatePath).toHaveBeenCalledWith("/u/rae");
    state = await actions.saveScore({}, form({ ...base, intent: "save", score: "6" }));
    expect(state.ok).toBe(true);
    const [stats] = await db
      .select()
      .from(scoreStats)
      .where(eq(scoreStats.soundtrackId, soundtrackId));
    expect(stats).toMatchObject({ scoreCount: 1, scoreSum: 60 });
    state = await actions.saveScore({}, form({ ...base, intent: "remove" }));
    expect(state).toMatchObject({ ok: true, message: "Score removed." });
    expect(await db.select().from(readerScores)).toEqual([]);
  });

  it("gets field errors, keeps what they sent and changes nothing for a bad score", async () => {
    const before = await snapshot();
    for (const score of ["11", "abc", "3.3", "-0.5", ""]) {
      const state = await actions.saveScore({}, form({ ...base, score }));
      expect(state.ok).toBeUndefined();
      expect(state.errors?.score).toEqual(["Choose a score from 0 to 10 in half steps."]);
      expect(state.values).toEqual({ score });
    }
    const missing = await actions.saveScore({}, form({ slug: SLUG, score: "5" }));
    expect(missing.errors?.soundtrackId).toBeDefined();
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("cannot score a soundtrack whose review is not live", async () => {
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.slug, SLUG));
    try {
      const state = await actions.saveScore({}, form({ ...base, score: "7" }));
      expect(state.ok).toBeUndefined();
      expect(state.message).toMatch(/isn’t open/);
      const wrongPair = await actions.saveScore(
        {},
        form({ slug: "glasswater-meridian", soundtrackId: String(soundtrackId), score: "7" }),
      );
      expect(wrongPair.ok).toBeUndefined();
      expect(await db.select().from(readerScores)).toEqual([]);
    } finally {
      await db.update(reviews).set({ status: "published" }).where(eq(reviews.slug, SLUG));
    }
  });

  it("saves up to three favourites and replaces them", async () => {
    const picks = trackIds.slice(0, 3).map(String);
    let state = await actions.saveFavourites({}, form({ ...base, trackIds: picks }));
    expect(state).toMatchObject({ ok: true, message: "Favourites saved." });
    state = await actions.saveFavourites({}, form({ ...base, trackIds: [String(trackIds[4])] }));
    expect(state.ok).toBe(true);
    const stored = await db.select().from(favouriteTracks);
    expect(stored.map((f) => f.trackId)).toEqual([trackIds[4]]);
    const [picked] = await db.select().from(tracks).where(eq(tracks.id, trackIds[4]!));
    expect(picked?.favouriteCount).toBe(1);
    expect(revalidatePath).toHaveBeenCalledWith("/u/rae");
  });

  it("is refused a fourth favourite or another soundtrack's track, with nothing changed", async () => {
    const before = await snapshot();
    const four = await actions.saveFavourites(
      {},
      form({ ...base, trackIds: trackIds.slice(5, 9).map(String) }),
    );
    expect(four.errors?.trackIds).toEqual(["You can pick up to three favourite tracks."]);
    expect(four.values?.trackIds).toEqual(trackIds.slice(5, 9).map(String));
    const foreign = await actions.saveFavourites(
      {},
      form({ ...base, trackIds: [String(trackIds[5]), String(otherTrack!.tracks.id)] }),
    );
    expect(foreign.ok).toBeUndefined();
    expect(foreign.errors?.trackIds?.[0]).toMatch(/this soundtrack’s track list/);
    const garbage = await actions.saveFavourites({}, form({ ...base, trackIds: ["abc"] }));
    expect(garbage.errors?.trackIds).toBeDefined();
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("saves the choice to hide the readers' average", async () => {
    const state = await actions.saveCrowdPreference({}, form({ ...base, hide: "true" }));
    expect(state.ok).toBe(true);
    const [me] = await db.select().from(users).where(eq(users.id, viewer.id));
    expect(me?.hideCrowdUntilScored).toBe(true);
    const bad = await actions.saveCrowdPreference({}, form({ ...base, hide: "maybe" }));
    expect(bad.errors?.hide).toBeDefined();
  });
});

import { eq } from "drizzle-orm";
import { isLive } from "./live";
import { describe, expect, it } from "vitest";
import { MIN_IN_COMMON } from "@/lib/taste";
import { openTestDatabase } from "../testing";
import { favouriteTracks, reviews, tracks, users } from "../schema";

const { db } = await openTestDatabase();
const taste = await import("./taste");
const { setReaderScore, setFavouriteTracks } = await import("./scores");
const { setScoresPrivate } = await import("./account");

/** The soundtracks of the seed's live reviews (base below leaves at least one unscored). */
const live = (
  await db
    .select({ id: reviews.soundtrackId })
    .from(reviews)
    .where(isLive())
    .orderBy(reviews.soundtrackId)
).map((row) => row.id);

async function reader(
  handle: string,
  scores: number[],
  extra: Partial<typeof users.$inferInsert> = {},
) {
  const [row] = await db
    .insert(users)
    .values({ name: `Reader ${handle}`, handle, email: `${handle}@example.test`, ...extra })
    .returning({ id: users.id });
  for (const [i, score] of scores.entries()) await setReaderScore(row!.id, live[i]!, score);
  return row!.id;
}

const base = [80, 60, 90, 30, 50, 70];
if (live.length <= base.length) throw new Error("The seed has too few live reviews for this test");
const ada = await reader("ada", base);
/** Half a point from Ada everywhere. */
const bea = await reader(
  "bea",
  base.map((s) => s + 5),
);
/** Her opposite. */
const cy = await reader(
  "cy",
  base.map((s) => 100 - s),
);
/** Identical, but on too few soundtracks. */
await reader("dee", base.slice(0, MIN_IN_COMMON - 1));
/** Identical, but banned. */
await reader("eve", base, { bannedAt: new Date() });
/** Identical, but keeps their scores private. */
const fay = await reader("fay", base);
await setScoresPrivate(fay, true);

describe("comparing two readers", () => {
  it("pairs both readers' scores on what both scored, in the order the handles were given", async () => {
    const found = await taste.getReaderComparison("ada", "bea");
    if (found.kind !== "found") throw new Error(found.kind);
    expect(found.a).toMatchObject({ id: ada, handle: "ada", name: "Reader ada" });
    expect(found.b.id).toBe(bea);
    expect(found.pairs).toHaveLength(base.length);
    const first = found.pairs.find((pair) => pair.soundtrackId === live[0]);
    expect(first).toMatchObject({ a: 80, b: 85 });
    expect(first!.slug).toMatch(/\w/);
    const reversed = await taste.getReaderComparison("bea", "ada");
    if (reversed.kind !== "found") throw new Error(reversed.kind);
    expect(reversed.pairs.find((pair) => pair.soundtrackId === live[0])).toMatchObject({
      a: 85,
      b: 80,
    });
  });

  it("only counts soundtracks both scored", async () => {
    const found = await taste.getReaderComparison("ada", "dee");
    if (found.kind !== "found") throw new Error(found.kind);
    expect(found.pairs).toHaveLength(MIN_IN_COMMON - 1);
  });

  it("never compares a banned, unknown or private reader, nor a reader with themselves", async () => {
    expect(await taste.getReaderComparison("ada", "eve")).toEqual({ kind: "not-found" });
    expect(await taste.getReaderComparison("nobody", "ada")).toEqual({ kind: "not-found" });
    expect(await taste.getReaderComparison("fay", "ada")).toEqual({ kind: "private" });
    expect(await taste.getReaderComparison("ada", "fay")).toEqual({ kind: "private" });
    expect(await taste.getReaderComparison("ada", "ada")).toEqual({ kind: "same-reader" });
  });

  it("lists the tracks both picked among their favourites", async () => {
    const picks = await db.select().from(tracks).where(eq(tracks.soundtrackId, live[0]!)).limit(3);
    await setFavouriteTracks(ada, live[0]!, [picks[0]!.id, picks[1]!.id]);
    await setFavouriteTracks(bea, live[0]!, [picks[1]!.id, picks[2]!.id]);
    const found = await taste.getReaderComparison("bea", "ada");
    if (found.kind !== "found") throw new Error(found.kind);
    expect(found.sharedFavourites.map((f) => f.trackId)).toEqual([picks[1]!.id]);
    await db.delete(favouriteTracks);
  });
});

describe("readers who score like you", () => {
  it("ranks the closest first, each with the figure the comparison page shows", async () => {
    const near = await taste.getReadersLikeYou(ada);
    expect(near.map((r) => r.handle)).toEqual(["bea", "cy"]);
    expect(near[0]!.agreement).toMatchObject({ kind: "figure", percent: 95, inCommon: 6 });
    expect(near[1]!.agreement.inCommon).toBe(6);
  });

  it("leaves out too few in common, banned and private readers, and is empty for a private reader", async () => {
    const handles = (await taste.getReadersLikeYou(bea)).map((r) => r.handle);
    expect(handles).not.toContain("dee");
    expect(handles).not.toContain("eve");
    expect(handles).not.toContain("fay");
    expect(handles).toContain("ada");
    expect(await taste.getReadersLikeYou(fay)).toEqual([]);
  });

  it("keeps to the limit", async () => {
    expect(await taste.getReadersLikeYou(ada, 1)).toHaveLength(1);
  });

  it("gives the average of the closest readers who scored a soundtrack", async () => {
    const unscored = live[base.length]!;
    const scoreAmongClosest = async (userId: string, soundtrackId: number) =>
      taste.getScoreAmong(
        await taste.getReadersLikeYou(userId, taste.NEIGHBOURS_FOR_A_REVIEW),
        soundtrackId,
      );
    expect(await scoreAmongClosest(ada, unscored)).toEqual({
      neighbours: 2,
      count: 0,
      average: null,
    });
    await setReaderScore(bea, unscored, 70);
    await setReaderScore(cy, unscored, 85);
    // A private reader's score counts in the average, never for readers like you.
    await setReaderScore(fay, unscored, 0);
    expect(await scoreAmongClosest(ada, unscored)).toEqual({
      neighbours: 2,
      count: 2,
      average: 77.5,
    });
    expect(await scoreAmongClosest(fay, unscored)).toEqual({
      neighbours: 0,
      count: 0,
      average: null,
    });
  });
});

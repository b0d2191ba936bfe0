import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { histogramFromScores } from "@/lib/scores";
import { openTestDatabase } from "../testing";
import {
  favouriteTracks,
  readerScores,
  reviews,
  scoreStats,
  soundtracks,
  tracks,
  users,
} from "../schema";

const { db } = await openTestDatabase();
const scores = await import("./scores");
const { getReviewViewerState } = await import("./viewer-state");

/** The reader's own state on the review of this soundtrack, as their page's islands get it. */
async function own(userId: string, soundtrackId: number) {
  const [review] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.soundtrackId, soundtrackId));
  return (await getReviewViewerState(userId, review!.id))!;
}

async function soundtrackId(slug: string) {
  const [row] = await db.select().from(soundtracks).where(eq(soundtracks.slug, slug));
  return row!.id;
}

async function makeUsers(label: string, n: number): Promise<string[]> {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: n }, (_, i) => ({
        name: `${label} ${i}`,
        handle: `${label}_${i}`,
        email: `${label}${i}@example.test`,
      })),
    )
    .returning({ id: users.id });
  return rows.map((r) => r.id);
}

/** The stored aggregates next to what the rows say they should be. */
async function statsAndRows(id: number) {
  const rows = await db.select().from(readerScores).where(eq(readerScores.soundtrackId, id));
  const [stored] = await db.select().from(scoreStats).where(eq(scoreStats.soundtrackId, id));
  const values = rows.map((r) => r.score);
  return {
    rows,
    stored: stored && {
      count: stored.scoreCount,
      sum: stored.scoreSum,
      histogram: stored.histogram,
    },
    expected: {
      count: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      histogram: histogramFromScores(values),
    },
  };
}

describe("reader scores", () => {
  it("keeps score_stats equal to the rows as scores are set, changed and removed", async () => {
    const id = await soundtrackId("glasswater-meridian");
    const [a, b, c] = await makeUsers("sc", 3);
    expect(await scores.getScoreStats(id)).toEqual({
      count: 0,
      sum: 0,
      average: null,
      histogram: Array(21).fill(0),
    });

    await scores.setReaderScore(a!, id, 85);
    let state = await statsAndRows(id);
    expect(state.stored).toEqual(state.expected);
    expect(await scores.getScoreStats(id)).toMatchObject({ count: 1, sum: 85, average: 85 });

    await scores.setReaderScore(b!, id, 70);
    await scores.setReaderScore(c!, id, 100);
    await scores.setReaderScore(a!, id, 90);
    state = await statsAndRows(id);
    expect(state.rows).toHaveLength(3);
    expect(state.stored).toEqual(state.expected);
    const summary = await scores.getScoreStats(id);
    expect(summary).toMatchObject({ count: 3, sum: 260, average: 87 });
    expect(summary.histogram[14]).toBe(1); // 7.0
    expect(summary.histogram[18]).toBe(1); // 9.0
    expect(summary.histogram[20]).toBe(1); // 10.0
    expect(summary.histogram[17]).toBe(0); // a's old 8.5 is gone

    expect((await own(a!, id)).score).toBe(90);
    await scores.setReaderScore(a!, id, null);
    expect((await own(a!, id)).score).toBeNull();
    state = await statsAndRows(id);
    expect(state.stored).toEqual(state.expected);
    expect(state.stored).toMatchObject({ count: 2, sum: 170 });

    await scores.setReaderScore(b!, id, null);
    await scores.setReaderScore(c!, id, null);
    await scores.setReaderScore(c!, id, null); // removing twice is harmless
    expect(await scores.getScoreStats(id)).toMatchObject({ count: 0, sum: 0, average: null });
  });

  it("puts 0 and 10 in the end buckets and refuses anything off the half steps", async () => {
    const id = await soundtrackId("the-harrowmere-eight");
    const [a, b] = await makeUsers("edge", 2);
    await scores.setReaderScore(a!, id, 0);
    await scores.setReaderScore(b!, id, 100);
    const { histogram } = await scores.getScoreStats(id);
    expect(histogram[0]).toBe(1);
    expect(histogram[20]).toBe(1);
    expect(histogram.reduce((x, y) => x + y, 0)).toBe(2);
    for (const bad of [33, 105, -5, Number.NaN, 8.5]) {
      await expect(scores.setReaderScore(a!, id, bad)).rejects.toThrow(RangeError);
    }
    expect((await own(a!, id)).score).toBe(0);
  });

  it("stores the reader's choice to hide the readers' average", async () => {
    const id = await soundtrackId("glasswater-meridian");
    const [a] = await makeUsers("hide", 1);
    expect(await own(a!, id)).toMatchObject({ score: null, hideCrowdUntilScored: false });
    await scores.setHideCrowdUntilScored(a!, true);
    await scores.setReaderScore(a!, id, 45);
    expect(await own(a!, id)).toMatchObject({ score: 45, hideCrowdUntilScored: true });
  });

  it("keeps one row per reader and exact aggregates when 100 readers score at once", async () => {
    const id = await soundtrackId("the-lacemaker-of-aldenhythe");
    const readers = await makeUsers("crowd", 100);
    await Promise.all(
      readers.map(async (userId, i) => {
        await scores.setReaderScore(userId, id, (i % 21) * 5);
        await scores.setReaderScore(userId, id, ((i * 7) % 21) * 5);
      }),
    );
    let state = await statsAndRows(id);
    expect(state.rows).toHaveLength(100);
    expect(new Set(state.rows.map((r) => r.userId)).size).toBe(100);
    const byUser = new Map(state.rows.map((r) => [r.userId, r.score]));
    readers.forEach((userId, i) => expect(byUser.get(userId)).toBe(((i * 7) % 21) * 5));
    expect(state.stored).toEqual(state.expected);

    // Each reader now races two writes of its own against everyone else's: either may land last.
    const first = (i: number) => ((i + 3) % 21) * 5;
    const second = (i: number) => (i % 10 === 0 ? null : 50);
    await Promise.all(
      readers.flatMap((userId, i) => [
        scores.setReaderScore(userId, id, first(i)),
        scores.setReaderScore(userId, id, second(i)),
      ]),
    );
    state = await statsAndRows(id);
    expect(new Set(state.rows.map((r) => r.userId)).size).toBe(state.rows.length);
    const after = new Map(state.rows.map((r) => [r.userId, r.score]));
    readers.forEach((userId, i) =>
      expect([first(i), second(i)]).toContain(after.get(userId) ?? null),
    );
    expect(state.rows.length).toBeGreaterThanOrEqual(90);
    expect(state.stored).toEqual(state.expected);
  });
});

describe("favourite tracks", () => {
  async function trackIdsOf(slug: string) {
    const id = await soundtrackId(slug);
    const rows = await db
      .select()
      .from(tracks)
      .where(eq(tracks.soundtrackId, id))
      .orderBy(asc(tracks.position));
    return { id, trackIds: rows.map((t) => t.id) };
  }

  async function counts(id: number) {
    const rows = await db.select().from(tracks).where(eq(tracks.soundtrackId, id));
    return new Map(rows.map((t) => [t.id, t.favouriteCount]));
  }

  it("replaces a reader's picks and keeps every track's count right", async () => {
    const { id, trackIds: t } = await trackIdsOf("mission-impossible-fallout");
    const [a, b] = await makeUsers("fav", 2);
    await scores.setFavouriteTracks(a!, id, [t[0]!, t[1]!, t[2]!]);
    await scores.setFavouriteTracks(b!, id, [t[1]!]);
    let c = await counts(id);
    expect([c.get(t[0]!), c.get(t[1]!), c.get(t[2]!), c.get(t[3]!)]).toEqual([1, 2, 1, 0]);
    expect((await own(a!, id)).picks).toEqual([t[0], t[1], t[2]]);

    await scores.setFavouriteTracks(a!, id, [t[3]!, t[1]!]);
    c = await counts(id);
    expect([c.get(t[0]!), c.get(t[1]!), c.get(t[2]!), c.get(t[3]!)]).toEqual([0, 2, 0, 1]);
    expect((await own(a!, id)).picks).toEqual([t[1], t[3]]);

    await scores.setFavouriteTracks(b!, id, []);
    c = await counts(id);
    expect([...c.values()].reduce((x, y) => x + y, 0)).toBe(2);
    const stored = await db
      .select()
      .from(favouriteTracks)
      .where(eq(favouriteTracks.soundtrackId, id));
    expect(stored).toHaveLength(2);
  });

  it("refuses a fourth pick and never stores another soundtrack's track", async () => {
    const { id, trackIds: t } = await trackIdsOf("mission-impossible-fallout");
    const other = await trackIdsOf("glasswater-meridian");
    const [a] = await makeUsers("fav4", 1);
    await scores.setFavouriteTracks(a!, id, [t[5]!]);
    await expect(scores.setFavouriteTracks(a!, id, [t[5]!, t[6]!, t[7]!, t[8]!])).rejects.toThrow(
      RangeError,
    );
    expect((await own(a!, id)).picks).toEqual([t[5]]);

    expect(await scores.findForeignTrackIds(id, [t[5]!, other.trackIds[0]!])).toEqual([
      other.trackIds[0],
    ]);
    await scores.setFavouriteTracks(a!, id, [t[6]!, other.trackIds[0]!]);
    expect((await own(a!, id)).picks).toEqual([t[6]]);
    expect((await counts(other.id)).get(other.trackIds[0]!)).toBe(0);
    // Duplicates count once.
    await scores.setFavouriteTracks(a!, id, [t[7]!, t[7]!, t[8]!, t[8]!]);
    expect((await own(a!, id)).picks).toEqual([t[7], t[8]]);
  });

  it("checks that a slug is the live review of that soundtrack", async () => {
    const id = await soundtrackId("mission-impossible-fallout");
    const other = await soundtrackId("glasswater-meridian");
    expect(await scores.isLiveReviewOf("mission-impossible-fallout", id)).toBe(true);
    expect(await scores.isLiveReviewOf("mission-impossible-fallout", other)).toBe(false);
    expect(await scores.isLiveReviewOf("no-such-review", id)).toBe(false);
  });
});

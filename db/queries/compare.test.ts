import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { comparisons, readerScores, reviews, soundtracks, tracks, users } from "../schema";

const { db } = await openTestDatabase();
const { getComparison, lookUpComparison, resolveTypedNames } = await import("./compare");
const { comparisonKey, getRecentComparisons, recordComparisonOpened } =
  await import("./compare-archive");
const { getCompareSuggestions } = await import("./compare-suggestions");

const FALLOUT = "mission-impossible-fallout";
const HARROWMERE = "the-harrowmere-eight";
const GLASSWATER = "glasswater-meridian";
const HOLLOW = "the-hollow-at-vennick-mill";

async function soundtrackId(slug: string) {
  const [row] = await db.select().from(soundtracks).where(eq(soundtracks.slug, slug));
  return row!.id;
}

describe("looking up a comparison's address", () => {
  it("finds the live soundtracks of the canonical address, in its order", async () => {
    const lookup = await lookUpComparison(`${FALLOUT}-vs-${HARROWMERE}`);
    expect(lookup.kind).toBe("found");
    if (lookup.kind !== "found") return;
    expect(lookup.soundtracks.map((s) => s.slug)).toEqual([FALLOUT, HARROWMERE]);
  });

  it("moves any other order, or a review's own slug, to the canonical address", async () => {
    expect(await lookUpComparison(`${HARROWMERE}-vs-${FALLOUT}`)).toEqual({
      kind: "moved",
      href: `/compare/${FALLOUT}-vs-${HARROWMERE}`,
    });
    const id = await soundtrackId(GLASSWATER);
    await db
      .update(reviews)
      .set({ slug: "a-review-of-glasswater" })
      .where(eq(reviews.soundtrackId, id));
    expect(await lookUpComparison(`a-review-of-glasswater-vs-${FALLOUT}`)).toEqual({
      kind: "moved",
      href: `/compare/${GLASSWATER}-vs-${FALLOUT}`,
    });
    // Named by both its slugs, a soundtrack is there twice.
    expect(await lookUpComparison(`a-review-of-glasswater-vs-${GLASSWATER}`)).toMatchObject({
      kind: "problem",
      problem: { kind: "duplicate", slug: GLASSWATER },
    });
    await db.update(reviews).set({ slug: GLASSWATER }).where(eq(reviews.soundtrackId, id));
  });

  it("names an unknown slug, and suggests soundtracks its words match", async () => {
    const lookup = await lookUpComparison(`${FALLOUT}-vs-vennick`);
    expect(lookup).toMatchObject({
      kind: "problem",
      problem: { kind: "unknown", slugs: ["vennick"] },
    });
    if (lookup.kind !== "problem") return;
    expect(lookup.didYouMean[0]?.matches.map((m) => m.slug)).toEqual([HOLLOW]);
  });

  it("treats a soundtrack whose review is not live as unknown", async () => {
    const id = await soundtrackId(HARROWMERE);
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.soundtrackId, id));
    expect(await lookUpComparison(`${FALLOUT}-vs-${HARROWMERE}`)).toMatchObject({
      kind: "problem",
      problem: { kind: "unknown", slugs: [HARROWMERE] },
    });
    await db.update(reviews).set({ status: "published" }).where(eq(reviews.soundtrackId, id));
  });
});

describe("names typed into the plain form", () => {
  it("stand for a soundtrack by slug, exact title or only match, or list what they match", async () => {
    const names = await resolveTypedNames([
      FALLOUT,
      "  the harrowmere eight ",
      "vennick",
      "the",
      "zzqx",
      "",
    ]);
    expect(names.map((n) => n.found?.slug ?? null)).toEqual([
      FALLOUT,
      HARROWMERE,
      HOLLOW,
      null,
      null,
    ]);
    expect(names[3]!.matches.length).toBeGreaterThan(1);
    expect(names[4]!.matches).toEqual([]);
  });
});

describe("reading a comparison", () => {
  it("reads each soundtrack's facts, composers and tracks in album order", async () => {
    const ids = [await soundtrackId(GLASSWATER), await soundtrackId(HOLLOW)];
    const { soundtracks: compared, pairs } = await getComparison(ids);
    expect(compared.map((s) => s.slug)).toEqual([GLASSWATER, HOLLOW]);
    for (const s of compared) {
      const stored = await db.select().from(tracks).where(eq(tracks.soundtrackId, s.id));
      expect(s.tracks).toHaveLength(stored.length);
      expect(s.tracks.map((t) => t.position)).toEqual(
        stored.map((t) => t.position).sort((a, b) => a - b),
      );
      expect(s.composers.map((c) => c.slug)).toEqual(["ondine-marrowfield"]);
      expect(s.readers).toMatchObject({ count: 0, average: null });
    }
    expect(pairs).toEqual([
      { firstId: ids[0], secondId: ids[1], readers: 0, meanDifference: null },
    ]);
  });

  it("counts the readers who scored both, and how far apart their scores run", async () => {
    const ids = [
      await soundtrackId(FALLOUT),
      await soundtrackId(HARROWMERE),
      await soundtrackId(HOLLOW),
    ];
    const readers = await db
      .insert(users)
      .values(["ana", "ben", "cy"].map((h) => ({ name: h, handle: h, email: `${h}@example.com` })))
      .returning({ id: users.id });
    const score = (userId: string, soundtrack: number, value: number) => ({
      userId,
      soundtrackId: soundtrack,
      score: value,
    });
    await db
      .insert(readerScores)
      .values([
        score(readers[0]!.id, ids[0]!, 90),
        score(readers[0]!.id, ids[1]!, 60),
        score(readers[1]!.id, ids[0]!, 80),
        score(readers[1]!.id, ids[1]!, 70),
        score(readers[2]!.id, ids[0]!, 50),
        score(readers[2]!.id, ids[2]!, 50),
      ]);
    const { pairs } = await getComparison(ids);
    expect(pairs).toEqual([
      { firstId: ids[0], secondId: ids[1], readers: 2, meanDifference: 20 },
      { firstId: ids[0], secondId: ids[2], readers: 1, meanDifference: 0 },
      { firstId: ids[1], secondId: ids[2], readers: 0, meanDifference: null },
    ]);
    await db.delete(readerScores).where(inArray(readerScores.soundtrackId, ids));
  });
});

describe("what a review page suggests comparing with", () => {
  it("offers the previous week's review, the composer's others and a similar runtime, each once", async () => {
    const glasswater = await soundtrackId(GLASSWATER);
    const [review] = await db.select().from(reviews).where(eq(reviews.soundtrackId, glasswater));
    const suggestions = await getCompareSuggestions(glasswater, review!);
    const slugs = suggestions.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain(GLASSWATER);
    expect(suggestions.map((s) => s.reason)).toContain("similar-runtime");
    expect(suggestions.find((s) => s.reason === "previous-week")?.slug).toBe(
      "the-lacemaker-of-aldenhythe",
    );
  });

  it("suggests another soundtrack by the same composer, and only live ones", async () => {
    const hollow = await soundtrackId(HOLLOW);
    const [review] = await db.select().from(reviews).where(eq(reviews.soundtrackId, hollow));
    const sameComposer = async () =>
      (await getCompareSuggestions(hollow, review!))
        .filter((s) => s.reason === "same-composer")
        .map((s) => s.slug);
    expect(await sameComposer()).toEqual([GLASSWATER]);
    const glasswater = await soundtrackId(GLASSWATER);
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.soundtrackId, glasswater));
    expect(await sameComposer()).toEqual([]);
    await db
      .update(reviews)
      .set({ status: "published" })
      .where(eq(reviews.soundtrackId, glasswater));
  });

  it("offers the latest review the week before to this week's", async () => {
    const fallout = await soundtrackId(FALLOUT);
    const [review] = await db.select().from(reviews).where(eq(reviews.soundtrackId, fallout));
    const suggestions = await getCompareSuggestions(fallout, review!);
    expect(suggestions[0]).toMatchObject({ reason: "previous-week", slug: GLASSWATER });
  });
});

describe("the archive of comparisons opened", () => {
  it("lists the most recently opened first, each once whatever the order picked", async () => {
    const [a, b, c, d] = await Promise.all(
      [FALLOUT, HARROWMERE, GLASSWATER, HOLLOW].map(soundtrackId),
    );
    expect(comparisonKey([b!, a!])).toBe(comparisonKey([a!, b!]));
    await recordComparisonOpened([a!, b!]);
    await recordComparisonOpened([c!, d!]);
    // Both a while ago; then the first opened again, in the other order.
    await db.update(comparisons).set({ lastOpenedAt: sql`${comparisons.lastOpenedAt} - 10` });
    await recordComparisonOpened([b!, a!]);
    const recent = await getRecentComparisons();
    expect(recent.map((r) => r.soundtracks.map((s) => s.slug))).toEqual([
      [FALLOUT, HARROWMERE],
      [GLASSWATER, HOLLOW],
    ]);
    expect(recent[0]?.openedCount).toBe(2);
  });

  it("leaves out a comparison with a soundtrack that went off the site, or was deleted", async () => {
    const hollow = await soundtrackId(HOLLOW);
    await db.update(reviews).set({ status: "draft" }).where(eq(reviews.soundtrackId, hollow));
    expect((await getRecentComparisons()).map((r) => r.soundtracks.length)).toEqual([2]);
    await db.update(reviews).set({ status: "published" }).where(eq(reviews.soundtrackId, hollow));
    expect(await getRecentComparisons()).toHaveLength(2);
    await db.delete(soundtracks).where(eq(soundtracks.id, hollow));
    expect((await getRecentComparisons()).map((r) => r.soundtracks[0]?.slug)).toEqual([FALLOUT]);
  });
});

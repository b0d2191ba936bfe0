import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { COUNT_CAP } from "@/lib/search-groups";
import { MARK_END, MARK_START, splitMarked } from "@/lib/search-snippet";
import { openTestDatabase } from "../testing";
import { composers, reviews, soundtrackComposers, soundtracks, tracks } from "../schema";

const { db } = await openTestDatabase();
const { getSearchCounts, getSearchExamples, getSearchHits, RANK_CAP } =
  await import("./search-results");

const FALLOUT = "mission-impossible-fallout";
const marks = (text: string) =>
  splitMarked(text)
    .filter((p) => p.marked)
    .map((p) => p.text);

describe("searching the site", () => {
  it("finds a review by a track title, and links the track to its review", async () => {
    const [track] = await getSearchHits("Kashmir", "track", { limit: 10 });
    expect(track).toMatchObject({ reviewSlug: FALLOUT, disc: 1, position: 18 });
    expect(marks(track!.title)).toEqual(["Kashmir"]);
    expect((await getSearchCounts("kashmir")).counts.track).toBe(1);
  });

  it("finds a composer and the films and reviews that name them", async () => {
    const [composer] = await getSearchHits("Lorne Balfe", "composer", { limit: 10 });
    expect(composer).toMatchObject({ slug: "lorne-balfe", soundtrackCount: 1, isSample: false });
    expect(marks(composer!.name)).toEqual(["Lorne", "Balfe"]);
    const found = await getSearchHits("balfe", "review", { limit: 10 });
    expect(found.map((r) => r.slug)).toEqual([FALLOUT]);
  });

  it("finds a review by a word of its body, with the word marked in the snippet", async () => {
    const [review] = await getSearchHits("crescendo", "review", { limit: 10 });
    expect(review).toMatchObject({ slug: FALLOUT, filmTitle: "Mission: Impossible – Fallout" });
    expect(review!.publishedAt).toBeInstanceOf(Date);
    expect(marks(review!.snippet).map((w) => w.toLowerCase())).toContain("crescendo");
    expect(review!.snippet).not.toContain("<");
  });

  it("matches the start of the last word as it is typed, and finds films by title or label", async () => {
    expect((await getSearchHits("kashm", "track", { limit: 10 })).map((t) => t.title)).toEqual([
      `${MARK_START}Kashmir${MARK_END}`,
    ]);
    const [film] = await getSearchHits("glasswat", "soundtrack", { limit: 10 });
    expect(film).toMatchObject({ reviewSlug: "glasswater-meridian", isSample: true });
    expect(film!.composerNames).toBe("Ondine Marrowfield");
  });

  it("names a film's composers in credit order, not by name", async () => {
    const [film] = await getSearchHits("glasswat", "soundtrack", { limit: 10 });
    const [second] = await db
      .insert(composers)
      .values({ name: "Aaron Abbot", sortName: "Abbot, Aaron", slug: "aaron-abbot" })
      .returning({ id: composers.id });
    await db
      .insert(soundtrackComposers)
      .values({ soundtrackId: film!.id, composerId: second!.id, position: 9 });
    const [named] = await getSearchHits("glasswat", "soundtrack", { limit: 10 });
    expect(named!.composerNames).toBe("Ondine Marrowfield, Aaron Abbot");
    await db.delete(composers).where(eq(composers.id, second!.id));
  });

  it("ranks a match in the title above one in the body", async () => {
    const found = await getSearchHits("harmonica", "review", { limit: 10 });
    expect(found[0]?.slug).toBe("the-long-thirst-at-corvina-flats");
  });

  it("pages through a kind with a limit and an offset", async () => {
    const all = await getSearchHits("the", "track", { limit: 100 });
    expect(all.length).toBeGreaterThan(4);
    expect((await getSearchCounts("the")).counts.track).toBe(all.length);
    const second = await getSearchHits("the", "track", { limit: 2, offset: 2 });
    expect(second.map((t) => t.id)).toEqual(all.slice(2, 4).map((t) => t.id));
  });

  it("never throws on search syntax typed by someone", async () => {
    for (const text of [
      '"',
      'kash"',
      "NEAR(kashmir",
      "*",
      "kash*",
      "-",
      "a:b",
      "^x",
      "(a OR b",
      "AND",
      "NOT x",
    ]) {
      await expect(getSearchCounts(text)).resolves.toBeDefined();
      await expect(getSearchHits(text, "review", { limit: 5 })).resolves.toBeInstanceOf(Array);
    }
    expect((await getSearchCounts("  ")).counts).toEqual({
      review: 0,
      soundtrack: 0,
      composer: 0,
      track: 0,
    });
  });

  it("offers examples from the newest live review", async () => {
    const examples = await getSearchExamples();
    expect(examples?.film).toBeTruthy();
    expect((await getSearchCounts(examples!.film)).counts.soundtrack).toBeGreaterThan(0);
  });
});

describe("a word so common that counting and ranking every match would cost too much", () => {
  it("is counted up to COUNT_CAP and listed newest first past RANK_CAP matches", async () => {
    const [sample] = await db
      .select({ id: soundtracks.id })
      .from(soundtracks)
      .where(eq(soundtracks.slug, "the-harrowmere-eight"));
    const rows = Array.from({ length: RANK_CAP + 1 }, (_, i) => ({
      soundtrackId: sample!.id,
      disc: 9,
      position: i + 1,
      title: `Zorblat ${i + 1}`,
      durationSeconds: 60,
    }));
    for (let i = 0; i < rows.length; i += 1_000) {
      await db.insert(tracks).values(rows.slice(i, i + 1_000));
    }
    expect(await getSearchCounts("zorblat")).toEqual({
      counts: { review: 0, soundtrack: 0, composer: 0, track: COUNT_CAP + 1 },
      ranked: false,
    });
    const newest = await getSearchHits("zorblat", "track", { limit: 2, ranked: false });
    expect(newest.map((t) => t.position)).toEqual([RANK_CAP + 1, RANK_CAP]);
    expect((await getSearchCounts("zorblat 17")).ranked).toBe(true);
  });
});

describe("what is kept out and what follows every write", () => {
  it("finds nothing of a draft: its review, film, composer or tracks", async () => {
    const [soundtrack] = await db
      .insert(soundtracks)
      .values({ slug: "zephyrine-draft", filmTitle: "Zephyrine" })
      .returning();
    const [composer] = await db
      .insert(composers)
      .values({ slug: "quorrin-vask", name: "Quorrin Vask", sortName: "Vask, Quorrin" })
      .returning();
    await db
      .insert(soundtrackComposers)
      .values({ soundtrackId: soundtrack!.id, composerId: composer!.id });
    await db.insert(tracks).values({
      soundtrackId: soundtrack!.id,
      position: 1,
      title: "Xylotheque",
      durationSeconds: 60,
    });
    await db.insert(reviews).values({
      soundtrackId: soundtrack!.id,
      slug: "zephyrine",
      headline: "Zephyrine draft",
      summary: "Unpublished",
      body: "A word like quixotical.",
    });
    for (const text of ["zephyrine", "quorrin", "xylotheque", "quixotical"]) {
      expect((await getSearchCounts(text)).counts).toEqual({
        review: 0,
        soundtrack: 0,
        composer: 0,
        track: 0,
      });
    }
  });

  it("finds an edit at once, and forgets the old words", async () => {
    await db
      .update(reviews)
      .set({ body: "A brand new word: vibraphonic." })
      .where(eq(reviews.slug, "glasswater-meridian"));
    expect((await getSearchHits("vibraphonic", "review", { limit: 5 }))[0]?.slug).toBe(
      "glasswater-meridian",
    );
    await db
      .update(tracks)
      .set({ title: "Kashmir Quenderlast" })
      .where(eq(tracks.title, "Kashmir"));
    expect((await getSearchHits("quenderlast", "track", { limit: 5 })).length).toBe(1);
  });

  it("a composer drops out when none of their reviews is live", async () => {
    await db
      .update(reviews)
      .set({ status: "draft", publishedAt: null })
      .where(eq(reviews.slug, FALLOUT));
    expect(await getSearchHits("balfe", "composer", { limit: 5 })).toEqual([]);
    expect((await getSearchCounts("kashmir")).counts.track).toBe(0);
  });
});

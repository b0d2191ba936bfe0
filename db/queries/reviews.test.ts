import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { composers, reviews, soundtracks } from "../schema";
import { seedDatabase } from "../seed";
import { sampleReviews } from "../seed-data/samples";

const { db } = await openTestDatabase();
const queries = await import("./reviews");

describe("review queries on the seeded database", () => {
  it("lists live reviews newest first, this week's Mission: Impossible – Fallout on top", async () => {
    const page = await queries.getLiveReviewPage(1, 50);
    expect(page).toHaveLength(1 + sampleReviews.length);
    expect(page[0]?.slug).toBe("mission-impossible-fallout");
    expect(page[0]?.weekNumber).toBe(1);
    expect(page[0]?.soundtrack.composers.map((c) => c.composer.name)).toEqual(["Lorne Balfe"]);
    const times = page.map((r) => r.publishedAt?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages through the archive without overlap", async () => {
    const total = (await queries.getLiveReviewPage(1, 1_000)).length;
    const first = await queries.getLiveReviewPage(1, 5);
    const second = await queries.getLiveReviewPage(2, 5);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(total - 5);
    const slugs = [...first, ...second].map((r) => r.slug);
    expect(new Set(slugs).size).toBe(total);
  });

  it("loads the seeded review with its 26 tracks in order and the article's words", async () => {
    const review = await queries.getLiveReviewBySlug("mission-impossible-fallout");
    expect(review?.criticScore).toBeNull();
    const tracks = review?.soundtrack.tracks ?? [];
    expect(tracks).toHaveLength(26);
    expect(tracks.map((t) => t.position)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(tracks[2]?.title).toBe("Should You Choose to Accept…");
    expect(tracks[25]?.title).toBe("Mission: Accomplished");
    expect(tracks.reduce((sum, t) => sum + t.durationSeconds, 0)).toBe(5745);
    expect(review?.body).toMatch(
      /^The music to “Mission: Impossible – Fallout” has everything you want/,
    );
    expect(review?.body).toContain("\n## Final Thoughts\n");
    expect(review?.body).toMatch(/We’ll be back next week with another soundtrack to explore\.$/);
  });

  it("hides drafts and reviews scheduled for later", async () => {
    const [st] = await db
      .insert(soundtracks)
      .values({ slug: "hidden", filmTitle: "Hidden" })
      .returning();
    const soundtrackId = st!.id;
    await db
      .insert(reviews)
      .values([
        { soundtrackId, slug: "a-draft", headline: "d", summary: "d", body: "d", status: "draft" },
      ]);
    const [later] = await db
      .insert(soundtracks)
      .values({ slug: "later", filmTitle: "Later" })
      .returning();
    await db.insert(reviews).values({
      soundtrackId: later!.id,
      slug: "scheduled-later",
      headline: "s",
      summary: "s",
      body: "s",
      status: "scheduled",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    expect(await queries.getLiveReviewBySlug("a-draft")).toBeUndefined();
    expect(await queries.getLiveReviewBySlug("scheduled-later")).toBeUndefined();
    const slugs = (await queries.getLiveReviewPage(1, 1_000)).map((r) => r.slug);
    expect(slugs).not.toContain("a-draft");
    expect(slugs).not.toContain("scheduled-later");
    expect(slugs).toContain("mission-impossible-fallout");
  });

  it("finds every live review of a composer through the join table", async () => {
    const counts = new Map<string, number>();
    for (const s of sampleReviews)
      for (const c of s.composers) counts.set(c.slug, (counts.get(c.slug) ?? 0) + 1);
    const [sharedSlug, expected] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const [composer] = await db.select().from(composers).where(eq(composers.slug, sharedSlug));
    const { getComposerSoundtracks } = await import("./composers");
    const found = await getComposerSoundtracks(composer!.id);
    expect(found).toHaveLength(expected);
    expect(expected).toBeGreaterThan(1);
  });

  it("seeding again changes nothing", async () => {
    const before = await queries.getLiveReviewPage(1, 50);
    await seedDatabase(db, new Date(Date.now() + 30 * 86_400_000));
    const after = await queries.getLiveReviewPage(1, 50);
    expect(after).toEqual(before);
  });
});

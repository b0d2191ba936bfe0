import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../testing";
import { composers, reviews, soundtrackComposers, soundtracks } from "../schema";
import { sampleReviews } from "../seed-data/samples";

const { db, client } = await openTestDatabase();
const feeds = await import("./feeds");
const { getLiveReviewPage } = await import("./reviews");

/** A soundtrack by a composer of its own, reviewed but not live. */
async function hiddenReview(slug: string, status: "draft" | "scheduled", publishedAt?: Date) {
  const [st] = await db.insert(soundtracks).values({ slug, filmTitle: slug }).returning();
  const [composer] = await db
    .insert(composers)
    .values({ slug: `${slug}-composer`, name: "Hidden Composer", sortName: "Composer, Hidden" })
    .returning();
  await db.insert(soundtrackComposers).values({ soundtrackId: st!.id, composerId: composer!.id });
  await db.insert(reviews).values({
    soundtrackId: st!.id,
    slug,
    headline: slug,
    summary: slug,
    body: slug,
    status,
    publishedAt,
  });
}

await hiddenReview("feed-draft", "draft");
await hiddenReview("feed-later", "scheduled", new Date(Date.now() + 7 * 86_400_000));

async function planOf(query: { toSQL: () => { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as never });
  return result.rows.map((row) => String(row.detail));
}

describe("the feed's reviews", () => {
  it("are the latest live reviews, newest first, the same as the home page's", async () => {
    const feed = await feeds.getFeedReviews(20);
    const live = await getLiveReviewPage(1, 50);
    expect(feed.map((r) => r.slug)).toEqual(live.map((r) => r.slug));
    expect(feed[0]?.slug).toBe("mission-impossible-fallout");
    expect(feed.map((r) => r.slug)).not.toContain("feed-draft");
    expect(feed.map((r) => r.slug)).not.toContain("feed-later");
  });

  it("stop at the limit", async () => {
    const feed = await feeds.getFeedReviews(3);
    expect(feed.map((r) => r.slug)).toEqual((await getLiveReviewPage(1, 3)).map((r) => r.slug));
  });

  it("carry the whole body, the film, its cover, its composers in order and the tracks", async () => {
    const [featured] = await feeds.getFeedReviews(1);
    expect(featured?.body).toContain("\n## Final Thoughts\n");
    expect(featured?.soundtrack).toMatchObject({
      filmTitle: "Mission: Impossible – Fallout",
      filmYear: 2018,
      coverImageUrl: null,
      isSample: false,
    });
    expect(featured?.soundtrack.composers.map((c) => c.composer.name)).toEqual(["Lorne Balfe"]);
    expect(featured?.soundtrack.tracks).toHaveLength(26);
    expect(featured?.soundtrack.tracks[0]).toEqual({
      title: "A Storm Is Coming",
      disc: 1,
      position: 1,
      durationSeconds: 72,
    });
  });
});

describe("the sitemap's entries", () => {
  it("list every live review and nothing else", async () => {
    const entries = await feeds.getSitemapReviews();
    expect(entries).toHaveLength(1 + sampleReviews.length);
    const slugs = entries.map((r) => r.slug);
    expect(slugs).toContain("mission-impossible-fallout");
    expect(slugs).not.toContain("feed-draft");
    expect(slugs).not.toContain("feed-later");
    for (const entry of entries) expect(entry.publishedAt).toBeInstanceOf(Date);
  });

  it("list each composer of a live review once, none of a draft or a later review", async () => {
    const listed = await feeds.getSitemapComposers();
    const slugs = listed.map((c) => c.slug);
    const expected = new Set([
      "lorne-balfe",
      ...sampleReviews.flatMap((s) => s.composers.map((c) => c.slug)),
    ]);
    expect(new Set(slugs)).toEqual(expected);
    expect(slugs).toHaveLength(expected.size);
    for (const composer of listed) expect(composer.lastModified).toBeInstanceOf(Date);
  });

  it("read reviews through the index of live reviews, and composers by key", async () => {
    const reviewPlan = await planOf(feeds.getSitemapReviews());
    expect(reviewPlan.join("\n")).toContain("reviews_status_published_at_idx");
    const composerPlan = await planOf(feeds.getSitemapComposers());
    expect(
      composerPlan.filter((step) => /^SCAN (composers|soundtrack_composers)\b/.test(step)),
    ).toEqual([]);
    expect(reviewPlan.concat(composerPlan).filter((s) => /^SCAN reviews\b/.test(s))).toEqual([]);
  });
});

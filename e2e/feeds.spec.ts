import type { APIRequestContext } from "@playwright/test";
import { eq, inArray, sql } from "drizzle-orm";
import { cacheTags, reviews, soundtracks, tracks } from "../db/schema";
import { feedParser, itemImage } from "../lib/testing/feed-parser";
import { e2eDb, runWord } from "./database";
import { expect, FEATURED, test } from "./fixtures";

/** From the review's last section: only a feed carrying the whole body has it. */
const CLOSING_SENTENCE =
  "Not only is “Mission: Impossible – Fallout” a solid action film in its own right, but the music keeps pace with it every step of the way.";

const pathOf = (url: string) => new URL(url).pathname;

/** A review that is not live: a draft, or scheduled a week ahead. */
async function hiddenReview(label: "draft" | "scheduled") {
  const slug = `feeds-${label}-${runWord()}`;
  const db = e2eDb();
  const [soundtrack] = await db
    .insert(soundtracks)
    .values({ slug, filmTitle: `Hidden ${label} ${slug}` })
    .returning({ id: soundtracks.id });
  const soundtrackId = soundtrack!.id;
  await db.batch([
    db.insert(tracks).values({ soundtrackId, position: 1, title: "Unheard", durationSeconds: 200 }),
    db.insert(reviews).values({
      soundtrackId,
      slug,
      headline: `Not yet: ${slug}`,
      summary: "Not for the public yet.",
      body: "Not for the public yet.",
      status: label,
      publishedAt: label === "scheduled" ? new Date(Date.now() + 7 * 86_400_000) : null,
    }),
  ]);
  return { slug, soundtrackId };
}

/**
 * Expires the lists' tag, as publishing does, and asks until the answer is a fresh rendering
 * (made after the rows above were written) rather than a copy from the cache.
 */
async function freshly(request: APIRequestContext, path: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => {
      await e2eDb()
        .insert(cacheTags)
        .values({ tag: "reviews", expiredAt: Date.now() })
        .onConflictDoUpdate({
          target: cacheTags.tag,
          set: { expiredAt: sql`excluded.expired_at` },
        });
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      body = await response.text();
      return response.headers()["x-nextjs-cache"];
    })
    .toBe("MISS");
  return body;
}

test("the feed carries the featured review whole, with its link, film and composer", async ({
  request,
  page,
}) => {
  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const feed = await feedParser.parseString(await response.text());
  expect(feed.title).toBe("Exploring Soundtracks");
  const item = feed.items.find((i) => pathOf(i.link ?? "") === `/reviews/${FEATURED.slug}`);
  expect(item, "the featured review is in the feed").toBeDefined();
  expect(item!.title).toBe(FEATURED.headline);
  expect(item!.guid).toBe(item!.link);
  expect(item!.categories).toEqual(expect.arrayContaining([FEATURED.film, FEATURED.composer]));
  expect(item!["content:encoded"]).toContain(CLOSING_SENTENCE);
  expect(item!["content:encoded"]).toContain("<h2>Final Thoughts</h2>");

  // The feed's address is announced on the pages, for readers that look for it there.
  await page.goto("/");
  const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  expect(pathOf((await alternate.getAttribute("href")) ?? "")).toBe("/feed.xml");
});

test("each item carries its cover and its track list, and a sample says it is one", async ({
  request,
}) => {
  const feed = await feedParser.parseString(await (await request.get("/feed.xml")).text());
  const item = (slug: string) =>
    feed.items.find((i) => pathOf(i.link ?? "") === `/reviews/${slug}`)!;

  // Without cover art: its share image, the same typographic card, at an address that answers.
  const featured = item(FEATURED.slug);
  const card = itemImage(featured)!;
  expect(card).toMatchObject({
    url: `${new URL(featured.link!).origin}/reviews/${FEATURED.slug}/opengraph-image`,
    medium: "image",
    description: `Cover card: ${FEATURED.film}, music by ${FEATURED.composer}, 2018`,
  });
  const image = await request.get(card.url);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const html = featured["content:encoded"];
  expect(html).toContain("<h2>Track list</h2>");
  expect(html).toContain("<p>26 tracks, 1:35:45 in all</p>");
  expect(html).toContain('<li value="19">Fate Whispers to the Warrior (3:54)</li>');
  expect(featured.title).toBe(FEATURED.headline);
  expect(featured.categories).not.toContain("Sample");

  // With cover art: the cover itself, absolute, and marked a sample as every page marks it.
  const sample = item("glasswater-meridian");
  const cover = itemImage(sample)!;
  expect(new URL(cover.url).pathname).toBe("/covers/glasswater-meridian.svg");
  expect(cover.description).toMatch(/^Concentric pale-teal rings/);
  expect((await request.get(cover.url)).status()).toBe(200);
  expect(sample.title).toMatch(/^Sample: /);
  expect(sample.categories).toContain("Sample");
  expect(sample["content:encoded"]).toContain("Fictional demo content");
  expect(sample["content:encoded"]).toContain('<li value="9">Coriolis Lullaby (3:09)</li>');
});

test("a draft and a review scheduled for next week are in neither the feed nor the sitemap", async ({
  request,
}) => {
  const hidden = [await hiddenReview("draft"), await hiddenReview("scheduled")];
  try {
    const feed = await feedParser.parseString(await freshly(request, "/feed.xml"));
    const sitemap = await freshly(request, "/sitemap.xml");
    expect(feed.items.map((i) => pathOf(i.link ?? ""))).toContain(`/reviews/${FEATURED.slug}`);
    expect(sitemap).toContain(`/reviews/${FEATURED.slug}</loc>`);
    for (const { slug } of hidden) {
      expect(feed.items.map((i) => i.link ?? "").filter((link) => link.includes(slug))).toEqual([]);
      expect(sitemap).not.toContain(slug);
      expect((await request.get(`/reviews/${slug}`)).status()).toBe(404);
      expect((await request.get(`/reviews/${slug}/opengraph-image`)).status()).toBe(404);
    }
  } finally {
    const db = e2eDb();
    const ids = hidden.map((h) => h.soundtrackId);
    await db.batch([
      db.delete(reviews).where(inArray(reviews.soundtrackId, ids)),
      db.delete(tracks).where(inArray(tracks.soundtrackId, ids)),
      db.delete(soundtracks).where(inArray(soundtracks.id, ids)),
    ]);
  }
});

test("the sitemap lists the reviews and no admin page; robots.txt keeps crawlers out of /admin", async ({
  request,
}) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const locations = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    pathOf(m[1]!),
  );
  expect(locations).toEqual(
    expect.arrayContaining([
      "/",
      "/reviews",
      `/reviews/${FEATURED.slug}`,
      "/composers/lorne-balfe",
    ]),
  );
  expect(locations.filter((path) => /^\/(admin|preview|api)\b/.test(path))).toEqual([]);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const lines = (await robots.text()).split("\n");
  expect(lines).toContain("Disallow: /admin");
  expect(lines).toContain("Disallow: /preview");
  expect(lines).toContain("Disallow: /api/");
  const sitemapLine = lines.find((line) => line.startsWith("Sitemap: "));
  expect(pathOf(sitemapLine!.slice("Sitemap: ".length))).toBe("/sitemap.xml");
});

test("the featured review's share image is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const content = await page.locator('meta[property="og:image"]').getAttribute("content");
  const url = new URL(content!);
  expect(url.pathname).toBe(`/reviews/${FEATURED.slug}/opengraph-image`);
  const image = await request.get(`${url.pathname}${url.search}`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = await image.body();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
    width: 1200,
    height: 630,
  });
});

test("the review page describes the review and every track as structured data", async ({
  page,
}) => {
  const [row] = await e2eDb()
    .select({ count: sql<number>`count(*)` })
    .from(tracks)
    .innerJoin(reviews, eq(reviews.soundtrackId, tracks.soundtrackId))
    .where(eq(reviews.slug, FEATURED.slug));
  await page.goto(`/reviews/${FEATURED.slug}`);
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json!) as {
    "@type": string;
    headline: string;
    itemReviewed: {
      "@type": string;
      name: string;
      byArtist: { name: string }[];
      track: { "@type": string; name: string; duration: string }[];
      albumRelease: { "@type": string; duration: string; numTracks: number };
    };
  };
  expect(data["@type"]).toBe("Review");
  expect(data.headline).toBe(FEATURED.headline);
  expect(data.itemReviewed["@type"]).toBe("MusicAlbum");
  expect(data.itemReviewed.name).toBe(FEATURED.film);
  expect(data.itemReviewed.byArtist.map((a) => a.name)).toEqual([FEATURED.composer]);
  expect(data.itemReviewed.track).toHaveLength(row!.count);
  expect(row!.count).toBe(26);
  for (const track of data.itemReviewed.track) {
    expect(track["@type"]).toBe("MusicRecording");
    expect(track.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
  }
  expect(data.itemReviewed.track[0]).toMatchObject({
    name: "A Storm Is Coming",
    duration: "PT1M12S",
  });
  // The album's running time, 1:35:45, on its release as schema.org has it.
  expect(data.itemReviewed.albumRelease).toMatchObject({
    "@type": "MusicRelease",
    duration: "PT1H35M45S",
    numTracks: 26,
  });
});

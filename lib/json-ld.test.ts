import { describe, expect, it } from "vitest";
import { isoDuration, type JsonLdReview, reviewJsonLd, serializeJsonLd } from "./json-ld";

const SITE = "https://soundtracks.example";
const NOBODY = { count: 0, average: null };

function review(overrides: Partial<JsonLdReview> = {}): JsonLdReview {
  return {
    slug: "glasswater-meridian",
    headline: "Glasswater Meridian: tides in brass",
    summary: "A score that moves like water.",
    publishedAt: new Date("2024-09-17T08:00:00Z"),
    updatedAt: new Date("2024-09-18T08:00:00Z"),
    criticScore: 85,
    author: { name: "Ada Critic" },
    soundtrack: {
      filmTitle: "Glasswater Meridian",
      albumReleaseDate: "2024-09-13",
      label: "Parallax Hymnal Records",
      coverImageUrl: null,
      composers: [{ composer: { name: "Iris Vale", slug: "iris-vale" } }],
      tracks: [
        { title: "Low Tide", durationSeconds: 259 },
        { title: "Undertow", durationSeconds: 3725 },
        { title: "Silence", durationSeconds: 0 },
      ],
    },
    ...overrides,
  };
}

type Album = {
  "@type": string;
  track: { "@type": string; name: string; position: number; duration: string }[];
  aggregateRating?: unknown;
  datePublished?: string;
  byArtist: unknown[];
  albumRelease: unknown;
};

describe("isoDuration", () => {
  it.each([
    [259, "PT4M19S"],
    [60, "PT1M"],
    [45, "PT45S"],
    [3600, "PT1H"],
    [3725, "PT1H2M5S"],
    [0, "PT0S"],
    [72.9, "PT1M12S"],
    [-3, "PT0S"],
  ])("writes %d seconds as %s", (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected);
    expect(expected).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
  });
});

describe("reviewJsonLd", () => {
  it("is a Review of a MusicAlbum with every track, its position and length", () => {
    const data = reviewJsonLd(review(), NOBODY, SITE);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Review",
      url: `${SITE}/reviews/glasswater-meridian`,
      headline: "Glasswater Meridian: tides in brass",
      datePublished: "2024-09-17T08:00:00.000Z",
      author: { "@type": "Person", name: "Ada Critic" },
      reviewRating: { "@type": "Rating", ratingValue: 8.5, bestRating: 10, worstRating: 0 },
    });
    const album = data.itemReviewed as Album;
    expect(album).toMatchObject({
      "@type": "MusicAlbum",
      name: "Glasswater Meridian",
      datePublished: "2024-09-13",
      byArtist: [{ "@type": "Person", name: "Iris Vale", url: `${SITE}/composers/iris-vale` }],
    });
    expect(album.track).toEqual([
      { "@type": "MusicRecording", name: "Low Tide", position: 1, duration: "PT4M19S" },
      { "@type": "MusicRecording", name: "Undertow", position: 2, duration: "PT1H2M5S" },
      { "@type": "MusicRecording", name: "Silence", position: 3, duration: "PT0S" },
    ]);
  });

  it("gives the album's total running time and label on its release, as schema.org places them", () => {
    const album = reviewJsonLd(review(), NOBODY, SITE).itemReviewed as Album;
    expect(album.albumRelease).toEqual({
      "@type": "MusicRelease",
      name: "Glasswater Meridian",
      // 259 + 3725 + 0 seconds.
      duration: "PT1H6M24S",
      numTracks: 3,
      recordLabel: { "@type": "Organization", name: "Parallax Hymnal Records" },
    });
    const bare = review({ soundtrack: { ...review().soundtrack, label: null, tracks: [] } });
    const empty = reviewJsonLd(bare, NOBODY, SITE).itemReviewed as Album;
    expect(empty.albumRelease).toEqual({
      "@type": "MusicRelease",
      name: "Glasswater Meridian",
      duration: "PT0S",
      numTracks: 0,
    });
  });

  it("gives no rating the critic did not give, and no album date that is not known", () => {
    const base = review();
    const data = reviewJsonLd(
      review({ criticScore: null, soundtrack: { ...base.soundtrack, albumReleaseDate: null } }),
      NOBODY,
      SITE,
    );
    expect(data).not.toHaveProperty("reviewRating");
    expect(data.itemReviewed).not.toHaveProperty("datePublished");
  });

  it("credits the site when the review has no named author", () => {
    expect(reviewJsonLd(review({ author: null }), NOBODY, SITE).author).toEqual({
      "@type": "Organization",
      name: "Exploring Soundtracks",
      url: `${SITE}/`,
    });
  });

  it("has no aggregate rating until a reader has scored", () => {
    const data = reviewJsonLd(review(), NOBODY, SITE);
    expect(data).not.toHaveProperty("aggregateRating");
    expect(data.itemReviewed).not.toHaveProperty("aggregateRating");
  });

  it("rates the album with the readers' average on the same 0–10 scale", () => {
    const album = reviewJsonLd(review(), { count: 3, average: 72 }, SITE).itemReviewed as Album;
    expect(album.aggregateRating).toEqual({
      "@type": "AggregateRating",
      ratingValue: 7.2,
      ratingCount: 3,
      bestRating: 10,
      worstRating: 0,
    });
  });
});

describe("serializeJsonLd", () => {
  const hostile = review({
    headline: "</script><script>alert(1)</script>",
    summary: "<!-- a comment & more -->",
    soundtrack: { ...review().soundtrack, filmTitle: "Line\u2028Break" },
  });

  it("writes no character that could end the script element or open a comment", () => {
    const json = serializeJsonLd(reviewJsonLd(hostile, NOBODY, SITE));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(json).toContain("\\u003c!--");
  });

  it("still parses back to exactly the same data", () => {
    const data = reviewJsonLd(hostile, NOBODY, SITE);
    const parsed = JSON.parse(serializeJsonLd(data)) as typeof data;
    expect(parsed).toEqual(data);
    expect(parsed.headline).toBe("</script><script>alert(1)</script>");
  });
});

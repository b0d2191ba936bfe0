import { describe, expect, it } from "vitest";
import { feedParser } from "@/lib/testing/feed-parser";
import { absoluteLinks, type FeedReview, lastChanged, reviewFeed } from "./review-feed";

const SITE = "https://soundtracks.example";

function review(overrides: Partial<FeedReview> = {}): FeedReview {
  return {
    slug: "glasswater-meridian",
    headline: "Glasswater Meridian: tides in brass",
    summary: "A score that moves like water.",
    body: "It opens with “Low Tide”, then swells.\n\n## Final Thoughts\n\nA keeper ]]> for sure.",
    publishedAt: new Date("2024-09-17T08:00:00Z"),
    updatedAt: new Date("2024-09-10T08:00:00Z"),
    author: { name: "Ada Critic" },
    soundtrack: {
      filmTitle: "Glasswater Meridian",
      filmYear: 2024,
      composers: [{ composer: { name: "Iris Vale" } }, { composer: { name: "Tomas Brun" } }],
      tracks: [{ title: "Low Tide", disc: 1, position: 3 }],
    },
    ...overrides,
  };
}

describe("lastChanged", () => {
  it("is the later of publication and the last edit", () => {
    const early = new Date("2024-01-01T00:00:00Z");
    const late = new Date("2024-02-01T00:00:00Z");
    expect(lastChanged({ publishedAt: late, updatedAt: early })).toEqual(late);
    expect(lastChanged({ publishedAt: early, updatedAt: late })).toEqual(late);
    expect(lastChanged({ publishedAt: null, updatedAt: early })).toEqual(early);
  });
});

describe("absoluteLinks", () => {
  const page = `${SITE}/reviews/one`;

  it("points in-page and site-relative links at the site, leaving others alone", () => {
    const html =
      '<p><a href="#track-1-3" class="track-ref">x</a> <a href="/composers/iris">y</a> ' +
      '<a href="https://elsewhere.example/a">z</a> <a href="//cdn.example/b">w</a> ' +
      '<img src="/cover.jpg" alt=""></p>';
    expect(absoluteLinks(html, page)).toBe(
      `<p><a href="${page}#track-1-3" class="track-ref">x</a> <a href="${SITE}/composers/iris">y</a> ` +
        '<a href="https://elsewhere.example/a">z</a> <a href="//cdn.example/b">w</a> ' +
        `<img src="${SITE}/cover.jpg" alt=""></p>`,
    );
  });

  it("leaves text that merely looks like an attribute", () => {
    const html = '<p>Write href="#x" &#x3C;a href="/y"></p>';
    expect(absoluteLinks(html, page)).toBe(html);
  });
});

describe("reviewFeed", () => {
  it("carries the whole body as HTML, with the film, composers and absolute links", async () => {
    const parsed = await feedParser.parseString(await reviewFeed([review()], SITE));
    expect(parsed.feedUrl).toBe(`${SITE}/feed.xml`);
    const [item] = parsed.items;
    const link = `${SITE}/reviews/glasswater-meridian`;
    expect(item?.link).toBe(link);
    expect(item?.guid).toBe(link);
    expect(item?.title).toBe("Glasswater Meridian: tides in brass");
    expect(item?.isoDate).toBe("2024-09-17T08:00:00.000Z");
    expect(item?.categories).toEqual(["Glasswater Meridian", "Iris Vale", "Tomas Brun"]);
    const html = item?.["content:encoded"] ?? "";
    expect(html).toContain(
      "<p><strong>Glasswater Meridian (2024)</strong>, music by Iris Vale and Tomas Brun</p>",
    );
    expect(html).toContain(`<a href="${link}#track-1-3" class="track-ref">Low Tide</a>`);
    expect(html).toContain("<h2>Final Thoughts</h2>");
    expect(html).toContain("A keeper ]]> for sure.");
  });

  it("drops raw HTML from a body, as the review page does", async () => {
    const parsed = await feedParser.parseString(
      await reviewFeed([review({ body: "Fine <script>alert(1)</script> text" })], SITE),
    );
    expect(parsed.items[0]?.["content:encoded"]).not.toContain("<script>");
  });

  it("dates the channel by its most recent change, and is empty but valid with no reviews", async () => {
    const newer = review({ slug: "b", updatedAt: new Date("2024-09-20T10:00:00Z") });
    const xml = await reviewFeed([review(), newer], SITE);
    expect(xml).toContain("<lastBuildDate>Fri, 20 Sep 2024 10:00:00 GMT</lastBuildDate>");
    const empty = await feedParser.parseString(await reviewFeed([], SITE));
    expect(empty.items).toEqual([]);
    expect(empty.title).toBe("Exploring Soundtracks");
  });
});

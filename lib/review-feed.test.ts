import { describe, expect, it } from "vitest";
import { feedParser, itemImage } from "@/lib/testing/feed-parser";
import {
  absoluteLinks,
  type FeedReview,
  lastChanged,
  reviewFeed,
  trackListHtml,
} from "./review-feed";

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
      coverImageUrl: "/covers/glasswater-meridian.svg",
      coverAlt: "Rings of pale teal on navy.",
      isSample: false,
      composers: [{ composer: { name: "Iris Vale" } }, { composer: { name: "Tomas Brun" } }],
      tracks: [
        { title: "High Tide", disc: 1, position: 1, durationSeconds: 95 },
        { title: "Low Tide", disc: 1, position: 3, durationSeconds: 252 },
      ],
    },
    ...overrides,
  };
}

/** The same review with other soundtrack facts. */
const withSoundtrack = (changes: Partial<FeedReview["soundtrack"]>) =>
  review({ soundtrack: { ...review().soundtrack, ...changes } });

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

  it("carries the cover as an absolute Media RSS image with its description", async () => {
    const [item] = (await feedParser.parseString(await reviewFeed([review()], SITE))).items;
    expect(itemImage(item!)).toEqual({
      url: `${SITE}/covers/glasswater-meridian.svg`,
      medium: "image",
      description: "Rings of pale teal on navy.",
    });
  });

  it("carries a soundtrack without art as its share image, the same typographic card", async () => {
    const bare = withSoundtrack({ coverImageUrl: null, coverAlt: null });
    const [item] = (await feedParser.parseString(await reviewFeed([bare], SITE))).items;
    expect(itemImage(item!)).toEqual({
      url: `${SITE}/reviews/glasswater-meridian/opengraph-image`,
      medium: "image",
      description: "Cover card: Glasswater Meridian, music by Iris Vale and Tomas Brun, 2024",
    });
  });

  it("carries the track list after the body: numbers, titles, lengths and the running time", async () => {
    const [item] = (await feedParser.parseString(await reviewFeed([review()], SITE))).items;
    const html = item!["content:encoded"];
    expect(html.indexOf("<h2>Track list</h2>")).toBeGreaterThan(html.indexOf("A keeper"));
    expect(html).toContain("<p>2 tracks, 5:47 in all</p>");
    expect(html).toContain(
      '<li value="1">High Tide (1:35)</li>\n<li value="3">Low Tide (4:12)</li>',
    );
  });

  it("marks a sample review as a sample: its title, its categories and its text", async () => {
    const sample = withSoundtrack({ isSample: true });
    const parsed = await feedParser.parseString(await reviewFeed([sample, review()], SITE));
    const [marked, real] = parsed.items;
    expect(marked?.title).toBe("Sample: Glasswater Meridian: tides in brass");
    expect(marked?.categories).toContain("Sample");
    expect(marked?.["content:encoded"]).toMatch(
      /^<p><strong>Sample\.<\/strong> Fictional demo content: the film and composer are invented\.<\/p>/,
    );
    expect(real?.title).toBe("Glasswater Meridian: tides in brass");
    expect(real?.categories).not.toContain("Sample");
    expect(real?.["content:encoded"]).not.toContain("Fictional demo content");
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

describe("trackListHtml", () => {
  it("heads each disc of a set of several, keeps each track's own number and escapes titles", () => {
    const html = trackListHtml([
      { title: "Overture & <Prelude>", disc: 1, position: 1, durationSeconds: 3600 },
      { title: "Reprise", disc: 2, position: 1, durationSeconds: 61 },
    ]);
    expect(html).toBe(
      [
        "<h2>Track list</h2>",
        "<p>2 tracks, 1:01:01 in all</p>",
        "<h3>Disc 1</h3>",
        "<ol>",
        '<li value="1">Overture &amp; &lt;Prelude&gt; (1:00:00)</li>',
        "</ol>",
        "<h3>Disc 2</h3>",
        "<ol>",
        '<li value="1">Reprise (1:01)</li>',
        "</ol>",
      ].join("\n"),
    );
  });

  it("is nothing for a soundtrack with no tracks", () => {
    expect(trackListHtml([])).toBe("");
  });
});

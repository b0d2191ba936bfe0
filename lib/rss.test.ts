import { describe, expect, it } from "vitest";
import { feedParser } from "@/lib/testing/feed-parser";
import { cdata, escapeXml, rssFeed, type RssItem } from "./rss";

function item(overrides: Partial<RssItem> = {}): RssItem {
  return {
    title: "Week 1",
    link: "https://example.test/reviews/one",
    guid: "https://example.test/reviews/one",
    pubDate: new Date("2024-09-17T08:00:00Z"),
    description: "The summary.",
    contentHtml: "<p>The body.</p>",
    creator: "The Critic",
    categories: ["A Film", "A Composer"],
    image: null,
    ...overrides,
  };
}

function feed(items: RssItem[]) {
  return rssFeed({
    title: "Exploring Soundtracks",
    link: "https://example.test/",
    description: "Reviews",
    selfUrl: "https://example.test/feed.xml",
    language: "en",
    lastBuildDate: new Date("2024-09-17T09:00:00Z"),
    items,
  });
}

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`Tom & Jerry <"live"> 'n'`)).toBe(
      "Tom &amp; Jerry &lt;&quot;live&quot;&gt; &apos;n&apos;",
    );
  });

  it("drops characters XML cannot hold, keeping the rest of the text", () => {
    expect(escapeXml("a\u0000b\u0008c\tok\n")).toBe("abc\tok\n");
    expect(escapeXml("lone \uD800 surrogate, pair 🎻")).toBe("lone  surrogate, pair 🎻");
  });
});

describe("cdata", () => {
  it("splits a closing sequence across two sections", () => {
    expect(cdata("a]]>b")).toBe("<![CDATA[a]]]]><![CDATA[>b]]>");
  });
});

describe("rssFeed", () => {
  it("is read back by a real feed parser: channel, item fields and the full HTML", async () => {
    const parsed = await feedParser.parseString(feed([item()]));
    expect(parsed.title).toBe("Exploring Soundtracks");
    expect(parsed.link).toBe("https://example.test/");
    const [entry] = parsed.items;
    expect(entry?.title).toBe("Week 1");
    expect(entry?.link).toBe("https://example.test/reviews/one");
    expect(entry?.guid).toBe("https://example.test/reviews/one");
    expect(entry?.isoDate).toBe("2024-09-17T08:00:00.000Z");
    expect(entry?.creator).toBe("The Critic");
    expect(entry?.categories).toEqual(["A Film", "A Composer"]);
    expect(entry?.content).toBe("The summary.");
    expect(entry?.["content:encoded"]).toBe("<p>The body.</p>");
  });

  it("declares itself with atom:link rel=self", () => {
    expect(feed([])).toContain(
      '<atom:link href="https://example.test/feed.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it("keeps hostile text intact: markup in titles, and a body containing ]]>", async () => {
    const html = "<p>Nested <code>]]></code> and <![CDATA[ inside &amp; more</p>";
    const parsed = await feedParser.parseString(
      feed([item({ title: "<b>Bold</b> & </title>", description: "x ]]> y", contentHtml: html })]),
    );
    const [entry] = parsed.items;
    expect(entry?.title).toBe("<b>Bold</b> & </title>");
    expect(entry?.content).toBe("x ]]> y");
    expect(entry?.["content:encoded"]).toBe(html);
  });

  it("lists the items in the order given", async () => {
    const parsed = await feedParser.parseString(
      feed([item({ title: "Newest" }), item({ title: "Older" })]),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(["Newest", "Older"]);
  });
});

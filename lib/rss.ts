/** An RSS 2.0 document with the content (full HTML), Atom (self link) and Media RSS extensions. */
export type RssChannel = {
  title: string;
  link: string;
  description: string;
  /** The feed's own address, for atom:link rel="self". */
  selfUrl: string;
  language: string;
  lastBuildDate: Date | null;
  items: readonly RssItem[];
};

export type RssItem = {
  title: string;
  link: string;
  /** A permalink: readers use it to tell items apart. */
  guid: string;
  pubDate: Date;
  description: string;
  contentHtml: string;
  creator: string | null;
  categories: readonly string[];
  /** An image for the item (Media RSS): an absolute URL, with what it shows. */
  image: { url: string; description: string } | null;
};

// XML 1.0 has no way to write these, not even in CDATA: a feed containing one does not parse.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for an element or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A CDATA section holding any text, "]]>" included: that one is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function itemXml(item: RssItem): string {
  return [
    "<item>",
    element("title", item.title),
    element("link", item.link),
    `<guid isPermaLink="true">${escapeXml(item.guid)}</guid>`,
    element("pubDate", item.pubDate.toUTCString()),
    ...(item.creator ? [element("dc:creator", item.creator)] : []),
    ...item.categories.map((category) => element("category", category)),
    element("description", item.description),
    ...(item.image
      ? [
          `<media:content url="${escapeXml(item.image.url)}" medium="image">`,
          `<media:description type="plain">${escapeXml(item.image.description)}</media:description>`,
          "</media:content>",
        ]
      : []),
    `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
    "</item>",
  ].join("\n");
}

export function rssFeed(channel: RssChannel): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    "<channel>",
    element("title", channel.title),
    element("link", channel.link),
    element("description", channel.description),
    element("language", channel.language),
    ...(channel.lastBuildDate
      ? [element("lastBuildDate", channel.lastBuildDate.toUTCString())]
      : []),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(itemXml),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

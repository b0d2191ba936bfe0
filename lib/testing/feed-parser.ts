import Parser from "rss-parser";

/** Reads a feed as a feed reader does, each item's whole HTML (content:encoded) included. */
export const feedParser = new Parser<object, { "content:encoded": string }>({
  customFields: { item: ["content:encoded"] },
});

import Parser from "rss-parser";

/** A Media RSS element as the parser reads it: attributes under "$", children as arrays. */
type MediaContent = {
  $: { url: string; medium?: string };
  "media:description"?: ({ _: string } | string)[];
};

/** Reads a feed as a feed reader does, each item's whole HTML and its image included. */
export const feedParser = new Parser<object, { "content:encoded": string; media?: MediaContent }>({
  customFields: { item: ["content:encoded", ["media:content", "media"]] },
});

/** An item's image (media:content), as a reader that shows one would take it. */
export function itemImage(item: { media?: MediaContent }) {
  if (!item.media) return undefined;
  const [description] = item.media["media:description"] ?? [];
  return {
    url: item.media.$.url,
    medium: item.media.$.medium,
    description: typeof description === "string" ? description : description?._,
  };
}

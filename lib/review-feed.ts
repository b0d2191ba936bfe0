import { composerNames } from "./format";
import { renderReviewMarkdown } from "./markdown";
import { escapeXml, rssFeed, type RssItem } from "./rss";
import { FEED_PATH, SITE_DESCRIPTION, SITE_NAME } from "./site";
import { trackAnchor } from "./track-anchor";

/** What the feed shows of a live review (db/queries/feeds.ts reads it). */
export type FeedReview = {
  slug: string;
  headline: string;
  summary: string;
  body: string;
  publishedAt: Date | null;
  updatedAt: Date;
  author: { name: string | null } | null;
  soundtrack: {
    filmTitle: string;
    filmYear: number | null;
    composers: readonly { composer: { name: string } }[];
    tracks: readonly { title: string; disc: number; position: number }[];
  };
};

/** The later of the two: a review scheduled ahead was last edited before it went live. */
export function lastChanged(review: { publishedAt: Date | null; updatedAt: Date }): Date {
  const published = review.publishedAt?.getTime() ?? 0;
  return new Date(Math.max(published, review.updatedAt.getTime()));
}

/**
 * A feed reader shows the body away from the page: the in-page links to tracks ("#track-1-3")
 * and site-relative links must point at the site.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  // Only inside tags: the renderer writes every "<" of the text as "&#x3C;".
  return html.replace(/<(?:a|img)\s[^>]*>/g, (tag) =>
    tag.replace(/\s(href|src)="(#|\/(?!\/))/g, (_, attribute: string, start: string) =>
      start === "#" ? ` ${attribute}="${pageUrl}#` : ` ${attribute}="${origin}/`,
    ),
  );
}

async function feedItem(review: FeedReview, siteUrl: string): Promise<RssItem> {
  const link = new URL(`/reviews/${review.slug}`, siteUrl).href;
  const { soundtrack } = review;
  const body = await renderReviewMarkdown(
    review.body,
    soundtrack.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
  );
  const film = soundtrack.filmYear
    ? `${soundtrack.filmTitle} (${soundtrack.filmYear})`
    : soundtrack.filmTitle;
  const music =
    soundtrack.composers.length > 0 ? `, music by ${composerNames(soundtrack.composers)}` : "";
  return {
    title: review.headline,
    link,
    guid: link,
    pubDate: review.publishedAt ?? review.updatedAt,
    description: review.summary,
    contentHtml: `<p><strong>${escapeXml(film)}</strong>${escapeXml(music)}</p>\n${absoluteLinks(body, link)}`,
    creator: review.author?.name ?? null,
    categories: [soundtrack.filmTitle, ...soundtrack.composers.map((c) => c.composer.name)],
  };
}

/** The feed of the given reviews, newest first as given, every body in full. */
export async function reviewFeed(reviews: readonly FeedReview[], siteUrl: string): Promise<string> {
  const items = await Promise.all(reviews.map((review) => feedItem(review, siteUrl)));
  const changed = reviews.map((review) => lastChanged(review).getTime());
  return rssFeed({
    title: SITE_NAME,
    link: new URL("/", siteUrl).href,
    description: SITE_DESCRIPTION,
    selfUrl: new URL(FEED_PATH, siteUrl).href,
    language: "en",
    lastBuildDate: changed.length > 0 ? new Date(Math.max(...changed)) : null,
    items,
  });
}

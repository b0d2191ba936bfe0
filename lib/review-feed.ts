import { coverCardLabel } from "./cover-card";
import { formatDuration, summarizeTracks } from "./duration";
import { composerNames } from "./format";
import { renderReviewMarkdown } from "./markdown";
import { escapeXml, rssFeed, type RssItem } from "./rss";
import { FEED_PATH, SAMPLE_NOTE, SITE_DESCRIPTION, SITE_NAME } from "./site";
import { trackAnchor } from "./track-anchor";

type FeedTrack = { title: string; disc: number; position: number; durationSeconds: number };

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
    coverImageUrl: string | null;
    coverAlt: string | null;
    isSample: boolean;
    composers: readonly { composer: { name: string } }[];
    tracks: readonly FeedTrack[];
  };
};

/** The sample mark every page shows, in the feed: on the title, and said in the text. */
const SAMPLE = "Sample";

/** The track list as a feed reader shows it: a numbered list a disc, and the running time. */
export function trackListHtml(tracks: readonly FeedTrack[]): string {
  if (tracks.length === 0) return "";
  const discs = new Map<number, FeedTrack[]>();
  for (const track of tracks) discs.set(track.disc, [...(discs.get(track.disc) ?? []), track]);
  const lists = [...discs].map(([disc, onDisc]) => {
    const rows = onDisc.map(
      (t) =>
        `<li value="${t.position}">${escapeXml(t.title)} (${formatDuration(t.durationSeconds)})</li>`,
    );
    const heading = discs.size > 1 ? `<h3>Disc ${disc}</h3>\n` : "";
    return `${heading}<ol>\n${rows.join("\n")}\n</ol>`;
  });
  const { count, totalSeconds } = summarizeTracks(tracks);
  const total = `${count} ${count === 1 ? "track" : "tracks"}, ${formatDuration(totalSeconds)} in all`;
  return [`<h2>Track list</h2>`, `<p>${total}</p>`, ...lists].join("\n");
}

/**
 * The review's cover, or for a soundtrack without art its share image, which is its cover card
 * (components/review/cover.tsx) in the same style.
 */
function feedImage(review: FeedReview, link: string): NonNullable<RssItem["image"]> {
  const { soundtrack } = review;
  if (soundtrack.coverImageUrl) {
    return {
      url: new URL(soundtrack.coverImageUrl, link).href,
      description: soundtrack.coverAlt ?? `Album cover of ${soundtrack.filmTitle}`,
    };
  }
  return { url: `${link}/opengraph-image`, description: coverCardLabel(soundtrack) };
}

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
  const sample = soundtrack.isSample;
  const content = [
    sample ? `<p><strong>${SAMPLE}.</strong> ${escapeXml(SAMPLE_NOTE)}.</p>` : "",
    `<p><strong>${escapeXml(film)}</strong>${escapeXml(music)}</p>`,
    absoluteLinks(body, link),
    trackListHtml(soundtrack.tracks),
  ];
  return {
    title: sample ? `${SAMPLE}: ${review.headline}` : review.headline,
    link,
    guid: link,
    pubDate: review.publishedAt ?? review.updatedAt,
    description: review.summary,
    contentHtml: content.filter(Boolean).join("\n"),
    creator: review.author?.name ?? null,
    categories: [
      ...(sample ? [SAMPLE] : []),
      soundtrack.filmTitle,
      ...soundtrack.composers.map((c) => c.composer.name),
    ],
    image: feedImage(review, link),
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

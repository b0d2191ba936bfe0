import { formatDuration, summarizeTracks } from "./duration";
import { composerNames, formatScore } from "./format";
import { type MailBody, mailBody } from "./newsletter-mail-body";
import { trackAnchor } from "./track-anchor";

/**
 * What an issue's mail carries, loaded once per issue (db/queries/newsletter-content.ts): the
 * review, its soundtrack's composers in order, its tracks in order and its cover.
 */
export type NewsletterContent = {
  reviewId: number;
  slug: string;
  headline: string;
  summary: string;
  body: string;
  /** Tenths of a point, as stored. */
  criticScore: number | null;
  /** The review's newsletter_mode: its opening, all of it (or none, never rendered). */
  mode: "excerpt" | "full" | "off";
  filmTitle: string;
  filmYear: number | null;
  coverImageUrl: string | null;
  coverAlt: string | null;
  composers: string[];
  tracks: { disc: number; position: number; title: string; durationSeconds: number }[];
};

/** A subscriber's own links (lib/newsletter-tokens.ts `newsletterMailLinks`). */
export type MailLinks = { preferencesUrl: string; unsubscribeUrl: string };

/** Everything the mail's two parts show, worked out once per issue. */
export type IssueView = {
  headline: string;
  summary: string;
  /** A line for the inbox's preview, hidden in the mail. */
  preheader: string;
  film: string;
  composers: string;
  score: string | null;
  cover: { src: string; alt: string } | null;
  tracks: { number: string; title: string; duration: string }[];
  trackCount: string;
  total: string;
  body: MailBody;
  reviewUrl: string;
  discussUrl: string;
  siteUrl: string;
  siteHost: string;
};

export async function issueView(content: NewsletterContent, origin: string): Promise<IssueView> {
  const siteUrl = new URL("/", origin).href;
  const reviewUrl = new URL(`/reviews/${encodeURIComponent(content.slug)}`, origin).href;
  const discs = new Set(content.tracks.map((t) => t.disc)).size;
  const { count, totalSeconds } = summarizeTracks(content.tracks);
  const film = content.filmYear ? `${content.filmTitle} (${content.filmYear})` : content.filmTitle;
  return {
    headline: content.headline,
    summary: content.summary,
    preheader: content.summary || `${film}: this week's soundtrack review.`,
    film,
    composers: composerNames(content.composers.map((name) => ({ composer: { name } }))),
    score: content.criticScore === null ? null : formatScore(content.criticScore),
    cover: content.coverImageUrl
      ? {
          src: new URL(content.coverImageUrl, origin).href,
          alt: content.coverAlt || `Cover of the soundtrack album of ${film}`,
        }
      : null,
    tracks: content.tracks.map((t) => ({
      number: discs > 1 ? `${t.disc}.${t.position}` : String(t.position),
      title: t.title,
      duration: formatDuration(t.durationSeconds),
    })),
    trackCount: `${count} ${count === 1 ? "track" : "tracks"}`,
    total: formatDuration(totalSeconds),
    body: await mailBody(content.body, {
      tracks: content.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
      reviewUrl,
      whole: content.mode === "full",
    }),
    reviewUrl,
    discussUrl: `${reviewUrl}#comments`,
    siteUrl,
    siteHost: new URL(origin).host,
  };
}

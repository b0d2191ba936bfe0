import "server-only";
import type { NewsletterContent } from "@/lib/newsletter-mail-view";
import { getReviewDetail } from "./reviews";

/** What an issue's mail carries (lib/newsletter-mail.ts): read once per issue, not per recipient. */
export async function getNewsletterContent(reviewId: number): Promise<NewsletterContent | null> {
  const review = await getReviewDetail(reviewId);
  if (!review) return null;
  const { soundtrack } = review;
  return {
    reviewId: review.id,
    slug: review.slug,
    headline: review.headline,
    summary: review.summary,
    body: review.body,
    criticScore: review.criticScore,
    mode: review.newsletterMode,
    filmTitle: soundtrack.filmTitle,
    filmYear: soundtrack.filmYear,
    coverImageUrl: soundtrack.coverImageUrl,
    coverAlt: soundtrack.coverAlt,
    composers: soundtrack.composers.map((c) => c.composer.name),
    tracks: soundtrack.tracks.map(({ disc, position, title, durationSeconds }) => ({
      disc,
      position,
      title,
      durationSeconds,
    })),
  };
}

import "server-only";
import { getReviewDetail } from "./reviews";

/**
 * What an issue's mail carries (lib/newsletter-mail.ts), read once per issue, not per recipient:
 * the review, its soundtrack with composers in order, its tracks in order and its cover.
 */
export async function getNewsletterContent(reviewId: number) {
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

export type NewsletterContent = NonNullable<Awaited<ReturnType<typeof getNewsletterContent>>>;

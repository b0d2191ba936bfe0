import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { ReviewShareCard } from "@/components/review/review-share-card";
import { shareCardFonts } from "@/components/share-card-frame";
import { getLiveReviewBySlug } from "@/db/queries/reviews";
import { summarizeTracks } from "@/lib/duration";
import { composerNames } from "@/lib/format";

export const alt = "The soundtrack reviewed: film, composers, critic’s score and running time";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// Drawn on the first request for a review and cached like its page: redrawn when the review
// changes (by tag) or a minute after it was made.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export default async function Image({ params }: Props) {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) {
    // The 404 is cached too: publishing the review expires it.
    await tagPage(reads.reviewNotLive());
    notFound();
  }
  await tagPage(reads.reviewImage({ reviewId: review.id }));
  const { soundtrack } = review;
  const { count, totalSeconds } = summarizeTracks(soundtrack.tracks);
  return new ImageResponse(
    <ReviewShareCard
      filmTitle={soundtrack.filmTitle}
      filmYear={soundtrack.filmYear}
      composers={composerNames(soundtrack.composers)}
      criticScore={review.criticScore}
      trackCount={count}
      totalSeconds={totalSeconds}
    />,
    { ...size, fonts: await shareCardFonts() },
  );
}

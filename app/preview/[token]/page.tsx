import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReviewPreview } from "@/components/editor/review-preview";
import { now as clockNow } from "@/db/clock.mjs";
import { getComposerSlugsWithPages } from "@/db/queries/composers";
import { getPreviewReviewId } from "@/db/queries/preview-links";
import { getReviewDetail } from "@/db/queries/reviews";
import { isLiveAt } from "@/lib/review-status";

// Read at every request and never kept by a cache: the link stops working the moment it expires
// or is revoked.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** Cached per request: the metadata and the page ask the same. */
const previewedReview = cache(async (token: string) => {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const reviewId = await getPreviewReviewId(token, clockNow());
  return reviewId === undefined ? undefined : getReviewDetail(reviewId);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await previewedReview((await params).token);
  return {
    title: review
      ? `Preview: ${review.soundtrack.filmTitle} soundtrack review`
      : "Preview not found",
    robots: { index: false, follow: false },
    // The secret address is not passed on to the sites the review links to.
    referrer: "no-referrer",
  };
}

/** A review shown to anyone holding its secret link, until the link expires. */
export default async function PreviewPage({ params }: Props) {
  const review = await previewedReview((await params).token);
  if (!review) notFound();
  const composerPages = await getComposerSlugsWithPages(
    review.soundtrack.composers.map((c) => c.composer.id),
  );
  return (
    <ReviewPreview
      review={review}
      live={isLiveAt(review, clockNow())}
      composerPages={composerPages}
    />
  );
}

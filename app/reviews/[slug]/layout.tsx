import { notFound, permanentRedirect } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { getLiveReviewBySlug } from "@/db/queries/reviews";
import { getMovedReview } from "@/db/queries/review-slugs";

/**
 * Every page of a review (the review, its discussion pages) 404s for a slug that is not live. The
 * pages are static, rendered whole before they are sent, so there is no loading state: the
 * HTML arrives complete and nothing moves as it appears. A 404 is cached too, so it carries the
 * list tag: publishing the review, or its scheduled time passing, expires it. An address a live
 * review had before its slug changed leads to the one it has now, for good.
 */
type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function ReviewLayout({ children, params }: Props) {
  const { slug } = await params;
  if (!(await getLiveReviewBySlug(slug))) {
    const moved = await getMovedReview(slug);
    await tagPage(reads.reviewNotLive({ movedReviewId: moved?.id }));
    if (moved) permanentRedirect(`/reviews/${moved.slug}`);
    notFound();
  }
  return children;
}

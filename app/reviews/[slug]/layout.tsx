import { notFound } from "next/navigation";
import { getLiveReviewBySlug } from "@/db/queries/reviews";

/**
 * Every page of a review (the review, its discussion pages) 404s for a slug that is not live. The
 * pages are static, rendered whole before they are sent, so there is no loading state: the
 * HTML arrives complete and nothing moves as it appears.
 */
type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function ReviewLayout({ children, params }: Props) {
  if (!(await getLiveReviewBySlug((await params).slug))) notFound();
  return children;
}

import { notFound } from "next/navigation";
import { getLiveReviewBySlug } from "@/db/queries/reviews";

/**
 * The unknown-slug check lives above the page's loading boundary: once the page streams, a 404
 * status can no longer be sent.
 */
type Props = { children: React.ReactNode; params: Promise<{ slug: string }> };

export default async function ReviewLayout({ children, params }: Props) {
  if (!(await getLiveReviewBySlug((await params).slug))) notFound();
  return children;
}

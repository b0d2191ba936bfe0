import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewArticle } from "@/components/review-article";
import { getLiveReviewBySlug, getLiveReviewSlugs } from "@/db/queries/reviews";
import { renderReviewMarkdown } from "@/lib/markdown";
import { trackAnchor } from "@/lib/track-anchor";

export const revalidate = 60;

export async function generateStaticParams() {
  return (await getLiveReviewSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) return { title: "Review not found" };
  return {
    title: `${review.soundtrack.filmTitle} soundtrack review`,
    description: review.summary,
    openGraph: { title: review.headline, description: review.summary, type: "article" },
  };
}

export default async function ReviewPage({ params }: Props) {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) notFound();
  const bodyHtml = await renderReviewMarkdown(
    review.body,
    review.soundtrack.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
  );
  return <ReviewArticle review={review} bodyHtml={bodyHtml} />;
}

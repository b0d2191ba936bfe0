import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { tags } from "@/cache/tags";
import { EmptyState } from "@/components/empty-state";
import { ReviewCard } from "@/components/review-card";
import { SampleTag } from "@/components/sample-tag";
import { getComposerBySlug, getComposerSlugs } from "@/db/queries/composers";
import { getLiveReviewsByComposer } from "@/db/queries/reviews";

export const revalidate = 60;

export async function generateStaticParams() {
  return (await getComposerSlugs()).map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const composer = await getComposerBySlug((await params).slug);
  return { title: composer ? `${composer.name}, composer` : "Composer not found" };
}

export default async function ComposerPage({ params }: Props) {
  const composer = await getComposerBySlug((await params).slug);
  if (!composer) notFound();
  const reviews = await getLiveReviewsByComposer(composer.id);
  await tagPage(tags.reviewList);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <p className="text-sm font-semibold tracking-widest text-soft uppercase">Composer</p>
      <h1 className="mt-1 flex flex-wrap items-center gap-3 font-serif text-4xl font-semibold">
        {composer.name} {composer.isSample && <SampleTag />}
      </h1>
      <p className="mt-2 text-soft">
        {reviews.length === 0
          ? "No soundtracks by this composer have been reviewed yet."
          : `${reviews.length} ${reviews.length === 1 ? "soundtrack" : "soundtracks"} reviewed in the series.`}
      </p>
      <div className="mt-8">
        {reviews.length === 0 ? (
          <EmptyState title="Nothing reviewed yet">
            Their scores will be listed here once reviewed.
          </EmptyState>
        ) : (
          reviews.map((review) => <ReviewCard key={review.id} review={review} headingLevel={2} />)
        )}
      </div>
    </div>
  );
}

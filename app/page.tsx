import Link from "next/link";
import { Suspense } from "react";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { EmptyState } from "@/components/site/empty-state";
import { FeaturedReview } from "@/components/review/featured-review";
import { ReviewCard } from "@/components/review/review-card";
import { AccountDeletedNotice } from "@/components/settings/account-deleted-notice";
import { NewsletterPanel } from "@/components/newsletter/newsletter-panel";
import { PageVersion } from "@/components/viewer/page-version";
import { getCommentCounts } from "@/db/queries/comments";
import { getLiveReviewPage } from "@/db/queries/reviews";

export const revalidate = 60;

export default async function HomePage() {
  const reviews = await getLiveReviewPage(1, 5);
  const version = await tagPage(reads.home(reviews));
  const counts = await getCommentCounts(reviews.map((r) => r.id));
  const [latest, ...earlier] = reviews;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <h1 className="sr-only">Exploring Soundtracks: this week’s soundtrack review</h1>
      <Suspense>
        <AccountDeletedNotice />
      </Suspense>
      {latest ? (
        <FeaturedReview review={latest} commentCount={counts.get(latest.id) ?? 0} />
      ) : (
        <EmptyState title="The first review is on its way">
          A new soundtrack is explored every week. Check back soon.
        </EmptyState>
      )}
      {earlier.length > 0 && (
        <section aria-labelledby="earlier-heading" className="mt-16">
          <div className="flex items-baseline justify-between">
            <h2 id="earlier-heading" className="font-serif text-2xl font-semibold">
              Earlier weeks
            </h2>
            <Link href="/reviews" className="link-accent text-sm">
              The full archive
            </Link>
          </div>
          <div className="mt-4">
            {earlier.map((review) => (
              <ReviewCard
                key={review.id}
                review={review}
                commentCount={counts.get(review.id) ?? 0}
              />
            ))}
          </div>
        </section>
      )}
      <div className="mt-16">
        <NewsletterPanel />
      </div>
    </div>
  );
}

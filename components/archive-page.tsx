import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { tags } from "@/cache/tags";
import { getCommentCounts } from "@/db/queries/comments";
import { countLiveReviews, getLiveReviewPage } from "@/db/queries/reviews";
import { ARCHIVE_PAGE_SIZE, pageCountFor } from "@/lib/archive";
import { EmptyState } from "./empty-state";
import { archivePageHref, Pagination } from "./pagination";
import { ReviewCard } from "./review-card";
import { PageVersion } from "./viewer/page-version";

export async function ArchivePage({ page }: { page: number }) {
  const [total, reviews] = await Promise.all([
    countLiveReviews(),
    getLiveReviewPage(page, ARCHIVE_PAGE_SIZE),
  ]);
  const pageCount = pageCountFor(total);
  const version = await tagPage(tags.reviewList, ...reviews.map((r) => tags.commentCount(r.id)));
  const counts = await getCommentCounts(reviews.map((r) => r.id));
  if (page > pageCount) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <PageVersion {...version} />
      <h1 className="font-serif text-4xl font-semibold">The archive</h1>
      <p className="mt-2 text-soft">
        Every soundtrack explored so far, newest first
        {total > 0 && ` — ${total} ${total === 1 ? "review" : "reviews"}`}.
      </p>
      <div className="mt-8">
        {reviews.length === 0 ? (
          <EmptyState title="No reviews yet">The first week’s review will appear here.</EmptyState>
        ) : (
          reviews.map((review) => (
            <ReviewCard
              key={review.id}
              review={review}
              commentCount={counts.get(review.id) ?? 0}
              headingLevel={2}
            />
          ))
        )}
      </div>
      <Pagination
        page={page}
        pageCount={pageCount}
        label="Archive pages"
        href={archivePageHref}
        previous="Newer reviews"
        next="Older reviews"
      />
    </div>
  );
}

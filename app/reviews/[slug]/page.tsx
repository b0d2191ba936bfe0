import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagPage } from "@/cache/next";
import { reads } from "@/cache/tags";
import { Discussion } from "@/components/comments/discussion";
import { CompareWith } from "@/components/compare/compare-with";
import { ReviewArticle } from "@/components/review/review-article";
import { ReviewJsonLd } from "@/components/review/review-json-ld";
import { ReviewLists } from "@/components/lists/review-lists";
import { ScorePanel } from "@/components/scores/score-panel";
import { TrackList } from "@/components/review/track-list";
import { WeekNeighbours } from "@/components/review/week-neighbours";
import { NewsletterPanel } from "@/components/newsletter/newsletter-panel";
import { PageVersion } from "@/components/viewer/page-version";
import { getCommentCounts } from "@/db/queries/comments";
import { getLiveReviewBySlug, getPlaceInWeek } from "@/db/queries/reviews";
import { getScoreStats } from "@/db/queries/scores";
import { getWeeklySlot } from "@/db/queries/settings";
import { renderReviewMarkdown } from "@/lib/markdown";
import { weekStart } from "@/lib/series-weeks";
import { FEED_ALTERNATE } from "@/lib/site";
import { trackAnchor } from "@/lib/track-anchor";

// Static, the same for every visitor, and regenerated when its data changes (by tag) or a
// minute after it was made; what belongs to the signed-in reader arrives in islands.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) return { title: "Review not found" };
  return {
    title: `${review.soundtrack.filmTitle} soundtrack review`,
    description: review.summary,
    // Setting alternates replaces the layout's, so the feed is named again here.
    alternates: { canonical: `/reviews/${review.slug}`, types: FEED_ALTERNATE },
    openGraph: { title: review.headline, description: review.summary, type: "article" },
  };
}

export default async function ReviewPage({ params }: Props) {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) notFound();
  const { soundtrack } = review;
  const version = await tagPage(
    reads.reviewPage({ reviewId: review.id, soundtrackId: soundtrack.id }),
  );
  const slot = await getWeeklySlot();
  const [bodyHtml, commentCounts, scoreStats, placeInWeek] = await Promise.all([
    renderReviewMarkdown(
      review.body,
      soundtrack.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
    ),
    getCommentCounts([review.id]),
    getScoreStats(soundtrack.id),
    review.publishedAt ? getPlaceInWeek(review, weekStart(slot, review.publishedAt)) : 1,
  ]);
  const commentCount = commentCounts.get(review.id) ?? 0;
  const ids = { reviewId: review.id, soundtrackId: soundtrack.id, slug: review.slug };
  return (
    <>
      <PageVersion {...version} />
      <ReviewJsonLd review={review} readers={scoreStats} />
      <ReviewArticle
        review={review}
        placeInWeek={placeInWeek}
        bodyHtml={bodyHtml}
        commentCount={commentCount}
        trackList={
          <TrackList tracks={soundtrack.tracks} links={review.listeningLinks} favourites={ids} />
        }
        scores={<ScorePanel {...ids} criticScore={review.criticScore} />}
        comments={
          <Discussion
            review={{ id: review.id, slug: review.slug }}
            total={commentCount}
            sort="newest"
            page={1}
          />
        }
      />
      <WeekNeighbours review={review} slot={slot} />
      <ReviewLists soundtrackId={soundtrack.id} slug={review.slug} />
      <CompareWith
        soundtrackId={soundtrack.id}
        review={review}
        slug={soundtrack.slug}
        filmTitle={soundtrack.filmTitle}
      />
      <div className="mx-auto max-w-6xl px-4 pb-12 sm:px-6">
        <NewsletterPanel />
      </div>
    </>
  );
}

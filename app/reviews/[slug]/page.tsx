import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommentsSection } from "@/components/comments/comments-section";
import { ReviewArticle } from "@/components/review-article";
import { ScorePanel } from "@/components/scores/score-panel";
import { TrackList } from "@/components/track-list";
import { getCommentCounts } from "@/db/queries/comments";
import { getLiveReviewBySlug } from "@/db/queries/reviews";
import { getTrackFavouriteState } from "@/db/queries/scores";
import { getViewer } from "@/lib/auth/viewer";
import { renderReviewMarkdown } from "@/lib/markdown";
import { trackAnchor } from "@/lib/track-anchor";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const review = await getLiveReviewBySlug((await params).slug);
  if (!review) return { title: "Review not found" };
  return {
    title: `${review.soundtrack.filmTitle} soundtrack review`,
    description: review.summary,
    openGraph: { title: review.headline, description: review.summary, type: "article" },
  };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ slug }, query, viewer] = await Promise.all([params, searchParams, getViewer()]);
  const review = await getLiveReviewBySlug(slug);
  if (!review) notFound();
  const { soundtrack } = review;
  const [bodyHtml, favourites, commentCounts] = await Promise.all([
    renderReviewMarkdown(
      review.body,
      soundtrack.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
    ),
    getTrackFavouriteState(soundtrack.id, viewer?.id ?? null),
    getCommentCounts([review.id]),
  ]);
  const commentCount = commentCounts.get(review.id) ?? 0;
  return (
    <ReviewArticle
      review={review}
      bodyHtml={bodyHtml}
      commentCount={commentCount}
      trackList={
        <TrackList
          tracks={soundtrack.tracks}
          favourites={{ slug, soundtrackId: soundtrack.id, viewerPicks: favourites.viewerPicks }}
        />
      }
      scores={
        <ScorePanel
          soundtrackId={soundtrack.id}
          slug={slug}
          criticScore={review.criticScore}
          viewer={viewer}
        />
      }
      comments={
        <CommentsSection
          review={{ id: review.id, slug }}
          viewer={viewer}
          total={commentCount}
          searchParams={query}
        />
      }
    />
  );
}

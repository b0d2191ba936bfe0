import Link from "next/link";
import { ReviewArticle } from "@/components/review/review-article";
import { ScorePanel } from "@/components/scores/score-panel";
import { TrackList } from "@/components/review/track-list";
import type { ReviewDetail } from "@/db/queries/reviews";
import { renderReviewMarkdown } from "@/lib/markdown";
import { trackAnchor } from "@/lib/track-anchor";

type Props = {
  review: ReviewDetail;
  /** On the site now: the banner says so, and where. */
  live: boolean;
  /** For the admin: a way back to the editor. */
  editHref?: string;
  /** The review's composers that have a page yet: only they are linked. */
  composerPages: ReadonlySet<string>;
};

/**
 * A review as its public page shows it, from the same components, under a banner that says it is
 * a preview. Readers' comments are not part of it: they open once the review is published.
 */
export async function ReviewPreview({ review, live, editHref, composerPages }: Props) {
  const { soundtrack } = review;
  const bodyHtml = await renderReviewMarkdown(
    review.body,
    soundtrack.tracks.map((t) => ({ title: t.title, anchor: trackAnchor(t) })),
  );
  return (
    <>
      <div
        role="note"
        className="border-b border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-3 sm:px-6">
          <p className="font-semibold">
            {live ? "Preview — published" : "Preview — not published"}
          </p>
          <p className="text-sm">
            {live ? (
              <Link href={`/reviews/${review.slug}`} className="underline underline-offset-4">
                Open the published page
              </Link>
            ) : (
              "This is how the page will look once it goes out."
            )}
            {editHref && (
              <>
                {" "}
                <Link href={editHref} className="ml-4 underline underline-offset-4">
                  Back to the editor
                </Link>
              </>
            )}
          </p>
        </div>
      </div>
      <ReviewArticle
        review={review}
        bodyHtml={bodyHtml}
        commentCount={0}
        composerPages={composerPages}
        trackList={<TrackList tracks={soundtrack.tracks} links={review.listeningLinks} />}
        scores={
          <ScorePanel
            reviewId={review.id}
            soundtrackId={soundtrack.id}
            slug={review.slug}
            criticScore={review.criticScore}
          />
        }
        comments={
          <section id="comments" aria-labelledby="comments-heading" className="scroll-mt-24">
            <h2 id="comments-heading" className="font-serif text-2xl font-semibold">
              Comments
            </h2>
            <p className="mt-3 text-soft">Readers can comment once the review is published.</p>
          </section>
        }
      />
    </>
  );
}

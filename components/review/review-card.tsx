import Link from "next/link";
import { ComposerLinks } from "@/components/composers/composer-links";
import { ScoreBadge } from "@/components/scores/score-badge";
import type { ReviewCard as ReviewCardData } from "@/db/queries/reviews";
import { CommentCount } from "./comment-count";
import { Cover } from "./cover";
import { ReviewMeta } from "./review-meta";

type ReviewCardProps = { review: ReviewCardData; commentCount?: number; headingLevel?: 2 | 3 };

export function ReviewCard({ review, commentCount, headingLevel = 3 }: ReviewCardProps) {
  const { soundtrack } = review;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex gap-4 border-t border-stone-300/70 py-6 sm:gap-6 dark:border-stone-700">
      <Cover soundtrack={soundtrack} size="small" />
      <div className="min-w-0 flex-1">
        <ReviewMeta
          weekNumber={review.weekNumber}
          publishedAt={review.publishedAt}
          isSample={soundtrack.isSample}
        />
        <Heading className="mt-1 font-serif text-xl leading-snug font-semibold sm:text-2xl">
          <Link href={`/reviews/${review.slug}`} className="hover:underline underline-offset-4">
            {soundtrack.filmTitle}
            {soundtrack.filmYear && (
              <span className="font-normal text-soft"> ({soundtrack.filmYear})</span>
            )}
          </Link>
        </Heading>
        <p className="mt-1 text-sm">
          Music by <ComposerLinks composers={soundtrack.composers} />
        </p>
        <p className="mt-2 line-clamp-3 font-serif text-base leading-relaxed text-soft">
          {review.summary}
        </p>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-5 gap-y-1">
          <ScoreBadge score={review.criticScore} />
          {commentCount !== undefined && <CommentCount slug={review.slug} count={commentCount} />}
        </div>
      </div>
    </article>
  );
}

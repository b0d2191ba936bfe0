import Link from "next/link";
import { ComposerLinks } from "@/components/composers/composer-links";
import { primaryButtonClass } from "@/components/forms/button-styles";
import { ScoreBadge } from "@/components/scores/score-badge";
import type { ReviewCard } from "@/db/queries/reviews";
import { headlineAddsToTitle } from "@/lib/headline";
import { CommentCount } from "./comment-count";
import { Cover } from "./cover";
import { ReviewMeta } from "./review-meta";

export function FeaturedReview({
  review,
  commentCount,
}: {
  review: ReviewCard;
  commentCount: number;
}) {
  const { soundtrack } = review;
  return (
    <article
      aria-labelledby="featured-title"
      className="grid gap-8 md:grid-cols-[minmax(0,18rem)_1fr] md:items-start"
    >
      <Cover soundtrack={soundtrack} size="large" priority />
      <div className="max-w-prose">
        <p className="text-sm font-semibold tracking-widest text-soft uppercase">
          This week’s review
        </p>
        <div className="mt-2">
          <ReviewMeta
            weekNumber={review.weekNumber}
            publishedAt={review.publishedAt}
            isSample={soundtrack.isSample}
          />
        </div>
        <h2
          id="featured-title"
          className="mt-3 font-serif text-3xl leading-tight font-semibold text-balance sm:text-4xl"
        >
          {soundtrack.filmTitle}
        </h2>
        <p className="mt-2 text-base">
          Music by <ComposerLinks composers={soundtrack.composers} />
          {soundtrack.filmYear && <span className="text-soft"> · {soundtrack.filmYear}</span>}
        </p>
        {headlineAddsToTitle(review.headline, soundtrack.filmTitle) && (
          <p className="mt-4 font-serif text-lg italic">{review.headline}</p>
        )}
        <p className="mt-3 font-serif text-lg leading-relaxed text-soft">{review.summary}</p>
        <div className="mt-5 flex flex-wrap items-center gap-6">
          <ScoreBadge score={review.criticScore} size="large" />
          <CommentCount slug={review.slug} count={commentCount} />
          <Link href={`/reviews/${review.slug}`} className={primaryButtonClass}>
            Read the review<span className="sr-only">: {soundtrack.filmTitle}</span>
          </Link>
        </div>
      </div>
    </article>
  );
}

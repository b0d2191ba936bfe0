import { ComposerLinks } from "@/components/composers/composer-links";
import { ScoreBadge } from "@/components/scores/score-badge";
import type { ReviewDetail } from "@/db/queries/reviews";
import { commentCountLabel } from "./comment-count";
import { Cover } from "./cover";
import { ListenLinks } from "./listen-links";
import { ReviewMeta } from "./review-meta";

function AlbumFacts({ soundtrack }: { soundtrack: ReviewDetail["soundtrack"] }) {
  const facts = [
    soundtrack.filmYear && { label: "Film year", value: String(soundtrack.filmYear) },
    soundtrack.label && { label: "Label", value: soundtrack.label },
    soundtrack.albumReleaseDate && { label: "Album released", value: soundtrack.albumReleaseDate },
  ].filter((f): f is { label: string; value: string } => Boolean(f));
  if (facts.length === 0) return null;
  return (
    <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {facts.map((f) => (
        <div key={f.label} className="flex gap-1.5">
          <dt className="text-soft">{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

type ReviewArticleProps = {
  review: ReviewDetail;
  /** 2 for the second review that went live in its week. */
  placeInWeek?: number;
  /** From renderReviewMarkdown, which sanitizes it before it reaches the page. */
  bodyHtml: string;
  commentCount: number;
  trackList: React.ReactNode;
  scores: React.ReactNode;
  comments: React.ReactNode;
  /** A preview's composers that have a page yet (ComposerLinks); every one on a live page. */
  composerPages?: ReadonlySet<string>;
};

export function ReviewArticle({
  review,
  placeInWeek,
  bodyHtml,
  commentCount,
  trackList,
  scores,
  comments,
  composerPages,
}: ReviewArticleProps) {
  const { soundtrack } = review;
  return (
    <article className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      {/* On a phone the cover is a thumbnail beside the meta and the headline spans the page
          below, within the first screen; from sm on the cover has a column of its own. */}
      <header className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-center gap-x-4 gap-y-5 sm:grid-cols-[minmax(0,12rem)_1fr] sm:items-end sm:gap-6">
        <Cover soundtrack={soundtrack} size="header" priority />
        <div className="contents sm:block">
          <div className="min-w-0">
            <ReviewMeta
              weekNumber={review.weekNumber}
              placeInWeek={placeInWeek}
              publishedAt={review.publishedAt}
              isSample={soundtrack.isSample}
            />
            <p className="mt-2 sm:text-lg">
              <span className="font-semibold">{soundtrack.filmTitle}</span> · Music by{" "}
              <ComposerLinks composers={soundtrack.composers} withPages={composerPages} />
            </p>
          </div>
          <h1 className="col-span-2 font-serif text-3xl leading-tight font-semibold text-balance sm:mt-3 sm:text-5xl">
            {review.headline}
          </h1>
          <div className="col-span-2">
            <AlbumFacts soundtrack={soundtrack} />
            <ListenLinks links={review.listeningLinks.filter((link) => link.trackId === null)} />
            <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
              <ScoreBadge score={review.criticScore} size="large" />
              <a href="#comments" className="link-accent text-sm">
                {commentCountLabel(commentCount)}
              </a>
            </div>
          </div>
        </div>
      </header>
      <div className="mt-10 grid gap-12 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div
          className="prose prose-lg max-w-prose font-serif prose-stone lg:col-start-1 dark:prose-invert prose-headings:font-serif prose-a:text-accent dark:prose-a:text-night-accent"
          dangerouslySetInnerHTML={{ __html: bodyHtml }}
        />
        <div className="space-y-12 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {scores}
          <section aria-labelledby="tracks-heading">
            <h2 id="tracks-heading" className="font-serif text-2xl font-semibold">
              Track list
            </h2>
            <div className="mt-4">{trackList}</div>
          </section>
        </div>
        <div className="min-w-0 lg:col-start-1">{comments}</div>
      </div>
    </article>
  );
}

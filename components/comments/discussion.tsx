import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { countThreads, getReviewComments } from "@/db/queries/comments";
import {
  COMMENT_PAGE_SIZE,
  COMMENT_SORT_LABELS,
  COMMENT_SORTS,
  type CommentSort,
  discussionHref,
  signInHref,
} from "@/lib/comment-rules";
import { commentCount } from "@/lib/moderation";
import { CommentThread } from "./comment-thread";
import { ComposerIsland } from "./composer-island";

const PAGE_LABELS: Record<CommentSort, [previous: string, next: string]> = {
  newest: ["Newer comments", "Older comments"],
  oldest: ["Earlier comments", "Later comments"],
  top: ["More liked", "Less liked"],
};

function SortLinks({ slug, sort }: { slug: string; sort: CommentSort }) {
  return (
    <nav aria-label="Sort comments">
      <ul className="flex gap-1 rounded-full border border-stone-300 p-1 text-sm dark:border-stone-700">
        {COMMENT_SORTS.map((option) => {
          const current = option === sort;
          return (
            <li key={option}>
              <Link
                href={discussionHref(slug, option)}
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={`block rounded-full px-3 py-1 font-medium ${
                  current
                    ? "bg-ink text-paper dark:bg-night-ink dark:text-night"
                    : "text-soft hover:bg-stone-100 hover:text-ink dark:hover:bg-stone-800 dark:hover:text-night-ink"
                }`}
              >
                {COMMENT_SORT_LABELS[option]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function SignInPrompt({ slug }: { slug: string }) {
  return (
    <div className="rounded-xl border border-stone-300/80 bg-white/60 p-5 text-center dark:border-stone-700 dark:bg-stone-900/40">
      <p className="text-soft">Readers with an account can comment, reply and like.</p>
      <p className="mt-2">
        <Link href={signInHref(slug)} className="link-accent font-semibold">
          Sign in to join the discussion
        </Link>
      </p>
    </div>
  );
}

type DiscussionProps = {
  review: { id: number; slug: string };
  /** Comments and replies shown on the review; the page has it already for its header. */
  total: number;
  sort: CommentSort;
  page: number;
};

/**
 * One page of a review's discussion, the same for every reader: the heading with the count, the
 * sort, the form (an island) or a way to sign in, the threads, and the pages.
 */
export async function Discussion({ review, total, sort, page }: DiscussionProps) {
  const [threads, threadCount] = await Promise.all([
    getReviewComments({ reviewId: review.id, sort, page, pageSize: COMMENT_PAGE_SIZE }),
    countThreads(review.id),
  ]);
  const pageCount = Math.max(1, Math.ceil(threadCount / COMMENT_PAGE_SIZE));
  if (page > pageCount) notFound();
  const [previous, next] = PAGE_LABELS[sort];

  return (
    <section aria-labelledby="comments-heading" id="comments" className="scroll-mt-24">
      <div className="max-w-3xl border-t border-stone-300/70 pt-10 dark:border-stone-700">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="comments-heading" className="font-serif text-2xl font-semibold sm:text-3xl">
            Discussion{" "}
            <span className="font-sans text-base font-normal text-soft">{commentCount(total)}</span>
          </h2>
          {threadCount > 0 && <SortLinks slug={review.slug} sort={sort} />}
        </div>
        {threads.length === 0 && (
          <p className="mt-6 font-serif text-lg text-soft">
            No comments yet — start the discussion.
          </p>
        )}
        <div className="mt-6">
          <ComposerIsland reviewId={review.id}>
            <SignInPrompt slug={review.slug} />
          </ComposerIsland>
        </div>
        {threads.length > 0 && (
          <ol aria-label="Comments" className="mt-8">
            {threads.map((thread) => (
              <CommentThread key={thread.id} thread={thread} reviewId={review.id} />
            ))}
          </ol>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          label="Discussion pages"
          href={(n) => discussionHref(review.slug, sort, n)}
          previous={previous}
          next={next}
        />
      </div>
    </section>
  );
}

import Link from "next/link";
import { getReviewComments } from "@/db/queries/comments";
import type { Viewer } from "@/lib/auth/viewer";
import {
  COMMENT_PAGE_SIZE,
  COMMENT_SORT_LABELS,
  COMMENT_SORTS,
  type CommentParams,
  commentsHref,
  parseCommentParams,
  signInHref,
} from "@/lib/comment-rules";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";

function SortLinks({ slug, sort }: { slug: string; sort: CommentParams["sort"] }) {
  return (
    <nav aria-label="Sort comments">
      <ul className="flex gap-1 rounded-full border border-stone-300 p-1 text-sm dark:border-stone-700">
        {COMMENT_SORTS.map((option) => {
          const current = option === sort;
          return (
            <li key={option}>
              <Link
                href={commentsHref(slug, { sort: option, limit: COMMENT_PAGE_SIZE })}
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

/**
 * The discussion under a review: heading with the count, sort, the form (or a way to sign in), the
 * threads and "Load more", which raises `?show=` and lands on the first newly shown comment.
 */
export async function CommentsSection({
  review,
  viewer,
  total,
  searchParams,
}: {
  review: { id: number; slug: string };
  viewer: Viewer | null;
  /** Comments shown on the review; the page has it already for its header. */
  total: number;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const { sort, limit } = parseCommentParams(searchParams);
  const { threads, nextId } = await getReviewComments({
    reviewId: review.id,
    viewerId: viewer?.id,
    sort,
    limit,
  });
  const now = new Date();

  return (
    <section aria-labelledby="comments-heading" id="comments" className="scroll-mt-24">
      <div className="max-w-3xl border-t border-stone-300/70 pt-10 dark:border-stone-700">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="comments-heading" className="font-serif text-2xl font-semibold sm:text-3xl">
            Discussion{" "}
            <span className="font-sans text-base font-normal text-soft">
              {total === 1 ? "1 comment" : `${total.toLocaleString("en-GB")} comments`}
            </span>
          </h2>
          {threads.length > 0 && <SortLinks slug={review.slug} sort={sort} />}
        </div>
        <div className="mt-6">
          {viewer ? <CommentForm reviewId={review.id} /> : <SignInPrompt slug={review.slug} />}
        </div>
        {threads.length === 0 ? (
          <p className="mt-8 rounded-xl border border-dashed border-stone-400 px-6 py-10 text-center font-serif text-lg text-soft dark:border-stone-600">
            No comments yet — start the discussion.
          </p>
        ) : (
          <ol aria-label="Comments" className="mt-8">
            {threads.map((thread) => (
              <CommentThread
                key={thread.id}
                thread={thread}
                reviewId={review.id}
                viewer={viewer}
                now={now}
              />
            ))}
          </ol>
        )}
        {nextId !== null && (
          <p className="mt-4 border-t border-stone-300/70 pt-6 text-center dark:border-stone-700">
            <Link
              href={commentsHref(
                review.slug,
                { sort, limit: limit + COMMENT_PAGE_SIZE },
                `comment-${nextId}`,
              )}
              scroll={false}
              className="inline-flex rounded-full border border-stone-300 px-5 py-2 text-sm font-medium hover:border-accent dark:border-stone-600 dark:hover:border-night-accent"
            >
              Load more comments
            </Link>
          </p>
        )}
      </div>
    </section>
  );
}

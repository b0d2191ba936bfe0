import { ReaderName } from "@/components/profile/reader-name";
import type { CommentView } from "@/db/queries/comments";
import { DELETED_READER } from "@/lib/deleted-reader";
import { formatScore } from "@/lib/format";
import { CommentIsland, YouBadge } from "./comment-island";
import { CommentText } from "./comment-text";
import { CommentTime } from "./comment-time";

function CommentBody({ body, isSpoiler }: { body: string; isSpoiler: boolean }) {
  const content = <CommentText markdown={body} />;
  if (!isSpoiler) return content;
  return (
    <details className="group my-2 rounded-lg border border-dashed border-stone-400 px-3 py-2 dark:border-stone-600">
      <summary className="cursor-pointer text-sm font-semibold text-accent select-none dark:text-night-accent">
        Spoiler — show comment
      </summary>
      {content}
    </details>
  );
}

/** The author's own score of the soundtrack, beside their name, as on AlbumOfTheYear. */
function AuthorScore({ tenths }: { tenths: number }) {
  return (
    <span
      data-author-score=""
      className="rounded-full border border-stone-300 px-2 text-xs font-semibold tabular-nums dark:border-stone-600"
    >
      <span className="sr-only">Scored the soundtrack </span>
      {formatScore(tenths)}
      <span className="sr-only"> out of 10</span>
      <span aria-hidden="true" className="font-normal text-soft">
        /10
      </span>
    </span>
  );
}

/** A comment as everyone sees it; what the signed-in reader may do with it is an island. */
export function CommentItem({
  comment,
  reviewId,
  repliesClosed = false,
}: {
  comment: CommentView;
  reviewId: number;
  repliesClosed?: boolean;
}) {
  const anchor = `comment-${comment.id}`;
  if (comment.deleted || comment.hidden || !comment.author || comment.body === null) {
    const hidden = comment.hidden && !comment.deleted;
    return (
      <article
        id={anchor}
        aria-label={hidden ? "Hidden comment" : "Deleted comment"}
        className="comment"
      >
        <p className="py-1 text-sm text-soft italic">
          {hidden
            ? "Hidden by a moderator."
            : comment.byDeletedReader
              ? `${DELETED_READER.name}: this comment went with its author’s account.`
              : "This comment was deleted."}
        </p>
      </article>
    );
  }
  const { author } = comment;
  return (
    <article id={anchor} aria-label={`Comment by ${author.name}`} className="comment">
      <header className="comment-meta">
        <ReaderName reader={author} linkClassName="comment-author" />
        {comment.authorScore !== null && <AuthorScore tenths={comment.authorScore} />}
        <YouBadge reviewId={reviewId} authorId={author.id} />
        <span aria-hidden="true" className="text-soft">
          ·
        </span>
        <a href={`#${anchor}`} className="comment-link">
          <CommentTime date={comment.createdAt} />
        </a>
        {comment.editedAt && (
          <span className="text-soft">
            <span aria-hidden="true">· </span>
            <CommentTime date={comment.editedAt} prefix="Edited ">
              edited
            </CommentTime>
          </span>
        )}
      </header>
      <CommentIsland
        reviewId={reviewId}
        commentId={comment.id}
        authorId={author.id}
        authorName={author.name}
        likeCount={comment.likeCount}
        repliesClosed={repliesClosed}
      >
        <CommentBody body={comment.body} isSpoiler={comment.isSpoiler} />
      </CommentIsland>
    </article>
  );
}

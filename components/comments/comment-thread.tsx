import type { CommentThread as Thread } from "@/db/queries/comments";
import { CommentItem } from "./comment-item";

/** A top-level comment and its replies, one level deep, oldest reply first. */
export function CommentThread({ thread, reviewId }: { thread: Thread; reviewId: number }) {
  const name = thread.author?.name;
  return (
    <li className="border-t border-stone-300/70 py-6 first:border-t-0 first:pt-2 dark:border-stone-700">
      <CommentItem comment={thread} reviewId={reviewId} />
      {thread.replies.length > 0 && (
        <ol
          aria-label={name ? `Replies to ${name}` : "Replies"}
          className="mt-4 space-y-5 border-l-2 border-stone-300 pl-4 sm:ml-2 sm:pl-6 dark:border-stone-700"
        >
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              {/* A thread whose top a moderator hid takes no more replies (createComment). */}
              <CommentItem comment={reply} reviewId={reviewId} repliesClosed={thread.hidden} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

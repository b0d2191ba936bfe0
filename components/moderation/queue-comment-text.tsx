import { CommentText } from "@/components/comments/comment-text";
import { cutAtWord } from "@/lib/comment-excerpt";

/** Longer comments show about this much, the whole a click away. */
const SHOWN_LENGTH = 600;

/** A comment in the queue as readers see it: its Markdown rendered, never raw. */
export function QueueCommentText({ body }: { body: string }) {
  if (body.length <= SHOWN_LENGTH) return <CommentText markdown={body} />;
  return (
    <>
      <CommentText markdown={cutAtWord(body, SHOWN_LENGTH)} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-accent underline-offset-4 hover:underline dark:text-night-accent">
          Show the whole comment ({body.length.toLocaleString("en-GB")} characters)
        </summary>
        <CommentText markdown={body} />
      </details>
    </>
  );
}

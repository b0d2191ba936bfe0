import { renderCommentMarkdown } from "@/lib/comment-markdown";

/**
 * A comment's words as readers see them: its Markdown rendered by renderCommentMarkdown, which
 * sanitizes it with a strict schema. The discussion and the moderation queue both show it so.
 */
export function CommentText({ markdown }: { markdown: string }) {
  const html = renderCommentMarkdown(markdown);
  if (!html) return <p className="my-2 text-sm text-soft italic">(This comment has no text.)</p>;
  return (
    <div
      data-comment-body=""
      className="prose max-w-none prose-stone dark:prose-invert comment-body"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

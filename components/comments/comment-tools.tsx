"use client";

import { useRef, useState, type ReactNode } from "react";
import { CommentForm } from "./comment-form";
import { DeleteComment } from "./delete-comment";
import { EditCommentForm } from "./edit-comment-form";
import { LikeButton } from "./like-button";
import { StaticLikes } from "./static-likes";
import { ReportComment } from "./report-comment";
import { actionButtonClass } from "./ui";
import type { CommentMeta } from "./comment-island";

type CommentToolsProps = CommentMeta & {
  /** The rendered body, from the static page. */
  children: ReactNode;
  isOwn: boolean;
  liked: boolean;
  reported: boolean;
};

type Source = { body: string; isSpoiler: boolean };

/** The editor for one's own comment starts from its Markdown, which the page does not carry. */
async function fetchSource(commentId: number): Promise<Source | null> {
  try {
    const response = await fetch(`/api/comments/${commentId}/source`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as Source) : null;
  } catch {
    return null;
  }
}

/**
 * Loaded for signed-in readers only: like, reply, and edit, delete or report, under one comment.
 * Replaces the visitor's view of the comment (see comment-island.tsx).
 */
export function CommentTools(props: CommentToolsProps) {
  const { reviewId, commentId, authorName, isOwn } = props;
  const [editing, setEditing] = useState<Source | "loading" | "failed" | null>(null);
  const [replying, setReplying] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const replyRef = useRef<HTMLButtonElement>(null);

  const startEditing = async () => {
    setEditing("loading");
    setEditing((await fetchSource(commentId)) ?? "failed");
  };
  const stopEditing = () => {
    setEditing(null);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const stopReplying = () => {
    setReplying(false);
    requestAnimationFrame(() => replyRef.current?.focus());
  };

  return (
    <>
      {editing !== null && typeof editing === "object" ? (
        <EditCommentForm
          reviewId={reviewId}
          commentId={commentId}
          body={editing.body}
          isSpoiler={editing.isSpoiler}
          onDone={stopEditing}
        />
      ) : (
        props.children
      )}
      {editing === "failed" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          Your comment could not be opened for editing. Reload the page and try again.
        </p>
      )}
      <div className="comment-actions">
        {isOwn ? (
          <StaticLikes likeCount={props.likeCount} />
        ) : (
          <LikeButton
            reviewId={reviewId}
            commentId={commentId}
            authorName={authorName}
            liked={props.liked}
            likeCount={props.likeCount}
          />
        )}
        {!props.repliesClosed && (
          <button
            ref={replyRef}
            type="button"
            aria-expanded={replying}
            aria-label={`Reply to ${authorName}`}
            onClick={() => setReplying((open) => !open)}
            className={actionButtonClass}
          >
            Reply
          </button>
        )}
        {isOwn && (editing === null || editing === "failed") && (
          <button
            ref={editRef}
            type="button"
            aria-label="Edit your comment"
            onClick={startEditing}
            className={actionButtonClass}
          >
            Edit
          </button>
        )}
        {isOwn && editing === "loading" && (
          <span role="status" className="px-1.5 text-sm text-soft">
            Opening…
          </span>
        )}
        {isOwn && <DeleteComment reviewId={reviewId} commentId={commentId} />}
        {!isOwn && (
          <ReportComment
            reviewId={reviewId}
            commentId={commentId}
            authorName={authorName}
            reported={props.reported}
          />
        )}
      </div>
      {replying && (
        <CommentForm
          reviewId={reviewId}
          parentId={commentId}
          replyingTo={authorName}
          onCancel={stopReplying}
          onPosted={stopReplying}
        />
      )}
    </>
  );
}

"use client";

import { useRef, useState, type ReactNode } from "react";
import { CommentForm } from "./comment-form";
import { DeleteComment } from "./delete-comment";
import { EditCommentForm } from "./edit-comment-form";
import { LikeButton, StaticLikes } from "./like-button";
import { ReportComment } from "./report-comment";
import { actionButtonClass } from "./ui";

type CommentInteractiveProps = {
  reviewId: number;
  commentId: number;
  authorName: string;
  /** The rendered body, from the server. */
  children: ReactNode;
  /** The Markdown source, sent only for the viewer's own comments (to prefill the editor). */
  source?: string;
  isSpoiler: boolean;
  signedIn: boolean;
  isOwn: boolean;
  liked: boolean;
  likeCount: number;
  reported: boolean;
};

/** The comment's body (or its editor), the row of actions under it, and the reply form. */
export function CommentInteractive(props: CommentInteractiveProps) {
  const { reviewId, commentId, authorName, signedIn, isOwn, source } = props;
  const [editing, setEditing] = useState(false);
  const [replying, setReplying] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const replyRef = useRef<HTMLButtonElement>(null);

  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editRef.current?.focus());
  };
  const stopReplying = () => {
    setReplying(false);
    requestAnimationFrame(() => replyRef.current?.focus());
  };

  return (
    <>
      {editing && source !== undefined ? (
        <EditCommentForm
          reviewId={reviewId}
          commentId={commentId}
          body={source}
          isSpoiler={props.isSpoiler}
          onDone={stopEditing}
        />
      ) : (
        props.children
      )}
      <div className="mt-2 -ml-1.5 flex flex-wrap items-center gap-x-1 gap-y-1">
        {signedIn ? (
          <LikeButton
            reviewId={reviewId}
            commentId={commentId}
            authorName={authorName}
            liked={props.liked}
            likeCount={props.likeCount}
          />
        ) : (
          <StaticLikes likeCount={props.likeCount} />
        )}
        {signedIn && (
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
        {isOwn && !editing && (
          <button
            ref={editRef}
            type="button"
            aria-label="Edit your comment"
            onClick={() => setEditing(true)}
            className={actionButtonClass}
          >
            Edit
          </button>
        )}
        {isOwn && <DeleteComment reviewId={reviewId} commentId={commentId} />}
        {signedIn && !isOwn && (
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

"use client";

import { lazy, Suspense, type ReactNode } from "react";
import { useReviewViewer } from "@/components/viewer/use-viewer";
import { StaticLikes } from "./static-likes";

// Everything a signed-in reader can do under a comment, fetched only for them.
const CommentTools = lazy(() =>
  import("./comment-tools").then((m) => ({ default: m.CommentTools })),
);

export type CommentMeta = {
  reviewId: number;
  commentId: number;
  authorId: string;
  authorName: string;
  likeCount: number;
  /** No "Reply": the thread takes no more replies. */
  repliesClosed: boolean;
};

/** One comment's body and the row under it: the like count for a visitor, the tools for a reader. */
export function CommentIsland({ children, ...meta }: CommentMeta & { children: ReactNode }) {
  const state = useReviewViewer(meta.reviewId);
  const visitorView = (
    <>
      {children}
      <div className="comment-actions">
        <StaticLikes likeCount={meta.likeCount} />
      </div>
    </>
  );
  if (state.status !== "reader") return visitorView;
  return (
    <Suspense fallback={visitorView}>
      <CommentTools
        {...meta}
        isOwn={state.viewer.id === meta.authorId}
        liked={state.review.liked.includes(meta.commentId)}
        reported={state.review.reported.includes(meta.commentId)}
      >
        {children}
      </CommentTools>
    </Suspense>
  );
}

/** "You" beside the reader's own comments. */
export function YouBadge({ reviewId, authorId }: { reviewId: number; authorId: string }) {
  const state = useReviewViewer(reviewId);
  if (state.status !== "reader" || state.viewer.id !== authorId) return null;
  return (
    <span className="rounded bg-stone-200 px-1.5 text-xs font-medium dark:bg-stone-700">You</span>
  );
}

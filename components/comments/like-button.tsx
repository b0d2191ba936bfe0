"use client";

import { useId, useOptimistic, useState } from "react";
import { toggleLike } from "@/app/reviews/[slug]/actions";
import { ActionStatus } from "@/components/forms/action-status";
import { useAction } from "@/components/forms/use-action";
import { patchLiked } from "@/components/viewer/viewer-store";
import { LikeCount } from "./static-likes";

type Likes = { liked: boolean; likeCount: number };

/**
 * A toggle (aria-pressed) that shows the change at once and settles on the server's count. Its
 * name begins with the word it shows, "Like comment by Ana" (label-in-name: what a speech user
 * reads on the button is what they say); the count beside it describes it.
 */
export function LikeButton({
  reviewId,
  commentId,
  authorName,
  ...fromPage
}: Likes & { reviewId: number; commentId: number; authorName: string }) {
  // The page's count is as of its last render and the action's answer is newer, so it is kept
  // until the page itself brings a new count.
  const [saved, setSaved] = useState<Likes>(fromPage);
  const [pageCount, setPageCount] = useState(fromPage.likeCount);
  if (fromPage.likeCount !== pageCount) {
    setPageCount(fromPage.likeCount);
    setSaved(fromPage);
  }
  const [current, setOptimistic] = useOptimistic<Likes, boolean>(saved, (was, liked) => ({
    liked,
    likeCount: Math.max(0, was.likeCount + (liked === was.liked ? 0 : liked ? 1 : -1)),
  }));
  const { state, formAction, pending, onSubmit } = useAction(toggleLike, {
    onSend: (form) => setOptimistic(form.get("like") === "true"),
    onDone: (done) => {
      if (!done.data) return;
      setSaved(done.data);
      patchLiked(commentId, done.data.liked);
    },
  });
  const countId = useId();
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline-flex items-center">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="like" value={String(!current.liked)} />
      <button
        type="submit"
        aria-pressed={current.liked}
        aria-describedby={countId}
        aria-busy={pending || undefined}
        className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium ${
          current.liked
            ? "bg-accent-soft text-accent dark:bg-orange-950 dark:text-night-accent"
            : "text-soft hover:bg-stone-100 hover:text-ink dark:hover:bg-stone-800 dark:hover:text-night-ink"
        }`}
      >
        <span aria-hidden="true">{current.liked ? "♥" : "♡"}</span>
        <span>
          Like<span className="sr-only"> comment by {authorName}</span>
        </span>
      </button>
      {/* No likes yet: nothing to show, but the button still says so. */}
      <span className={current.likeCount > 0 ? "pr-1.5 text-sm text-soft" : "sr-only"}>
        <LikeCount id={countId} likeCount={current.likeCount} />
      </span>
      <ActionStatus state={state} className="ml-2" />
    </form>
  );
}

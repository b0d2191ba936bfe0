"use client";

import { useReviewViewer } from "@/components/viewer/use-viewer";

/**
 * Keeps the readers' histogram out of sight for a reader who asked to score first, and for
 * everyone until it is known who is reading (in its place, so nothing moves).
 */
export function CrowdGate({ reviewId, children }: { reviewId: number; children: React.ReactNode }) {
  const state = useReviewViewer(reviewId);
  if (state.status === "loading") return <div className="crowd-pending invisible">{children}</div>;
  if (
    state.status === "reader" &&
    state.review.hideCrowdUntilScored &&
    state.review.score === null
  ) {
    return (
      <p className="mt-4 rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-900">
        You asked to see the readers’ average once you’ve scored. Add your score to reveal it.
      </p>
    );
  }
  return children;
}

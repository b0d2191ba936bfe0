import { useEffect, useSyncExternalStore } from "react";
import type { ReviewViewerState, Viewer } from "@/lib/viewer";
import { getServerSnapshot, getSnapshot, needReview, subscribe } from "./viewer-store";

/** undefined while unknown (the server's render and the first moments after), then the reader or null. */
export function useViewer(): Viewer | null | undefined {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return snapshot.status === "ready" ? snapshot.viewer : undefined;
}

/** The signed-in reader's unread notifications; undefined while unknown or signed out. */
export function useUnreadCount(): number | undefined {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return snapshot.status === "ready" && snapshot.viewer ? snapshot.unread : undefined;
}

type ReviewViewer =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "reader"; viewer: Viewer; review: ReviewViewerState };

/** The reader and their state on this review; islands render the visitor's view until it is known. */
export function useReviewViewer(reviewId: number): ReviewViewer {
  useEffect(() => needReview(reviewId), [reviewId]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (snapshot.status !== "ready") return { status: "loading" };
  if (!snapshot.viewer) return { status: "signed-out" };
  if (snapshot.reviewId !== reviewId) return { status: "loading" };
  // Signed in, but the review is not open (any more): the page reads as it does for a visitor.
  if (!snapshot.review) return { status: "signed-out" };
  return { status: "reader", viewer: snapshot.viewer, review: snapshot.review };
}

import type { ReviewViewerState, Viewer, ViewerPayload } from "@/lib/viewer";

/**
 * The pages are static, the same for everyone; who is reading arrives afterwards in one small
 * request (GET /api/viewer, with ?review= on a review page) that every island on the page shares.
 * Islands say what they need as they mount; the request goes out once they all have.
 */

type ViewerSnapshot =
  | { status: "loading" }
  | {
      status: "ready";
      viewer: Viewer | null;
      review: ReviewViewerState | null;
      reviewId: number | null;
      unread: number;
    };

const LOADING: ViewerSnapshot = { status: "loading" };

let snapshot: ViewerSnapshot = LOADING;
let loaded: string | null = null;
let scheduled = false;
let generation = 0;
const wantedReviews = new Map<number, number>();
const listeners = new Set<() => void>();

function emit(next: ViewerSnapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

function wantedReview(): number | null {
  return wantedReviews.keys().next().value ?? null;
}

const keyFor = (reviewId: number | null) => (reviewId === null ? "" : `?review=${reviewId}`);

async function load() {
  scheduled = false;
  const reviewId = wantedReview();
  const key = keyFor(reviewId);
  if (key === loaded) return;
  loaded = key;
  const mine = ++generation;
  let payload: ViewerPayload = { viewer: null, review: null, unread: 0 };
  try {
    const response = await fetch(`/api/viewer${key}`, { cache: "no-store" });
    if (response.ok) payload = (await response.json()) as ViewerPayload;
  } catch {
    // Offline or refused: the page still reads as it does for a visitor.
  }
  if (mine === generation) emit({ status: "ready", ...payload, reviewId });
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(load, 0);
}

export function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const getSnapshot = () => snapshot;
export const getServerSnapshot = () => LOADING;

/** An island on a review page needs the reader's state for that review; returns the release. */
export function needReview(reviewId: number): () => void {
  wantedReviews.set(reviewId, (wantedReviews.get(reviewId) ?? 0) + 1);
  schedule();
  return () => {
    const count = (wantedReviews.get(reviewId) ?? 1) - 1;
    if (count > 0) wantedReviews.set(reviewId, count);
    else wantedReviews.delete(reviewId);
  };
}

/** Ask again (after signing in or out, or when the page changed). */
export function reloadViewer() {
  loaded = null;
  schedule();
}

/** After an action: the reader's own state changed on the server; show it without asking. */
export function patchReviewState(change: Partial<ReviewViewerState>) {
  if (snapshot.status !== "ready" || !snapshot.review) return;
  emit({ ...snapshot, review: { ...snapshot.review, ...change } });
}

/** Notifications were marked read: the header's count follows without asking. */
export function patchUnread(unread: number) {
  if (snapshot.status !== "ready") return;
  emit({ ...snapshot, unread });
}

function toggled(ids: readonly number[], id: number, on: boolean): number[] {
  const rest = ids.filter((x) => x !== id);
  return on ? [...rest, id] : rest;
}

export function patchLiked(commentId: number, liked: boolean) {
  if (snapshot.status !== "ready" || !snapshot.review) return;
  patchReviewState({ liked: toggled(snapshot.review.liked, commentId, liked) });
}

export function patchReported(commentId: number, reported: boolean) {
  if (snapshot.status !== "ready" || !snapshot.review) return;
  patchReviewState({ reported: toggled(snapshot.review.reported, commentId, reported) });
}

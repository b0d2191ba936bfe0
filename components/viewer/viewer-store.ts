import type { ReviewViewerState, Viewer, ViewerPayload } from "@/lib/viewer";

/**
 * The pages are static, the same for everyone; who is reading arrives afterwards in one small
 * request (GET /api/viewer, with ?review= on a review page) that every island on the page shares.
 * Islands say what they need as they mount; the request goes out once they all have.
 */

export type ViewerSnapshot =
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

// ---- Reading one's own writes ------------------------------------------------------------------
//
// The pages are cached, and a page rendered just before a reader's write can still be served just
// after it (a render already under way is shared by everyone who asks meanwhile). Every static
// page carries when its render began and its cache tags; after a write, and on any page shown
// later in the same tab, the page is refreshed until it is newer than the reader's last write to
// one of its tags.

const WRITE_KEY = "exploring-soundtracks:last-write";
/** Enough for about 17 s of trying: on a busy server a new render can take that long to land. */
const MAX_REFRESHES = 10;
const MAX_RETRY_DELAY_MS = 2000;

type Version = { at: number; tags: string[] };

/** The reader's last write: kept here, and in the tab's storage for the pages loaded after it. */
let written: Version | null = null;
let shown: Version | null = null;
let refreshPage: (() => void) | null = null;
let refreshes = 0;
let retry: ReturnType<typeof setTimeout> | undefined;

function lastWrite(): Version | null {
  if (written) return written;
  try {
    const saved = sessionStorage.getItem(WRITE_KEY);
    written = saved ? (JSON.parse(saved) as Version) : null;
  } catch {
    // No storage (a private window may refuse it): only this page's writes are known.
  }
  return written;
}

function isBehind(page: Version, write: Version | null): boolean {
  return write !== null && page.at <= write.at && write.tags.some((t) => page.tags.includes(t));
}

function catchUp() {
  clearTimeout(retry);
  if (!shown || !refreshPage || !isBehind(shown, lastWrite()) || refreshes >= MAX_REFRESHES) return;
  refreshes += 1;
  refreshPage();
  // A refresh that brings nothing new (no new render) is tried again, a little later each time.
  retry = setTimeout(catchUp, Math.min(500 * refreshes, MAX_RETRY_DELAY_MS));
}

/**
 * A page version is on screen (a page was shown, or a refresh brought a new render of it), and
 * how to ask the server for it again; returns what to do when it leaves the screen.
 */
export function showPage(version: Version, refresh: () => void): () => void {
  shown = version;
  refreshPage = refresh;
  refreshes = 0;
  catchUp();
  return () => {
    if (shown !== version) return;
    clearTimeout(retry);
    shown = null;
    refreshPage = null;
  };
}

/** A write of the reader's own was saved: the page must come to include it. */
export function wrote(write: Version) {
  const previous = lastWrite();
  const tags =
    previous && write.at - previous.at < 60_000 ? [...previous.tags, ...write.tags] : write.tags;
  written = { at: write.at, tags: [...new Set(tags)] };
  try {
    sessionStorage.setItem(WRITE_KEY, JSON.stringify(written));
  } catch {
    // No storage: the pages of this tab still know it, until a full page load.
  }
  refreshes = 0;
  catchUp();
}

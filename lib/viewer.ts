/** Who is signed in, as the pages' client islands and the server actions see them. */
export type Viewer = {
  id: string;
  name: string;
  handle: string;
  role: "reader" | "admin";
};

/** What a review page shows differently for the signed-in reader; the rest of it is static. */
export type ReviewViewerState = {
  /** Their score in tenths, or null. */
  score: number | null;
  hideCrowdUntilScored: boolean;
  /** Their favourite tracks of this soundtrack. */
  picks: number[];
  /** Comments on this review they liked, and the ones they reported (not yet resolved). */
  liked: number[];
  reported: number[];
  /** The site asks this reader to confirm their email address before they comment. */
  mustVerifyEmail: boolean;
};

/**
 * The answer of GET /api/viewer[?review=id]: one small request per page view. `unread` is the
 * reader's unread notifications, for the header's badge (0 when signed out).
 */
export type ViewerPayload = {
  viewer: Viewer | null;
  review: ReviewViewerState | null;
  unread: number;
};

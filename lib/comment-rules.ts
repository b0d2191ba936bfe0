/** The rules a reader meets when commenting, in one place for the forms, actions and queries. */
export const COMMENT_MAX_LENGTH = 5000;
export const REPORT_DETAILS_MAX_LENGTH = 500;
export const COMMENT_INTERVAL_MS = 10_000;
export const COMMENT_WINDOW_MS = 3_600_000;
export const COMMENTS_PER_WINDOW = 30;

/** Said by the comment box before it sends, and by the server to a comment sent anyway. */
export function commentTooLongMessage(length: number): string {
  const count = (n: number) => n.toLocaleString("en-GB");
  return `Comments can be up to ${count(COMMENT_MAX_LENGTH)} characters; this one has ${count(length)}.`;
}

/** Threads (a top-level comment and its replies) per page of a discussion. */
export const COMMENT_PAGE_SIZE = 10;

export const COMMENT_SORTS = ["newest", "oldest", "top"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const DEFAULT_COMMENT_SORT: CommentSort = "newest";
export const COMMENT_SORT_LABELS: Record<CommentSort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  top: "Most liked",
};

export const REPORT_REASONS = {
  spam: "Spam or advertising",
  abuse: "Harassment or hate",
  spoiler: "An unmarked spoiler",
  other: "Something else",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

// ---- Links ------------------------------------------------------------------------------------

/**
 * The first page of the newest comments is part of the review page; every other sort and page
 * is a page of its own, so that each can be a static page.
 */
export function discussionHref(slug: string, sort: CommentSort, page = 1): string {
  if (sort === DEFAULT_COMMENT_SORT && page === 1) return `/reviews/${slug}#comments`;
  return `/reviews/${slug}/comments/${sort}/${page}`;
}

export function signInHref(slug: string) {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}#comment-form`)}`;
}

// ---- Limits -----------------------------------------------------------------------------------

export type RateLimit = { kind: "interval" | "hourly"; retryAt: Date };

/** An IANA zone the browser sent, or UTC when it is missing or unknown. */
export function safeTimeZone(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value;
  } catch {
    return "UTC";
  }
}

export function rateLimitMessage(limit: RateLimit, now: Date, timeZone = "UTC"): string {
  if (limit.kind === "interval") {
    const seconds = Math.max(1, Math.ceil((limit.retryAt.getTime() - now.getTime()) / 1000));
    return `You can post again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  }
  // Rounded up to the minute, so posting at the time shown always works.
  const at = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: safeTimeZone(timeZone),
  }).format(new Date(Math.ceil(limit.retryAt.getTime() / 60_000) * 60_000));
  return `You've reached ${COMMENTS_PER_WINDOW} comments this hour. You can post again at ${at}.`;
}

import { z } from "zod";

/** The rules a reader meets when commenting, in one place for the forms, actions and queries. */
export const COMMENT_MAX_LENGTH = 5000;
export const REPORT_DETAILS_MAX_LENGTH = 500;
export const COMMENT_INTERVAL_MS = 10_000;
export const COMMENT_WINDOW_MS = 3_600_000;
export const COMMENTS_PER_WINDOW = 30;

export const COMMENT_PAGE_SIZE = 20;
export const COMMENT_MAX_LIMIT = 1000;

export const COMMENT_SORTS = ["newest", "oldest", "top"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const DEFAULT_COMMENT_SORT: CommentSort = "newest";
export const COMMENT_SORT_LABELS: Record<CommentSort, string> = {
  newest: "Newest",
  oldest: "Oldest",
  top: "Most liked",
};

export type CommentParams = { sort: CommentSort; limit: number };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const paramsSchema = z.object({
  comments: z.enum(COMMENT_SORTS).catch(DEFAULT_COMMENT_SORT),
  show: z.coerce
    .number()
    .int()
    .catch(COMMENT_PAGE_SIZE)
    .transform((n) => Math.min(Math.max(n, COMMENT_PAGE_SIZE), COMMENT_MAX_LIMIT)),
});

/** `?comments=oldest&show=40`: anything missing or malformed falls back, numbers are clamped. */
export function parseCommentParams(
  searchParams: Record<string, string | string[] | undefined>,
): CommentParams {
  const { comments, show } = paramsSchema.parse({
    comments: first(searchParams.comments),
    show: first(searchParams.show),
  });
  return { sort: comments, limit: show };
}

/** A link to the review's discussion with the given sort and length; defaults are left out. */
export function commentsHref(slug: string, { sort, limit }: CommentParams, hash = "comments") {
  const query = new URLSearchParams();
  if (sort !== DEFAULT_COMMENT_SORT) query.set("comments", sort);
  if (limit !== COMMENT_PAGE_SIZE) query.set("show", String(limit));
  const search = query.size > 0 ? `?${query}` : "";
  return `/reviews/${slug}${search}#${hash}`;
}

export function signInHref(slug: string) {
  return `/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${slug}#comment-form`)}`;
}

// ---- Form input -------------------------------------------------------------------------------

const id = z.coerce.number({ error: "Missing id." }).int().positive();
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

/** Browsers send line breaks as CRLF; they count as one character, as they do in the box. */
export const commentBody = z
  .string({ error: "Write something before posting." })
  .transform((s) => s.replace(/\r\n?/g, "\n"))
  .pipe(
    z
      .string()
      .trim()
      .min(1, "Write something before posting.")
      .max(COMMENT_MAX_LENGTH, {
        error: (issue) =>
          `Comments can be up to 5,000 characters; this one has ${String(issue.input).length.toLocaleString("en-GB")}.`,
      }),
  );

export const postCommentSchema = z.object({
  reviewId: id,
  parentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  body: commentBody,
  spoiler: checkbox,
});

export const editCommentSchema = z.object({
  reviewId: id,
  commentId: id,
  body: commentBody,
  spoiler: checkbox,
});

export const commentRefSchema = z.object({ reviewId: id, commentId: id });

export const likeSchema = commentRefSchema.extend({ like: checkbox });

export const REPORT_REASONS = {
  spam: "Spam or advertising",
  abuse: "Harassment or hate",
  spoiler: "An unmarked spoiler",
  other: "Something else",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;
const reasonKeys = Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]];

export const reportSchema = commentRefSchema
  .extend({
    reason: z.enum(reasonKeys, { error: "Choose a reason." }),
    details: z
      .string()
      .trim()
      .max(REPORT_DETAILS_MAX_LENGTH, "Keep the note under 500 characters.")
      .optional()
      .default(""),
  })
  .refine((r) => r.reason !== "other" || r.details.length > 0, {
    path: ["details"],
    error: "Tell the moderators what is wrong.",
  });

/** What every comment action returns to its form (see app/reviews/[slug]/actions.ts). */
export type CommentActionState = {
  ok: boolean;
  message: string;
  errors?: Partial<Record<string, string[]>>;
  values?: { body?: string; spoiler?: boolean; reason?: string; details?: string };
  commentId?: number;
  liked?: boolean;
  likeCount?: number;
};

export const IDLE_STATE: CommentActionState = { ok: false, message: "" };

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

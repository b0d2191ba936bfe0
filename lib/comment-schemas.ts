import { z } from "zod";
import {
  COMMENT_MAX_LENGTH,
  COMMENT_SORTS,
  type CommentSort,
  commentTooLongMessage,
  REPORT_DETAILS_MAX_LENGTH,
  REPORT_REASONS,
  type ReportReason,
} from "./comment-rules";

// The comment forms' schemas, for the server: the browser gets the rules, never zod.

const id = z.coerce.number({ error: "Missing id." }).int().positive();
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");
const count = (n: number) => n.toLocaleString("en-GB");

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
        error: (issue) => commentTooLongMessage(String(issue.input).length),
      }),
  );

export const postCommentSchema = z.object({
  reviewId: id,
  parentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  body: commentBody,
  spoiler: checkbox,
  /** The form's key for this draft (see createComment); a form without one still posts. */
  key: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().max(100, "Reload the page and post again.").optional(),
  ),
});

export const editCommentSchema = z.object({
  reviewId: id,
  commentId: id,
  body: commentBody,
  spoiler: checkbox,
});

export const commentRefSchema = z.object({ reviewId: id, commentId: id });

export const likeSchema = commentRefSchema.extend({ like: checkbox });

const reasonKeys = Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]];

export const reportSchema = commentRefSchema
  .extend({
    reason: z.enum(reasonKeys, { error: "Choose a reason." }),
    details: z
      .string()
      .trim()
      .max(
        REPORT_DETAILS_MAX_LENGTH,
        `Keep the note under ${count(REPORT_DETAILS_MAX_LENGTH)} characters.`,
      )
      .optional()
      .default(""),
  })
  .refine((r) => r.reason !== "other" || r.details.length > 0, {
    path: ["details"],
    error: "Tell the moderators what is wrong.",
  });

const discussionParams = z.object({
  sort: z.enum(COMMENT_SORTS),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
});

/** `/reviews/x/comments/oldest/3`: a known sort and a page number, or null for a 404. */
export function parseDiscussionParams(params: {
  sort: string;
  page: string;
}): { sort: CommentSort; page: number } | null {
  const parsed = discussionParams.safeParse(params);
  return parsed.success ? parsed.data : null;
}

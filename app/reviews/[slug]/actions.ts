"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import * as data from "@/db/queries/comment-writes";
import { findLiveReview } from "@/db/queries/comments";
import { getViewer } from "@/lib/auth/viewer";
import {
  type CommentActionState,
  commentRefSchema,
  editCommentSchema,
  likeSchema,
  postCommentSchema,
  rateLimitMessage,
  reportSchema,
  safeTimeZone,
} from "@/lib/comment-rules";

// Every action: who is calling → parse the form → the data layer (which checks ownership and that
// the comment is on a live review, in SQL) → revalidate → the state the form shows.

type State = CommentActionState;

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string") out[key] = value;
  return out;
}

function commentValues(formData: FormData) {
  return {
    body: text(formData, "body"),
    spoiler: ["on", "true"].includes(text(formData, "spoiler")),
  };
}

function invalid(error: z.ZodError, message: string, values?: State["values"]): State {
  return { ok: false, errors: z.flattenError(error).fieldErrors, message, values };
}

/** Comment counts show on the home page, the archive and composer pages as well as the review. */
function revalidate() {
  revalidatePath("/", "layout");
}

const GONE = "This comment is no longer available. Reload the page to see the latest discussion.";

export async function postComment(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  const values = commentValues(formData);
  if (!viewer) return { ok: false, message: "Sign in to join the discussion.", values };
  const parsed = postCommentSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "Your comment needs a change.", values);
  const { reviewId, parentId, body, spoiler } = parsed.data;
  const review = await findLiveReview(reviewId);
  if (!review) return { ok: false, message: "This review is not open for comments.", values };
  const now = new Date();
  const result = await data.createComment({
    reviewId,
    authorId: viewer.id,
    body,
    isSpoiler: spoiler,
    parentId,
    now,
  });
  if (!result.ok) {
    const message =
      result.reason === "rate-limited"
        ? rateLimitMessage(result.limit, now, safeTimeZone(formData.get("tz")))
        : GONE;
    return { ok: false, message, values };
  }
  revalidate();
  return {
    ok: true,
    message: parentId ? "Your reply is posted." : "Your comment is posted.",
    commentId: result.id,
    values: { body: "", spoiler: false },
  };
}

export async function editComment(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  const values = commentValues(formData);
  if (!viewer) return { ok: false, message: "Sign in to edit your comments.", values };
  const parsed = editCommentSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "Your comment needs a change.", values);
  const { reviewId, commentId, body, spoiler } = parsed.data;
  const review = await findLiveReview(reviewId);
  const saved =
    review &&
    (await data.editComment({
      commentId,
      reviewId,
      authorId: viewer.id,
      body,
      isSpoiler: spoiler,
    }));
  if (!review || !saved) {
    return { ok: false, message: "You can only edit your own comments.", values };
  }
  revalidate();
  return { ok: true, message: "Your changes are saved.", commentId, values: { body, spoiler } };
}

export async function deleteComment(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to delete your comments." };
  const parsed = commentRefSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "That comment could not be found.");
  const { reviewId, commentId } = parsed.data;
  const review = await findLiveReview(reviewId);
  const deleted =
    review && (await data.deleteComment({ commentId, reviewId, authorId: viewer.id }));
  if (!review || !deleted) return { ok: false, message: "You can only delete your own comments." };
  revalidate();
  return { ok: true, message: "Your comment is deleted.", commentId };
}

export async function toggleLike(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to like comments." };
  const parsed = likeSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "That comment could not be found.");
  const { reviewId, commentId, like } = parsed.data;
  const review = await findLiveReview(reviewId);
  const result =
    review && (await data.setCommentLike({ commentId, reviewId, userId: viewer.id, liked: like }));
  if (!review || !result) return { ok: false, message: GONE };
  revalidate();
  return { ok: true, message: "", commentId, ...result };
}

export async function reportComment(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  const values = { reason: text(formData, "reason"), details: text(formData, "details") };
  if (!viewer) return { ok: false, message: "Sign in to report comments.", values };
  const parsed = reportSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "Your report needs a change.", values);
  const { reviewId, commentId, reason, details } = parsed.data;
  const review = await findLiveReview(reviewId);
  const result = review
    ? await data.reportComment({
        commentId,
        reviewId,
        reporterId: viewer.id,
        reason: details ? `${reason}: ${details}` : reason,
      })
    : "not-found";
  if (!review || result === "not-found") {
    return { ok: false, message: "This comment cannot be reported.", values };
  }
  revalidate();
  return {
    ok: true,
    message:
      result === "reported"
        ? "Thank you. The moderators will take a look."
        : "You have already reported this comment.",
    commentId,
  };
}

export async function withdrawReport(_prev: State, formData: FormData): Promise<State> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to manage your reports." };
  const parsed = commentRefSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error, "That report could not be found.");
  const { reviewId, commentId } = parsed.data;
  const review = await findLiveReview(reviewId);
  const withdrawn = review && (await data.withdrawReport({ commentId, reporterId: viewer.id }));
  if (!review || !withdrawn) {
    return { ok: false, message: "You have no open report on this comment to withdraw." };
  }
  revalidate();
  return { ok: true, message: "Your report is withdrawn.", commentId };
}

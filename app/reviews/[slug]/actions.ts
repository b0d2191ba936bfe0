"use server";

import { readerAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { now as clockNow } from "@/db/clock.mjs";
import { mustVerifyEmail } from "@/db/queries/auth-tokens";
import * as data from "@/db/queries/comment-writes";
import { VERIFY_TO_COMMENT } from "@/lib/auth/mail-messages";
import { rateLimitMessage, safeTimeZone } from "@/lib/comment-rules";
import {
  commentRefSchema,
  editCommentSchema,
  likeSchema,
  postCommentSchema,
  reportSchema,
} from "@/lib/comment-schemas";

// The data layer checks, in the SQL of each write, that the comment is the caller's own (where it
// must be) and that it is on a live review; a refusal there changes nothing.

const GONE = "This comment is no longer available. Reload the page to see the latest discussion.";
const NEEDS_CHANGE = "Your comment needs a change.";
const OWN_COMMENT = "You cannot like your own comment.";

export const postComment = readerAction(
  { schema: postCommentSchema, refused: "Sign in to join the discussion.", invalid: NEEDS_CHANGE },
  async ({ reviewId, parentId, body, spoiler, key }, { viewer, form }) => {
    if (await mustVerifyEmail(viewer.id)) return { ok: false, message: VERIFY_TO_COMMENT };
    const now = clockNow();
    const result = await data.createComment({
      reviewId,
      authorId: viewer.id,
      body,
      isSpoiler: spoiler,
      parentId,
      idempotencyKey: key,
      now,
    });
    if (!result.ok) {
      if (result.reason === "rate-limited") {
        return {
          ok: false,
          code: "rate-limited",
          message: rateLimitMessage(result.limit, now, safeTimeZone(form.get("tz"))),
        };
      }
      return { ok: false, message: parentId ? GONE : "This review is not open for comments." };
    }
    // Said of the comment as stored: a repeat of its key answers with it, whatever else it sent.
    return {
      ok: true,
      message: result.parentId ? "Your reply is posted." : "Your comment is posted.",
      data: { commentId: result.id },
      touched: writes.commentPosted({ reviewId: result.reviewId, authorId: viewer.id }),
      values: { body: "" },
    };
  },
);

export const editComment = readerAction(
  { schema: editCommentSchema, refused: "Sign in to edit your comments.", invalid: NEEDS_CHANGE },
  async ({ reviewId, commentId, body, spoiler }, { viewer }) => {
    const saved = await data.editComment({
      commentId,
      reviewId,
      authorId: viewer.id,
      body,
      isSpoiler: spoiler,
    });
    if (!saved) return { ok: false, message: "You can only edit your own comments." };
    return {
      ok: true,
      message: "Your changes are saved.",
      touched: writes.commentEdited({ reviewId, authorId: viewer.id }),
    };
  },
);

export const deleteComment = readerAction(
  { schema: commentRefSchema, refused: "Sign in to delete your comments." },
  async ({ reviewId, commentId }, { viewer }) => {
    const deleted = await data.deleteComment({ commentId, reviewId, authorId: viewer.id });
    if (!deleted) return { ok: false, message: "You can only delete your own comments." };
    return {
      ok: true,
      message: "Your comment is deleted.",
      touched: writes.commentDeleted({ reviewId, authorId: viewer.id }),
    };
  },
);

export const toggleLike = readerAction(
  { schema: likeSchema, refused: "Sign in to like comments." },
  async ({ reviewId, commentId, like }, { viewer }) => {
    const result = await data.setCommentLike({
      commentId,
      reviewId,
      userId: viewer.id,
      liked: like,
    });
    if (!result) return { ok: false, code: "gone", message: GONE };
    if (result === "own") return { ok: false, message: OWN_COMMENT };
    return { ok: true, message: "", data: result, touched: writes.commentLiked({ reviewId }) };
  },
);

// Reports are the reader's own business until the moderators look: no public page changes.

export const reportComment = readerAction(
  {
    schema: reportSchema,
    refused: "Sign in to report comments.",
    invalid: "Your report needs a change.",
  },
  async ({ reviewId, commentId, reason, details }, { viewer }) => {
    const result = await data.reportComment({
      commentId,
      reviewId,
      reporterId: viewer.id,
      reason: details ? `${reason}: ${details}` : reason,
    });
    if (result === "not-found") return { ok: false, message: "This comment cannot be reported." };
    return {
      ok: true,
      message:
        result === "reported"
          ? "Thank you. The moderators will take a look."
          : "You have already reported this comment.",
    };
  },
);

export const withdrawReport = readerAction(
  { schema: commentRefSchema, refused: "Sign in to manage your reports." },
  async ({ commentId }, { viewer }) => {
    const withdrawn = await data.withdrawReport({ commentId, reporterId: viewer.id });
    if (!withdrawn) {
      return { ok: false, message: "You have no open report on this comment to withdraw." };
    }
    return { ok: true, message: "Your report is withdrawn." };
  },
);

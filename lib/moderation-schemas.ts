import { z } from "zod";
import { asArray } from "./action-state";
import { BAN_REASON_MAX_LENGTH, MAX_BULK, NOTHING_SELECTED } from "./moderation";

// The moderation forms' schemas, for the server: the browser gets the rules, never zod.

const commentId = z.coerce.number({ error: "That is not a comment." }).int().positive();

export const bulkCommentsSchema = z.object({
  commentIds: z.preprocess(
    asArray,
    z
      .array(commentId)
      .min(1, NOTHING_SELECTED)
      .max(MAX_BULK, `Select at most ${MAX_BULK} comments at a time.`),
  ),
});

const reason = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(BAN_REASON_MAX_LENGTH, `Keep the reason under ${BAN_REASON_MAX_LENGTH} characters.`);

const userId = z.string({ error: "Missing reader." }).min(1, "Missing reader.").max(64);

export const banSchema = z.object({
  userId,
  reason: reason("Give a reason; the reader will see it."),
});

export const unbanSchema = z.object({
  userId,
  reason: reason("Say why the ban is lifted; it goes in the audit log."),
});

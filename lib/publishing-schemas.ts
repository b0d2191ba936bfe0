import { z } from "zod";

const reviewId = z.coerce.number().int().positive("Pick a review");

/** When to publish: "now", "next" (the next free slot), or the ISO time of a given slot. */
export const publishReviewSchema = z.object({
  reviewId,
  when: z.union([
    z.enum(["now", "next"]),
    z.iso.datetime({ message: "Pick a slot from the list" }),
  ]),
  /** Sent once the admin confirmed that the review shares its week with another. */
  shareWeek: z.literal("yes").optional(),
});

export const unpublishReviewSchema = z.object({ reviewId });

export const deleteReviewSchema = z.object({
  reviewId,
  confirm: z.literal("delete", { message: "Press “Delete for good” to confirm." }),
});

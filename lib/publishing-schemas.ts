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

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The weekly slot (Admin → Settings): a weekday 0–6, HH:MM and an IANA time zone. */
export const weeklySlotSchema = z.object({
  weekday: z.coerce.number().int().min(0, "Pick a weekday").max(6, "Pick a weekday"),
  time: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Give a time as HH:MM, from 00:00 to 23:59"),
  timeZone: z
    .string()
    .trim()
    .refine(isTimeZone, "Give a time zone such as Europe/London or America/New_York"),
});

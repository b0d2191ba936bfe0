"use server";

import { adminAction } from "@/auth/action";
import { writes } from "@/cache/tags";
import { now as clockNow } from "@/db/clock.mjs";
import * as schedule from "@/db/queries/review-schedule";
import {
  deleteReviewSchema,
  publishReviewSchema,
  unpublishReviewSchema,
} from "@/lib/publishing-schemas";
import type { Placement } from "@/lib/review-status";
import { weekStart } from "@/lib/series-weeks";
import { formatSlot, isSlotTime, slotsAfter, type WeeklySlot } from "@/lib/weekly-slot";

const GONE = "That review no longer exists. Reload the dashboard.";

/** Asked first: the reviews already going out that week. Done: where the review now stands. */
export type PublishData = { shareWith?: string[]; placed?: Placement };

/** The headlines of the other reviews that go out in the week of `at`. */
async function othersInWeek(slot: WeeklySlot, at: Date, reviewId: number): Promise<string[]> {
  const start = weekStart(slot, at);
  const [end] = slotsAfter(slot, start, 1);
  const reviews = await schedule.getReviewsBetween(start, end!);
  return reviews.filter((other) => other.id !== reviewId).map((other) => other.headline);
}

export const publishReview = adminAction(
  { schema: publishReviewSchema },
  async ({ reviewId, when, shareWeek }, { viewer }) => {
    const now = clockNow();
    const [review, next] = await Promise.all([
      schedule.getReviewForScheduling(reviewId),
      schedule.getNextFreeSlot(now, reviewId),
    ]);
    if (!review) return { ok: false, code: "gone", message: GONE };
    const { slot } = next;
    let at: Date;
    if (when === "now") at = now;
    else if (when === "next") at = next.at;
    else {
      at = new Date(when);
      if (!isSlotTime(slot, at) || at <= now) {
        return { ok: false, message: "Pick one of the coming slots from the list." };
      }
    }
    // The next free slot is in a week no other review holds; any other time may share one.
    const shareWith = when === "next" ? [] : await othersInWeek(slot, at, reviewId);
    const label = when === "now" ? "now" : formatSlot(at, slot.timeZone);
    if (shareWith.length > 0 && !shareWeek) {
      const names = shareWith.map((h) => `“${h}”`).join(" and ");
      return {
        ok: false,
        message: `${names} already goes out that week. Publish “${review.headline}” in the same week anyway?`,
        data: { shareWith } as PublishData,
      };
    }
    const status = await schedule.setReviewTime({
      reviewId,
      actorId: viewer.id,
      headline: review.headline,
      at,
      now,
      slot,
      summary: when === "now" ? "published now" : `scheduled for ${label}`,
    });
    const placed: Placement = {
      state: status === "published" ? "live" : "scheduled",
      at: formatSlot(at, slot.timeZone),
    };
    return {
      ok: true,
      message:
        status === "published"
          ? `“${review.headline}” is published.`
          : `“${review.headline}” is scheduled for ${label} (${slot.timeZone}).`,
      data: { placed } as PublishData,
      touched: writes.reviewPublished({ reviewId }),
    };
  },
);

export const unpublishReview = adminAction(
  { schema: unpublishReviewSchema },
  async ({ reviewId }, { viewer }) => {
    const review = await schedule.getReviewForScheduling(reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
    await schedule.unpublishReview({
      reviewId,
      actorId: viewer.id,
      headline: review.headline,
      now: clockNow(),
    });
    return {
      ok: true,
      message: `“${review.headline}” is a draft again.`,
      touched: writes.reviewPublished({ reviewId }),
    };
  },
);

export const deleteReview = adminAction(
  { schema: deleteReviewSchema, invalid: "Confirm the deletion first." },
  async ({ reviewId }, { viewer }) => {
    const review = await schedule.getReviewForScheduling(reviewId);
    if (!review) return { ok: false, code: "gone", message: GONE };
    await schedule.deleteReview({
      reviewId,
      actorId: viewer.id,
      headline: review.headline,
      soundtrackId: review.soundtrackId,
    });
    return {
      ok: true,
      message: `“${review.headline}” is deleted.`,
      touched: writes.reviewPublished({ reviewId }),
    };
  },
);

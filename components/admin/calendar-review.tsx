import Link from "next/link";
import type { CalendarReview } from "@/db/queries/review-schedule";
import { placementOf } from "@/lib/review-status";
import { weekLabel } from "@/lib/series-weeks";
import { EditReviewLink } from "./edit-review-link";
import { ScheduleControl, type SlotOption } from "./schedule-control";
import { UnpublishButton } from "./unpublish-button";

type Props = {
  review: CalendarReview;
  /** 2 for the second review to go out in its week. */
  place: number;
  timeZone: string;
  slots: SlotOption[];
  now: Date;
};

/** A review on the calendar: what it is, when it goes out, and what can be done with it. */
export function CalendarReviewRow({ review, place, timeZone, slots, now }: Props) {
  const placement = placementOf(review, now, timeZone);
  const live = placement.state === "live";
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">
          {live ? <Link href={`/reviews/${review.slug}`}>{review.headline}</Link> : review.headline}
        </p>
        <p className="text-sm text-muted dark:text-night-muted">
          {review.filmTitle}
          {review.weekNumber !== null && ` · ${weekLabel(review.weekNumber, place)}`} ·{" "}
          {live ? "Live since " : "Scheduled for "}
          {placement.state !== "draft" && placement.at}
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-2 sm:max-w-sm">
        {!live && (
          <ScheduleControl
            reviewId={review.id}
            headline={review.headline}
            slots={slots}
            verb="Reschedule"
          />
        )}
        <EditReviewLink reviewId={review.id} headline={review.headline} />
        <UnpublishButton reviewId={review.id} headline={review.headline} />
      </div>
    </div>
  );
}

import type { CalendarReview } from "@/db/queries/review-schedule";
import type { CalendarWeek } from "@/lib/calendar";
import { formatSlot } from "@/lib/weekly-slot";
import { CalendarReviewRow } from "./calendar-review";
import type { SlotOption } from "./schedule-control";

type Props = {
  weeks: CalendarWeek<CalendarReview>[];
  timeZone: string;
  slots: SlotOption[];
  now: Date;
};

const badges = { this: "This week", next: "Next week" } as const;

/** The weekly calendar: past weeks, this week and the coming ones, each with its reviews. */
export function WeekList({ weeks, timeZone, slots, now }: Props) {
  return (
    <ol className="divide-y divide-stone-300 rounded-lg border border-stone-300 dark:divide-stone-700 dark:border-stone-700">
      {weeks.map((week) => (
        <li
          key={week.day}
          aria-label={`Week of ${formatSlot(week.slot, timeZone)}`}
          className={`p-4 ${week.when === "this" ? "bg-accent-soft/40 dark:bg-stone-900" : ""}`}
        >
          <p className="flex flex-wrap items-center gap-2 text-sm text-muted dark:text-night-muted">
            <span>{formatSlot(week.slot, timeZone)}</span>
            {(week.when === "this" || week.when === "next") && (
              <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-ink dark:bg-stone-700 dark:text-night-ink">
                {badges[week.when]}
              </span>
            )}
            {week.reviews.length > 1 && (
              <span className="text-xs font-medium text-red-700 dark:text-red-400">
                {week.reviews.length} reviews share this week
              </span>
            )}
          </p>
          {week.reviews.length === 0 ? (
            <p className="mt-1 text-sm italic">
              {week.when === "past" ? "Nothing went out." : "Empty slot"}
            </p>
          ) : (
            <ul className="mt-2 space-y-3">
              {week.reviews.map((review, i) => (
                <li key={review.id}>
                  <CalendarReviewRow
                    review={review}
                    place={i + 1}
                    timeZone={timeZone}
                    slots={slots}
                    now={now}
                  />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

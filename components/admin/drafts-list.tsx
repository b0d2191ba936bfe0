import type { CalendarReview } from "@/db/queries/review-schedule";
import { formatDate } from "@/lib/format";
import { DeleteReview } from "./delete-review";
import { EditReviewLink } from "./edit-review-link";
import { ScheduleControl, type SlotOption } from "./schedule-control";

/** The drafts, each ready to schedule, publish or delete. */
export function DraftsList({ drafts, slots }: { drafts: CalendarReview[]; slots: SlotOption[] }) {
  if (drafts.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-400 p-6 text-center text-muted dark:border-stone-600 dark:text-night-muted">
        No drafts. Import one with <code>npm run reviews:import -- file.md</code>.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-300 rounded-lg border border-stone-300 dark:divide-stone-700 dark:border-stone-700">
      {drafts.map((draft) => (
        <li
          key={draft.id}
          className="flex flex-col gap-3 p-4 lg:flex-row lg:items-start lg:justify-between"
        >
          <div className="min-w-0">
            <p className="font-medium">{draft.headline}</p>
            <p className="text-sm text-muted dark:text-night-muted">
              {draft.filmTitle} · edited {formatDate(draft.updatedAt)}
            </p>
          </div>
          <div className="flex flex-wrap items-start gap-2 lg:max-w-md">
            <EditReviewLink reviewId={draft.id} headline={draft.headline} />
            <ScheduleControl
              reviewId={draft.id}
              headline={draft.headline}
              slots={slots}
              verb="Schedule"
            />
            <DeleteReview reviewId={draft.id} headline={draft.headline} film={draft.filmTitle} />
          </div>
        </li>
      ))}
    </ul>
  );
}

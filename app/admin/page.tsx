import Link from "next/link";
import { requireAdmin } from "@/auth/admin";
import { compactButtonClass } from "@/components/forms/button-styles";
import { DraftsList } from "@/components/admin/drafts-list";
import { Glance } from "@/components/admin/glance";
import { WeekList } from "@/components/admin/week-list";
import { now as clockNow } from "@/db/clock.mjs";
import { getDashboardCounts } from "@/db/queries/dashboard";
import { getDrafts, getReviewsBetween } from "@/db/queries/review-schedule";
import { getWeeklySlot } from "@/db/queries/settings";
import { calendarWeeks } from "@/lib/calendar";
import { comingSlots, formatSlot, WEEKDAYS } from "@/lib/weekly-slot";

export default async function DashboardPage() {
  await requireAdmin();
  const now = clockNow();
  const slot = await getWeeklySlot();
  const calendar = calendarWeeks(slot, now);
  const [reviews, drafts, counts] = await Promise.all([
    getReviewsBetween(calendar.from, calendar.to),
    getDrafts(),
    getDashboardCounts(calendar.thisWeek),
  ]);
  const weeks = calendar.place(reviews);
  const nextWeek = weeks.find((w) => w.when === "next")!;
  const slots = comingSlots(slot, now);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="font-serif text-3xl font-semibold">Dashboard</h1>
          <Link href="/admin/reviews/new" className={compactButtonClass}>
            New review
          </Link>
        </div>
        <p className="text-muted dark:text-night-muted">
          Reviews go out {WEEKDAYS[slot.weekday]}s at {slot.time} ({slot.timeZone}).{" "}
          <Link href="/admin/settings">Change the weekly slot</Link>
        </p>
      </header>
      {nextWeek.reviews.length === 0 && (
        <p
          role="status"
          className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          Next week’s slot, {formatSlot(nextWeek.slot, slot.timeZone)}, is still empty.
          {drafts.length > 0 ? " Schedule one of the drafts below." : ""}
        </p>
      )}
      <section aria-labelledby="glance-heading" className="space-y-3">
        <h2 id="glance-heading" className="font-serif text-xl font-semibold">
          At a glance
        </h2>
        <Glance counts={counts} />
      </section>
      <section aria-labelledby="calendar-heading" className="space-y-3">
        <h2 id="calendar-heading" className="font-serif text-xl font-semibold">
          Weekly calendar
        </h2>
        <WeekList weeks={weeks} timeZone={slot.timeZone} slots={slots} now={now} />
      </section>
      <section aria-labelledby="drafts-heading" className="space-y-3">
        <h2 id="drafts-heading" className="font-serif text-xl font-semibold">
          Drafts
        </h2>
        <DraftsList drafts={drafts} slots={slots} />
      </section>
    </div>
  );
}

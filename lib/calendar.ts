import { goingLiveOrder } from "./series-weeks";
import { slotAtOrBefore, slotDay, slotsAfter, weekOf, type WeeklySlot } from "./weekly-slot";

export type CalendarWeek<R> = {
  /** The slot that opens the week. */
  slot: Date;
  /** The slot's local date, which names the week: "2026-12-01". */
  day: string;
  when: "past" | "this" | "next" | "later";
  /** In the order they go live: the second is the week's second review. */
  reviews: R[];
};

export const WEEKS_BACK = 4;
export const WEEKS_AHEAD = 8;
/** The weeks after the past ones that the calendar names; the rest are "later". */
const NAMED_WEEKS = ["this", "next"] as const;

/** The weeks around `now`: WEEKS_BACK before this one, this one, WEEKS_AHEAD after. */
export function calendarWeeks(slot: WeeklySlot, now: Date) {
  const thisWeek = slotAtOrBefore(slot, now);
  const starts = [thisWeek];
  while (starts.length <= WEEKS_BACK) {
    starts.unshift(slotAtOrBefore(slot, new Date(starts[0]!.getTime() - 1)));
  }
  const ahead = slotsAfter(slot, now, WEEKS_AHEAD);
  const all = [...starts, ...ahead];
  return {
    from: all[0]!,
    to: slotsAfter(slot, all[all.length - 1]!, 1)[0]!,
    /** The slot that opened this week. */
    thisWeek,
    /** Places each review in the week its time falls in (lib/series-weeks.ts). */
    place<R extends { id: number; publishedAt: Date | null }>(reviews: R[]): CalendarWeek<R>[] {
      const byWeek = new Map<string, R[]>();
      for (const review of [...reviews].sort(goingLiveOrder)) {
        if (!review.publishedAt) continue;
        const day = weekOf(slot, review.publishedAt);
        byWeek.set(day, [...(byWeek.get(day) ?? []), review]);
      }
      return all.map((start, i) => {
        const day = slotDay(start, slot.timeZone);
        const when = i < WEEKS_BACK ? "past" : (NAMED_WEEKS[i - WEEKS_BACK] ?? "later");
        return { slot: start, day, when, reviews: byWeek.get(day) ?? [] };
      });
    },
  };
}

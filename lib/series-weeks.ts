import { slotAtOrBefore, slotDay, type WeeklySlot } from "./weekly-slot";

/*
 * The one rule for the series' weeks (README, "Weeks"), used by the calendar, the publishing
 * actions, the import, the seed, the review page and its neighbours:
 *
 * - A review belongs to the week opened by the latest slot at or before the time it goes live.
 * - Its week number counts slot weeks on from a review that already has one (the series' first
 *   review is week 1): a week with nothing in it still counts, so "Week 12" is always the twelfth
 *   week of the series. A review before week one has none.
 * - Every review in a week carries that week's number; the second to go live that week says so.
 * - Reviews follow one another in the order they go live (time, then id): the previous and next
 *   review are the neighbours in that order, whatever weeks lie between.
 */

const WEEK_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The slot that opened the week `at` falls in. */
export function weekStart(slot: WeeklySlot, at: Date): Date {
  return slotAtOrBefore(slot, at);
}

/**
 * Whole weeks from the week holding `from` to the week holding `to` (negative when earlier),
 * counted by the local dates of the slots that opened them, so a clock change is never half a week.
 */
export function weeksBetween(slot: WeeklySlot, from: Date, to: Date): number {
  const day = (at: Date) => Date.parse(slotDay(weekStart(slot, at), slot.timeZone));
  return Math.round((day(to) - day(from)) / (WEEK_DAYS * DAY_MS));
}

/** A review that already has its week number: the count goes on from it. */
export type NumberedReview = { publishedAt: Date; weekNumber: number };

/** The series' first week. */
export const FIRST_WEEK = 1;

/** The week number of a review going live at `at`; the first week when no review has one yet. */
export function weekNumberAt(
  slot: WeeklySlot,
  numbered: NumberedReview | undefined,
  at: Date,
): number | null {
  if (!numbered) return FIRST_WEEK;
  const week = numbered.weekNumber + weeksBetween(slot, numbered.publishedAt, at);
  return week >= FIRST_WEEK ? week : null;
}

type OnCalendar = { id: number; publishedAt: Date | null };

/** The order reviews go live in: by time, then by id for two at the same moment; drafts first. */
export function goingLiveOrder(a: OnCalendar, b: OnCalendar): number {
  const time = (r: OnCalendar) => r.publishedAt?.getTime() ?? -Infinity;
  return time(a) - time(b) || a.id - b.id;
}

/** Whether two moments fall in the same week of the series. */
export function inSameWeek(slot: WeeklySlot, a: Date, b: Date): boolean {
  return weeksBetween(slot, a, b) === 0;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth"];

/** "Week 12", or "Week 12, second review" for the second to go live that week. */
export function weekLabel(weekNumber: number, place = 1): string {
  if (place <= 1) return `Week ${weekNumber}`;
  return `Week ${weekNumber}, ${ORDINALS[place - 1] ?? `${place}th`} review`;
}

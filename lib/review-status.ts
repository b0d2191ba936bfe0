import { formatSlot } from "./weekly-slot";

type Placed = { status: "draft" | "scheduled" | "published"; publishedAt: Date | null };

/** On the site at `now`: published, or scheduled and its time has come (as db/queries/live.ts). */
export function isLiveAt(review: Placed, now: Date): boolean {
  return review.status !== "draft" && review.publishedAt !== null && review.publishedAt <= now;
}

/** Where a review stands, as the editor says it: a draft, scheduled, or live since a moment. */
export type Placement =
  | { state: "draft" }
  /** `at` in the slot's zone: "Tuesday 1 December 2026, 09:00". */
  | { state: "scheduled" | "live"; at: string };

export function placementOf(review: Placed, now: Date, timeZone: string): Placement {
  if (review.status === "draft" || review.publishedAt === null) return { state: "draft" };
  const at = formatSlot(review.publishedAt, timeZone);
  return { state: isLiveAt(review, now) ? "live" : "scheduled", at };
}

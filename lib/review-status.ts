type Placed = { status: "draft" | "scheduled" | "published"; publishedAt: Date | null };

/** On the site at `now`: published, or scheduled and its time has come (as db/queries/live.ts). */
export function isLiveAt(review: Placed, now: Date): boolean {
  return review.status !== "draft" && review.publishedAt !== null && review.publishedAt <= now;
}

import "server-only";
import { and, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { now } from "../clock.mjs";
import { reviews } from "../schema";

/** A review is live once it is published, or scheduled and its time has come. */
export function isLive() {
  return and(
    inArray(reviews.status, ["published", "scheduled"]),
    isNotNull(reviews.publishedAt),
    lte(reviews.publishedAt, now()),
  );
}

/**
 * The same test for a query that starts from another table (a reader's scores): the unary plus
 * keeps SQLite from walking every live review through reviews_status_published_at_idx instead
 * of looking each one up by its key.
 */
export function isLiveRow() {
  const seconds = Math.floor(now().getTime() / 1000);
  return sql`+${reviews.status} IN ('published', 'scheduled') AND +${reviews.publishedAt} <= ${seconds}`;
}

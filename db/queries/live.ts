import "server-only";
import { and, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { reviews } from "../schema";

/** A review is live once it is published, or scheduled and its time has come. */
export function isLive() {
  return and(
    inArray(reviews.status, ["published", "scheduled"]),
    isNotNull(reviews.publishedAt),
    lte(reviews.publishedAt, sql`(unixepoch())`),
  );
}

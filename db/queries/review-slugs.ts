import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "..";
import { reviews, reviewSlugRedirects } from "../schema";
import { isLive } from "./live";

/** The live review that had this address before, with the one it has now. */
export async function getMovedReview(slug: string) {
  const [row] = await getDb()
    .select({ id: reviews.id, slug: reviews.slug })
    .from(reviewSlugRedirects)
    .innerJoin(reviews, eq(reviews.id, reviewSlugRedirects.reviewId))
    .where(and(eq(reviewSlugRedirects.slug, slug), isLive()));
  return row;
}

import { expect, type APIRequestContext } from "@playwright/test";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { reviews, soundtracks } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { e2eDb, type TestReader } from "./database";

export type LiveReview = {
  reviewId: number;
  slug: string;
  soundtrackId: number;
  soundtrackSlug: string;
  film: string;
};

/** Long-published reviews of the seed catalogue, oldest first: `limit` of them after `skip`. */
export async function liveReviews({ limit = 6, skip = 0 } = {}): Promise<LiveReview[]> {
  return e2eDb()
    .select({
      reviewId: reviews.id,
      slug: reviews.slug,
      soundtrackId: reviews.soundtrackId,
      soundtrackSlug: soundtracks.slug,
      film: soundtracks.filmTitle,
    })
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(and(eq(reviews.status, "published"), isNotNull(reviews.publishedAt)))
    .orderBy(asc(reviews.publishedAt), asc(reviews.id))
    .limit(limit)
    .offset(skip);
}

/** The reader scores the soundtrack through the site's own action, as the review's form sends it. */
export async function scoreAs(
  request: APIRequestContext,
  reader: TestReader,
  live: Pick<LiveReview, "slug" | "soundtrackId">,
  value: string,
) {
  const { state } = await callAction(request, {
    url: `/reviews/${live.slug}`,
    actionId: actionId("app/reviews/[slug]/score-actions.ts", "saveScore"),
    fields: { slug: live.slug, soundtrackId: String(live.soundtrackId), score: value },
    cookie: await sessionCookie(reader.id),
  });
  expect(state?.status).toBe("ok");
}

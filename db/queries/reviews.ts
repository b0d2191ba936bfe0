import "server-only";
import { cache } from "react";
import { and, asc, count, desc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import { getDb } from "..";
import { listeningLinks, reviews, soundtrackComposers, soundtracks, tracks } from "../schema";
import { isLive } from "./live";

const composersInOrder = {
  orderBy: asc(soundtrackComposers.position),
  with: { composer: true as const },
};

/** The cards of these reviews (the caller found them live), in the order given. */
export async function getReviewCards(ids: readonly number[]) {
  if (ids.length === 0) return [];
  const cards = await getDb().query.reviews.findMany({
    columns: {
      id: true,
      slug: true,
      headline: true,
      summary: true,
      criticScore: true,
      publishedAt: true,
      weekNumber: true,
    },
    where: inArray(reviews.id, [...ids]),
    with: { soundtrack: { with: { composers: composersInOrder } } },
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Live reviews as cards, newest first. The page of ids is found first, from the indexes alone,
 * and only those reviews are then read with their soundtrack and composers: a deep page of the
 * archive skips thousands of ids, not thousands of cards.
 */
export async function getLiveReviewPage(page: number, pageSize: number) {
  const rows = await getDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(isLive())
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return getReviewCards(rows.map((r) => r.id));
}

export type ReviewCard = Awaited<ReturnType<typeof getLiveReviewPage>>[number];

/** A review with all its page shows: author, soundtrack, composers, tracks and listening links. */
async function findReviewDetail(where: SQL | undefined) {
  const db = getDb();
  const review = await db.query.reviews.findFirst({
    where,
    with: {
      author: { columns: { name: true } },
      soundtrack: {
        with: {
          composers: composersInOrder,
          tracks: { orderBy: [asc(tracks.disc), asc(tracks.position)] },
        },
      },
    },
  });
  if (!review) return undefined;
  const links = await db
    .select({
      id: listeningLinks.id,
      trackId: listeningLinks.trackId,
      label: listeningLinks.label,
      url: listeningLinks.url,
    })
    .from(listeningLinks)
    .where(eq(listeningLinks.soundtrackId, review.soundtrackId))
    .orderBy(asc(listeningLinks.position));
  return { ...review, listeningLinks: links };
}

/** Cached per request: the layout's 404 check, the metadata and the page share one query. */
export const getLiveReviewBySlug = cache(async (slug: string) =>
  findReviewDetail(and(eq(reviews.slug, slug), isLive())),
);

/** Any review, live or not, for its preview. */
export function getReviewDetail(reviewId: number) {
  return findReviewDetail(eq(reviews.id, reviewId));
}

export type ReviewDetail = NonNullable<Awaited<ReturnType<typeof getLiveReviewBySlug>>>;

/** The reviews on one side of `review` in the order reviews go live (time, then id). */
function goingLive(side: "before" | "after", review: { id: number; publishedAt: Date }) {
  const at = Math.floor(review.publishedAt.getTime() / 1000);
  return side === "before"
    ? sql`(${reviews.publishedAt}, ${reviews.id}) < (${at}, ${review.id})`
    : sql`(${reviews.publishedAt}, ${reviews.id}) > (${at}, ${review.id})`;
}

/**
 * The review's place among the live reviews of the week `weekStart` opened, in the order they
 * went live: 1 for the week's first, 2 for a second review that week.
 */
export async function getPlaceInWeek(
  review: { id: number; publishedAt: Date | null },
  weekStart: Date,
): Promise<number> {
  if (!review.publishedAt) return 1;
  const [row] = await getDb()
    .select({ n: count() })
    .from(reviews)
    .where(
      and(
        isLive(),
        gte(reviews.publishedAt, weekStart),
        goingLive("before", { id: review.id, publishedAt: review.publishedAt }),
      ),
    );
  return (row?.n ?? 0) + 1;
}

export type WeekNeighbour = {
  slug: string;
  publishedAt: Date | null;
  weekNumber: number | null;
  soundtrackSlug: string;
  filmTitle: string;
  filmYear: number | null;
  isSample: boolean;
};

/**
 * The live reviews just before and just after this one in the order reviews go live (time, then
 * id for two at the same moment): each one step along reviews_status_published_at_idx.
 */
export async function getWeekNeighbours(review: {
  id: number;
  publishedAt: Date | null;
}): Promise<{ previous?: WeekNeighbour; next?: WeekNeighbour }> {
  if (!review.publishedAt) return {};
  const db = getDb();
  const self = { id: review.id, publishedAt: review.publishedAt };
  const neighbour = (before: boolean) =>
    db
      .select({
        slug: reviews.slug,
        publishedAt: reviews.publishedAt,
        weekNumber: reviews.weekNumber,
        soundtrackSlug: soundtracks.slug,
        filmTitle: soundtracks.filmTitle,
        filmYear: soundtracks.filmYear,
        isSample: soundtracks.isSample,
      })
      .from(reviews)
      .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
      .where(and(isLive(), goingLive(before ? "before" : "after", self)))
      .orderBy(
        ...(before
          ? [desc(reviews.publishedAt), desc(reviews.id)]
          : [asc(reviews.publishedAt), asc(reviews.id)]),
      )
      .limit(1);
  const [[previous], [next]] = await Promise.all([neighbour(true), neighbour(false)]);
  return { previous, next };
}

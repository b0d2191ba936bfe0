import "server-only";
import { cache } from "react";
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "..";
import type { Database } from "../client";
import { listeningLinks, reviews, soundtrackComposers, tracks } from "../schema";
import { isLive, isLiveRow } from "./live";

const composersInOrder = {
  orderBy: asc(soundtrackComposers.position),
  with: { composer: true as const },
};

type CardOptions = { limit?: number; offset?: number; live?: () => SQL | undefined };

/**
 * Live reviews as cards, newest first. The page of ids is found first, from the indexes alone,
 * and only those reviews are then read with their soundtrack and composers: a deep page of the
 * archive skips thousands of ids, not thousands of cards.
 */
async function findReviewCards(
  filter: (db: Database) => SQL | undefined,
  { limit = -1, offset = 0, live = isLive }: CardOptions = {},
) {
  const db = getDb();
  const page = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(live(), filter(db)))
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit)
    .offset(offset);
  if (page.length === 0) return [];
  const cards = await db.query.reviews.findMany({
    columns: {
      id: true,
      slug: true,
      headline: true,
      summary: true,
      criticScore: true,
      publishedAt: true,
      weekNumber: true,
    },
    where: inArray(
      reviews.id,
      page.map((r) => r.id),
    ),
    with: { soundtrack: { with: { composers: composersInOrder } } },
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  return page.flatMap((r) => byId.get(r.id) ?? []);
}

export function getLiveReviewPage(page: number, pageSize: number) {
  return findReviewCards(() => undefined, { limit: pageSize, offset: (page - 1) * pageSize });
}

export type ReviewCard = Awaited<ReturnType<typeof getLiveReviewPage>>[number];

/** Starts from the composer's soundtracks, not from every live review. */
export function getLiveReviewsByComposer(composerId: number) {
  return findReviewCards(
    (db) =>
      inArray(
        reviews.soundtrackId,
        db
          .select({ id: soundtrackComposers.soundtrackId })
          .from(soundtrackComposers)
          .where(eq(soundtrackComposers.composerId, composerId)),
      ),
    { live: isLiveRow },
  );
}

export async function countLiveReviews(): Promise<number> {
  const db = getDb();
  const [row] = await db.select({ n: count() }).from(reviews).where(isLive());
  return row?.n ?? 0;
}

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

export async function getLiveReviewSlugs(): Promise<string[]> {
  const db = getDb();
  const rows = await db.select({ slug: reviews.slug }).from(reviews).where(isLive());
  return rows.map((r) => r.slug);
}

import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "..";
import { composers, reviews, soundtrackComposers } from "../schema";
import { isLive } from "./live";
import { albumOrder, composerNamesInOrder } from "./soundtrack-relations";

/**
 * The latest live reviews with their whole bodies, newest first: the ids come from the
 * (status, published_at) index alone, then only those reviews are read.
 */
export async function getFeedReviews(limit: number) {
  const db = getDb();
  const page = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(isLive())
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(limit);
  if (page.length === 0) return [];
  const rows = await db.query.reviews.findMany({
    columns: {
      id: true,
      slug: true,
      headline: true,
      summary: true,
      body: true,
      publishedAt: true,
      updatedAt: true,
    },
    where: inArray(
      reviews.id,
      page.map((r) => r.id),
    ),
    with: {
      author: { columns: { name: true } },
      soundtrack: {
        columns: {
          filmTitle: true,
          filmYear: true,
          coverImageUrl: true,
          coverAlt: true,
          isSample: true,
        },
        with: {
          composers: composerNamesInOrder,
          // The track list, and the body's links to the tracks it names.
          tracks: {
            columns: { title: true, disc: true, position: true, durationSeconds: true },
            orderBy: albumOrder,
          },
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap((r) => byId.get(r.id) ?? []);
}

/** Every live review's address and dates, for the sitemap: three columns, no bodies. */
export function getSitemapReviews() {
  return getDb()
    .select({ slug: reviews.slug, publishedAt: reviews.publishedAt, updatedAt: reviews.updatedAt })
    .from(reviews)
    .where(isLive())
    .orderBy(desc(reviews.publishedAt));
}

/**
 * The composers with at least one live review, and when the latest of those last changed: a
 * composer whose soundtracks are all drafts has nothing public to list.
 */
export function getSitemapComposers() {
  return getDb()
    .select({
      slug: composers.slug,
      lastModified: sql`max(max(${reviews.updatedAt}, ${reviews.publishedAt}))`.mapWith(
        reviews.updatedAt,
      ),
    })
    .from(reviews)
    .innerJoin(soundtrackComposers, eq(soundtrackComposers.soundtrackId, reviews.soundtrackId))
    .innerJoin(composers, eq(composers.id, soundtrackComposers.composerId))
    .where(isLive())
    .groupBy(composers.id)
    .orderBy(asc(composers.sortName));
}

import "server-only";
import { asc, count, eq, gt, inArray } from "drizzle-orm";
import type { ReviewFile } from "@/lib/review-file";
import { getDb } from "..";
import { coverImages, listeningLinks, reviews } from "../schema";
import { albumOrder, composerNamesInOrder } from "./soundtrack-relations";

export async function getReviewCount(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(reviews);
  return row?.n ?? 0;
}

export const EXPORT_PAGE_SIZE = 200;

/**
 * A review as its file carries it; a cover stored in the database (uploaded in the editor) is
 * named by its soundtrack and type, to be written as a file of its own (getCoverBytes).
 */
export type ExportedReview = ReviewFile & {
  storedCover: { soundtrackId: number; contentType: string } | null;
};

/** The listening links, in order, and the stored covers' types of a page's soundtracks. */
async function linksAndCovers(soundtrackIds: number[]) {
  const db = getDb();
  const [links, covers] = await Promise.all([
    db
      .select({
        soundtrackId: listeningLinks.soundtrackId,
        label: listeningLinks.label,
        url: listeningLinks.url,
        trackId: listeningLinks.trackId,
      })
      .from(listeningLinks)
      .where(inArray(listeningLinks.soundtrackId, soundtrackIds))
      .orderBy(asc(listeningLinks.position), asc(listeningLinks.id)),
    db
      .select({ soundtrackId: coverImages.soundtrackId, contentType: coverImages.contentType })
      .from(coverImages)
      .where(inArray(coverImages.soundtrackId, soundtrackIds)),
  ]);
  const linksOf = new Map<number, typeof links>();
  for (const link of links)
    linksOf.set(link.soundtrackId, [...(linksOf.get(link.soundtrackId) ?? []), link]);
  return { linksOf, coverOf: new Map(covers.map((c) => [c.soundtrackId, c.contentType])) };
}

/** Every review with all its file carries, a page at a time, in the order they were created. */
export async function* getReviewsForExport(
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportedReview[]> {
  const db = getDb();
  for (let after = 0; ;) {
    const rows = await db.query.reviews.findMany({
      where: gt(reviews.id, after),
      orderBy: asc(reviews.id),
      limit: pageSize,
      with: {
        soundtrack: {
          with: {
            composers: composerNamesInOrder,
            tracks: {
              columns: { id: true, disc: true, position: true, title: true, durationSeconds: true },
              orderBy: albumOrder,
            },
          },
        },
      },
    });
    if (rows.length === 0) return;
    const { linksOf, coverOf } = await linksAndCovers(rows.map((r) => r.soundtrackId));
    yield rows.map(({ soundtrack: s, ...r }) => {
      const placeOf = new Map(s.tracks.map((t) => [t.id, { disc: t.disc, position: t.position }]));
      const cover = coverOf.get(s.id);
      return {
        slug: r.slug,
        soundtrackSlug: s.slug,
        headline: r.headline,
        filmTitle: s.filmTitle,
        filmYear: s.filmYear,
        label: s.label,
        albumReleaseDate: s.albumReleaseDate,
        // A stored cover's address is this database's; the file takes its place.
        coverImageUrl: cover ? null : s.coverImageUrl,
        coverFile: null,
        storedCover: cover ? { soundtrackId: s.id, contentType: cover } : null,
        coverAlt: s.coverAlt,
        isSample: s.isSample,
        composers: s.composers.map((c) => c.composer.name),
        tracks: s.tracks.map((t) => ({
          disc: t.disc,
          position: t.position,
          title: t.title,
          durationSeconds: t.durationSeconds,
        })),
        links: (linksOf.get(s.id) ?? []).map((l) => ({
          label: l.label,
          url: l.url,
          track: l.trackId === null ? null : (placeOf.get(l.trackId) ?? null),
        })),
        summary: r.summary,
        body: r.body,
        criticScore: r.criticScore,
        status: r.status,
        publishedAt: r.publishedAt,
        weekNumber: r.weekNumber,
      };
    });
    after = rows[rows.length - 1]!.id;
  }
}

/** The bytes of a soundtrack's stored cover, read one at a time rather than a page at once. */
export async function getCoverBytes(soundtrackId: number): Promise<Buffer | undefined> {
  const [row] = await getDb()
    .select({ bytes: coverImages.bytes })
    .from(coverImages)
    .where(eq(coverImages.soundtrackId, soundtrackId));
  return row?.bytes;
}

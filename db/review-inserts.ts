import { type SQL, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { slugify } from "@/lib/slug";
import type { ReviewFile, ReviewFileLink } from "@/lib/review-file";
import type { ParsedTrack } from "@/lib/track-list";
import { now as clockNow } from "./clock.mjs";
import type { Database } from "./client";
import {
  composers,
  coverImages,
  listeningLinks,
  reviewImages,
  reviews,
  soundtrackComposers,
  soundtracks,
  tracks,
  type CoverImage,
  type ReviewImage,
  type ReviewStatus,
} from "./schema";

export type ComposerRow = { name: string; slug: string; sortName: string };

/**
 * A cover stored in the database with a soundtrack not yet written: its row names the id the
 * soundtrack will be given, since the cover's address is signed with it (db/queries/cover-images).
 */
export type NewCover = { url: string; row: CoverImage };

/** An image of a review's body stored with a review not yet written (db/queries/review-images). */
export type NewBodyImage = { url: string; row: Omit<ReviewImage, "reviewId"> };

/**
 * A soundtrack with its composers, tracks, links, cover and review with its body's images, as the
 * seed and the import write it: a review file's facts, each composer as its row, and the status
 * settled.
 */
export type NewReview = Omit<ReviewFile, "composers" | "status" | "coverFile"> & {
  composers: ComposerRow[];
  status: ReviewStatus;
  cover?: NewCover;
  /** Stored with the review; the body already gives their addresses. */
  images?: NewBodyImage[];
  /** The admin who wrote it in the editor; none for the seed's and imported reviews. */
  authorId?: string;
};

/** "Lorne Balfe" -> { slug: "lorne-balfe", sortName: "Balfe, Lorne" }. */
export function composerRow(name: string): ComposerRow {
  const parts = name.trim().split(/\s+/);
  const last = parts.pop() ?? name;
  return {
    name,
    slug: slugify(name),
    sortName: parts.length ? `${last}, ${parts.join(" ")}` : last,
  };
}

/**
 * The composers (created at `at` when new, found by slug when not) in the soundtrack's order: a
 * statement for each kind of row, however many composers. The editor's saves write them too.
 */
export function composerInserts(
  db: Database,
  soundtrackId: SQL | number,
  rows: ComposerRow[],
  { at, isSample = false }: { at: Date; isSample?: boolean },
) {
  if (rows.length === 0) return [];
  return [
    db
      .insert(composers)
      .values(rows.map((c) => ({ ...c, isSample, createdAt: at })))
      .onConflictDoNothing({ target: composers.slug }),
    db
      .insert(soundtrackComposers)
      .values(
        rows.map((c, position) => ({
          soundtrackId,
          composerId: sql`(select id from composers where slug = ${c.slug})`,
          position,
        })),
      )
      .onConflictDoNothing(),
  ];
}

/**
 * The tracks, each in its place; with `ifMissing` one already in its place is left alone. The
 * editor's saves add new ones with it too.
 */
export function trackInserts(
  db: Database,
  soundtrackId: SQL | number,
  rows: ParsedTrack[],
  { ifMissing = false } = {},
) {
  if (rows.length === 0) return [];
  const insert = db.insert(tracks).values(rows.map((t) => ({ ...t, soundtrackId })));
  return [ifMissing ? insert.onConflictDoNothing() : insert];
}

/**
 * The listening links in order, each a track's found by its place once the tracks are in. The
 * editor's saves write them too.
 */
export function linkInserts(db: Database, soundtrackId: SQL | number, links: ReviewFileLink[]) {
  if (links.length === 0) return [];
  const values = links.map(({ label, url, track }, position) => ({
    soundtrackId,
    trackId: track
      ? sql`(select id from tracks where soundtrack_id = ${soundtrackId}
          and disc = ${track.disc} and position = ${track.position})`
      : null,
    label,
    url,
    position,
  }));
  return [db.insert(listeningLinks).values(values)];
}

/**
 * The inserts for one review, for a single db.batch, however it is written (the editor, the
 * import, the seed): rows refer to each other by slug through subselects, and a composer already
 * there (same slug) is reused. Every row is dated `at`, the write's time on the site's clock. With
 * `ifMissing` a soundtrack or review already there is left alone (the seed, run again); without,
 * it fails the whole batch.
 */
export function newReviewInserts(
  db: Database,
  review: NewReview,
  { ifMissing = false, at: now = clockNow() } = {},
): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const soundtrackId = sql`(select id from soundtracks where slug = ${review.soundtrackSlug})`;
  const { cover } = review;
  const soundtrack = db.insert(soundtracks).values({
    ...(cover && { id: cover.row.soundtrackId }),
    slug: review.soundtrackSlug,
    filmTitle: review.filmTitle,
    filmYear: review.filmYear,
    label: review.label,
    albumReleaseDate: review.albumReleaseDate,
    coverImageUrl: cover ? cover.url : review.coverImageUrl,
    coverAlt: review.coverAlt,
    isSample: review.isSample,
    createdAt: now,
    updatedAt: now,
  });
  const reviewRow = db.insert(reviews).values({
    soundtrackId,
    slug: review.slug,
    headline: review.headline,
    summary: review.summary,
    body: review.body,
    criticScore: review.criticScore,
    status: review.status,
    publishedAt: review.publishedAt,
    weekNumber: review.weekNumber,
    authorId: review.authorId,
    createdAt: now,
    updatedAt: now,
  });
  return [
    ifMissing ? soundtrack.onConflictDoNothing({ target: soundtracks.slug }) : soundtrack,
    ...composerInserts(db, soundtrackId, review.composers, { at: now, isSample: review.isSample }),
    ...trackInserts(db, soundtrackId, review.tracks, { ifMissing }),
    ...linkInserts(db, soundtrackId, review.links),
    ...(cover ? [db.insert(coverImages).values(cover.row)] : []),
    ifMissing ? reviewRow.onConflictDoNothing() : reviewRow,
    ...(review.images?.length
      ? [
          db.insert(reviewImages).values(
            review.images.map(({ row }) => ({
              ...row,
              reviewId: sql`(select id from reviews where slug = ${review.slug})`,
            })),
          ),
        ]
      : []),
  ];
}

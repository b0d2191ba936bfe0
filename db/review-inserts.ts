import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { slugify } from "@/lib/slug";
import type { ReviewFile } from "@/lib/review-file";
import type { Database } from "./client";
import {
  composers,
  reviews,
  soundtrackComposers,
  soundtracks,
  tracks,
  type ReviewStatus,
} from "./schema";

export type ComposerRow = { name: string; slug: string; sortName: string };

/**
 * A soundtrack with its composers, tracks and review, as the seed and the import write it: a
 * review file's facts, each composer as its row, and the status settled.
 */
export type NewReview = Omit<ReviewFile, "composers" | "status"> & {
  composers: ComposerRow[];
  status: ReviewStatus;
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
 * The inserts for one review, for a single db.batch: rows refer to each other by slug through
 * subselects, and a composer already there (same slug) is reused. With `ifMissing` a soundtrack or
 * review already there is left alone (the seed, run again); without, it fails the whole batch.
 */
export function newReviewInserts(
  db: Database,
  review: NewReview,
  { ifMissing = false } = {},
): [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]] {
  const soundtrackId = sql`(select id from soundtracks where slug = ${review.slug})`;
  const soundtrack = db.insert(soundtracks).values({
    slug: review.slug,
    filmTitle: review.filmTitle,
    filmYear: review.filmYear,
    label: review.label,
    albumReleaseDate: review.albumReleaseDate,
    coverImageUrl: review.coverImageUrl,
    coverAlt: review.coverAlt,
    isSample: review.isSample,
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
  });
  return [
    ifMissing ? soundtrack.onConflictDoNothing({ target: soundtracks.slug }) : soundtrack,
    ...review.composers.map((c) =>
      db
        .insert(composers)
        .values({ ...c, isSample: review.isSample })
        .onConflictDoNothing({ target: composers.slug }),
    ),
    ...review.composers.map((c, position) =>
      db
        .insert(soundtrackComposers)
        .values({
          soundtrackId,
          composerId: sql`(select id from composers where slug = ${c.slug})`,
          position,
        })
        .onConflictDoNothing(),
    ),
    db
      .insert(tracks)
      .values(review.tracks.map((t) => ({ ...t, soundtrackId })))
      .onConflictDoNothing(),
    ifMissing ? reviewRow.onConflictDoNothing() : reviewRow,
  ];
}

import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { SniffedImage } from "@/lib/image-sniff";
import { signedVersion, versionTime } from "@/lib/signed-version";
import { now } from "../clock.mjs";
import { getDb } from "..";
import type { NewBodyImage } from "../review-inserts";
import { reviewImages } from "../schema";
import { auditEntry } from "./audit";

const imageUrl = (id: number, createdAt: Date) =>
  `/images/${id}?v=${signedVersion(`image:${id}`, createdAt)}`;

/** Stores an image of the review's body; its address, signed, is what the Markdown holds. */
export async function saveReviewImage(upload: {
  reviewId: number;
  headline: string;
  actorId: string;
  alt: string;
  image: SniffedImage;
  bytes: Buffer;
}): Promise<string> {
  const db = getDb();
  const createdAt = now();
  const [[stored]] = await db.batch([
    db
      .insert(reviewImages)
      .values({ reviewId: upload.reviewId, ...upload.image, bytes: upload.bytes, createdAt })
      .returning({ id: reviewImages.id }),
    auditEntry(db, {
      actorId: upload.actorId,
      action: "review.image-uploaded",
      targetType: "review",
      targetId: upload.reviewId,
      summary: `${upload.headline}: “${upload.alt}”, ${upload.image.contentType}, ${upload.image.width}×${upload.image.height}`,
      at: createdAt,
    }),
  ]);
  return imageUrl(stored!.id, createdAt);
}

/** The image at `/images/<id>?v=<version>`: the signature is checked before any query. */
export async function getReviewImage(id: number, version: string | null) {
  const at = versionTime(`image:${id}`, version);
  return at ? getBodyImage(id, at) : undefined;
}

/**
 * The image of a body at an address the body gives (lib/body-image-files.ts), found by its id and
 * the time it was made; the address's signature is this site's, and not checked again.
 */
export async function getBodyImage(id: number, createdAt: Date) {
  const [row] = await getDb()
    .select({ contentType: reviewImages.contentType, bytes: reviewImages.bytes })
    .from(reviewImages)
    .where(and(eq(reviewImages.id, id), eq(reviewImages.createdAt, createdAt)));
  return row;
}

/**
 * Images for the body of a review that a batch is about to create (an import), keyed by the name
 * the body gives each: the ids they are to be given, the next ones SQLite would, so that their
 * signed addresses can be written into the body. Another writer taking one of those ids first
 * fails the batch, which can be tried again.
 */
export async function newBodyImages(
  images: Map<string, { image: SniffedImage; bytes: Buffer }>,
  at: Date,
): Promise<Map<string, NewBodyImage>> {
  if (images.size === 0) return new Map();
  const [next] = await getDb().all<{ id: number }>(sql`
    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'review_images'), 0),
      coalesce((SELECT max(id) FROM review_images), 0)) + 1 AS id`);
  return new Map(
    [...images].map(([name, { image, bytes }], i) => {
      const id = next!.id + i;
      return [name, { url: imageUrl(id, at), row: { id, ...image, bytes, createdAt: at } }];
    }),
  );
}

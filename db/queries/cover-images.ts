import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { SniffedImage } from "@/lib/image-sniff";
import { signedVersion, versionTime } from "@/lib/signed-version";
import { getDb } from "..";
import { now } from "../clock.mjs";
import type { NewCover } from "../review-inserts";
import { coverImages, soundtracks } from "../schema";
import { auditEntry } from "./audit";

/** Signed (lib/signed-version.ts): a draft's cover is seen only by those given its address. */
export const coverUrl = (soundtrackId: number, updatedAt: Date) =>
  `/covers/${soundtrackId}?v=${signedVersion(`cover:${soundtrackId}`, updatedAt)}`;

/** Stores the cover and points the soundtrack at it; its address changes with every upload. */
export async function saveCover(cover: {
  soundtrackId: number;
  reviewId: number;
  headline: string;
  actorId: string;
  image: SniffedImage;
  bytes: Buffer;
}): Promise<string> {
  const db = getDb();
  const updatedAt = now();
  const url = coverUrl(cover.soundtrackId, updatedAt);
  const row = { ...cover.image, bytes: cover.bytes, updatedAt };
  await db.batch([
    db
      .insert(coverImages)
      .values({ soundtrackId: cover.soundtrackId, ...row })
      .onConflictDoUpdate({ target: coverImages.soundtrackId, set: row }),
    db
      .update(soundtracks)
      .set({ coverImageUrl: url })
      .where(eq(soundtracks.id, cover.soundtrackId)),
    auditEntry(db, {
      actorId: cover.actorId,
      action: "review.cover-uploaded",
      targetType: "review",
      targetId: cover.reviewId,
      summary: `${cover.headline}: ${cover.image.contentType}, ${cover.image.width}×${cover.image.height}`,
    }),
  ]);
  return url;
}

/**
 * A cover for a soundtrack that a batch is about to create (an import): the id that soundtrack
 * is to be given, the next one SQLite would, so that the cover's signed address can be written
 * with it. Another writer taking that id first fails the batch, which can be tried again.
 */
export async function newSoundtrackCover(cover: {
  image: SniffedImage;
  bytes: Buffer;
  at: Date;
}): Promise<NewCover> {
  const [next] = await getDb().all<{ id: number }>(sql`
    SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'soundtracks'), 0),
      coalesce((SELECT max(id) FROM soundtracks), 0)) + 1 AS id`);
  const soundtrackId = next!.id;
  return {
    url: coverUrl(soundtrackId, cover.at),
    row: { soundtrackId, ...cover.image, bytes: cover.bytes, updatedAt: cover.at },
  };
}

/**
 * The cover at `/covers/<soundtrackId>?v=<version>`, when that is its current address. The
 * signature is checked first: a made-up address costs no query, and never reads an image.
 */
export async function getCover(soundtrackId: number, version: string | null) {
  const at = versionTime(`cover:${soundtrackId}`, version);
  if (!at) return undefined;
  const [row] = await getDb()
    .select({ contentType: coverImages.contentType, bytes: coverImages.bytes })
    .from(coverImages)
    .where(and(eq(coverImages.soundtrackId, soundtrackId), eq(coverImages.updatedAt, at)));
  return row;
}

import "server-only";
import { eq } from "drizzle-orm";
import type { SniffedImage } from "@/lib/image-sniff";
import { getDb } from "..";
import { coverImages, soundtracks } from "../schema";
import { auditEntry } from "./audit";

export const coverUrl = (soundtrackId: number, updatedAt: Date) =>
  `/covers/${soundtrackId}?v=${updatedAt.getTime()}`;

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
  const updatedAt = new Date();
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

export async function getCover(soundtrackId: number) {
  const [row] = await getDb()
    .select({ contentType: coverImages.contentType, bytes: coverImages.bytes })
    .from(coverImages)
    .where(eq(coverImages.soundtrackId, soundtrackId));
  return row;
}

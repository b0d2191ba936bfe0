import "server-only";
import { writes } from "@/cache/tags";
import type { SniffedImage } from "@/lib/image-sniff";
import { replaceImageAddresses } from "@/lib/body-image-files";
import type { ReviewFile } from "@/lib/review-file";
import { getDb } from "..";
import { now as clockNow } from "../clock.mjs";
import { composerRow, newReviewInserts, type NewReview } from "../review-inserts";
import { auditEntry, reviewIdBySlug } from "./audit";
import { newSoundtrackCover } from "./cover-images";
import { publishWrite } from "./publishing";
import { newBodyImages } from "./review-images";
import { getImportConflicts, keepsItsPlacement, keptWeek } from "./review-file-conflicts";
import { getNextFreeSlot, getWeekNumber } from "./review-schedule";

type Placement = Pick<NewReview, "status" | "publishedAt" | "weekNumber">;
/** The cover's bytes, read from its file and checked as an upload is (lib/image-sniff.ts). */
export type ImportedCover = { image: SniffedImage; bytes: Buffer };
type ImportOptions = {
  publish?: boolean;
  now?: Date;
  cover?: ImportedCover;
  /** The body's images, by the name the body gives each (lib/body-image-files.ts). */
  images?: Map<string, ImportedCover>;
};
/** Where the review went; `scheduled` when this import put it into the next free slot. */
export type ImportedReview = Placement & { scheduled: boolean };

async function nextOpenWeek(now: Date): Promise<Placement> {
  const { slot, at } = await getNextFreeSlot(now);
  return { status: "scheduled", publishedAt: at, weekNumber: await getWeekNumber(slot, at) };
}

/**
 * A cover's soundtrack id and the body's images' ids are chosen before the batch (see
 * newSoundtrackCover): tries again if one was taken meanwhile.
 */
const ID_ATTEMPTS = 3;
const idTaken = (error: unknown) =>
  /UNIQUE constraint failed: (soundtracks|review_images)\.id/.test(String(error));

/**
 * Creates the soundtrack, its composers, tracks, listening links and cover, and the review with
 * its body's images, all in one batch with its audit line: a draft, or with `publish` a review
 * scheduled into the next free weekly slot, or as the file says when it carries a status. A slug
 * already taken, or a week number that is another week's, writes nothing. One not a draft is
 * published (publishWrite): every instance of the site shows it at its next request.
 */
export async function importReview(
  review: ReviewFile,
  { publish = false, now = clockNow(), cover, images = new Map() }: ImportOptions = {},
): Promise<ImportedReview> {
  const keeps = keepsItsPlacement(review, publish);
  const [conflict] = await getImportConflicts([review], { publish });
  if (conflict) throw new Error(conflict.message);
  const placement: Placement = keeps
    ? {
        status: review.status!,
        publishedAt: review.publishedAt,
        weekNumber: keptWeek(review, publish)?.weekNumber ?? null,
      }
    : publish
      ? await nextOpenWeek(now)
      : { status: "draft", publishedAt: null, weekNumber: null };
  const scheduled = !keeps && publish;
  const db = getDb();
  for (let attempt = 1; ; attempt++) {
    const stored = cover && (await newSoundtrackCover({ ...cover, at: now }));
    const storedImages = await newBodyImages(images, now);
    const addresses = new Map([...storedImages].map(([name, { url }]) => [name, url]));
    try {
      await publishWrite(
        [
          ...newReviewInserts(
            db,
            {
              ...review,
              ...placement,
              body: replaceImageAddresses(review.body, addresses),
              composers: review.composers.map(composerRow),
              cover: stored,
              images: [...storedImages.values()],
            },
            { at: now },
          ),
          auditEntry(db, {
            actorId: null,
            action: scheduled ? "review.scheduled" : "review.imported",
            targetType: "review",
            targetId: reviewIdBySlug(review.slug),
            summary: review.headline,
            at: now,
          }),
        ],
        placement.status === "draft" ? [] : writes.reviewsImported(),
      );
      return { ...placement, scheduled };
    } catch (error) {
      const chosen = stored || storedImages.size > 0;
      if (!chosen || !idTaken(error) || attempt >= ID_ATTEMPTS) throw error;
    }
  }
}

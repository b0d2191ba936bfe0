/**
 * npm run reviews:export -- <dir>
 *
 * Writes every review, whatever its status, to <dir>/<slug>.md in the format of lib/review-file.ts,
 * a cover uploaded in the editor beside it as <slug>.cover.<jpg|png|webp|gif>, and each image of
 * its body as <slug>.image-<n>.<ext>, which the body names instead (creating <dir>, replacing files
 * of the same name); `npm run reviews:import -- <dir>/*.md` puts them back exactly.
 */
import "./react-server";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ExportedReview } from "@/db/queries/review-exports";
import { bodyImageFileName, replaceImageAddresses, storedImagesIn } from "@/lib/body-image-files";
import { coverFileName, reviewFileName, serializeReviewFile } from "@/lib/review-file";
import { formatCount, Progress } from "./progress";
import { fail, fileProblem, messageOf, PROGRESS_FROM } from "./reviews-cli";
import { commandLine } from "@/lib/command-line";

const USAGE = "Usage: npm run reviews:export -- <dir>";

async function exportReviews(dir: string): Promise<number> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    fail(`${dir}: ${fileProblem(error)}`, USAGE);
  }
  // Imported here, not above: reading the environment can fail, and that is a message too.
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
  const { getCoverBytes, getReviewCount, getReviewsForExport } =
    await import("@/db/queries/review-exports");
  const { getBodyImage } = await import("@/db/queries/review-images");
  const total = await getReviewCount();
  const progress = total > PROGRESS_FROM ? new Progress({ unit: "reviews" }) : null;

  /** The review's cover stored in the database, written beside it; the file's name. */
  async function writeCover({ slug, storedCover }: ExportedReview): Promise<string | null> {
    if (!storedCover) return null;
    const bytes = await getCoverBytes(storedCover.soundtrackId);
    if (!bytes) return null; // replaced or deleted since the page was read
    const name = coverFileName(slug, storedCover.contentType);
    await writeFile(join(dir, name), bytes);
    return name;
  }

  /**
   * The body's images stored in the database, each written beside the review; the body naming
   * those files. An address whose image is gone stays as it was.
   */
  async function writeImages({ slug, body }: ExportedReview): Promise<string> {
    const names = new Map<string, string>();
    for (const { address, id, createdAt } of storedImagesIn(body)) {
      const image = await getBodyImage(id, createdAt);
      if (!image) continue;
      const name = bodyImageFileName(slug, names.size + 1, image.contentType);
      await writeFile(join(dir, name), image.bytes);
      names.set(address, name);
    }
    return replaceImageAddresses(body, names);
  }

  let done = 0;
  for await (const page of getReviewsForExport()) {
    for (const review of page) {
      const name = reviewFileName(review.slug);
      if (!name) throw new Error(`The review '${review.slug}' has a slug no file can be named by.`);
      const coverFile = await writeCover(review);
      const body = await writeImages(review);
      await writeFile(join(dir, name), serializeReviewFile({ ...review, body, coverFile }));
      done += 1;
      progress?.update({ phase: "Exporting reviews", done, total });
    }
  }
  return done;
}

function readDir(): string {
  const { positionals } = commandLine({ allowPositionals: true }, USAGE);
  const [dir, ...extra] = positionals;
  if (!dir) return fail("Give the folder to export into.", USAGE);
  if (extra.length > 0) return fail("Give one folder to export into.", USAGE);
  return dir;
}

const dir = readDir();
try {
  const count = await exportReviews(dir);
  console.log(`Exported ${formatCount(count)} ${count === 1 ? "review" : "reviews"} to ${dir}`);
} catch (error) {
  fail(`Could not export the reviews: ${messageOf(error)}`);
}

/**
 * npm run reviews:import -- <file.md>... [--publish]
 *
 * Creates a review from each file, in the format of lib/review-file.ts: a draft, or with --publish
 * one scheduled into the next free weekly slot; a file that carries a status (an export) goes back
 * as it says, with its listening links, its cover file and the image files its body names. Every
 * file (and image) is checked first: when one is wrong, nothing is imported. A review put on the
 * site shows on every instance's next page, as if published from the dashboard.
 */
import "./react-server";
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Candidate } from "@/db/queries/review-file-conflicts";
import type { ImportedCover, ImportedReview } from "@/db/queries/review-files";
import { formatDuration, summarizeTracks } from "@/lib/duration";
import { imageFilesIn, isBodyImageFileName } from "@/lib/body-image-files";
import {
  checkBodyImage,
  checkCover,
  COVER_TOO_LARGE,
  type CheckedImage,
  IMAGE_TOO_LARGE,
  MAX_COVER_BYTES,
} from "@/lib/image-sniff";
import { isCoverFileName, parseReviewFile, type ReviewFile } from "@/lib/review-file";
import { formatSlot } from "@/lib/weekly-slot";
import { formatCount, Progress } from "./progress";
import { fail, fileProblem, messageOf, PROGRESS_FROM } from "./reviews-cli";
import { commandLine } from "@/lib/command-line";

const USAGE = "Usage: npm run reviews:import -- <file.md>... [--publish]";

type Read = { review: ReviewFile; cover?: ImportedCover; images: Map<string, ImportedCover> };

const COVER = { field: "cover_file", tooLarge: COVER_TOO_LARGE, check: checkCover };
const BODY_IMAGE = { field: "body, image", tooLarge: IMAGE_TOO_LARGE, check: checkBodyImage };
type ImageKind = { field: string; tooLarge: string; check: (bytes: Buffer) => CheckedImage };

/** An image file a review names, from the review's folder, checked as an upload is. */
async function readImage(
  reviewPath: string,
  name: string,
  { field, tooLarge, check }: ImageKind,
): Promise<ImportedCover | string> {
  const path = resolve(dirname(reviewPath), name);
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > MAX_COVER_BYTES) return `${field}: ${name}: ${tooLarge}`;
    bytes = await readFile(path);
  } catch (error) {
    return `${field}: ${path}: ${fileProblem(error)}`;
  }
  const checked = check(bytes);
  return checked.ok ? { image: checked.image, bytes } : `${field}: ${name}: ${checked.message}`;
}

/**
 * The review, its cover and its body's images, or every problem of the file, each naming its
 * field.
 */
async function readReview(path: string): Promise<Read | string[]> {
  if (isCoverFileName(path))
    return ["is a cover: give the .md files, whose covers are read beside them"];
  if (isBodyImageFileName(path))
    return [
      "is an image of a review's body: give the .md files, whose images are read beside them",
    ];
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") {
      return ["is a folder; give the .md files in it"];
    }
    return [fileProblem(error)];
  }
  const parsed = parseReviewFile(text);
  if (!parsed.ok) return parsed.errors;
  const { coverFile, body } = parsed.review;
  const read: Read = { review: parsed.review, images: new Map() };
  const problems: string[] = [];
  const files = [
    ...(coverFile ? [{ name: coverFile, kind: COVER }] : []),
    ...imageFilesIn(body).map((name) => ({ name, kind: BODY_IMAGE })),
  ];
  for (const { name, kind } of files) {
    const image = await readImage(path, name, kind);
    if (typeof image === "string") problems.push(image);
    else if (kind === COVER) read.cover = image;
    else read.images.set(name, image);
  }
  return problems.length > 0 ? problems : read;
}

/** "Created draft 'Headline' (/reviews/slug), 19 tracks, 1:16:27" and the like. */
function summaryLine(review: ReviewFile, placed: ImportedReview, timeZone: string): string {
  const name = `'${review.headline}' (/reviews/${review.slug})`;
  const at = placed.publishedAt && `${formatSlot(placed.publishedAt, timeZone)} ${timeZone}`;
  const what = placed.scheduled
    ? `Scheduled ${name} for ${at}`
    : `Created ${placed.status} ${name}`;
  const when = !placed.scheduled && at ? `, ${at}` : "";
  const week = placed.weekNumber === null ? "" : `, week ${placed.weekNumber}`;
  const { count, totalSeconds } = summarizeTracks(review.tracks);
  const tracks = `${count} ${count === 1 ? "track" : "tracks"}, ${formatDuration(totalSeconds)}`;
  return `${what}${when}${week}, ${tracks}`;
}

async function importFiles(paths: string[], publish: boolean): Promise<void> {
  const progress = paths.length > PROGRESS_FROM ? new Progress({ unit: "files" }) : null;
  const checked: (Candidate & { path: string })[] = [];
  const problems: string[] = [];
  for (const [done, path] of paths.entries()) {
    const read = await readReview(path);
    if (Array.isArray(read)) {
      problems.push(...read.map((message) => `${path}: ${message}`));
    } else {
      const { slug, soundtrackSlug, status, publishedAt, weekNumber } = read.review;
      checked.push({ path, slug, soundtrackSlug, status, publishedAt, weekNumber });
    }
    progress?.update({ phase: "Checking files", done: done + 1, total: paths.length });
  }
  // Imported here, not above: reading the environment can fail, and that is a message too.
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
  const { importReview } = await import("@/db/queries/review-files");
  const { getImportConflicts } = await import("@/db/queries/review-file-conflicts");
  const { getWeeklySlot } = await import("@/db/queries/settings");
  const conflicts = await getImportConflicts(checked, { publish });
  problems.push(...conflicts.map((c) => `${checked[c.index]!.path}: ${c.message}`));
  if (problems.length > 0) fail(...problems, "Nothing was imported.");
  const { timeZone } = await getWeeklySlot();
  const placed: ImportedReview[] = [];
  let failure: string | null = null;
  for (const { path } of checked) {
    // Read again rather than kept, so that thousands of reviews are never all in memory.
    const read = await readReview(path);
    try {
      if (Array.isArray(read)) throw new Error(read.join("; "));
      const { review, cover, images } = read;
      placed.push(await importReview(review, { publish, cover, images }));
    } catch (error) {
      failure = `${path}: ${messageOf(error)}`;
      break;
    }
    if (progress) {
      progress.update({ phase: "Importing reviews", done: placed.length, total: paths.length });
    } else {
      console.log(summaryLine(read.review, placed.at(-1)!, timeZone));
    }
  }
  if (failure) {
    const done = `${formatCount(placed.length)} of ${formatCount(paths.length)}`;
    fail(failure, `Imported ${done} files; the rest were not.`);
  }
  if (paths.length > 1) console.log(`Imported ${formatCount(paths.length)} reviews.`);
}

const { values, positionals } = commandLine(
  { options: { publish: { type: "boolean" } }, allowPositionals: true },
  USAGE,
);
if (positionals.length === 0) fail("Give the Markdown file to import.", USAGE);
try {
  await importFiles(positionals, values.publish ?? false);
} catch (error) {
  fail(`Could not import: ${messageOf(error)}`);
}

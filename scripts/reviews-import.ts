/**
 * npm run reviews:import -- <file.md>... [--publish]
 *
 * Creates a review from each file, in the format of lib/review-file.ts: a draft, or with --publish
 * one scheduled into the next free weekly slot; a file that carries a status (an export) goes back
 * as it says. Every file is checked first: when one is wrong, nothing is imported.
 */
import "./react-server";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { ImportedReview } from "@/db/queries/review-files";
import { formatDuration, summarizeTracks } from "@/lib/duration";
import { parseReviewFile, type ReviewFile } from "@/lib/review-file";
import { formatSlot } from "@/lib/weekly-slot";
import { formatCount } from "./progress";
import { fail, messageOf, readArgs } from "./reviews-cli";

const USAGE = "Usage: npm run reviews:import -- <file.md>... [--publish]";

async function readReview(path: string): Promise<ReviewFile | string[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return ["no such file"];
    if (code === "EISDIR") return ["is a folder; give the .md files in it"];
    return [messageOf(error)];
  }
  const parsed = parseReviewFile(text);
  return parsed.ok ? parsed.review : parsed.errors;
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
  type Checked = Pick<ReviewFile, "slug" | "status" | "publishedAt" | "weekNumber">;
  const checked: (Checked & { path: string })[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const review = await readReview(path);
    if (Array.isArray(review)) {
      problems.push(...review.map((message) => `${path}: ${message}`));
    } else {
      const { slug, status, publishedAt, weekNumber } = review;
      checked.push({ path, slug, status, publishedAt, weekNumber });
    }
  }
  // Imported here, not above: reading the environment can fail, and that is a message too.
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
  const queries = await import("@/db/queries/review-files");
  const { getWeeklySlot } = await import("@/db/queries/settings");
  const conflicts = await queries.getImportConflicts(checked, { publish });
  problems.push(...conflicts.map((c) => `${checked[c.index]!.path}: ${c.message}`));
  if (problems.length > 0) fail(...problems, "Nothing was imported.");
  const { timeZone } = await getWeeklySlot();
  for (const [done, { path }] of checked.entries()) {
    const stopped = `Imported ${formatCount(done)} of ${formatCount(paths.length)} files; the rest were not.`;
    // Read again rather than kept, so that thousands of reviews are never all in memory.
    const review = await readReview(path);
    if (Array.isArray(review)) fail(...review.map((message) => `${path}: ${message}`), stopped);
    try {
      console.log(summaryLine(review, await queries.importReview(review, { publish }), timeZone));
    } catch (error) {
      fail(`${path}: ${messageOf(error)}`, stopped);
    }
  }
  if (paths.length > 1) console.log(`Imported ${formatCount(paths.length)} reviews.`);
}

const { values, positionals } = readArgs(
  () => parseArgs({ options: { publish: { type: "boolean" } }, allowPositionals: true }),
  USAGE,
);
if (positionals.length === 0) fail("Give the Markdown file to import.", USAGE);
try {
  await importFiles(positionals, values.publish ?? false);
} catch (error) {
  fail(`Could not import: ${messageOf(error)}`);
}

/**
 * npm run reviews:export -- <dir>
 *
 * Writes every review, whatever its status, to <dir>/<slug>.md in the format of lib/review-file.ts
 * (creating <dir>, replacing files of the same name); `npm run reviews:import -- <dir>/*.md`
 * puts them back exactly.
 */
import "./react-server";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { reviewFileName, serializeReviewFile } from "@/lib/review-file";
import { formatCount, Progress } from "./progress";
import { fail, messageOf, readArgs } from "./reviews-cli";

const USAGE = "Usage: npm run reviews:export -- <dir>";

async function exportReviews(dir: string): Promise<number> {
  // Imported here, not above: reading the environment can fail, and that is a message too.
  const { runMigrations } = await import("@/db/migrate");
  await runMigrations();
  const { EXPORT_PAGE_SIZE, getReviewCount, getReviewsForExport } =
    await import("@/db/queries/review-files");
  await mkdir(dir, { recursive: true });
  const total = await getReviewCount();
  // A catalogue that fits in one page is written before a progress line could say anything.
  const progress = total > EXPORT_PAGE_SIZE ? new Progress({ unit: "reviews" }) : null;
  let done = 0;
  for await (const page of getReviewsForExport()) {
    for (const review of page) {
      const name = reviewFileName(review.slug);
      if (!name) throw new Error(`The review '${review.slug}' has a slug no file can be named by.`);
      await writeFile(join(dir, name), serializeReviewFile(review));
      done += 1;
    }
    progress?.update({ phase: "Exporting reviews", done, total });
  }
  return done;
}

function readDir(): string {
  const { positionals } = readArgs(() => parseArgs({ allowPositionals: true }), USAGE);
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

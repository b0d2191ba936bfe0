import { readFileSync } from "node:fs";
import { parseReviewFile, type ReviewFile } from "@/lib/review-file";

/** The site owner's article exactly as written, read as `npm run reviews:import` reads a file. */
export function readFeaturedReview(): ReviewFile {
  const file = new URL("./mission-impossible-fallout.md", import.meta.url);
  const parsed = parseReviewFile(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file.pathname}: ${parsed.errors.join("; ")}`);
  return parsed.review;
}

// What the command line prints once the database is ready.
import { statSync } from "node:fs";
import { DEMO_ACCOUNTS } from "@/db/accounts";
import { COMMENT_PAGE_SIZE } from "@/lib/comment-rules";
import { formatCount, formatDuration } from "../../progress";
import type { BenchDataResult } from "./constants";

function fileSize(path: string): string {
  const bytes = statSync(path, { throwIfNoEntry: false })?.size ?? 0;
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(2)} GB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

export function summary(result: BenchDataResult, out: string): string {
  const names = Object.keys(result.rowCounts);
  const width = Math.max(...names.map((n) => n.length), 5);
  const rows = names.map(
    (n) => `  ${n.padEnd(width)}  ${formatCount(result.rowCounts[n]!).padStart(11)}`,
  );
  const demo = DEMO_ACCOUNTS.map((a) => `${a.email} / ${a.password} (${a.role})`).join(", ");
  const { review, profile, composer } = result;
  return [
    "",
    `  ${"table".padEnd(width)}  ${"rows".padStart(11)}`,
    ...rows,
    "",
    `Wrote ${out} (${fileSize(out)}) at scale ${result.scale} in ${formatDuration(result.elapsedMs / 1000)}.`,
    `Bench readers: ${profile.email} / ${profile.password} — every reader_NNNNNN@bench.test shares that password.`,
    `Demo accounts from the seed: ${demo}.`,
    `Review with the long discussion: /reviews/${review.slug} (${formatCount(review.comments)} comments, ${formatCount(review.threads)} threads, ${review.commentPages} pages of ${COMMENT_PAGE_SIZE}).`,
    `Profile: /u/${profile.handle} (${formatCount(profile.scores)} scores, ${formatCount(profile.comments)} comments). Composer: /composers/${composer.slug} (${composer.reviews} reviews). Archive: ${formatCount(result.archivePages)} pages.`,
  ].join("\n");
}

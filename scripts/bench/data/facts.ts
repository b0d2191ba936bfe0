// The counters recounted from the rows they count, then what the benchmark needs to know about
// the database it got, and a tidy file.
import { eq } from "drizzle-orm";
import { commentLikes, comments, favouriteTracks, tracks } from "@/db/schema";
import { ARCHIVE_PAGE_SIZE } from "@/lib/archive";
import { COMMENT_PAGE_SIZE } from "@/lib/comment-rules";
import {
  BENCH_PROFILE_HANDLE,
  BENCH_READER_EMAIL,
  BENCH_READER_PASSWORD,
  BENCH_REVIEW_SLUG,
  NOW_S,
  type BenchDataResult,
} from "./constants";
import { scalar } from "./database";
import type { Run } from "./run";

export async function recount({ db, w }: Run) {
  const trackRows = await db.$count(tracks);
  const commentRows = await db.$count(comments);
  w.phase("recounts", trackRows + commentRows);
  await db
    .update(tracks)
    .set({ favouriteCount: db.$count(favouriteTracks, eq(favouriteTracks.trackId, tracks.id)) });
  w.advance(trackRows);
  await db
    .update(comments)
    .set({ likeCount: db.$count(commentLikes, eq(commentLikes.commentId, comments.id)) });
  w.advance(commentRows);
}

const pages = (rows: number, pageSize: number) => Math.max(1, Math.ceil(rows / pageSize));

/** The facts for the benchmark (`elapsedMs` left at 0), then a checkpoint. */
export async function describeBenchData(
  { client, w }: Run,
  where: { url: string; scale: number },
  featuredReviewId: number,
  profileId: string,
): Promise<BenchDataResult> {
  w.phase("checkpoint", 1, "step");
  const count = (sql: string, arg: string | number) => scalar(client, sql, [arg]);
  const threads = await count(
    `SELECT count(*) FROM comments c
     WHERE c.review_id = ? AND c.parent_id IS NULL
       AND (c.deleted_at IS NULL OR EXISTS
         (SELECT 1 FROM comments r WHERE r.parent_id = c.id AND r.deleted_at IS NULL))`,
    featuredReviewId,
  );
  const busiest = await client.execute(
    `SELECT c.slug, count(*) AS n FROM soundtrack_composers sc JOIN composers c ON c.id = sc.composer_id
     GROUP BY c.id ORDER BY n DESC, c.id LIMIT 1`,
  );
  const liveReviews = await count(
    "SELECT count(*) FROM reviews WHERE status IN ('published', 'scheduled') AND published_at <= ?",
    NOW_S,
  );
  const tables = await client.execute(
    `SELECT name FROM sqlite_master WHERE type = 'table'
     AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name`,
  );
  const rowCounts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    rowCounts[name] = await scalar(client, `SELECT count(*) FROM "${name}"`);
  }
  const result: BenchDataResult = {
    ...where,
    elapsedMs: 0,
    rowCounts,
    review: {
      slug: BENCH_REVIEW_SLUG,
      id: featuredReviewId,
      comments: await count("SELECT count(*) FROM comments WHERE review_id = ?", featuredReviewId),
      threads,
      commentPages: pages(threads, COMMENT_PAGE_SIZE),
    },
    profile: {
      handle: BENCH_PROFILE_HANDLE,
      email: BENCH_READER_EMAIL,
      password: BENCH_READER_PASSWORD,
      scores: await count("SELECT count(*) FROM reader_scores WHERE user_id = ?", profileId),
      comments: await count("SELECT count(*) FROM comments WHERE author_id = ?", profileId),
    },
    composer: {
      slug: String(busiest.rows[0]?.slug ?? ""),
      reviews: Number(busiest.rows[0]?.n ?? 0),
    },
    archivePages: pages(liveReviews, ARCHIVE_PAGE_SIZE),
  };
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  w.advance(1);
  return result;
}

import type { Client, InStatement } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { generateBenchData, type BenchDataResult } from "@/scripts/bench-data";
import { connect } from "./client";
import * as schema from "./schema";

// Every statement on the path of a page, or of a reader's write, is run against the benchmark's
// synthetic catalogue (at a small scale: the plans do not depend on the row counts, since the
// database has no ANALYZE statistics, but the rows keep the test honest) and its plan is read.
// A statement may look rows up through an index; it may not walk a whole table or index.

type Plan = { sql: string; steps: string[] };

const recorded: { sql: string; args: unknown[] }[] = [];

/** The app's own client, recording what it is asked to run. */
function recording(client: Client): Client {
  const note = (statement: InStatement) => {
    if (typeof statement === "string") recorded.push({ sql: statement, args: [] });
    else recorded.push({ sql: statement.sql, args: (statement.args ?? []) as unknown[] });
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "execute") {
        return (statement: InStatement) => {
          note(statement);
          return target.execute(statement);
        };
      }
      if (property === "batch") {
        return (statements: InStatement[], mode?: "write" | "read" | "deferred") => {
          statements.forEach(note);
          return target.batch(statements, mode);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

let data: BenchDataResult;
let client: Client;
/**
 * A connection of its own for EXPLAIN: explaining an INSERT … RETURNING leaves that statement
 * unfinished on its connection, which would fail the next transaction's COMMIT on the app's.
 */
let explainer: Client;
/** The app's own tables; a SCAN of anything else is of a subquery's few rows. */
const baseTables = new Set<string>();

beforeAll(async () => {
  data = await generateBenchData({ url: env.DATABASE_URL, scale: 0.02 });
  client = connect(env.DATABASE_URL).client;
  explainer = connect(env.DATABASE_URL).client;
  const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'");
  for (const row of tables.rows) baseTables.add(String(row.name));
  const db = drizzle(recording(client), { schema });
  (globalThis as unknown as { esDb: typeof db }).esDb = db;
}, 120_000);

async function plansOf(run: () => Promise<unknown>): Promise<Plan[]> {
  recorded.length = 0;
  await run();
  const plans: Plan[] = [];
  for (const { sql, args } of recorded) {
    if (!/^\s*(select|insert|update|delete|with)/i.test(sql)) continue;
    const result = await explainer.execute({
      sql: `EXPLAIN QUERY PLAN ${sql}`,
      args: args as never,
    });
    plans.push({ sql, steps: result.rows.map((row) => String(row.detail)) });
  }
  return plans;
}

/**
 * The steps that read one of the app's tables, or one of its indexes, from end to end; and,
 * except for the lists of reviews, any walk through every live review (the status index).
 */
function scans(plans: Plan[], { listsReviews = false } = {}): string[] {
  if (process.env.PRINT_PLANS) {
    for (const plan of plans) console.log(`${plan.sql}\n  ${plan.steps.join("\n  ")}\n`);
  }
  const walks = (step: string) =>
    baseTables.has(/^SCAN (\w+)/.exec(step)?.[1] ?? "") ||
    (!listsReviews && step.includes("reviews_status_published_at_idx"));
  return plans.flatMap((plan) =>
    plan.steps
      .filter(walks)
      .map((step) => `${step}   ← ${plan.sql.replace(/\s+/g, " ").slice(0, 160)}`),
  );
}

describe("query plans on the benchmark's catalogue", () => {
  it("reading a review page walks no table", async () => {
    const { getLiveReviewBySlug } = await import("./queries/reviews");
    const { getScoreStats } = await import("./queries/scores");
    const { countThreads, getCommentCounts, getReviewComments } =
      await import("./queries/comments");
    const plans = await plansOf(async () => {
      const review = await getLiveReviewBySlug(data.review.slug);
      await getScoreStats(review!.soundtrackId);
      await getCommentCounts([data.review.id]);
      await countThreads(data.review.id);
      for (const sort of ["newest", "oldest", "top"] as const) {
        await getReviewComments({ reviewId: data.review.id, sort, page: 1, pageSize: 20 });
        await getReviewComments({
          reviewId: data.review.id,
          sort,
          page: data.review.commentPages,
          pageSize: 20,
        });
      }
    });
    expect(plans.length).toBeGreaterThan(10);
    expect(scans(plans)).toEqual([]);
  });

  it("reading a reader's own state and a profile walks no table", async () => {
    const { getAccountAndReviewState } = await import("./queries/viewer-state");
    const { getProfileComments, getProfileScores, getPublicProfile } =
      await import("./queries/profiles");
    const plans = await plansOf(async () => {
      const profile = await getPublicProfile(data.profile.handle);
      await getAccountAndReviewState(profile!.id, null);
      await getAccountAndReviewState(profile!.id, data.review.id);
      expect((await getProfileScores(profile!.id)).length).toBeGreaterThan(0);
      await getProfileComments(profile!.id);
    });
    expect(scans(plans)).toEqual([]);
  });

  it("a reader's likes and reports are found from the reader, not from the review's comments", async () => {
    const { getReviewViewerState } = await import("./queries/viewer-state");
    const { getPublicProfile } = await import("./queries/profiles");
    const profile = await getPublicProfile(data.profile.handle);
    const plans = await plansOf(() => getReviewViewerState(profile!.id, data.review.id));
    const steps = plans.flatMap((plan) => plan.steps);
    expect(steps.filter((step) => step.includes("comments_review_thread"))).toEqual([]);
    expect(
      steps.some((step) =>
        step.startsWith("SEARCH comment_likes USING INDEX comment_likes_user_idx"),
      ),
    ).toBe(true);
  });

  it("the lists read only the reviews they show", async () => {
    const { countLiveReviews, getLiveReviewPage, getLiveReviewsByComposer } =
      await import("./queries/reviews");
    const { getComposerBySlug } = await import("./queries/composers");
    const { getCommentCounts } = await import("./queries/comments");
    const plans = await plansOf(async () => {
      const reviews = await getLiveReviewPage(1, 5);
      await getCommentCounts(reviews.map((r) => r.id));
      await getLiveReviewPage(data.archivePages, 10);
      await countLiveReviews();
    });
    expect(scans(plans, { listsReviews: true })).toEqual([]);
    // Counting comments reads the count index alone, never every visible comment.
    const counts = plans
      .flatMap((plan) => plan.steps)
      .filter((s) => s.startsWith("SEARCH comments"));
    expect(counts).toEqual([
      "SEARCH comments USING COVERING INDEX comments_review_deleted_idx (review_id=? AND deleted_at=?)",
    ]);

    // A composer's page starts from their soundtracks, not from every live review.
    const composer = await getComposerBySlug(data.composer.slug);
    expect(scans(await plansOf(() => getLiveReviewsByComposer(composer!.id)))).toEqual([]);
  });

  it("a reader's writes walk no table", async () => {
    const writes = await import("./queries/comment-writes");
    const { setFavouriteTracks, setReaderScore } = await import("./queries/scores");
    const { getReviewComments } = await import("./queries/comments");
    const { getLiveReviewBySlug } = await import("./queries/reviews");
    const review = await getLiveReviewBySlug(data.review.slug);
    const [thread] = await getReviewComments({
      reviewId: data.review.id,
      sort: "newest",
      page: 1,
      pageSize: 1,
    });
    const authorId = thread!.author!.id;
    const plans = await plansOf(async () => {
      const posted = await writes.createComment({
        reviewId: data.review.id,
        authorId,
        body: "A plan",
        isSpoiler: false,
        parentId: thread!.id,
      });
      expect(posted.ok).toBe(true);
      const id = posted.ok ? posted.id : 0;
      await writes.createComment({
        reviewId: data.review.id,
        authorId,
        body: "Too soon",
        isSpoiler: false,
      });
      await writes.editComment({
        commentId: id,
        reviewId: data.review.id,
        authorId,
        body: "Edited",
        isSpoiler: false,
      });
      await writes.setCommentLike({
        commentId: thread!.id,
        reviewId: data.review.id,
        userId: authorId,
        liked: true,
      });
      await writes.reportComment({
        commentId: thread!.id,
        reviewId: data.review.id,
        reporterId: authorId,
        reason: "spam",
      });
      await writes.deleteComment({ commentId: id, reviewId: data.review.id, authorId });
      await setReaderScore(authorId, review!.soundtrackId, 75);
      await setFavouriteTracks(authorId, review!.soundtrackId, [review!.soundtrack.tracks[0]!.id]);
    });
    expect(scans(plans)).toEqual([]);
  });

  it("the admin dashboard's calendar and figures walk no table", async () => {
    const { getDashboardCounts } = await import("./queries/dashboard");
    const { getDrafts, getReviewsBetween } = await import("./queries/review-schedule");
    const weekAgo = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000);
    const plans = await plansOf(async () => {
      await getDashboardCounts(weekAgo);
      await getReviewsBetween(new Date(Date.now() - 5 * 7 * 86_400_000), new Date());
      await getDrafts();
    });
    expect(plans.length).toBe(6);
    // The calendar and the drafts are lists of reviews, read through the status index.
    expect(scans(plans, { listsReviews: true })).toEqual([]);
  });
});

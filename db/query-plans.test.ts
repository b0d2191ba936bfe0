import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { generateBenchData, type BenchDataResult } from "@/scripts/bench/data/index";
import { type Plan, recordPlans } from "./testing-plans";

// Every statement on the path of a page, or of a reader's write, is run against the benchmark's
// synthetic catalogue (at a small scale: the plans do not depend on the row counts, since the
// database has no ANALYZE statistics, but the rows keep the test honest) and its plan is read.
// A statement may look rows up through an index; it may not walk a whole table or index.

let data: BenchDataResult;
let plans: Awaited<ReturnType<typeof recordPlans>>;

beforeAll(async () => {
  data = await generateBenchData({ url: env.DATABASE_URL, scale: 0.02 });
  plans = await recordPlans(env.DATABASE_URL);
}, 120_000);

const plansOf = (run: () => Promise<unknown>) => plans.plansOf(run);

/**
 * The steps that read one of the app's tables, or one of its indexes, from end to end; and,
 * except for the lists of reviews, any walk through every live review (the status index).
 */
function scans(found: Plan[], { listsReviews = false } = {}): string[] {
  return plans.walksIn(
    found,
    (step) =>
      plans.scansTable(step) || (!listsReviews && step.includes("reviews_status_published_at_idx")),
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
      const session = { userId: profile!.id, sessionId: "a-session" };
      await getAccountAndReviewState(session, null);
      await getAccountAndReviewState(session, data.review.id);
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
    const { getLiveReviewPage } = await import("./queries/reviews");
    const { getLiveComposerBySlug, getComposerSoundtracks } = await import("./queries/composers");
    const { getCommentCounts } = await import("./queries/comments");
    const plans = await plansOf(async () => {
      const reviews = await getLiveReviewPage(1, 5);
      await getCommentCounts(reviews.map((r) => r.id));
      await getLiveReviewPage(data.archivePages, 10);
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
    const composer = await getLiveComposerBySlug(data.composer.slug);
    expect(scans(await plansOf(() => getComposerSoundtracks(composer!.id)))).toEqual([]);
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

  it("comparing readers, finding readers like you and following walk no table", async () => {
    const { getPublicProfile } = await import("./queries/profiles");
    const taste = await import("./queries/taste");
    const follows = await import("./queries/follows");
    const { getFollowingActivity } = await import("./queries/following-activity");
    const { readerHandle } = await import("@/scripts/bench/data/constants");
    const me = (await getPublicProfile(data.profile.handle))!;
    const other = (await getPublicProfile(readerHandle(2)))!;
    const review = await (await import("./queries/reviews")).getLiveReviewBySlug(data.review.slug);
    const found = await plansOf(async () => {
      expect(await taste.getReadersLikeYou(me.id)).not.toEqual([]);
      expect(await taste.getStillComparable([me.id, other.id])).toEqual(new Set([me.id, other.id]));
      await taste.getScoreAmong(
        await taste.getReadersLikeYou(me.id, taste.NEIGHBOURS_FOR_A_REVIEW),
        review!.soundtrackId,
      );
      await taste.getReaderComparison(me.handle, other.handle);
      expect(await follows.followReader(me.id, other.id)).toBe("followed");
      await follows.followReader(me.id, other.id);
      await follows.getFollowCounts(me.id);
      const { getNotifications, getUnreadCount } = await import("./queries/notifications");
      expect((await getNotifications(other.id))[0]).toMatchObject({ kind: "follow" });
      await getUnreadCount(other.id);
      await follows.isFollowing(me.id, other.id);
      const first = await getFollowingActivity(me.id, {}, 2);
      await getFollowingActivity(me.id, { before: first.older! }, 2);
      await getFollowingActivity(me.id, { after: first.older! }, 2);
      await follows.unfollowReader(me.id, other.id);
    });
    expect(found.length).toBeGreaterThan(12);
    expect(scans(found)).toEqual([]);
    // Nor a walk of every reader not banned, or every comment not hidden, to join a few rows.
    const walks = plans.walksIn(found, (step) =>
      /users_banned_at_idx|comments_hidden_at_idx|users_scores_private/.test(step),
    );
    expect(walks).toEqual([]);
  });

  it("readers' lists walk no table", async () => {
    const { getPublicProfile } = await import("./queries/profiles");
    const lists = await import("./queries/reader-lists");
    const me = (await getPublicProfile(data.profile.handle))!;
    const review = await (await import("./queries/reviews")).getLiveReviewBySlug(data.review.slug);
    const found = await plansOf(async () => {
      const fields = { title: "Best to worst", note: null, ranked: true, isPublic: true };
      const id = (await lists.createReaderList(me.id, fields))!;
      expect(await lists.addListEntry(me.id, id, review!.soundtrackId, "note")).toBe("added");
      await lists.addListEntry(me.id, id, review!.soundtrackId, null);
      await lists.moveListEntry(me.id, id, review!.soundtrackId, 1);
      await lists.getReaderLists(me.id, { includePrivate: true });
      await lists.getReaderList(id, null);
      await lists.getListCount(review!.soundtrackId);
      await lists.updateReaderList(me.id, id, fields);
      await lists.removeListEntry(me.id, id, review!.soundtrackId);
      await lists.deleteReaderList(me.id, id);
    });
    expect(found.length).toBeGreaterThan(10);
    expect(scans(found)).toEqual([]);
    const walks = plans.walksIn(found, (step) =>
      /users_banned_at_idx|reader_lists_public_idx/.test(step),
    );
    expect(walks).toEqual([]);
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

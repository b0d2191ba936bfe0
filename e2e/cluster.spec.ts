import { eq, inArray, like, sql } from "drizzle-orm";
import { comments, readerScores, reviews, scoreStats, soundtracks } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { comparePath } from "../lib/compare-path";
import { CLUSTER_URLS } from "./config";
import { clusterDb, createReader, createReaders } from "./database";
import { accountMenu, expect, test } from "./fixtures";
import { postComment, unique } from "./helpers";

// Two production instances of the site, each on an embedded replica of one libSQL server (sqld),
// as a deployment with a load balancer in front would; the ports differ, the host is the same, so
// cookies are shared.

const [A, B] = CLUSTER_URLS;

test("a reader signs in on one instance, comments on the other, and both show it", async ({
  browser,
}) => {
  const reader = await createReader("cluster", clusterDb());
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${A}/sign-in?callbackUrl=%2Freviews`);
  await page.getByLabel("Email").fill(reader.email);
  await page.getByLabel("Password").fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${A}/reviews`);
  await expect(accountMenu(page)).toContainText(reader.name);

  const slug = "the-lacemaker-of-aldenhythe";
  const text = unique("Heard through the other instance");
  await page.goto(`${B}/reviews/${slug}#comments`);
  await postComment(page, text);
  await expect(page.getByRole("article", { name: `Comment by ${reader.name}` })).toContainText(
    text,
  );

  // A visitor on either instance sees it; each instance learns of the other's writes within a
  // quarter of a second, so a reload or two at most.
  const visitor = await browser.newPage();
  for (const origin of [A, B]) {
    await expect
      .poll(async () => {
        await visitor.goto(`${origin}/reviews/${slug}#comments`);
        return visitor.getByText(text).count();
      })
      .toBe(1);
  }
  await context.close();
});

test("writes split across both instances are all stored, with exact aggregates", async ({
  request,
}) => {
  const db = clusterDb();
  const live = await db
    .select({ id: reviews.id, slug: reviews.slug, soundtrackId: reviews.soundtrackId })
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(eq(reviews.status, "published"));
  // Scorers score every soundtrack; commenters post once each (one comment per 10 s is allowed).
  const [scorers, commenters] = await Promise.all([
    createReaders(20, "scorer", db),
    createReaders(60, "writer", db),
  ]);
  const saveScore = actionId("app/reviews/[slug]/score-actions.ts", "saveScore");
  const postComment = actionId("app/reviews/[slug]/actions.ts", "postComment");
  const run = Date.now().toString(36);
  const cookies = new Map(
    await Promise.all(
      [...scorers, ...commenters].map(async (r) => [r.id, await sessionCookie(r.id, db)] as const),
    ),
  );

  type Write = () => ReturnType<typeof callAction>;
  const sent: { userId: string; soundtrackId: number; tenths: number }[] = [];
  const scoreWrites: Write[] = [];
  const commentWrites: Write[] = [];
  scorers.forEach((reader, i) =>
    live.forEach((review, j) => {
      const tenths = ((i * 7 + j * 3) % 21) * 5;
      sent.push({ userId: reader.id, soundtrackId: review.soundtrackId, tenths });
      scoreWrites.push(() =>
        callAction(request, {
          url: `${[A, B][(i + j) % 2]}/reviews/${review.slug}`,
          actionId: saveScore,
          fields: {
            slug: review.slug,
            soundtrackId: String(review.soundtrackId),
            score: String(tenths / 10),
          },
          cookie: cookies.get(reader.id),
        }),
      );
    }),
  );
  commenters.forEach((reader, i) => {
    const review = live[i % live.length]!;
    commentWrites.push(() =>
      callAction(request, {
        url: `${[A, B][i % 2]}/reviews/${review.slug}`,
        actionId: postComment,
        fields: { reviewId: String(review.id), body: `cluster-${run}-${i}` },
        cookie: cookies.get(reader.id),
      }),
    );
  });

  // Scores and comments interleaved, twenty at a time, both instances writing at once all along.
  const writes = scoreWrites.flatMap((write, i) =>
    i % 2 === 0 && commentWrites.length > 0 ? [write, commentWrites.pop()!] : [write],
  );
  writes.push(...commentWrites);
  const answers: Awaited<ReturnType<typeof callAction>>[] = [];
  for (let i = 0; i < writes.length; i += 20) {
    answers.push(...(await Promise.all(writes.slice(i, i + 20).map((write) => write()))));
  }
  expect(answers.map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
  expect(answers.filter((a) => a.state?.status !== "ok").map((a) => a.state?.message)).toEqual([]);

  const stored = await db
    .select({ body: comments.body })
    .from(comments)
    .where(like(comments.body, `cluster-${run}-%`));
  expect(stored.map((c) => c.body).sort()).toEqual(
    commenters.map((_, i) => `cluster-${run}-${i}`).sort(),
  );
  const scores = await db
    .select()
    .from(readerScores)
    .where(
      inArray(
        readerScores.userId,
        scorers.map((s) => s.id),
      ),
    );
  expect(scores.map((s) => `${s.userId}:${s.soundtrackId}:${s.score}`).sort()).toEqual(
    sent.map((s) => `${s.userId}:${s.soundtrackId}:${s.tenths}`).sort(),
  );
  for (const review of live) {
    const [stats] = await db
      .select()
      .from(scoreStats)
      .where(eq(scoreStats.soundtrackId, review.soundtrackId));
    const [recount] = await db
      .select({
        n: sql<number>`count(*)`,
        sum: sql<number>`coalesce(sum(${readerScores.score}), 0)`,
      })
      .from(readerScores)
      .where(eq(readerScores.soundtrackId, review.soundtrackId));
    expect(stats).toMatchObject({ scoreCount: recount!.n, scoreSum: recount!.sum });
    expect(stats!.histogram.reduce((a, b) => a + b, 0)).toBe(recount!.n);
  }
});

test("every kind of page answers on a replica, whose client parses each statement first", async ({
  request,
}) => {
  const db = clusterDb();
  const reader = await createReader("sweep", db);
  const cookie = await sessionCookie(reader.id, db);
  const films = await db
    .select({ slug: reviews.slug, soundtrackSlug: soundtracks.slug })
    .from(reviews)
    .innerJoin(soundtracks, eq(soundtracks.id, reviews.soundtrackId))
    .where(eq(reviews.status, "published"))
    .limit(2);
  const [first, second] = films;
  const signedOut = [
    "/",
    "/reviews",
    `/reviews/${first!.slug}`,
    `/reviews/${first!.slug}/comments/oldest/1`,
    // A film, a composer and a track among the hits; a word being typed.
    "/search/glasswater",
    "/search/orch",
    "/composers",
    "/composers/lorne-balfe",
    "/top-rated",
    comparePath([first!.soundtrackSlug, second!.soundtrackSlug]),
    "/feed.xml",
  ];
  const signedIn = [
    "/following",
    "/lists",
    "/notifications",
    "/settings",
    `/u/${reader.handle}`,
    "/api/viewer",
    "/api/readers-like-you",
  ];
  const answers = async (paths: string[], headers: Record<string, string> = {}) =>
    Promise.all(
      paths.map(async (path) => {
        const response = await request.get(`${B}${path}`, { headers, maxRedirects: 0 });
        return `${path} ${response.status()}`;
      }),
    );
  expect(await answers(signedOut)).toEqual(signedOut.map((path) => `${path} 200`));
  expect(await answers(signedIn, { cookie })).toEqual(signedIn.map((path) => `${path} 200`));
});

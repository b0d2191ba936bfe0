import { eq } from "drizzle-orm";
import { comments, reviews } from "../db/schema";
import { COMMENT_PAGE_SIZE } from "../lib/comment-rules";
import { XSS_E2E_SAMPLE, XSS_PAYLOADS } from "../lib/xss-payloads";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb, type TestReader } from "./database";
import { expect, freshContext, signInContext, test } from "./fixtures";
import { discussion, openDiscussion, postComment } from "./helpers";
import { injected, watchDialogs } from "./xss";

/** Stores comments as posting them would, minutes apart, without waiting out the rate limit. */
async function storeComments(
  slug: string,
  author: TestReader,
  bodies: string[],
  start = Date.now() - bodies.length * 60_000,
  spacingMs = 60_000,
) {
  const [review] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, slug));
  await e2eDb()
    .insert(comments)
    .values(
      bodies.map((body, i) => ({
        reviewId: review!.id,
        authorId: author.id,
        body,
        createdAt: new Date(start + i * spacingMs),
      })),
    );
}

test(`all ${XSS_PAYLOADS.length} hostile comments in the corpus render inert in the browser`, async ({
  page,
  reader,
}) => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const run = Date.now().toString(36);
  const markers = XSS_PAYLOADS.map((_, i) => `corpus-${run}-${i}`);
  // Dated before anything else on the review, so that oldest first they fill the first pages.
  await storeComments(
    "the-long-thirst-at-corvina-flats",
    reader,
    XSS_PAYLOADS.map((payload, i) => `${markers[i]}\n\n${payload}`),
    Date.UTC(2002, 0, 1) - Date.now(),
    1,
  );
  const dialogs: string[] = [];
  watchDialogs(page, dialogs);
  const pages = Math.ceil(markers.length / COMMENT_PAGE_SIZE);
  for (let n = 1; n <= pages; n++) {
    await page.goto(`/reviews/the-long-thirst-at-corvina-flats/comments/oldest/${n}`);
    const region = discussion(page);
    for (const marker of markers.slice((n - 1) * COMMENT_PAGE_SIZE, n * COMMENT_PAGE_SIZE)) {
      await expect(region.getByText(marker, { exact: true })).toBeVisible();
    }
    await expect(
      region.locator(
        "script, iframe, img, svg, object, embed, style, math, form[action^=javascript]",
      ),
    ).toHaveCount(0);
    expect(await injected(region)).toEqual([]);
    // The page's islands have loaded and run by the time the reader's state has arrived.
    await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    expect(dialogs).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned),
    ).toBeUndefined();
  }
});

test("a long discussion pages through its threads, and old links still work", async ({
  page,
  reader,
}) => {
  const run = Date.now().toString(36);
  // Dated long ago, and the later the run the earlier (a retry included), so that oldest-first
  // they fill the first pages whatever else is on this review.
  await storeComments(
    "pipwick-and-the-cloud-foundry",
    reader,
    Array.from({ length: 25 }, (_, i) => `Thread ${run} number ${i + 1}`),
    Date.UTC(2001, 0, 1) - Date.now(),
    1,
  );
  // The discussion's old address (sort and length in the query) lands on its first page.
  await page.goto("/reviews/pipwick-and-the-cloud-foundry?comments=oldest&show=40");
  await expect(page).toHaveURL("/reviews/pipwick-and-the-cloud-foundry/comments/oldest/1");
  const region = discussion(page);
  const mine = region.getByRole("article").filter({ hasText: `Thread ${run} number` });
  const pages = region.getByRole("navigation", { name: "Discussion pages" });
  await expect(mine).toHaveCount(10);
  await expect(mine.first()).toContainText(`Thread ${run} number 1`);
  await pages.getByRole("link", { name: /Later comments/ }).click();
  await expect(page).toHaveURL("/reviews/pipwick-and-the-cloud-foundry/comments/oldest/2");
  await expect(mine).toHaveCount(10);
  await expect(region.getByText(`Thread ${run} number 20`, { exact: true })).toBeVisible();
  await pages.getByRole("link", { name: /Later comments/ }).click();
  await expect(mine).toHaveCount(5);
  await expect(region.getByText(`Thread ${run} number 25`, { exact: true })).toBeVisible();
  await pages.getByRole("link", { name: /Earlier comments/ }).click();
  await expect(page).toHaveURL("/reviews/pipwick-and-the-cloud-foundry/comments/oldest/2");

  const beyond = await page.request.get(
    "/reviews/pipwick-and-the-cloud-foundry/comments/oldest/999",
  );
  expect(beyond.status()).toBe(404);
  for (const bad of ["best/1", "newest/0", "newest/abc"]) {
    const answer = await page.request.get(`/reviews/pipwick-and-the-cloud-foundry/comments/${bad}`);
    expect(answer.status(), bad).toBe(404);
  }
});

test("hostile comments render as harmless text", async ({ browser, page, request }) => {
  const slug = "glasswater-meridian";
  const dialogs: string[] = [];
  watchDialogs(page, dialogs);
  const run = Date.now().toString(36);
  const markers = XSS_E2E_SAMPLE.map((_, i) => `xss-${run}-${i}`);
  const bodies = XSS_E2E_SAMPLE.map((payload, i) => `${markers[i]}\n\n${payload}`);
  // One comment a reader may post at a time: each payload gets a reader of its own.
  const posters = await createReaders(XSS_E2E_SAMPLE.length, "poster");

  // Two go through the form in the browser, showing at once to the reader who posted them …
  for (const i of [0, 1]) {
    const context = await freshContext(browser);
    await signInContext(context, posters[i]!.email, posters[i]!.password);
    const poster = await context.newPage();
    watchDialogs(poster, dialogs);
    await openDiscussion(poster, slug);
    await postComment(poster, bodies[i]!);
    await expect(discussion(poster).getByText(markers[i]!, { exact: true })).toBeVisible();
    expect(await injected(discussion(poster))).toEqual([]);
    await context.close();
  }
  // … the others through the same server action, sent as the form sends it.
  const [review] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, slug));
  const postCommentId = actionId("app/reviews/[slug]/actions.ts", "postComment");
  for (let i = 2; i < posters.length; i++) {
    const answer = await callAction(request, {
      url: `/reviews/${slug}`,
      actionId: postCommentId,
      fields: { reviewId: String(review!.id), body: bodies[i]! },
      cookie: await sessionCookie(posters[i]!.id),
    });
    expect(answer.state?.status).toBe("ok");
  }

  const region = await openDiscussion(page, slug);
  for (const marker of markers) {
    await expect(region.getByText(marker, { exact: true })).toBeVisible();
  }
  await expect(region.locator("script, iframe, img, svg, object, embed, style, math")).toHaveCount(
    0,
  );
  await expect(region.getByRole("link", { name: "click" })).toHaveCount(0);
  expect(await injected(region)).toEqual([]);
  expect(dialogs).toEqual([]);
});

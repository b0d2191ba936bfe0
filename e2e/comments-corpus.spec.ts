import { eq } from "drizzle-orm";
import { comments, reviews } from "../db/schema";
import { COMMENT_PAGE_SIZE } from "../lib/comment-rules";
import { XSS_PAYLOADS } from "../lib/xss-payloads";
import { e2eDb, type TestReader } from "./database";
import { expect, test } from "./fixtures";
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
    const region = page.getByRole("region", { name: /^Discussion/ });
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
  const region = page.getByRole("region", { name: /^Discussion/ });
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

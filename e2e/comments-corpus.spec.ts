import { eq } from "drizzle-orm";
import { comments, reviews } from "../db/schema";
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
  await storeComments(
    "the-long-thirst-at-corvina-flats",
    reader,
    XSS_PAYLOADS.map((payload, i) => `${markers[i]}\n\n${payload}`),
  );
  const dialogs: string[] = [];
  watchDialogs(page, dialogs);
  await page.goto("/reviews/the-long-thirst-at-corvina-flats?comments=oldest&show=200#comments");
  const region = page.getByRole("region", { name: /^Discussion/ });
  for (const marker of markers)
    await expect(region.getByText(marker, { exact: true })).toBeVisible();
  await expect(
    region.locator(
      "script, iframe, img, svg, object, embed, style, math, form[action^=javascript]",
    ),
  ).toHaveCount(0);
  expect(await injected(region)).toEqual([]);
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned),
  ).toBeUndefined();
});

test("load more pages through a long discussion", async ({ page, reader }) => {
  const run = Date.now().toString(36);
  // Dated long ago, and the later the run the earlier (a retry included), so that oldest-first
  // they fill the first pages whatever else is on this review.
  await storeComments(
    "pipwick-and-the-cloud-foundry",
    reader,
    Array.from({ length: 45 }, (_, i) => `Thread ${run} number ${i + 1}`),
    Date.UTC(2001, 0, 1) - Date.now(),
    1,
  );
  await page.goto("/reviews/pipwick-and-the-cloud-foundry?comments=oldest#comments");
  const region = page.getByRole("region", { name: /^Discussion/ });
  const mine = region.getByRole("article").filter({ hasText: `Thread ${run} number` });
  await expect(mine).toHaveCount(20);
  await region.getByRole("link", { name: "Load more comments" }).click();
  await expect(mine).toHaveCount(40);
  await expect(region.getByText(`Thread ${run} number 40`, { exact: true })).toBeVisible();
  await region.getByRole("link", { name: "Load more comments" }).click();
  await expect(mine).toHaveCount(45);
  await expect(region.getByRole("link", { name: "Load more comments" })).toHaveCount(0);
});

import { actionId, callAction } from "./actions";
import { expect, test } from "./fixtures";
import { comment, postComment, saveScore, unique } from "./helpers";

test("a reader cannot like their own comment: no button, and the action refuses", async ({
  readerPage: page,
  reader,
}) => {
  const slug = "the-lacemaker-of-aldenhythe";
  const text = unique("My own harpsichord note");
  await page.goto(`/reviews/${slug}#comments`);
  await postComment(page, text);
  const mine = comment(page, reader.name, text);
  // The reader's tools are there (Edit), the like button is not.
  await expect(mine.getByRole("button", { name: "Edit your comment" })).toBeVisible();
  await expect(mine.getByRole("button", { name: /^Like comment/ })).toHaveCount(0);

  const anchor = await mine.getAttribute("id");
  const commentId = anchor!.replace("comment-", "");
  const reviewId = await page.locator('form input[name="reviewId"]').first().inputValue();
  const answer = await callAction(page.request, {
    url: `/reviews/${slug}`,
    actionId: actionId("app/reviews/[slug]/actions.ts", "toggleLike"),
    fields: { reviewId, commentId, like: "true" },
  });
  expect(answer.state).toMatchObject({
    status: "error",
    message: "You cannot like your own comment.",
  });
  await page.reload();
  await expect(mine.getByRole("button", { name: "Edit your comment" })).toBeVisible();
  await expect(mine).not.toContainText("1 like");
});

test("a comment sent twice (a retry) is posted once", async ({ readerPage: page, reader }) => {
  const slug = "the-lacemaker-of-aldenhythe";
  const text = unique("Posted on a shaky connection");
  await page.goto(`/reviews/${slug}#comments`);
  // The browser's one post reaches the server twice, as a retry after a timeout would.
  let sends = 0;
  await page.route(`**/reviews/${slug}`, async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"]) {
      return route.fallback();
    }
    sends += 1;
    await route.fetch();
    await route.fulfill({ response: await route.fetch() });
  });
  await postComment(page, text);
  expect(sends).toBe(1);
  await page.unroute(`**/reviews/${slug}`);
  await page.reload();
  await expect(comment(page, reader.name, text)).toHaveCount(1);
});

test("a reader's score shows beside their comment and follows a change", async ({
  readerPage: page,
  reader,
}) => {
  const slug = "glasswater-meridian";
  await page.goto(`/reviews/${slug}`);
  await saveScore(page, "7.5");
  const text = unique("The glass harmonica");
  await postComment(page, text);
  const mine = comment(page, reader.name, text);
  await expect(mine.getByText("Scored the soundtrack 7.5 out of 10")).toBeVisible();

  await saveScore(page, "9");
  await page.reload();
  await expect(mine.getByText("Scored the soundtrack 9.0 out of 10")).toBeVisible();
  // The same on the discussion's own pages.
  await page.goto(`/reviews/${slug}/comments/newest/1`);
  await expect(mine.getByText("Scored the soundtrack 9.0 out of 10")).toBeVisible();
});

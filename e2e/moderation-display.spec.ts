import { eq } from "drizzle-orm";
import { commentReports, comments, reviews } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb } from "./database";
import { expect, test } from "./fixtures";
import { unique } from "./helpers";

// What the moderation queue shows of a comment and its author. Each test has readers and words
// of its own, on a review whose discussion no other test writes in.

const SLUG = "pipwick-and-the-cloud-foundry";

async function reviewId() {
  const [row] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, SLUG));
  return row!.id;
}

test("the queue shows a comment's Markdown rendered as the discussion does, and nothing unsafe", async ({
  adminPage,
}) => {
  const [author, reporter] = await createReaders(2, "markdown");
  const words = unique("Loudly");
  const body = [
    `**${words}** said, with _feeling_ and [a link](https://example.com/notes).`,
    "",
    "> Quoted from the album notes",
    "",
    `<script>document.title = "owned"</script><img src=x onerror="document.title='owned'">`,
    "[sneaky](javascript:alert(1))",
  ].join("\n");
  const db = e2eDb();
  const [row] = await db
    .insert(comments)
    .values({ reviewId: await reviewId(), authorId: author!.id, body, createdAt: new Date() })
    .returning({ id: comments.id });
  await db
    .insert(commentReports)
    .values({ commentId: row!.id, reporterId: reporter!.id, reason: "spam" });

  await adminPage.goto("/admin/moderation");
  const item = adminPage.getByRole("article", { name: `Comment #${row!.id} by ${author!.name}` });
  await expect(item.locator("strong")).toHaveText(words);
  await expect(item.locator("em")).toHaveText("feeling");
  await expect(item.locator("blockquote")).toHaveText("Quoted from the album notes");
  const link = item.getByRole("link", { name: "a link" });
  await expect(link).toHaveAttribute("href", "https://example.com/notes");
  await expect(link).toHaveAttribute("rel", "ugc nofollow noopener noreferrer");
  // No Markdown marks left over, and none of the HTML or the script link made it through.
  await expect(item).not.toContainText("**");
  await expect(item).not.toContainText("_feeling_");
  await expect(item.locator("script, img, [onerror]")).toHaveCount(0);
  await expect(item.getByRole("link", { name: "sneaky" })).toHaveCount(0);
  await expect(item.getByText("sneaky")).toBeVisible();
  expect(await adminPage.title()).not.toBe("owned");
});

test("a banned reader's name is plain text under their comments and in the queue, and nothing asks for their profile", async ({
  adminPage,
  page,
  request,
}) => {
  const [author] = await createReaders(1, "banned");
  const text = unique("Soon to be banned, still worth reading");
  const posted = await callAction(request, {
    url: `/reviews/${SLUG}`,
    actionId: actionId("app/reviews/[slug]/actions.ts", "postComment"),
    fields: { reviewId: String(await reviewId()), body: text },
    cookie: await sessionCookie(author!.id),
  });
  expect(posted.state?.status).toBe("ok");
  const [{ id } = { id: 0 }] = await e2eDb()
    .select({ id: comments.id })
    .from(comments)
    .where(eq(comments.body, text));

  // Before the ban their name leads to their profile.
  const discussion = page.locator(`#comment-${id}`);
  await expect(async () => {
    await page.goto(`/reviews/${SLUG}`);
    await expect(discussion).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(discussion.getByRole("link", { name: author!.name })).toHaveAttribute(
    "href",
    `/u/${author!.handle}`,
  );

  await adminPage.goto("/admin/moderation?view=recent");
  const item = adminPage.getByRole("article", { name: `Comment #${id} by ${author!.name}` });
  await item.getByRole("button", { name: `Ban ${author!.name}` }).click();
  const banForm = item.getByRole("form", { name: `Ban ${author!.name}` });
  await banForm.getByRole("textbox", { name: `Why ban ${author!.name}?` }).fill("Testing names");
  await banForm.getByRole("button", { name: "Ban reader" }).click();
  await expect(item.getByText("Banned: Testing names")).toBeVisible();
  await adminPage.reload();
  await expect(item.getByText(author!.name, { exact: true })).toBeVisible();
  await expect(item.getByRole("link", { name: author!.name })).toHaveCount(0);

  // The discussion, cached for everyone, is made again without the link; nothing fetches the
  // profile that is now a 404, not even a prefetch.
  const profileRequests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith(`/u/${author!.handle}`)) profileRequests.push(r.url());
  });
  await expect(async () => {
    await page.goto(`/reviews/${SLUG}`);
    await expect(discussion.getByRole("link", { name: author!.name })).toHaveCount(0, {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(discussion.getByText(author!.name, { exact: true })).toBeVisible();
  await expect(discussion).toContainText(text);
  await discussion.getByText(author!.name, { exact: true }).hover();
  await page.waitForLoadState("networkidle");
  expect(profileRequests).toEqual([]);
  expect((await request.get(`/u/${author!.handle}`)).status()).toBe(404);
});

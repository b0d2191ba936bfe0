import { expect, FEATURED, test } from "./fixtures";
import { comment, discussion, openDiscussion, postComment, unique } from "./helpers";

// Tests run in parallel on one database, so each uses its own readers, its own words (unique per
// run) and, where order or counts matter, a review no other test comments on.

test("a reader comments and another reader replies under it", async ({
  readerPage,
  reader,
  secondReaderPage,
  secondReader,
}) => {
  const slug = "the-lacemaker-of-aldenhythe";
  const text = unique("The harpsichord in the second act");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, text);
  const mine = comment(readerPage, reader.name, text);
  await expect(mine).toBeVisible();
  await expect(mine.getByRole("link", { name: reader.name })).toHaveAttribute(
    "href",
    `/u/${reader.handle}`,
  );
  await expect(mine.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  await openDiscussion(secondReaderPage, slug);
  const theirs = comment(secondReaderPage, reader.name, text);
  await theirs.getByRole("button", { name: `Reply to ${reader.name}` }).click();
  const replyForm = secondReaderPage.getByRole("form", { name: `Reply to ${reader.name}` });
  const reply = unique("Those lute runs too");
  await replyForm.getByRole("textbox", { name: `Your reply to ${reader.name}` }).fill(reply);
  await replyForm.getByRole("button", { name: "Post reply" }).click();
  await expect(replyForm).toBeHidden();
  const replies = discussion(secondReaderPage)
    .getByRole("list", { name: `Replies to ${reader.name}` })
    .filter({ has: secondReaderPage.getByText(reply) });
  await expect(
    replies.getByRole("article", { name: `Comment by ${secondReader.name}` }),
  ).toContainText(reply);

  // The count on the review itself and on its archive card (a static page) follows at once.
  await readerPage.reload();
  await expect(readerPage.getByRole("link", { name: /^\d+ comments?$/ }).first()).toBeVisible();
  await readerPage.goto("/reviews");
  const card = readerPage.getByRole("article").filter({ hasText: "The Lacemaker of Aldenhythe" });
  await expect(card.getByRole("link", { name: /^\d+ comments?$/ })).toBeVisible();
});

test("an author edits and deletes their own comment; another reader cannot", async ({
  readerPage,
  reader,
  secondReaderPage,
  secondReader,
}) => {
  const slug = "the-long-thirst-at-corvina-flats";
  const text = unique("First thoughts");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, text);
  const mine = comment(readerPage, reader.name, text);
  await mine.getByRole("button", { name: "Edit your comment" }).click();
  const editor = mine.getByRole("textbox", { name: "Edit your comment" });
  await expect(editor).toHaveValue(text);
  const edited = `${text} — on second listen, the strings carry it`;
  await editor.fill(edited);
  await mine.getByRole("button", { name: "Save changes" }).click();
  const after = comment(readerPage, reader.name, edited);
  await expect(after.getByText("edited", { exact: true })).toBeVisible();
  await expect(after.getByRole("textbox")).toHaveCount(0);

  await openDiscussion(secondReaderPage, slug);
  const seen = comment(secondReaderPage, reader.name, edited);
  await expect(seen.getByText("edited", { exact: true })).toBeVisible();
  await expect(seen.getByRole("button", { name: "Edit your comment" })).toHaveCount(0);
  await expect(seen.getByRole("button", { name: "Delete your comment" })).toHaveCount(0);
  await expect(
    seen.getByRole("button", { name: `Report comment by ${reader.name}` }),
  ).toBeVisible();
  await seen.getByRole("button", { name: `Reply to ${reader.name}` }).click();
  const reply = unique("I disagree, politely");
  const replyForm = secondReaderPage.getByRole("form", { name: `Reply to ${reader.name}` });
  await replyForm.getByRole("textbox").fill(reply);
  await replyForm.getByRole("button", { name: "Post reply" }).click();
  await expect(comment(secondReaderPage, secondReader.name, reply)).toBeVisible();

  await readerPage.reload();
  const toDelete = comment(readerPage, reader.name, edited);
  await toDelete.getByRole("button", { name: "Delete your comment" }).click();
  await toDelete.getByRole("button", { name: "Yes, delete" }).click();
  await expect(comment(readerPage, reader.name, edited)).toHaveCount(0);
  const thread = discussion(readerPage)
    .getByRole("listitem")
    .filter({ has: readerPage.getByText(reply) })
    .first();
  await expect(thread.getByRole("article", { name: "Deleted comment" })).toHaveText(
    "This comment was deleted.",
  );
  await expect(
    thread.getByRole("article", { name: `Comment by ${secondReader.name}` }),
  ).toBeVisible();
});

test("a reader likes and unlikes a comment and the count follows", async ({
  readerPage,
  reader,
  secondReaderPage,
}) => {
  const slug = "pipwick-and-the-cloud-foundry";
  const text = unique("That music-box theme");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, text);

  await openDiscussion(secondReaderPage, slug);
  const like = comment(secondReaderPage, reader.name, text).getByRole("button", {
    name: `Like comment by ${reader.name}`,
  });
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect(like).toHaveAccessibleDescription("0 likes");
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toHaveAccessibleDescription("1 like");
  // The count shows at once; the like is stored when the button stops being busy. A reload
  // before then could be answered before the write, by the page as it was.
  await expect(like).not.toHaveAttribute("aria-busy", "true");
  await secondReaderPage.reload();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toHaveAccessibleDescription("1 like");

  // The author sees the count, with nothing to press: their own comment is not theirs to like.
  await readerPage.reload();
  const own = comment(readerPage, reader.name, text);
  await expect(own.getByRole("button", { name: "Edit your comment" })).toBeVisible();
  await expect(own.getByRole("button", { name: /^Like comment/ })).toHaveCount(0);
  await expect(own).toContainText("1 like");

  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "false");
  await expect(like).toHaveAccessibleDescription("0 likes");
  await expect(like).not.toHaveAttribute("aria-busy", "true");
  await secondReaderPage.reload();
  await expect(like).toHaveAccessibleDescription("0 likes");
});

test("a reader reports a comment, sees it reported, and may withdraw it", async ({
  readerPage,
  reader,
  secondReaderPage,
}) => {
  const slug = "pipwick-and-the-cloud-foundry";
  const text = unique("Buy cheap vinyl at my shop");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, text);
  await expect(
    comment(readerPage, reader.name, text).getByRole("button", { name: /^Report/ }),
  ).toHaveCount(0);

  await openDiscussion(secondReaderPage, slug);
  const target = comment(secondReaderPage, reader.name, text);
  await target.getByRole("button", { name: `Report comment by ${reader.name}` }).click();
  const form = target.getByRole("form", { name: `Report comment by ${reader.name}` });
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(form.getByText("Choose a reason.")).toBeVisible();
  await form.getByRole("radio", { name: "Spam or advertising" }).check();
  await form.getByRole("button", { name: "Send report" }).click();
  await expect(target.getByText("Reported", { exact: true })).toBeVisible();
  await expect(
    target.getByRole("status").filter({ hasText: "The moderators will take a look." }),
  ).toBeVisible();
  await secondReaderPage.reload();
  await expect(target.getByText("Reported", { exact: true })).toBeVisible();

  await target.getByRole("button", { name: "Withdraw report" }).click();
  await expect(
    target.getByRole("status").filter({ hasText: "Your report is withdrawn." }),
  ).toBeVisible();
  await expect(
    target.getByRole("button", { name: `Report comment by ${reader.name}` }),
  ).toBeVisible();
});

test("a spoiler stays folded until a reader opens it", async ({ readerPage, reader, page }) => {
  const slug = "the-hollow-at-vennick-mill";
  const text = unique("The final cue reveals the miller was the ghost");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, text, { spoiler: true });

  await openDiscussion(page, slug);
  const article = discussion(page).getByRole("article", { name: `Comment by ${reader.name}` });
  const spoiler = article.filter({ hasText: text });
  const reveal = spoiler.getByText("Spoiler — show comment");
  await expect(reveal).toBeVisible();
  await expect(spoiler.getByText(text)).toBeHidden();
  await reveal.focus();
  await page.keyboard.press("Enter");
  await expect(spoiler.getByText(text)).toBeVisible();
});

test("comments sort by newest and oldest", async ({
  readerPage,
  reader,
  secondReaderPage,
  secondReader,
  page,
}) => {
  const slug = "the-harrowmere-eight";
  const first = unique("Earlier thought");
  const second = unique("Later thought");
  await openDiscussion(readerPage, slug);
  await postComment(readerPage, first);
  await openDiscussion(secondReaderPage, slug);
  await postComment(secondReaderPage, second);

  const order = async () => {
    const texts = await discussion(page).getByRole("article").allTextContents();
    return [texts.findIndex((t) => t.includes(first)), texts.findIndex((t) => t.includes(second))];
  };
  const region = await openDiscussion(page, slug);
  const sort = region.getByRole("navigation", { name: "Sort comments" });
  await expect(sort.getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
  await expect(comment(page, secondReader.name, second)).toBeVisible();
  let [a, b] = await order();
  expect(b).toBeGreaterThanOrEqual(0);
  expect(b).toBeLessThan(a!);

  await sort.getByRole("link", { name: "Oldest" }).click();
  await expect(page).toHaveURL(`/reviews/${slug}/comments/oldest/1`);
  await expect(sort.getByRole("link", { name: "Oldest" })).toHaveAttribute("aria-current", "true");
  await expect(sort.getByRole("link", { name: "Newest" })).not.toHaveAttribute("aria-current");
  await expect(comment(page, reader.name, first)).toBeVisible();
  [a, b] = await order();
  expect(a).toBeGreaterThanOrEqual(0);
  expect(a).toBeLessThan(b!);
});

test("a signed-out visitor is offered sign-in that returns to the discussion", async ({ page }) => {
  const region = await openDiscussion(page, FEATURED.slug);
  await expect(region.getByRole("form", { name: "Post a comment" })).toHaveCount(0);
  await expect(region.getByRole("button", { name: /^Reply to/ })).toHaveCount(0);
  const signIn = region.getByRole("link", { name: "Sign in to join the discussion" });
  const callback = encodeURIComponent(`/reviews/${FEATURED.slug}#comment-form`);
  await expect(signIn).toHaveAttribute("href", `/sign-in?callbackUrl=${callback}`);
  await signIn.click();
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${callback}`);
});

test("a second quick comment is held back and its text stays in the box", async ({
  readerPage,
}) => {
  await openDiscussion(readerPage, FEATURED.slug);
  await postComment(readerPage, unique("Balfe's percussion"));
  const form = readerPage.getByRole("form", { name: "Post a comment" });
  const box = form.getByRole("textbox", { name: "Your comment" });
  const second = unique("And another thing about the Lalo Schifrin quotes");
  await box.fill(second);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText(/^You can post again in (\d|10) seconds?\.$/);
  await expect(box).toHaveValue(second);
  await expect(discussion(readerPage).getByText(second)).toHaveCount(0);
});

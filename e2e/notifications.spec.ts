import type { Page } from "@playwright/test";
import { accountButton, axeScan, expect, openAccountMenu, test } from "./fixtures";
import { comment, postComment, unique } from "./helpers";

// Each test has readers of its own, so the counts are theirs alone.

const SLUG = "the-hollow-at-vennick-mill";
const FILM = "The Hollow at Vennick Mill";

/** The header's count, on the account menu's button: "Ana Reader 2 unread notifications". */
async function expectUnread(page: Page, unread: number) {
  const button = accountButton(page);
  await expect(button).toBeVisible();
  if (unread === 0) await expect(button).not.toHaveAccessibleName(/unread/);
  else await expect(button).toHaveAccessibleName(new RegExp(` ${unread} unread notifications$`));
}

test("a reply and a like reach the comment's author, who reads and marks them", async ({
  readerPage: ana,
  reader,
  secondReaderPage: ben,
  secondReader,
}) => {
  const text = unique("The waterwheel ostinato");
  await ana.goto(`/reviews/${SLUG}#comments`);
  await postComment(ana, text);
  await expectUnread(ana, 0);

  await ben.goto(`/reviews/${SLUG}#comments`);
  const theirs = comment(ben, reader.name, text);
  const like = theirs.getByRole("button", { name: `Like comment by ${reader.name}` });
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).not.toHaveAttribute("aria-busy", "true");
  await theirs.getByRole("button", { name: `Reply to ${reader.name}` }).click();
  const replyForm = ben.getByRole("form", { name: `Reply to ${reader.name}` });
  const reply = unique("It turns like a mill");
  await replyForm.getByRole("textbox", { name: `Your reply to ${reader.name}` }).fill(reply);
  await replyForm.getByRole("button", { name: "Post reply" }).click();
  await expect(replyForm).toBeHidden();
  // Nothing for the one who replied and liked.
  await ben.goto("/");
  await expectUnread(ben, 0);

  await ana.goto("/");
  await expectUnread(ana, 2);
  await (await openAccountMenu(ana)).getByRole("link", { name: "Notifications 2 unread" }).click();
  await expect(ana.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const list = ana.getByRole("list", { name: "Notifications" });
  const replied = `${secondReader.name} replied to your comment on ${FILM}`;
  const liked = `${secondReader.name} liked your comment on ${FILM}`;
  await expect(list.getByRole("link")).toHaveText([replied, liked]);
  const { violations } = await axeScan(ana).analyze();
  expect(violations).toEqual([]);

  await list.getByRole("button", { name: `Mark read: ${liked}` }).click();
  await expectUnread(ana, 1);
  await expect(list.getByRole("button", { name: `Mark read: ${liked}` })).toHaveCount(0);
  await ana.getByRole("button", { name: "Mark all as read" }).click();
  await expectUnread(ana, 0);
  await expect(list.getByRole("button", { name: /^Mark read/ })).toHaveCount(0);
  await ana.reload();
  await expectUnread(ana, 0);

  // Each links to the comment itself.
  await list.getByRole("link", { name: replied }).click();
  await expect(ana).toHaveURL(new RegExp(`/reviews/${SLUG}/comments/oldest/\\d+#comment-\\d+$`));
  await expect(comment(ana, secondReader.name, reply)).toBeVisible();
});

test("the notifications page has an empty state, a digest choice, and needs a reader", async ({
  page,
  readerPage,
}) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications$/);

  // It fits a phone's width.
  await readerPage.setViewportSize({ width: 360, height: 740 });
  await readerPage.goto("/notifications");
  await expect(readerPage.getByText(/^Nothing yet\./)).toBeVisible();
  expect(
    await readerPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
  ).toBe(true);
  const digest = readerPage.getByRole("button", { name: /daily digest/ });
  await expect(digest).toHaveAttribute("aria-pressed", "false");
  await digest.click();
  await expect(readerPage.getByRole("status").filter({ hasText: "one email a day" })).toBeVisible();
  await readerPage.reload();
  await expect(digest).toHaveAttribute("aria-pressed", "true");
});

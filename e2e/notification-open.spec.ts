import { eq } from "drizzle-orm";
import { comments, notifications, reviews } from "../db/schema";
import { e2eDb } from "./database";
import { expect, test } from "./fixtures";
import { unique } from "./helpers";

const SLUG = "the-hollow-at-vennick-mill";
const FILM = "The Hollow at Vennick Mill";

/** A reply by `from` to a comment by `to`, and the notification it brings `to`. */
async function replyNotification(to: string, from: string, text: string) {
  const [review] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, SLUG));
  const values = { reviewId: review!.id, createdAt: new Date() };
  const [top] = await e2eDb()
    .insert(comments)
    .values({ ...values, authorId: to, body: unique("A comment to answer") })
    .returning({ id: comments.id });
  const [reply] = await e2eDb()
    .insert(comments)
    .values({ ...values, authorId: from, parentId: top!.id, body: text })
    .returning({ id: comments.id });
  const [note] = await e2eDb()
    .insert(notifications)
    .values({ ...values, recipientId: to, actorId: from, kind: "reply", commentId: reply!.id })
    .returning({ id: notifications.id });
  return { id: note!.id, replyId: reply!.id };
}

const readAt = async (id: number) =>
  (await e2eDb().select().from(notifications).where(eq(notifications.id, id)))[0]!.readAt;

test("opening a notification marks it read; nobody else's link can", async ({
  readerPage,
  reader,
  secondReaderPage,
  secondReader,
  page,
}) => {
  const reply = unique("The mill answers back");
  const { id, replyId } = await replyNotification(reader.id, secondReader.id, reply);
  const label = `${secondReader.name} replied to your comment on ${FILM}`;

  // Another reader who has the address lands on their own list, and it stays unread.
  await secondReaderPage.goto(`/notifications/${id}`);
  await expect(secondReaderPage).toHaveURL("/notifications");
  await expect(secondReaderPage.getByRole("link", { name: label })).toHaveCount(0);
  // A visitor is asked to sign in first, and a malformed address goes to the list.
  await page.goto(`/notifications/${id}`);
  await expect(page).toHaveURL(`/sign-in?callbackUrl=%2Fnotifications%2F${id}`);
  await readerPage.goto("/notifications/not-a-number");
  await expect(readerPage).toHaveURL("/notifications");
  expect(await readAt(id)).toBeNull();

  const list = readerPage.getByRole("list", { name: "Notifications" });
  const markRead = list.getByRole("button", { name: `Mark read: ${label}` });
  await expect(markRead).toBeVisible();
  await list.getByRole("link", { name: label }).click();
  // At the reply itself (written straight to the database, so a cached page may not show it yet).
  await expect(readerPage).toHaveURL(
    new RegExp(`/reviews/${SLUG}/comments/oldest/\\d+#comment-${replyId}$`),
  );

  // Back on the list (opened afresh: going back may meet the list refreshing itself after the
  // reader's own write), it is read.
  await readerPage.goto("/notifications");
  await expect(list.getByRole("link", { name: label })).toBeVisible();
  await expect(markRead).toHaveCount(0);
  expect(await readAt(id)).not.toBeNull();
});

import type { Page } from "@playwright/test";
import { and, eq, isNull } from "drizzle-orm";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { auditLog, commentReports, comments, reviews, users } from "../db/schema";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb, type TestReader } from "./database";
import { axeScan, expect, FEATURED, test } from "./fixtures";
import { unique } from "./helpers";

// Each test writes its own comments, by readers of its own, on the featured review; the words
// are unique per run, so tests running side by side never find each other's.

async function featuredReviewId() {
  const [row] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, FEATURED.slug));
  return row!.id;
}

async function axeViolations(page: Page) {
  const { violations } = await axeScan(page).analyze();
  return violations.map((v) => `${v.id}: ${v.help}`);
}

/** A comment written straight to the database, reported by each of `reporters`. */
async function reportedComment(author: TestReader, body: string, reporters: TestReader[]) {
  const db = e2eDb();
  const [row] = await db
    .insert(comments)
    .values({
      reviewId: await featuredReviewId(),
      authorId: author.id,
      body,
      createdAt: new Date(),
    })
    .returning({ id: comments.id });
  if (reporters.length > 0) {
    await db
      .insert(commentReports)
      .values(reporters.map((r) => ({ commentId: row!.id, reporterId: r.id, reason: "spam" })));
  }
  return row!.id;
}

test("an admin hides reported comments, unhides one, deletes one, bans an author; the log shows it", async ({
  adminPage,
  reader,
  readerPage,
  page,
  request,
}) => {
  // The whole moderation round in one story: three times the usual time on a busy machine.
  test.slow();
  const [reporter, other, replier] = await createReaders(3, "mod");
  const text = unique("Buy cheap soundtrack bootlegs at");
  const otherText = unique("Another advert for");
  const id = await reportedComment(reader, text, [reporter!, other!]);
  const otherId = await reportedComment(other!, otherText, [reporter!]);
  const replyText = unique("A reply that stays in view");
  await e2eDb()
    .insert(comments)
    .values({
      reviewId: await featuredReviewId(),
      authorId: replier!.id,
      parentId: id,
      body: replyText,
      createdAt: new Date(),
    });

  // The reported queue: both comments, with their reports; hidden together.
  await adminPage.goto("/admin/moderation");
  await expect(adminPage.getByRole("heading", { name: "Moderation", level: 1 })).toBeVisible();
  const row = adminPage.getByRole("article", { name: `Comment #${id} by ${reader.name}` });
  await expect(row).toContainText(text);
  await expect(row).toContainText("2 open reports");
  await expect(row).toContainText("Spam or advertising ×2");
  await expect(row.getByRole("link", { name: reader.name })).toHaveAttribute(
    "href",
    `/u/${reader.handle}`,
  );
  expect(await axeViolations(adminPage)).toEqual([]);
  const bar = adminPage.getByRole("form", { name: "Act on the selected comments" });
  const mine = adminPage.getByRole("checkbox", {
    name: `Select comment #${id} by ${reader.name}`,
  });
  // "Select all on this page" works from the keyboard, and back.
  const all = bar.getByRole("checkbox", { name: "Select all on this page" });
  await all.focus();
  await adminPage.keyboard.press("Space");
  await expect(mine).toBeChecked();
  await expect(bar.getByText(/^\d+ comments? selected$/)).toBeVisible();
  await adminPage.keyboard.press("Space");
  await expect(mine).not.toBeChecked();
  await expect(bar.getByText("None selected")).toBeVisible();

  await mine.check();
  await adminPage
    .getByRole("checkbox", { name: `Select comment #${otherId} by ${other!.name}` })
    .check();
  await expect(bar.getByText("2 comments selected")).toBeVisible();
  await bar.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(bar.getByRole("status")).toHaveText(
    "2 comments hidden and their open reports resolved.",
  );
  // Their reports are resolved, so they leave the reported queue.
  await expect(row).toHaveCount(0);

  // The discussion keeps a placeholder and the reply; the words are nowhere in the page.
  await page.goto(`/reviews/${FEATURED.slug}#comments`);
  const placeholder = page.locator(`#comment-${id}`);
  await expect(placeholder).toHaveText("Hidden by a moderator.");
  await expect(page.getByText(replyText)).toBeVisible();
  expect(await page.content()).not.toContain(text);
  expect(await (await page.request.get(`/reviews/${FEATURED.slug}`)).text()).not.toContain(text);
  const source = await request.get(`/api/comments/${id}/source`, {
    headers: { cookie: await sessionCookie(reader.id) },
  });
  expect(source.status()).toBe(404);
  expect(await source.text()).not.toContain(text);

  // Unhidden from the recent comments, it is back in the discussion.
  await adminPage.goto("/admin/moderation?view=recent");
  const recent = adminPage.getByRole("article", { name: `Comment #${id} by ${reader.name}` });
  await expect(recent).toContainText("Hidden");
  await adminPage
    .getByRole("checkbox", { name: `Select comment #${id} by ${reader.name}` })
    .check();
  await bar.getByRole("button", { name: "Unhide" }).click();
  await expect(bar.getByRole("status")).toHaveText("1 comment visible again.");
  await expect(recent).toContainText("Visible");
  await page.reload();
  await expect(page.locator(`#comment-${id}`)).toContainText(text);

  // The author has the discussion open when an admin bans them with a reason.
  await readerPage.goto(`/reviews/${FEATURED.slug}#comments`);
  const composer = readerPage.getByRole("form", { name: "Post a comment" });
  await expect(composer).toBeVisible();
  const reason = unique("Advertising bootlegs again, see comment");
  await recent.getByRole("button", { name: `Ban ${reader.name}` }).click();
  const banForm = recent.getByRole("form", { name: `Ban ${reader.name}` });
  await banForm.getByRole("button", { name: "Ban reader" }).click();
  await expect(banForm.getByText("Give a reason; the reader will see it.")).toBeVisible();
  await banForm.getByRole("textbox", { name: `Why ban ${reader.name}?` }).fill(reason);
  await banForm.getByRole("button", { name: "Ban reader" }).click();
  await expect(recent.getByText(`Banned: ${reason}`)).toBeVisible();
  await expect(
    recent.getByRole("button", { name: `Lift the ban on ${reader.name}` }),
  ).toBeVisible();

  // Their next comment is refused with the admin's reason, and nothing is written.
  await composer.getByRole("textbox", { name: "Your comment" }).fill("Am I still here?");
  await composer.getByRole("button", { name: "Post comment" }).click();
  await expect(composer.getByRole("status")).toHaveText(`Your account is suspended: ${reason}`);
  expect(await e2eDb().$count(comments, eq(comments.authorId, reader.id))).toBe(1);

  // Deleting asks first, naming how many.
  const otherRow = adminPage.getByRole("article", {
    name: `Comment #${otherId} by ${other!.name}`,
  });
  await adminPage
    .getByRole("checkbox", { name: `Select comment #${otherId} by ${other!.name}` })
    .check();
  await bar.getByRole("button", { name: "Delete…" }).click();
  const confirm = bar.getByRole("group", { name: "Confirm deletion" });
  await expect(confirm).toContainText("Delete 1 comment?");
  await expect(confirm.getByRole("button", { name: "Yes, delete 1 comment" })).toBeFocused();
  await confirm.getByRole("button", { name: "Yes, delete 1 comment" }).click();
  await expect(bar.getByRole("status")).toHaveText(
    "1 comment deleted and its open reports resolved.",
  );
  await expect(otherRow).toContainText("Deleted");

  // The audit log, filtered by action, lists each of those.
  await adminPage.goto("/admin/audit");
  const filters = adminPage.getByRole("search", { name: "Filter the audit log" });
  const entries = adminPage.getByRole("list", { name: "Audit log entries" });
  for (const [label, target] of [
    ["Hid a comment", `#${id} by @${reader.handle}`],
    ["Hid a comment", `#${otherId} by @${other!.handle}`],
    ["Unhid a comment", `#${id} by @${reader.handle}`],
    ["Deleted a comment", `#${otherId} by @${other!.handle}`],
    ["Banned a reader", `@${reader.handle} (${reader.name}): ${reason}`],
  ] as const) {
    await filters.getByLabel("Action").selectOption({ label });
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(adminPage).toHaveURL(/\/admin\/audit\?action=/);
    const entry = entries.getByRole("listitem").filter({ hasText: target });
    await expect(entry).toContainText("Demo Editor");
    await expect(entry).toContainText(label);
    await expect(entries.getByRole("listitem").filter({ hasNotText: label })).toHaveCount(0);
  }

  expect(await axeViolations(adminPage)).toEqual([]);

  // A query the log cannot read gets a message, not an error page.
  const bad = await adminPage.goto("/admin/audit?action=DROP%20TABLE");
  expect(bad?.status()).toBe(200);
  await expect(adminPage.getByRole("main").getByRole("alert")).toHaveText(
    /^That is not an action the log knows\./,
  );
});

test.describe("what must not be possible", () => {
  test("a reader and a visitor get the not-found page at every moderation page", async ({
    readerPage,
    page,
  }) => {
    for (const visitor of [readerPage, page]) {
      for (const path of ["/admin/moderation", "/admin/moderation/readers", "/admin/audit"]) {
        const response = await visitor.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(
          visitor.getByRole("heading", { name: "We couldn’t find that page" }),
        ).toBeVisible();
        await expect(visitor.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
      }
    }
  });

  test("a reader's or a visitor's direct POST of the hide action changes nothing", async ({
    request,
    reader,
  }) => {
    const [author] = await createReaders(1, "victim");
    const text = unique("Reported but not for a reader to hide");
    const id = await reportedComment(author!, text, [reader]);
    const hide = actionId("app/admin/moderation/actions.ts", "hideComments");
    for (const cookie of [await sessionCookie(reader.id), undefined]) {
      const answer = await callAction(request, {
        url: "/admin/moderation",
        actionId: hide,
        fields: { commentIds: String(id) },
        cookie,
      });
      expect(answer.state?.status).not.toBe("ok");
    }
    const [row] = await e2eDb().select().from(comments).where(eq(comments.id, id));
    expect(row).toMatchObject({ hiddenAt: null, deletedAt: null, body: text });
    const open = await e2eDb()
      .select()
      .from(commentReports)
      .where(and(eq(commentReports.commentId, id), isNull(commentReports.resolvedAt)));
    expect(open).toHaveLength(1);
    expect(await e2eDb().$count(auditLog, eq(auditLog.targetId, String(id)))).toBe(0);
  });
});

test("a thread a moderator hid takes no reply, from its page or by a direct POST", async ({
  reader,
  readerPage,
  request,
}) => {
  const [author, replier] = await createReaders(2, "hidden-thread");
  const top = await reportedComment(author!, unique("A thread to be hidden"), []);
  const replyText = unique("A reply inside the hidden thread");
  const [reply] = await e2eDb()
    .insert(comments)
    .values({
      reviewId: await featuredReviewId(),
      authorId: replier!.id,
      parentId: top,
      body: replyText,
      createdAt: new Date(),
    })
    .returning({ id: comments.id });
  // A moderator hides its top, through the action, which also brings the page up to date.
  const [admin] = await e2eDb()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, DEMO_ACCOUNTS.find((a) => a.role === "admin")!.email));
  const hidden = await callAction(request, {
    url: "/admin/moderation",
    actionId: actionId("app/admin/moderation/actions.ts", "hideComments"),
    fields: { commentIds: String(top) },
    cookie: await sessionCookie(admin!.id),
  });
  expect(hidden.state?.status).toBe("ok");

  // Its reply stays in view, without a "Reply" to answer it with.
  await readerPage.goto(`/reviews/${FEATURED.slug}#comments`);
  const kept = readerPage.getByRole("article", { name: `Comment by ${replier!.name}` });
  await expect(kept.getByText(replyText)).toBeVisible();
  await expect(
    kept.getByRole("button", { name: `Like comment by ${replier!.name}` }),
  ).toBeVisible();
  await expect(kept.getByRole("button", { name: `Reply to ${replier!.name}` })).toHaveCount(0);

  // Sent anyway, to the reply or to the hidden comment itself: refused, and nothing stored.
  const post = actionId("app/reviews/[slug]/actions.ts", "postComment");
  for (const parentId of [reply!.id, top]) {
    const answer = await callAction(request, {
      url: `/reviews/${FEATURED.slug}`,
      actionId: post,
      fields: {
        reviewId: String(await featuredReviewId()),
        parentId: String(parentId),
        body: "Slipped in under a hidden comment",
        key: crypto.randomUUID(),
      },
      cookie: await sessionCookie(reader.id),
    });
    expect(answer.state).toMatchObject({
      status: "error",
      message: "This comment is no longer available. Reload the page to see the latest discussion.",
    });
  }
  expect(await e2eDb().$count(comments, eq(comments.authorId, reader.id))).toBe(0);
});

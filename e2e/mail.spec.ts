import { eq } from "drizzle-orm";
import { authTokens, siteSettings, users } from "../db/schema";
import { hashToken } from "../lib/auth/mail-tokens";
import {
  DEAD_RESET_LINK,
  RESET_DONE,
  RESET_REQUESTED,
  VERIFICATION_RECENT,
  VERIFICATION_SENT,
  VERIFIED,
  VERIFY_TO_COMMENT,
} from "../lib/auth/mail-messages";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { BASE_URL, CLUSTER_URLS } from "./config";
import { clusterDb, createDraft, createReader, e2eDb } from "./database";
import { accountMenu, expect, FEATURED, signIn, signInContext, test } from "./fixtures";
import { linkMailedTo, mailTo } from "./outbox";

test("a reader who forgot their password chooses a new one through a link that works once", async ({
  page,
  reader,
  readerPage,
}) => {
  // Signed in elsewhere, say on a phone left behind: resetting the password ends that session.
  await readerPage.goto(`/reviews/${FEATURED.slug}`);
  await expect(accountMenu(readerPage)).toBeVisible();

  const stranger = `nobody_${Date.now()}@e2e.test`;
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(stranger);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(RESET_REQUESTED)).toBeVisible();

  await page.reload();
  await page.getByLabel("Email").fill(reader.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(RESET_REQUESTED)).toBeVisible();
  // Built from SITE_URL, the address the site on this port is configured with.
  const link = await linkMailedTo(reader.email, "/reset-password/");
  expect(link.startsWith(`${BASE_URL}/reset-password/`)).toBe(true);
  expect(await mailTo(stranger)).toEqual([]);

  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(RESET_DONE)).toBeVisible();
  await readerPage.reload();
  await expect(readerPage.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(accountMenu(readerPage)).toHaveCount(0);
  await page.getByRole("main").getByRole("link", { name: "Sign in", exact: true }).click();
  await signIn(page, reader.email, "a brand new password");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page).toHaveURL("/forgot-password");
});

test("an expired reset link is refused, whether opened late or sent late", async ({
  page,
  reader,
}) => {
  const db = e2eDb();
  const expired = `expired-${Date.now()}-token-for-the-browser-test`;
  const open = `open-${Date.now()}-token-for-the-browser-test`;
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  await db.insert(authTokens).values([
    {
      tokenHash: hashToken(expired),
      userId: reader.id,
      purpose: "reset-password",
      email: reader.email,
      createdAt: new Date(hourAgo.getTime() - 1000),
      expiresAt: hourAgo,
    },
    {
      tokenHash: hashToken(open),
      userId: reader.id,
      purpose: "reset-password",
      email: reader.email,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 60 * 60 * 1000),
    },
  ]);
  await page.goto(`/reset-password/${expired}`);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();

  // The form was open when the link ran out.
  await page.goto(`/reset-password/${open}`);
  await page.getByLabel("New password").fill("a brand new password");
  await db
    .update(authTokens)
    .set({ expiresAt: hourAgo })
    .where(eq(authTokens.tokenHash, hashToken(open)));
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(DEAD_RESET_LINK)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
});

test("with confirmation required, a reader confirms their address from the mail before commenting", async ({
  readerPage,
  reader,
  adminPage,
}) => {
  // Readers made by the fixtures have confirmed their addresses: the other tests run on unchanged.
  await e2eDb().update(users).set({ emailVerified: null }).where(eq(users.id, reader.id));
  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Require a confirmed email address to comment").check();
  await adminPage.getByRole("button", { name: "Save the email setting" }).click();
  await expect(adminPage.getByText("Saved. Readers now confirm")).toBeVisible();
  try {
    await readerPage.goto(`/reviews/${FEATURED.slug}`);
    await expect(readerPage.getByText(VERIFY_TO_COMMENT)).toBeVisible();
    await expect(readerPage.getByRole("button", { name: "Post comment" })).toHaveCount(0);
    await readerPage.getByRole("button", { name: "Send me a new link" }).click();
    await expect(readerPage.getByText(VERIFICATION_SENT)).toBeVisible();
    // A moment later, asking again sends nothing yet, and says so.
    await readerPage.getByRole("button", { name: "Send me a new link" }).click();
    await expect(readerPage.getByText(VERIFICATION_RECENT)).toBeVisible();

    const link = await linkMailedTo(reader.email, "/verify-email/");
    expect(link.startsWith(`${BASE_URL}/verify-email/`)).toBe(true);
    await readerPage.goto(link);
    await readerPage.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(readerPage.getByText(VERIFIED)).toBeVisible();
    await readerPage.goto(link);
    await expect(
      readerPage.getByRole("heading", { name: "This link no longer works" }),
    ).toBeVisible();

    await readerPage.goto(`/reviews/${FEATURED.slug}`);
    await readerPage.getByLabel("Your comment").fill("Confirmed, and commenting at last.");
    await readerPage.getByRole("button", { name: "Post comment" }).click();
    await expect(readerPage.getByText("Your comment is posted.")).toBeVisible();
  } finally {
    await e2eDb().update(siteSettings).set({ requireVerifiedEmail: false });
  }
  await adminPage.reload();
  await expect(
    adminPage.getByLabel("Require a confirmed email address to comment"),
  ).not.toBeChecked();
});

test("without SITE_URL a site's mail and preview links lead to the address it was reached at", async ({
  browser,
}) => {
  // The two-instance cluster runs without SITE_URL (the site on the base port has one).
  const [A, B] = CLUSTER_URLS;
  const reader = await createReader("origin", clusterDb());
  const page = await browser.newPage();
  await page.goto(`${A}/forgot-password`);
  await page.getByLabel("Email").fill(reader.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(RESET_REQUESTED)).toBeVisible();
  const link = await linkMailedTo(reader.email, "/reset-password/");
  expect(link.startsWith(`${A}/reset-password/`), link).toBe(true);
  await page.close();

  const draft = await createDraft("origin-preview", clusterDb());
  const context = await browser.newContext();
  const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
  await signInContext(context, admin.email, admin.password, B);
  const editor = await context.newPage();
  await editor.goto(`${B}/admin/reviews/${draft.id}`);
  await editor.getByRole("button", { name: "Create a preview link" }).click();
  const preview = editor.getByLabel(/^Preview link, expires /);
  await expect(preview).toHaveValue(new RegExp(`^${B}/preview/[\\w-]{43}$`));
  await context.close();
});

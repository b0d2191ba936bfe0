import { eq } from "drizzle-orm";
import { authTokens, siteSettings } from "../db/schema";
import { hashToken } from "../lib/auth/mail-tokens";
import {
  DEAD_RESET_LINK,
  RESET_DONE,
  RESET_REQUESTED,
  VERIFICATION_RECENT,
  VERIFIED,
  VERIFY_TO_COMMENT,
} from "../lib/auth/mail-messages";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { BASE_URL, CLUSTER_URLS } from "./config";
import { clusterDb, createDraft, createReader, e2eDb } from "./database";
import { expect, FEATURED, signIn, signInContext, test } from "./fixtures";
import { linkMailedTo, mailTo } from "./outbox";

test("a reader who forgot their password chooses a new one through a link that works once", async ({
  page,
  reader,
  readerPage,
}) => {
  // Signed in elsewhere, say on a phone left behind: resetting the password ends that session.
  await readerPage.goto(`/reviews/${FEATURED.slug}`);
  await expect(readerPage.getByRole("button", { name: "Sign out" })).toBeVisible();

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
  await expect(readerPage.getByRole("button", { name: "Sign out" })).toHaveCount(0);
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
      createdAt: new Date(hourAgo.getTime() - 1000),
      expiresAt: hourAgo,
    },
    {
      tokenHash: hashToken(open),
      userId: reader.id,
      purpose: "reset-password",
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

test("with confirmation required, a new reader confirms their address from the mail, then comments", async ({
  page,
  adminPage,
}) => {
  const handle = `mail_${Date.now().toString(36)}`;
  const email = `${handle}@e2e.test`;
  // Readers made by the fixtures have confirmed their addresses: the other tests run on unchanged.
  await adminPage.goto("/admin/settings");
  await adminPage.getByLabel("Require a confirmed email address to comment").check();
  await adminPage.getByRole("button", { name: "Save the email setting" }).click();
  await expect(adminPage.getByText("Saved. Readers now confirm")).toBeVisible();
  try {
    await page.goto(`/sign-up?callbackUrl=/reviews/${FEATURED.slug}`);
    await page.getByLabel("Name", { exact: true }).fill("Mina Mailer");
    await page.getByLabel("Username").fill(handle);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(`/reviews/${FEATURED.slug}`);

    await expect(page.getByText(VERIFY_TO_COMMENT)).toBeVisible();
    await expect(page.getByRole("button", { name: "Post comment" })).toHaveCount(0);
    // The link mailed at sign-up is a moment old: asking again sends nothing yet.
    await page.getByRole("button", { name: "Send me a new link" }).click();
    await expect(page.getByText(VERIFICATION_RECENT)).toBeVisible();

    const link = await linkMailedTo(email, "/verify-email/");
    expect(link.startsWith(`${BASE_URL}/verify-email/`)).toBe(true);
    await page.goto(link);
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByText(VERIFIED)).toBeVisible();

    await page.goto(`/reviews/${FEATURED.slug}`);
    await page.getByLabel("Your comment").fill("Confirmed, and commenting at last.");
    await page.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Your comment is posted.")).toBeVisible();

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
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

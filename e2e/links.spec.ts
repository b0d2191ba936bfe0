import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { authTokens, users } from "../db/schema";
import {
  DEAD_VERIFY_LINK,
  RESET_DONE,
  RESET_REQUESTED,
  VERIFICATION_RECENT,
} from "../lib/auth/mail-messages";
import { hashToken } from "../lib/auth/mail-tokens";
import { SETTINGS_MESSAGES } from "../lib/auth/settings-messages";
import { e2eDb } from "./database";
import { expect, test } from "./fixtures";
import { linkMailedTo } from "./outbox";

// A link mailed to an address opens the account only while nothing has changed since: the
// account still has that address, and its password is the one it had.

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const accountOf = async (id: string) =>
  (await e2eDb().select().from(users).where(eq(users.id, id)))[0]!;

async function mailResetLink(page: Page, email: string) {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(RESET_REQUESTED)).toBeVisible();
  return linkMailedTo(email, "/reset-password/");
}

async function expectDeadResetLink(page: Page, link: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
}

async function changeEmail(page: Page, email: string, password: string) {
  await page.goto("/settings");
  const form = section(page, "Email");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Current password").fill(password);
  await form.getByRole("button", { name: "Change email" }).click();
  await expect(form.getByText(`Your email is now ${email}.`)).toBeVisible();
  return form;
}

test("a confirmation link mailed to an earlier address neither works nor confirms the next one", async ({
  readerPage,
  reader,
}) => {
  const first = `first_${reader.handle}@e2e.test`;
  const second = `second_${reader.handle}@e2e.test`;
  await changeEmail(readerPage, first, reader.password);
  const link = await linkMailedTo(first, "/verify-email/");
  // Opened while the address was still the account's; pressed after it moved on.
  const confirm = await readerPage.context().newPage();
  await confirm.goto(link);
  await expect(confirm.getByRole("button", { name: "Confirm my email address" })).toBeVisible();

  // Within a minute of the first link the mail limit sends none, and the page says so.
  const email = await changeEmail(readerPage, second, reader.password);
  await expect(
    email.getByText(`Your email is now ${second}. ${SETTINGS_MESSAGES.linkHeld}`),
  ).toBeVisible();
  await email.getByRole("button", { name: "Send me a new link" }).click();
  await expect(email.getByText(VERIFICATION_RECENT)).toBeVisible();

  await confirm.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(confirm.getByText(DEAD_VERIFY_LINK)).toBeVisible();
  await confirm.goto(link);
  await expect(confirm.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  expect(await accountOf(reader.id)).toMatchObject({ email: second, emailVerified: null });
});

test("a reset link mailed before an email change no longer works", async ({
  page,
  readerPage,
  reader,
}) => {
  const link = await mailResetLink(page, reader.email);
  await changeEmail(readerPage, `moved_${reader.handle}@e2e.test`, reader.password);
  await expectDeadResetLink(page, link);
});

test("a reset link mailed before a password change no longer works", async ({
  page,
  readerPage,
  reader,
}) => {
  const link = await mailResetLink(page, reader.email);
  await readerPage.goto("/settings");
  const form = section(readerPage, "Password");
  await form.getByLabel("Current password").fill(reader.password);
  await form.getByLabel("New password").fill("a password of my own choosing");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText(/Your password is changed/);
  await expectDeadResetLink(page, link);
});

test("a reset link mailed before another reset no longer works", async ({ page, reader }) => {
  // A link mailed a few minutes ago (the mail limit lets the next one go).
  const earlier = `earlier-${Date.now()}-token-for-the-browser-test`;
  const minutesAgo = new Date(Date.now() - 5 * 60 * 1000);
  await e2eDb()
    .insert(authTokens)
    .values({
      tokenHash: hashToken(earlier),
      userId: reader.id,
      purpose: "reset-password",
      email: reader.email,
      createdAt: minutesAgo,
      expiresAt: new Date(minutesAgo.getTime() + 60 * 60 * 1000),
    });
  await page.goto(`/reset-password/${earlier}`);
  await expect(page.getByLabel("New password")).toBeVisible();

  const link = await mailResetLink(page, reader.email);
  await page.goto(link);
  await page.getByLabel("New password").fill("a brand new password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(RESET_DONE)).toBeVisible();
  await expectDeadResetLink(page, `/reset-password/${earlier}`);
});

import { expect, type Page } from "@playwright/test";
import { signUpMailed } from "../lib/auth/mail-messages";
import { runWord } from "./database";
import { accountMenu } from "./fixtures";
import { linkMailedTo } from "./outbox";

export type Newcomer = { name: string; handle: string; email: string; password: string };

/** Someone who has no account yet: a username and an email of this test's own. */
export function newcomer(label: string, name = "Nadia Reader"): Newcomer {
  const handle = `${label}_${runWord()}`;
  return { name, handle, email: `${handle}@e2e.test`, password: "a long enough password" };
}

/** Fills in the sign-up form on the page and sends it. */
export async function sendSignUp(page: Page, who: Newcomer) {
  await page.getByLabel("Name", { exact: true }).fill(who.name);
  await page.getByLabel("Username").fill(who.handle);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** What the sign-up form turns into, for a new email and a known one alike. */
export async function expectCheckYourInbox(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeFocused();
  await expect(page.getByText(signUpMailed(email))).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account" })).toHaveCount(0);
}

/**
 * Signs up through the form, then follows the link mailed to the new address with the password,
 * as a newcomer does: the page ends signed in, where the link leads.
 */
export async function signUpAndFinish(page: Page, who: Newcomer) {
  await sendSignUp(page, who);
  await expectCheckYourInbox(page, who.email);
  await page.goto(await linkMailedTo(who.email, "/verify-email/"));
  await expect(page.getByRole("heading", { name: "Finish signing up" })).toBeVisible();
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(accountMenu(page)).toBeVisible();
}

import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { SETTINGS_MESSAGES } from "../lib/auth/settings-messages";
import { SIGN_IN_FAILED } from "../lib/auth/sign-in-policy";
import type { OutboxMessage } from "../lib/mail/outbox";
import { BASE_URL } from "./config";
import { e2eDb } from "./database";
import {
  accountMenu,
  expect,
  FEATURED,
  freshContext,
  freshPage,
  signIn,
  signOut,
  test,
} from "./fixtures";
import { linkMailedTo, mailTo } from "./outbox";
import { expectCheckYourInbox, newcomer, sendSignUp, signUpAndFinish } from "./sign-up";

test("a visitor signs up, follows the mailed link back to the review, signs out and signs in again", async ({
  page,
}) => {
  const who = newcomer("new");
  await page.goto(`/reviews/${FEATURED.slug}`);
  await page.getByRole("link", { name: "Sign in", exact: true }).click();
  await page.getByRole("link", { name: "Create an account" }).click();
  await sendSignUp(page, who);
  await expectCheckYourInbox(page, who.email);
  // Not signed in yet, and the password alone does not sign in before the link is followed.
  await expect(accountMenu(page)).toHaveCount(0);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(SIGN_IN_FAILED)).toBeVisible();

  const link = await linkMailedTo(who.email, "/verify-email/");
  // Built from SITE_URL, and leading back to where the visitor was going.
  expect(link.startsWith(`${BASE_URL}/verify-email/`)).toBe(true);
  expect(new URL(link).searchParams.get("callbackUrl")).toBe(`/reviews/${FEATURED.slug}`);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Finish signing up" })).toBeVisible();
  await page.getByLabel("Password").fill("not what I chose");
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await expect(page.getByText(SETTINGS_MESSAGES.wrongPassword)).toBeVisible();
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();

  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}`);
  await expect(accountMenu(page)).toContainText(who.name);
  await signOut(page);
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  await signIn(page, who.email, who.password);
  await expect(accountMenu(page)).toContainText(who.name);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
});

test("finishing sign-up through the mailed link confirms the address", async ({ page }) => {
  await page.goto("/sign-up");
  await signUpAndFinish(page, newcomer("confirmed"));
  await expect(page).toHaveURL("/");
  await page.goto("/settings");
  await expect(page.getByText(SETTINGS_MESSAGES.emailConfirmed)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send me a new link" })).toHaveCount(0);
});

test("signing up with an email that has an account answers as for a new one, and mails its owner", async ({
  browser,
  reader,
}) => {
  const fresh = newcomer("fresh", "Fresh Face");
  const prober = { ...newcomer("prober", "Pro Ber"), email: reader.email };
  const answers: string[] = [];
  for (const who of [fresh, prober]) {
    const page = await freshPage(browser);
    await page.goto("/sign-up");
    await sendSignUp(page, who);
    await expectCheckYourInbox(page, who.email);
    await expect(page).toHaveURL("/sign-up");
    answers.push((await page.getByRole("main").innerText()).replaceAll(who.email, "<email>"));
    // The password just typed signs in neither: the answer cannot tell the two apart.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(SIGN_IN_FAILED)).toBeVisible();
    await page.context().close();
  }
  expect(answers[1]).toBe(answers[0]);

  await linkMailedTo(fresh.email, "/verify-email/");
  let notice: OutboxMessage | undefined;
  await expect
    .poll(
      async () =>
        (notice = (await mailTo(reader.email)).find((m) => /tried to sign up/.test(m.subject))),
    )
    .toBeTruthy();
  expect(notice!.text).toContain(`${BASE_URL}/sign-in\n`);
  expect(notice!.text).toContain(`${BASE_URL}/forgot-password\n`);
  expect(notice!.text).not.toContain(prober.password);
  // The owner's account is untouched: their own password still signs in.
  const owner = await freshContext(browser);
  await signIn(await owner.newPage(), reader.email, reader.password);
  await owner.close();
});

test("sign-up explains each problem and keeps what was typed", async ({ page, reader }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name", { exact: true }).fill("Short Pass");
  await page.getByLabel("Username").fill("no spaces allowed");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use letters, digits and underscores only.")).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Short Pass");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");

  await page.getByLabel("Username").fill(reader.handle);
  await page.getByLabel("Email").fill(`fresh_${Date.now()}@e2e.test`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("That username is taken. Try another.")).toBeVisible();
});

test("sign-up says one thing per field: an empty username, a short password", async ({ page }) => {
  await page.goto("/sign-up");
  const password = page.getByLabel("Password");
  await expect(password).toHaveAccessibleDescription("At least 10 characters.");
  await page.getByLabel("Name", { exact: true }).fill("One Message");
  await page.getByLabel("Email").fill(`one_${Date.now()}@e2e.test`);
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Username")).toHaveAccessibleDescription("Choose a username.");
  await expect(password).toHaveAccessibleDescription("Use at least 10 characters.");
});

test("a wrong password and an unknown email get the same answer", async ({ page, reader }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(reader.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByText("That email and password don’t match an account.");
  await expect(message).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(reader.email);

  await page.getByLabel("Email").fill(`nobody_${Date.now()}@e2e.test`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(message).toBeVisible();
});

test("five wrong passwords lock the account for a while, even with the right one", async ({
  page,
  reader,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(reader.email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong password ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByText(/Too many failed attempts\. Try again in 1[45] minutes\./),
  ).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);
});

test("a banned reader is signed out at their next request, and told why when signing in", async ({
  readerPage,
  reader,
}) => {
  await readerPage.goto(`/reviews/${FEATURED.slug}`);
  await expect(accountMenu(readerPage)).toBeVisible();
  await e2eDb()
    .update(users)
    .set({ bannedAt: new Date(), banReason: "Spam links" })
    .where(eq(users.id, reader.id));
  await readerPage.reload();
  await expect(readerPage.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(
    readerPage.getByRole("link", { name: "Sign in to join the discussion" }),
  ).toBeVisible();
  await expect(readerPage.getByRole("button", { name: "Post comment" })).toHaveCount(0);
  await expect(readerPage.getByRole("button", { name: "Save score" })).toHaveCount(0);
  await expect(accountMenu(readerPage)).toHaveCount(0);
  await readerPage.goto("/sign-in");
  await readerPage.getByLabel("Email").fill(reader.email);
  await readerPage.getByLabel("Password").fill("not-the-password");
  await readerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(
    readerPage.getByText("That email and password don’t match an account."),
  ).toBeVisible();
  // Only the right password learns that the account exists and is suspended.
  await readerPage.getByLabel("Password").fill(reader.password);
  await readerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(readerPage.getByText("Your account is suspended: Spam links")).toBeVisible();
  await expect(accountMenu(readerPage)).toHaveCount(0);
});

test("the sign-in page refuses to send people to another site afterwards", async ({
  page,
  reader,
}) => {
  await page.goto("/sign-in?callbackUrl=https://evil.example/");
  await page.getByLabel("Email").fill(reader.email);
  await page.getByLabel("Password").fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
});

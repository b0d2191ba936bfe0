import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { comments, reviews, users } from "../db/schema";
import { NAME_RULES } from "../lib/auth/display-name";
import { SETTINGS_MESSAGES } from "../lib/auth/settings-messages";
import { SIGN_IN_FAILED } from "../lib/auth/sign-in-policy";
import { e2eDb } from "./database";
import {
  accountButton,
  accountMenu,
  axeScan,
  expect,
  freshPage,
  openAccountMenu,
  signIn,
  signInContext,
  signOut,
  test,
} from "./fixtures";
import { signedInWithCopy } from "./helpers";

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const viewerOf = async (page: Page) =>
  ((await (await page.request.get("/api/viewer")).json()) as { viewer: { id: string } | null })
    .viewer;

/** A comment written straight to a review's discussion, dated so that it leads "oldest first". */
async function storeComment(authorId: string, body: string, parentId?: number) {
  const [review] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, "glasswater-meridian"));
  const [row] = await e2eDb()
    .insert(comments)
    .values({
      reviewId: review!.id,
      authorId,
      body,
      parentId,
      createdAt: new Date(Date.UTC(1995, 0, 1)),
    })
    .returning({ id: comments.id });
  return row!.id;
}

test("signing out ends the session: the same cookie, replayed in another browser, is nobody's", async ({
  browser,
  reader,
}) => {
  const { page, replay } = await signedInWithCopy(browser, reader);
  // Before signing out the copied cookie is as good as the original.
  expect((await viewerOf(replay))?.id).toBe(reader.id);

  await signOut(page);
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  expect(await viewerOf(replay)).toBeNull();
  await replay.goto("/settings");
  await expect(replay).toHaveURL("/sign-in?callbackUrl=%2Fsettings");
  await replay.goto("/");
  await expect(replay.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await page.context().close();
  await replay.context().close();
});

test("signing out everywhere ends another browser's session too", async ({
  browser,
  readerPage,
  reader,
}) => {
  const other = await freshPage(browser);
  await signInContext(other.context(), reader.email, reader.password);
  await other.goto("/");
  await expect(accountMenu(other)).toContainText(reader.name);

  await readerPage.goto("/settings");
  await section(readerPage, "Where you are signed in")
    .getByRole("button", { name: "Sign out everywhere" })
    .click();
  await expect(readerPage).toHaveURL("/sign-in?callbackUrl=%2Fsettings");
  await expect(readerPage.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  await other.reload();
  await expect(other.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  expect(await viewerOf(other)).toBeNull();
  await other.context().close();
});

test("a reader changes their name, email and password on the settings page", async ({
  browser,
  readerPage: page,
  reader,
}) => {
  await page.goto("/");
  await (await openAccountMenu(page)).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();

  // The name: one that passes for an editor's is refused and stays in the box.
  const name = section(page, "Name");
  await name.getByLabel("Name").fill("DEMO  editor");
  await name.getByRole("button", { name: "Save name" }).click();
  await expect(name.getByText(NAME_RULES.imitation)).toBeVisible();
  await expect(name.getByLabel("Name")).toHaveValue("DEMO  editor");
  const renamed = `Renamed ${reader.handle.slice(-5)}`;
  await name.getByLabel("Name").fill(`  ${renamed} `);
  await name.getByRole("button", { name: "Save name" }).click();
  await expect(name.getByRole("status")).toHaveText(`Your name is now ${renamed}.`);
  await expect(accountButton(page)).toHaveAccessibleName(renamed);

  // The email needs the current password; a wrong one keeps both fields as typed.
  const email = section(page, "Email");
  const newEmail = `moved_${reader.handle}@e2e.test`.slice(0, 60);
  await expect(email.getByLabel("Email")).toHaveValue(reader.email);
  await expect(email.getByText(SETTINGS_MESSAGES.emailConfirmed)).toBeVisible();
  await email.getByLabel("Email").fill(newEmail);
  await email.getByLabel("Current password").fill("not my password");
  await email.getByRole("button", { name: "Change email" }).click();
  await expect(email.getByText(SETTINGS_MESSAGES.wrongPassword)).toBeVisible();
  await expect(email.getByLabel("Email")).toHaveValue(newEmail);
  await expect(email.getByLabel("Current password")).toHaveValue("not my password");
  await email.getByLabel("Current password").fill(reader.password);
  await email.getByRole("button", { name: "Change email" }).click();
  await expect(
    email.getByText(`Your email is now ${newEmail}. ${SETTINGS_MESSAGES.linkSent}`),
  ).toBeVisible();
  await expect(email.getByText(SETTINGS_MESSAGES.emailUnconfirmed)).toBeVisible();

  // The password: a wrong current one is refused; the new one signs other browsers out.
  const other = await freshPage(browser);
  await signInContext(other.context(), newEmail, reader.password);
  const password = section(page, "Password");
  await password.getByLabel("Current password").fill("still not it");
  await password.getByLabel("New password").fill("a fresh new password");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText(SETTINGS_MESSAGES.wrongPassword)).toBeVisible();
  await expect(password.getByLabel("New password")).toHaveValue("a fresh new password");
  await password.getByLabel("Current password").fill(reader.password);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toHaveText(SETTINGS_MESSAGES.passwordChanged);
  expect(await viewerOf(other)).toBeNull();
  expect((await viewerOf(page))?.id).toBe(reader.id);
  await other.context().close();

  const fresh = await freshPage(browser);
  await signIn(fresh, newEmail, "a fresh new password");
  await expect(accountButton(fresh)).toHaveAccessibleName(renamed);
  await fresh.context().close();
});

test("a change pressed before the page's scripts have run is still made", async ({
  browser,
  readerPage: page,
  reader,
}) => {
  // A slow phone shows the form before React has hydrated it: the press is kept (React's form
  // replay, an inline script the site's CSP allows) and sent once the scripts run.
  let releaseScripts!: () => void;
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  const loaded = page.goto("/settings");
  const password = section(page, "Password");
  await password.getByLabel("Current password").fill(reader.password);
  await password.getByLabel("New password").fill("pressed before the scripts");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toBeEmpty();
  releaseScripts();
  await loaded;
  await expect(password.getByRole("status")).toHaveText(SETTINGS_MESSAGES.passwordChanged);

  const fresh = await freshPage(browser);
  await signInContext(fresh.context(), reader.email, "pressed before the scripts");
  expect((await viewerOf(fresh))?.id).toBe(reader.id);
  await fresh.context().close();
});

test("a reader downloads their data, comments included", async ({ readerPage: page, reader }) => {
  const words = `Kept for the archive ${Date.now().toString(36)}`;
  await storeComment(reader.id, words);
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await section(page, "Your data").getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`exploring-soundtracks-${reader.handle}.json`);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.profile).toMatchObject({ handle: reader.handle, email: reader.email });
  expect(data.comments.map((c: { body: string }) => c.body)).toContain(words);
});

test("deleting an account asks for the password, then leaves a replied comment as a deleted reader's", async ({
  readerPage: page,
  reader,
  secondReader,
}) => {
  const run = Date.now().toString(36);
  const replied = await storeComment(reader.id, `Answered ${run}`);
  await storeComment(secondReader.id, `The answer ${run}`, replied);
  const alone = await storeComment(reader.id, `Unanswered ${run}`);

  await page.goto("/settings");
  const remove = section(page, "Delete your account");
  await expect(remove).toContainText("deleted reader");
  await remove.getByLabel("Your password, to confirm").fill("wrong password");
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(remove.getByText(SETTINGS_MESSAGES.wrongPassword)).toBeVisible();
  expect(await e2eDb().$count(users, eq(users.id, reader.id))).toBe(1);

  await remove.getByLabel("Your password, to confirm").fill(reader.password);
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/?account=deleted");
  // The home page says what happened, until dismissed.
  const notice = page.getByRole("status").filter({ hasText: SETTINGS_MESSAGES.deleted });
  await expect(notice).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  expect(await e2eDb().$count(users, eq(users.id, reader.id))).toBe(0);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(page).toHaveURL("/");
  await expect(notice).toHaveCount(0);

  await page.goto("/reviews/glasswater-meridian/comments/oldest/1");
  const placeholder = page.locator(`#comment-${replied}`);
  await expect(placeholder).toContainText("deleted reader");
  await expect(placeholder).not.toContainText(`Answered ${run}`);
  await expect(page.getByText(`The answer ${run}`)).toBeVisible();
  await expect(page.locator(`#comment-${alone}`)).toHaveCount(0);

  const signInAgain = page.getByRole("link", { name: "Sign in", exact: true });
  await signInAgain.click();
  await page.getByLabel("Email").fill(reader.email);
  await page.getByLabel("Password").fill(reader.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(SIGN_IN_FAILED)).toBeVisible();
});

test("the settings page and the download refuse a signed-out visitor", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fsettings");
  const answer = await page.request.get("/settings/data");
  expect(answer.status()).toBe(401);
  expect(answer.headers()["content-disposition"]).toBeUndefined();
});

test("the settings page passes an accessibility scan and fits a 360 px screen", async ({
  readerPage: page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  const { violations } = await axeScan(page).analyze();
  expect(violations).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  // Every form is reached from the keyboard: the name field, then on to its button.
  await page.getByRole("textbox", { name: "Name" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save name" })).toBeFocused();
});

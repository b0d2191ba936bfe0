import { eq } from "drizzle-orm";
import { newsletterSubscribers, users } from "../db/schema";
import { CROSS_SITE_FORM } from "../lib/action-state";
import {
  DEAD_NEWSLETTER_TITLE,
  NEWSLETTER_CONFIRMED,
  NEWSLETTER_REQUESTED,
  PREFERENCES_DONE,
  READER_NEWSLETTER,
} from "../lib/newsletter";
import { actionRequest } from "../scripts/bench/actions.mjs";
import { actionId, callAction, sessionCookie } from "./actions";
import { BASE_URL } from "./config";
import { e2eDb } from "./database";
import { expect, FEATURED, test } from "./fixtures";
import { linkMailedTo, mailTo } from "./outbox";
import {
  newAddress,
  panel,
  rowOf,
  subscribedVisitor,
  subscribeFrom,
  visitorPage,
} from "./newsletter-flow";

const ACTIONS = "app/newsletter/actions.ts";
test("a visitor subscribes from the home page and confirms with the mailed link's button", async ({
  browser,
}) => {
  const page = await visitorPage(browser);
  const email = newAddress("visitor");
  await page.goto("/");
  await subscribeFrom(page, email);
  await expect(panel(page).getByText(NEWSLETTER_REQUESTED)).toBeVisible();
  const link = await linkMailedTo(email, "/newsletter/confirm/");
  expect(link.startsWith(`${BASE_URL}/newsletter/confirm/`)).toBe(true);

  // Opening the link (as a mail scanner would) confirms nothing: the button does.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  expect((await rowOf(email))?.state).toBe("pending");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByText(NEWSLETTER_CONFIRMED)).toBeVisible();
  expect((await rowOf(email))?.state).toBe("subscribed");

  // Asking again for a subscribed address gets the same answer, and no mail.
  await page.goto("/");
  await subscribeFrom(page, email);
  await expect(panel(page).getByText(NEWSLETTER_REQUESTED)).toBeVisible();
  const confirmations = (await mailTo(email)).filter((m) => m.subject.startsWith("Confirm"));
  expect(confirmations).toHaveLength(1);
});

test("a bad address on a review page gets a field error and keeps what was typed", async ({
  browser,
}) => {
  const page = await visitorPage(browser);
  await page.goto(`/reviews/${FEATURED.slug}`);
  const field = panel(page).getByLabel("Your email address");
  await field.fill("ada at example");
  await panel(page).getByRole("button", { name: "Subscribe" }).click();
  await expect(
    panel(page).getByText("Enter an email address like name@example.com."),
  ).toBeVisible();
  await expect(field).toHaveValue("ada at example");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await rowOf("ada at example")).toBeUndefined();
});

test("the preferences page unsubscribes and subscribes again, without signing in", async ({
  browser,
}) => {
  const page = await visitorPage(browser);
  const email = newAddress("prefs");
  const preferences = await subscribedVisitor(page, email);

  const other = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
  await other.goto(preferences);
  await expect(other.getByRole("heading", { name: "Newsletter preferences" })).toBeVisible();
  await expect(other.getByText(`${email} gets the weekly newsletter.`)).toBeVisible();
  await other.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(other.getByText(PREFERENCES_DONE.off)).toBeVisible();
  await expect(other.getByText(`${email} does not get the newsletter.`)).toBeVisible();
  expect((await rowOf(email))?.state).toBe("unsubscribed");
  await other.getByRole("button", { name: "Subscribe again" }).click();
  await expect(other.getByText(PREFERENCES_DONE.on)).toBeVisible();
  await other.reload();
  await expect(other.getByText(`${email} gets the weekly newsletter.`)).toBeVisible();
  expect((await rowOf(email))?.state).toBe("subscribed");
});

test("a changed or made-up link says it no longer works, never a 500", async ({ browser }) => {
  const page = await visitorPage(browser);
  const email = newAddress("tamper");
  const preferences = await subscribedVisitor(page, email);
  const tampered = preferences.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
  for (const address of [
    tampered,
    `${BASE_URL}/newsletter/not-a-token`,
    `${BASE_URL}/newsletter/confirm/${tampered.split("/").at(-1)}`,
  ]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(200);
    await expect(page.getByRole("heading", { name: DEAD_NEWSLETTER_TITLE })).toBeVisible();
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  }
  expect((await rowOf(email))?.state).toBe("subscribed");
});

test.describe("one-click unsubscribe (RFC 8058)", () => {
  test("a mail provider's POST unsubscribes, without cookie or Origin", async ({
    browser,
    request,
  }) => {
    const page = await visitorPage(browser);
    const email = newAddress("oneclick");
    const preferences = await subscribedVisitor(page, email);
    const oneClick = `${preferences}/unsubscribe`;

    const wrong = await request.post(oneClick, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=Yes",
    });
    expect(wrong.status()).toBe(400);
    const flipped = preferences.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const forged = await request.post(`${flipped}/unsubscribe`, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(forged.status()).toBe(404);
    expect((await rowOf(email))?.state).toBe("subscribed");

    const answer = await request.post(oneClick, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(answer.status()).toBe(200);
    expect((await rowOf(email))?.state).toBe("unsubscribed");
    // Idempotent, and a multipart POST from another site's server works too.
    const again = await request.post(oneClick, {
      headers: { origin: "https://mail.example" },
      multipart: { "List-Unsubscribe": "One-Click" },
    });
    expect(again.status()).toBe(200);

    // A mail program without RFC 8058 opens the address: it shows the preferences, changes nothing.
    await page.goto("/");
    await page.goto(oneClick);
    await expect(page).toHaveURL(preferences);
    await expect(page.getByText(`${email} does not get the newsletter.`)).toBeVisible();
  });

  test("the proxy still refuses a cross-site server action", async ({ request }) => {
    const { headers, body } = actionRequest({
      actionId: actionId(ACTIONS, "subscribeVisitor"),
      fields: { email: newAddress("crosssite") },
      origin: "https://elsewhere.example",
    });
    // The one-click address is let through for a mail provider's POST, never for an action.
    for (const path of ["/", "/newsletter/any-token/unsubscribe"]) {
      const response = await request.post(path, { headers, multipart: body, maxRedirects: 0 });
      expect(response.status()).toBe(403);
      expect(await response.text()).toBe(CROSS_SITE_FORM);
    }
  });
});

test("a reader turns the newsletter on in settings, for their own address only", async ({
  page,
  reader,
  readerPage,
  secondReader,
}) => {
  // The cached home page is the same for everyone: the reader's part arrives in the browser.
  await readerPage.goto("/");
  const pointer = panel(readerPage).getByRole("link", { name: "your settings" });
  await expect(pointer).toBeVisible();
  await expect(panel(readerPage).getByLabel("Your email address")).toHaveCount(0);
  await pointer.click();
  await expect(readerPage).toHaveURL(/\/settings#newsletter$/);
  const toggle = readerPage.getByRole("button", { name: "Email me each week’s review" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(readerPage.getByText(READER_NEWSLETTER.on)).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await readerPage.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await rowOf(reader.email)).toMatchObject({ userId: reader.id, state: "subscribed" });
  await toggle.click();
  await expect(readerPage.getByText(READER_NEWSLETTER.off)).toBeVisible();
  expect((await rowOf(reader.email))?.state).toBe("unsubscribed");

  // What the form says about itself is not believed: another reader's address stays untouched.
  const toggleAction = actionId(ACTIONS, "setReaderNewsletter");
  const forged = await callAction(page.request, {
    url: `${BASE_URL}/settings`,
    actionId: toggleAction,
    fields: { subscribed: "on", email: secondReader.email, userId: secondReader.id },
    cookie: await sessionCookie(reader.id),
  });
  expect(forged.state?.status).toBe("ok");
  expect(await rowOf(secondReader.email)).toBeUndefined();
  expect((await rowOf(reader.email))?.state).toBe("subscribed");
  // Signed out, the action refuses.
  const visitor = await callAction(page.request, {
    url: `${BASE_URL}/settings`,
    actionId: toggleAction,
    fields: { subscribed: "on" },
  });
  expect(visitor.state).toMatchObject({ status: "error", code: "session-ended" });
});

test("a reader whose address is not confirmed is told so, not subscribed", async ({
  reader,
  readerPage,
}) => {
  await e2eDb().update(users).set({ emailVerified: null }).where(eq(users.id, reader.id));
  await readerPage.goto("/settings");
  const section = readerPage.getByRole("region", { name: "Newsletter" });
  await expect(section.getByText(READER_NEWSLETTER.confirmFirst)).toBeVisible();
  await expect(section.getByRole("button", { name: "Email me each week’s review" })).toHaveCount(0);
  expect(await rowOf(reader.email)).toBeUndefined();
});

test("an admin sees refused addresses; a reader gets the not-found page", async ({
  adminPage,
  readerPage,
}) => {
  const email = newAddress("bounced");
  const at = new Date();
  await e2eDb().insert(newsletterSubscribers).values({
    email,
    state: "bounced",
    bouncedAt: at,
    bounceReason: "550 5.1.1 no such user",
    createdAt: at,
    updatedAt: at,
  });
  const response = await readerPage.goto("/admin/newsletter");
  expect(response?.status()).toBe(404);
  await expect(readerPage.getByText(email)).toHaveCount(0);

  await adminPage.goto("/admin");
  await adminPage
    .getByRole("navigation", { name: "Admin" })
    .getByRole("link", { name: "Newsletter" })
    .click();
  await expect(adminPage.getByRole("heading", { name: "Newsletter", level: 1 })).toBeVisible();
  const row = adminPage.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("cell").nth(1)).toHaveText("550 5.1.1 no such user");
});

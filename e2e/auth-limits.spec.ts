import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { authThrottles, comments, reviews } from "../db/schema";
import {
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_EMAIL,
  SIGN_UP_PER_ADDRESS,
  signUpKey,
} from "../lib/auth/sign-in-policy";
import { e2eDb } from "./database";
import { accountMenu, expect, FEATURED, test } from "./fixtures";

// The site takes the caller's address from X-Forwarded-For (as from a reverse proxy in front):
// each test speaks from addresses of its own, so tests never throttle one another.

let next = 0;
const address = () => `198.18.${(process.pid + next) % 250}.${(Date.now() + next++ * 7) % 250}`;

async function pageFrom(browser: Browser, from: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "x-forwarded-for": from },
  });
  return context.newPage();
}

async function trySignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

test("a stranger's wrong passwords lock only their own address out of the account", async ({
  browser,
  reader,
}) => {
  const stranger = await pageFrom(browser, address());
  await stranger.goto("/sign-in");
  for (let i = 0; i < SIGN_IN_PER_EMAIL.maxHits; i++) {
    await trySignIn(stranger, reader.email, `guess number ${i}`);
  }
  // Even the right password is refused from there, and the message says for how long.
  await trySignIn(stranger, reader.email, reader.password);
  await expect(
    stranger.getByText(/Too many failed attempts\. Try again in 1[45] minutes\./),
  ).toBeVisible();

  // The reader, signing in from home, is not locked out.
  const owner = await pageFrom(browser, address());
  await owner.goto("/sign-in");
  await owner.getByLabel("Email").fill(reader.email);
  await owner.getByLabel("Password").fill(reader.password);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(accountMenu(owner)).toBeVisible();
  await stranger.context().close();
  await owner.context().close();
});

test("an address spraying passwords over many emails is stopped for every email", async ({
  browser,
  reader,
}) => {
  const sprayer = await pageFrom(browser, address());
  const { request } = sprayer.context();
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  for (let i = 0; i < SIGN_IN_PER_ADDRESS.maxHits; i++) {
    const answer = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: `victim${i}_${Date.now()}@e2e.test`, password: "Winter2026!" },
      maxRedirects: 0,
    });
    expect(answer.headers()["location"]).toContain("error=CredentialsSignin");
  }
  // A real account with its right password, from that address: refused for a while.
  await sprayer.goto("/sign-in");
  await trySignIn(sprayer, reader.email, reader.password);
  await expect(
    sprayer.getByText(/Too many failed attempts\. Try again in 1[45] minutes\./),
  ).toBeVisible();
  await expect(accountMenu(sprayer)).toHaveCount(0);
  await sprayer.context().close();
});

test("one address creates only so many accounts an hour, and is told when to come back", async ({
  browser,
}) => {
  const from = address();
  // This address has already created all but one of its accounts this hour.
  await e2eDb()
    .insert(authThrottles)
    .values({
      key: signUpKey(from),
      hits: SIGN_UP_PER_ADDRESS.maxHits - 1,
      windowStartedAt: new Date(),
    });
  const signUp = async (page: Page, handle: string) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name", { exact: true }).fill("Bulk Maker");
    await page.getByLabel("Username").fill(handle);
    await page.getByLabel("Email").fill(`${handle}@e2e.test`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
  };
  const suffix = Date.now().toString(36);
  const last = await pageFrom(browser, from);
  await signUp(last, `last_${suffix}`);
  await expect(accountMenu(last)).toBeVisible();

  const refused = await pageFrom(browser, from);
  await signUp(refused, `one_more_${suffix}`);
  await expect(
    refused.getByText(
      /^Too many accounts were created from your network\. Try again in (60|59) minutes\.$/,
    ),
  ).toBeVisible();
  await expect(refused.getByLabel("Username")).toHaveValue(`one_more_${suffix}`);
  await expect(refused.getByLabel("Email")).toHaveValue(`one_more_${suffix}@e2e.test`);

  // Someone else, elsewhere, signs up as usual.
  const elsewhere = await pageFrom(browser, address());
  await signUp(elsewhere, `elsewhere_${suffix}`);
  await expect(accountMenu(elsewhere)).toBeVisible();
  for (const page of [last, refused, elsewhere]) await page.context().close();
});

test("a banned reader’s profile is gone at once, not a minute later", async ({
  adminPage,
  page,
  reader,
}) => {
  const [review] = await e2eDb()
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.slug, FEATURED.slug));
  const body = `A comment before the ban ${Date.now().toString(36)}`;
  const [comment] = await e2eDb()
    .insert(comments)
    .values({ reviewId: review!.id, authorId: reader.id, body, createdAt: new Date() })
    .returning({ id: comments.id });
  const profile = `/u/${reader.handle}`;
  expect((await page.goto(profile))?.status()).toBe(200);
  // Served from the cache now.
  expect((await page.request.get(profile)).headers()["x-nextjs-cache"]).toBe("HIT");

  await adminPage.goto("/admin/moderation?view=recent");
  const row = adminPage.getByRole("article", {
    name: `Comment #${comment!.id} by ${reader.name}`,
  });
  await row.getByRole("button", { name: `Ban ${reader.name}` }).click();
  const banForm = row.getByRole("form", { name: `Ban ${reader.name}` });
  await banForm.getByRole("textbox", { name: `Why ban ${reader.name}?` }).fill("Spam links");
  await banForm.getByRole("button", { name: "Ban reader" }).click();
  await expect(row.getByText("Banned: Spam links")).toBeVisible();

  const gone = await page.goto(profile);
  expect(gone?.status()).toBe(404);
  await expect(page.getByText(reader.name)).toHaveCount(0);
});

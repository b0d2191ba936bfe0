import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { authThrottles, comments, reviews } from "../db/schema";
import {
  SIGN_IN_PER_ADDRESS,
  SIGN_IN_PER_EMAIL,
  SIGN_UP_PER_ADDRESS,
  signUpKey,
} from "../lib/auth/sign-in-policy";
import { contextFrom, freshAddress } from "./callers";
import { e2eDb } from "./database";
import { expect, FEATURED, test } from "./fixtures";
import { expectCheckYourInbox, type Newcomer, newcomer, sendSignUp } from "./sign-up";

// The site knows a caller by the socket's address: each test speaks from addresses of its own
// (e2e/callers.ts), so tests never throttle one another, and whatever X-Forwarded-For a caller
// sends changes nothing.

async function pageFrom(browser: Browser, from: string, headers?: Record<string, string>) {
  return (await contextFrom(browser, from, headers)).newPage();
}

/** A different forged X-Forwarded-For for every request, as an attacker would send. */
let forged = 0;
const forgedHeader = () => ({ "x-forwarded-for": `203.0.113.${forged++ % 250}` });

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
  const stranger = await pageFrom(browser, freshAddress());
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
  const owner = await pageFrom(browser, freshAddress());
  await owner.goto("/sign-in");
  await owner.getByLabel("Email").fill(reader.email);
  await owner.getByLabel("Password").fill(reader.password);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.getByRole("button", { name: "Sign out" })).toBeVisible();
  await stranger.context().close();
  await owner.context().close();
});

test("an address spraying passwords over many emails is stopped for every email", async ({
  browser,
  reader,
}) => {
  const sprayer = await pageFrom(browser, freshAddress());
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
  await expect(sprayer.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await sprayer.context().close();
});

test("a fresh X-Forwarded-For on every guess buys nothing: forty wrong passwords lock the email", async ({
  browser,
  reader,
}) => {
  const context = await contextFrom(browser, freshAddress());
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  for (let i = 0; i < 40; i++) {
    const answer = await context.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: reader.email, password: `guess number ${i}` },
      headers: forgedHeader(),
      maxRedirects: 0,
    });
    expect(answer.headers()["location"]).toContain("error=CredentialsSignin");
  }
  // The right password, with yet another forged address: refused, and told for how long.
  await context.setExtraHTTPHeaders(forgedHeader());
  const page = await context.newPage();
  await page.goto("/sign-in");
  await trySignIn(page, reader.email, reader.password);
  await expect(
    page.getByText(/Too many failed attempts\. Try again in 1[45] minutes\./),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await context.close();
});

test("guesses sent with the owner's address in X-Forwarded-For do not lock the owner out", async ({
  browser,
  reader,
}) => {
  const home = freshAddress();
  const attacker = await contextFrom(browser, freshAddress(), { "x-forwarded-for": home });
  const { csrfToken } = (await (await attacker.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const guess = async (password: string) => {
    const answer = await attacker.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: reader.email, password },
      maxRedirects: 0,
    });
    return answer.headers()["location"] ?? "";
  };
  for (let i = 0; i < SIGN_IN_PER_EMAIL.maxHits; i++) {
    expect(await guess(`guess number ${i}`)).toContain("error=CredentialsSignin");
  }
  // The attacker is locked out, even with the right password…
  expect(await guess(reader.password)).toContain("code=locked");

  // …and the owner, at the address the attacker named, signs in as usual.
  const owner = await pageFrom(browser, home);
  await owner.goto("/sign-in");
  await owner.getByLabel("Email").fill(reader.email);
  await owner.getByLabel("Password").fill(reader.password);
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.getByRole("button", { name: "Sign out" })).toBeVisible();
  await attacker.close();
  await owner.context().close();
});

test("one address tries to sign up only so many times an hour, whatever the emails or the headers it sends, and is told when to come back", async ({
  browser,
  reader,
}) => {
  const from = freshAddress();
  // This address has already tried all but three of its sign-ups this hour.
  await e2eDb()
    .insert(authThrottles)
    .values({
      key: signUpKey(from),
      hits: SIGN_UP_PER_ADDRESS.maxHits - 3,
      windowStartedAt: new Date(),
    });
  const page = await pageFrom(browser, from);
  const attempt = async (who: Newcomer) => {
    await page.goto("/sign-up");
    await sendSignUp(page, who);
  };
  // An email that has an account, a username that is taken, a new email: each one counts.
  const known = { ...newcomer("known", "Bulk Maker"), email: reader.email };
  await attempt(known);
  await expectCheckYourInbox(page, known.email);
  await attempt({ ...newcomer("taken", "Bulk Maker"), handle: reader.handle });
  await expect(page.getByText("That username is taken. Try another.")).toBeVisible();
  const last = newcomer("last", "Bulk Maker");
  await attempt(last);
  await expectCheckYourInbox(page, last.email);

  // A forged X-Forwarded-For buys no fresh count.
  await page.context().setExtraHTTPHeaders(forgedHeader());
  const refused = newcomer("one_more", "Bulk Maker");
  await attempt(refused);
  await expect(
    page.getByText(/^Too many sign-ups from your network\. Try again in (60|59) minutes\.$/),
  ).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(refused.handle);
  await expect(page.getByLabel("Email")).toHaveValue(refused.email);

  // Someone else, elsewhere, signs up as usual.
  const elsewhere = await pageFrom(browser, freshAddress());
  const other = newcomer("elsewhere", "Bulk Maker");
  await elsewhere.goto("/sign-up");
  await sendSignUp(elsewhere, other);
  await expectCheckYourInbox(elsewhere, other.email);
  for (const p of [page, elsewhere]) await p.context().close();
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

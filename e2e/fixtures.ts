import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { createReader, type TestReader } from "./database";

/** The wide header's account menu, which is there once a reader is signed in. */
export const accountMenu = (page: Page) =>
  page.getByRole("banner").getByRole("group", { name: "Account" });

/** The account menu's button, named by the reader's name (and their unread count, if any). */
export const accountButton = (page: Page) => accountMenu(page).locator("summary");

/** Opens the account menu (the wide header) and answers it. */
export async function openAccountMenu(page: Page) {
  const menu = accountMenu(page);
  await menu.locator("summary").click();
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
  return menu;
}

/** Signs out from the account menu, as a person would. */
export async function signOut(page: Page) {
  await (await openAccountMenu(page)).getByRole("button", { name: "Sign out" }).click();
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(accountMenu(page)).toBeVisible();
}

/**
 * Signs a browser context in through Auth.js's own endpoints, as the sign-in form's action does,
 * without rendering the page: tests whose subject is not signing in start from here.
 */
export async function signInContext(
  context: BrowserContext,
  email: string,
  password: string,
  origin?: string,
) {
  const url = (path: string) => (origin ? new URL(path, origin).href : path);
  const csrf = await context.request.get(url("/api/auth/csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await context.request.post(url("/api/auth/callback/credentials"), {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(answer.status(), "Auth.js answers a sign-in with a redirect").toBe(302);
  const cookies = await context.cookies(origin ?? undefined);
  expect(cookies.some((c) => c.name.endsWith("session-token"))).toBe(true);
}

/** A browser context of its own on the test's site, signed in as nobody. */
export const freshContext = (browser: Browser) =>
  browser.newContext({ baseURL: test.info().project.use.baseURL });

/** A page in a browser context of its own (freshContext). */
export const freshPage = async (browser: Browser) => (await freshContext(browser)).newPage();

/** Another reader beside the test's page: a browser of their own, signed in as them. */
export async function signedIn(page: Page, reader: TestReader): Promise<Page> {
  const context = await freshContext(page.context().browser()!);
  await signInContext(context, reader.email, reader.password);
  return context.newPage();
}

async function signedInPage(
  browser: Browser,
  email: string,
  password: string,
  use: (p: Page) => Promise<void>,
) {
  const context = await freshContext(browser);
  await signInContext(context, email, password);
  const page = await context.newPage();
  await use(page);
  await context.close();
}

/**
 * An axe scan of a page against WCAG 2.x A and AA, with label-in-name (an accessible name holds
 * the visible text: "label-content-name-mismatch", which axe counts as experimental and leaves
 * out unless asked).
 */
export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page })
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
}

type Fixtures = {
  /** axeScan of the test's page. */
  axe: () => AxeBuilder;
  reader: TestReader;
  readerPage: Page;
  secondReader: TestReader;
  secondReaderPage: Page;
  adminPage: Page;
};

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use) => {
    await use(() => axeScan(page));
  },
  reader: async ({}, use) => use(await createReader("reader")),
  secondReader: async ({}, use) => use(await createReader("other")),
  readerPage: async ({ browser, reader }, use) =>
    signedInPage(browser, reader.email, reader.password, use),
  secondReaderPage: async ({ browser, secondReader }, use) =>
    signedInPage(browser, secondReader.email, secondReader.password, use),
  adminPage: async ({ browser }, use) => {
    const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
    await signedInPage(browser, admin.email, admin.password, use);
  },
});

export { expect };

export const FEATURED = {
  slug: "mission-impossible-fallout",
  film: "Mission: Impossible – Fallout",
  headline: "Exploring Soundtracks: Mission Impossible – Fallout",
  composer: "Lorne Balfe",
};

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { createReader, type TestReader } from "./database";

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

async function signedInPage(
  browser: Browser,
  email: string,
  password: string,
  use: (p: Page) => Promise<void>,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await use(page);
  await context.close();
}

type Fixtures = {
  /** An axe scan of the current page against WCAG 2.x A and AA. */
  axe: () => AxeBuilder;
  reader: TestReader;
  readerPage: Page;
  secondReader: TestReader;
  secondReaderPage: Page;
  adminPage: Page;
};

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use) => {
    await use(() =>
      new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]),
    );
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

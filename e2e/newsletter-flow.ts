import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { newsletterSubscribers } from "../db/schema";
import { NEWSLETTER_CONFIRMED, NEWSLETTER_REQUESTED } from "../lib/newsletter";
import { contextFrom, freshAddress } from "./callers";
import { BASE_URL } from "./config";
import { e2eDb, runWord } from "./database";
import { expect } from "./fixtures";
import { linkMailedTo } from "./outbox";

// What the newsletter specs do as a visitor: subscribe, confirm, read their subscription's row.

export const rowOf = async (email: string) =>
  (
    await e2eDb().select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email))
  )[0];

/** A visitor's browser of its own, from an address of its own: no test shares its throttle. */
export const visitorPage = async (browser: Browser) =>
  (await contextFrom(browser, freshAddress())).newPage();
export const panel = (page: Page) =>
  page.getByRole("region", { name: "Each week’s review, by email" });
export const newAddress = (label: string) => `${label}_${runWord()}@e2e.test`;

export async function subscribeFrom(page: Page, email: string) {
  await panel(page).getByLabel("Your email address").fill(email);
  await panel(page).getByRole("button", { name: "Subscribe" }).click();
}

/** A visitor subscribes and confirms through the mailed link: the preferences page's address. */
export async function subscribedVisitor(page: Page, email: string): Promise<string> {
  await page.goto("/");
  await subscribeFrom(page, email);
  await expect(panel(page).getByText(NEWSLETTER_REQUESTED)).toBeVisible();
  await page.goto(await linkMailedTo(email, "/newsletter/confirm/"));
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByText(NEWSLETTER_CONFIRMED)).toBeVisible();
  const preferences = page.getByRole("link", { name: "Your newsletter preferences" });
  return new URL((await preferences.getAttribute("href"))!, BASE_URL).href;
}

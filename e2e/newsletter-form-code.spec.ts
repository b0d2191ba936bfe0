import type { Page } from "@playwright/test";
import { NEWSLETTER_REQUESTED } from "../lib/newsletter";
import { expect, FEATURED, test } from "./fixtures";
import { newAddress, panel, rowOf, subscribeFrom, visitorPage } from "./newsletter-flow";

// The newsletter form ends every review, below what a first view shows: its code comes as the
// form nears the screen. The form the server sent stands meanwhile, and a press on it is kept.

/** Whether the page has loaded a script of the build that holds the visitor's form. */
function formScriptSeen(page: Page) {
  const texts: string[] = [];
  page.on("response", async (response) => {
    if (/\/_next\/static\/chunks\/[^/]+\.js$/.test(new URL(response.url()).pathname)) {
      texts.push(await response.text().catch(() => ""));
    }
  });
  return () => texts.some((text) => text.includes("Your email address"));
}

test("a review's newsletter form is fetched as it nears the screen; a press before is kept", async ({
  browser,
}) => {
  const page = await visitorPage(browser);
  const seen = formScriptSeen(page);
  let holding = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    if (holding) await released;
    await route.continue();
  });
  await page.goto(`/reviews/${FEATURED.slug}`);
  await page.waitForLoadState("networkidle");
  await expect(panel(page).getByLabel("Your email address")).toBeAttached();
  expect(seen()).toBe(false);

  // The visitor scrolls down, types and presses while the form's code is still on its way.
  holding = true;
  const email = newAddress("near");
  await subscribeFrom(page, email);
  await expect(panel(page).getByRole("status")).toBeEmpty();
  expect(await rowOf(email)).toBeUndefined();

  release();
  await expect(panel(page).getByText(NEWSLETTER_REQUESTED)).toBeVisible();
  expect(seen()).toBe(true);
  expect((await rowOf(email))?.state).toBe("pending");
});

test("a form still waiting on one page does not hold the next page's", async ({ browser }) => {
  const page = await visitorPage(browser);
  await page.setViewportSize({ width: 390, height: 700 });
  const seen = formScriptSeen(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(seen()).toBe(false);
  // The home page's form, far below on a phone, is still waiting when the visitor moves on.
  await page.locator(`a[href="/reviews/${FEATURED.slug}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${FEATURED.slug}$`));
  const email = newAddress("moved");
  await subscribeFrom(page, email);
  await expect(panel(page).getByText(NEWSLETTER_REQUESTED)).toBeVisible();
  expect((await rowOf(email))?.state).toBe("pending");
});

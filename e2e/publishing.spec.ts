import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { reviews } from "../db/schema";
import { E2E_CLOCK_FILE } from "./config";
import { createDraft, e2eDb } from "./database";
import { expect, test } from "./fixtures";

// This spec moves the site's clock forward and puts a review on the site, which the other specs
// do not expect: playwright.config.ts runs it on its own, after them.

function moveClockTo(at: Date) {
  writeFileSync(E2E_CLOCK_FILE, JSON.stringify({ offsetMs: at.getTime() - Date.now() }));
}

test.afterAll(() => {
  writeFileSync(E2E_CLOCK_FILE, JSON.stringify({ offsetMs: 0 }));
});

test("an admin schedules a draft into the next slot, and it goes live at that time by itself", async ({
  adminPage,
  page,
}) => {
  const draft = await createDraft("scheduled");
  await adminPage.goto("/admin");
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  await drafts.getByLabel(`When to publish “${draft.headline}”`).selectOption("next");
  await drafts.getByRole("button", { name: `Schedule “${draft.headline}”` }).click();
  await expect(adminPage.getByText(`“${draft.headline}” is scheduled for`)).toBeVisible();

  const [row] = await e2eDb().select().from(reviews).where(eq(reviews.id, draft.id));
  expect(row?.status).toBe("scheduled");
  const at = row!.publishedAt!;
  const calendar = adminPage.getByRole("region", { name: "Weekly calendar" });
  await expect(calendar.getByText(draft.headline, { exact: true })).toBeVisible();

  // Before its time: nowhere on the site.
  expect((await page.goto(`/reviews/${draft.slug}`))?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
  await expect(page.getByText(draft.film)).toHaveCount(0);

  // The clock passes the slot; nobody publishes anything.
  moveClockTo(new Date(at.getTime() + 1000));
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByText(draft.film).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const review = await page.goto(`/reviews/${draft.slug}`);
  expect(review?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.headline);
  await page.goto("/reviews");
  await expect(page.getByText(draft.film).first()).toBeVisible();
});

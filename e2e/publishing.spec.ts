import { renameSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { reviews, soundtracks } from "../db/schema";
import { E2E_CLOCK_FILE } from "./config";
import { createDraft, e2eDb } from "./database";
import { newReview, reopenReview, writeReview } from "./editor-flow";
import { expect, test } from "./fixtures";
import { expectNoForeignPreloads } from "./preloads";

// This spec moves the site's clock forward and puts a review on the site, which the other specs
// do not expect: playwright.config.ts runs it on its own, after them.

/** Written whole or not at all: the server must never read a half-written file. */
function setClockOffset(offsetMs: number) {
  writeFileSync(`${E2E_CLOCK_FILE}.next`, JSON.stringify({ offsetMs }));
  renameSync(`${E2E_CLOCK_FILE}.next`, E2E_CLOCK_FILE);
}

function moveClockTo(at: Date) {
  setClockOffset(at.getTime() - Date.now());
}

// Both tests move the clock: one after the other, never side by side.
test.describe.configure({ mode: "default" });

test.afterAll(() => {
  setClockOffset(0);
});

/** Schedules a draft into the next free slot from the dashboard; returns the time it got. */
async function scheduleIntoNextSlot(adminPage: Page, draft: { id: number; headline: string }) {
  await adminPage.goto("/admin");
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  await drafts.getByLabel(`When to publish “${draft.headline}”`).selectOption("next");
  await drafts.getByRole("button", { name: `Schedule “${draft.headline}”` }).click();
  await expect(adminPage.getByText(`“${draft.headline}” is scheduled for`)).toBeVisible();
  const [row] = await e2eDb().select().from(reviews).where(eq(reviews.id, draft.id));
  expect(row?.status).toBe("scheduled");
  return row!.publishedAt!;
}

/** Moves the site's clock a second past `at`, and waits for the home page to show `film`. */
async function passTheSlot(page: Page, at: Date, film: string) {
  moveClockTo(new Date(at.getTime() + 1000));
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByText(film).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test("an admin schedules a draft into the next slot, and it goes live at that time by itself", async ({
  adminPage,
  page,
}) => {
  const draft = await createDraft("scheduled");
  const at = await scheduleIntoNextSlot(adminPage, draft);
  const calendar = adminPage.getByRole("region", { name: "Weekly calendar" });
  await expect(calendar.getByText(draft.headline, { exact: true })).toBeVisible();

  // Before its time: nowhere on the site.
  expect((await page.goto(`/reviews/${draft.slug}`))?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
  await expect(page.getByText(draft.film)).toHaveCount(0);

  // The clock passes the slot; nobody publishes anything.
  await passTheSlot(page, at, draft.film);
  const review = await page.goto(`/reviews/${draft.slug}`);
  expect(review?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.headline);
  // A review nobody has scored or discussed yet says each of those once.
  const scores = page.getByRole("region", { name: "Scores" });
  await expect(scores.getByText("No reader scores yet")).toBeVisible();
  await expect(scores.getByText(/No reader has scored/)).toHaveCount(0);
  const discussion = page.getByRole("region", { name: /^Discussion/ });
  await expect(discussion.getByText("No comments yet — start the discussion.")).toBeVisible();
  await expect(
    discussion.getByRole("link", { name: "Sign in to join the discussion" }),
  ).toBeVisible();
  await expect(discussion.locator(".border-dashed")).toHaveCount(0);
  await page.goto("/reviews");
  await expect(page.getByText(draft.film).first()).toBeVisible();
});

test("an admin writes a review in the editor, schedules it into the next slot, and it goes live", async ({
  adminPage,
  page,
  request,
}) => {
  const written = newReview("Scheduled");
  const id = await writeReview(adminPage, written);
  // Leave, come back: everything is as it was written.
  await reopenReview(adminPage, written);

  await adminPage.goto("/admin");
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  await drafts.getByLabel(`When to publish “${written.headline}”`).selectOption("next");
  await drafts.getByRole("button", { name: `Schedule “${written.headline}”` }).click();
  await expect(adminPage.getByText(`“${written.headline}” is scheduled for`)).toBeVisible();
  const [row] = await e2eDb().select().from(reviews).where(eq(reviews.id, id));
  expect(row?.status).toBe("scheduled");
  expect((await page.goto(`/reviews/${written.slug}`))?.status()).toBe(404);

  moveClockTo(new Date(row!.publishedAt!.getTime() + 1000));
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByText(written.film).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const live = await page.goto(`/reviews/${written.slug}`);
  expect(live?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(written.headline);
  await expect(page.getByRole("link", { name: "Opening Night" }).first()).toHaveAttribute(
    "href",
    "#track-1-1",
  );
  await expect(
    page.getByRole("region", { name: "Listen" }).getByRole("link", { name: "Bandcamp" }),
  ).toHaveAttribute("rel", "noopener noreferrer");

  // A new address for the live review: the old one leads to it for good.
  await adminPage.goto(`/admin/reviews/${id}`);
  const moved = `${written.slug}-revised`;
  await adminPage.getByLabel("Address", { exact: true }).fill(moved);
  await adminPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(adminPage.locator("#save-status")).toHaveText(
    /^Saved, and the published page shows it\./,
  );
  const old = await request.get(`/reviews/${written.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toContain(`/reviews/${moved}`);
  expect((await page.goto(`/reviews/${written.slug}`))?.url()).toContain(`/reviews/${moved}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(written.headline);
});

test("a second review in a week shares the week's number, says it is the second, and its neighbours say the same week", async ({
  adminPage,
  page,
}) => {
  const first = await createDraft("first-of-week");
  const at = await scheduleIntoNextSlot(adminPage, first);
  await passTheSlot(page, at, first.film);
  const [firstRow] = await e2eDb().select().from(reviews).where(eq(reviews.id, first.id));
  expect(firstRow?.weekNumber).toBeGreaterThan(1);
  const week = firstRow!.weekNumber!;

  // Published now, a second after the slot: the same week, which the admin confirms.
  const second = await createDraft("second-of-week");
  await adminPage.goto("/admin");
  const drafts = adminPage.getByRole("region", { name: "Drafts" });
  await drafts.getByLabel(`When to publish “${second.headline}”`).selectOption("now");
  await drafts.getByRole("button", { name: `Schedule “${second.headline}”` }).click();
  await expect(
    adminPage.getByText(`“${first.headline}” already goes out that week.`),
  ).toBeVisible();
  await drafts.getByRole("button", { name: "Same week anyway" }).click();
  await expect(adminPage.getByText(`“${second.headline}” is published.`)).toBeVisible();
  const [secondRow] = await e2eDb().select().from(reviews).where(eq(reviews.id, second.id));
  expect(secondRow?.weekNumber).toBe(week);

  const calendar = adminPage.getByRole("region", { name: "Weekly calendar" });
  await expect(
    calendar.getByText(`${second.film} · Week ${week}, second review · Live since`),
  ).toBeVisible();

  await page.goto(`/reviews/${second.slug}`);
  await expect(page.getByText(`Week ${week}, second review`, { exact: true })).toBeVisible();
  const weeks = page.getByRole("navigation", { name: "More weeks" });
  const earlier = weeks.getByRole("link", { name: /Earlier the same week/ });
  await expect(earlier).toContainText(`Week ${week}`);
  await earlier.click();
  await expect(page).toHaveURL(`/reviews/${first.slug}`);
  await expect(page.getByText(`Week ${week}`, { exact: true }).first()).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "More weeks" })
      .getByRole("link", { name: /Later the same week/ }),
  ).toContainText(second.film);
});

test("this week's cover is preloaded by the home page that shows it, not by every page that links there", async ({
  adminPage,
  page,
}) => {
  const draft = await createDraft("with-a-cover");
  await e2eDb()
    .update(soundtracks)
    .set({
      coverImageUrl: "/covers/the-harrowmere-eight.svg",
      coverAlt: `The cover of ${draft.film}`,
    })
    .where(eq(soundtracks.slug, draft.slug));
  const at = await scheduleIntoNextSlot(adminPage, draft);
  await passTheSlot(page, at, draft.film);
  await expect(page.getByRole("img", { name: `The cover of ${draft.film}` })).toHaveAttribute(
    "loading",
    "eager",
  );
  await expectNoForeignPreloads(page, "/about", "/");
  await expectNoForeignPreloads(page, "/reviews/glasswater-meridian", "/");
});

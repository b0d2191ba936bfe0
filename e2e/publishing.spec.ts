import type { Page } from "@playwright/test";
import { eq, max } from "drizzle-orm";
import { reviews, soundtracks } from "../db/schema";
import * as siteClock from "../lib/testing/clock-file";
import { actionId, callAction, sessionCookie } from "./actions";
import { E2E_CLOCK_FILE } from "./config";
import { createDraft, e2eDb } from "./database";
import { newReview, reopenReview, writeReview } from "./editor-flow";
import { expect, test } from "./fixtures";
import { expectNoForeignPreloads } from "./preloads";
import {
  DEPLOYMENTS,
  adminOn,
  expectSearchFinds,
  findableDraft,
  findableNames,
  importReviewFile,
  scheduleDraft,
  writeReviewFile,
} from "./publishing-flow";

// This spec moves the site's clock forward and puts a review on the site, which the other specs
// do not expect: playwright.config.ts runs it on its own, after them. The clock is the site's and
// the two-instance cluster's (scripts/e2e-servers.mjs gives them the same file).

const setClockOffset = (offsetMs: number) => siteClock.setClockOffset(E2E_CLOCK_FILE, offsetMs);
const moveClockTo = (at: Date) => siteClock.moveClockTo(E2E_CLOCK_FILE, at);

// Both tests move the clock: one after the other, never side by side.
test.describe.configure({ mode: "default" });

test.afterAll(() => {
  setClockOffset(0);
});

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
  const at = await scheduleDraft(adminPage, draft);
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
  const at = await scheduleDraft(adminPage, first);
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
  const at = await scheduleDraft(adminPage, draft);
  await passTheSlot(page, at, draft.film);
  await expect(page.getByRole("img", { name: `The cover of ${draft.film}` })).toHaveAttribute(
    "loading",
    "eager",
  );
  await expectNoForeignPreloads(page, "/about", "/");
  await expectNoForeignPreloads(page, "/reviews/glasswater-meridian", "/");
});

test("an admin publishes from the editor: a chosen slot, the next free one, then now with the edits saved first; a reader cannot", async ({
  adminPage,
  page,
  request,
  reader,
}) => {
  // Past every review there is: the weeks ahead, this one included, are free.
  const [last] = await e2eDb()
    .select({ at: max(reviews.publishedAt) })
    .from(reviews);
  moveClockTo(new Date((last?.at ?? new Date()).getTime() + 8 * 24 * 3600_000));
  const written = newReview("Published from the editor");
  const id = await writeReview(adminPage, written);
  const stored = async () => (await e2eDb().select().from(reviews).where(eq(reviews.id, id)))[0]!;
  const panel = adminPage.getByRole("region", { name: "Publishing" });
  await expect(panel.getByText("Draft: not on the site.")).toBeVisible();

  // The editor's own address changes nothing for a reader or a visitor calling the action.
  const cookie = await sessionCookie(reader.id);
  for (const who of [cookie, undefined]) {
    const answer = await callAction(request, {
      url: `/admin/reviews/${id}`,
      actionId: actionId("app/admin/actions.ts", "publishReview"),
      fields: { reviewId: String(id), when: "now", shareWeek: "yes" },
      cookie: who,
    });
    expect(answer.state?.status).not.toBe("ok");
  }
  expect(await stored()).toMatchObject({ status: "draft", publishedAt: null });

  // A chosen slot: the third coming one, said back before it is done.
  const when = panel.getByLabel("When it goes out");
  const chosen = (await when.locator("option").allTextContents())[3]!;
  await when.selectOption({ label: chosen });
  const chosenAt = await when.inputValue();
  await panel.getByRole("button", { name: "Schedule…" }).click();
  await expect(panel.getByText(`“${written.headline}” goes live on ${chosen}`)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Schedule it" })).toBeFocused();
  await adminPage.keyboard.press("Enter");
  await expect(panel.getByText(`“${written.headline}” is scheduled for ${chosen}`)).toBeVisible();
  await expect(panel.getByText(new RegExp(`^Scheduled for ${chosen}`))).toBeVisible();
  await expect(adminPage.getByText("Scheduled", { exact: true })).toBeVisible();
  expect(await stored()).toMatchObject({ status: "scheduled", publishedAt: new Date(chosenAt) });
  expect((await page.goto(`/reviews/${written.slug}`))?.status()).toBe(404);

  // Back to the drafts, then the next free slot, which the list names.
  await panel.getByRole("button", { name: "Unschedule: back to the drafts" }).click();
  await expect(panel.getByText(`“${written.headline}” is a draft again.`)).toBeVisible();
  await expect(panel.getByText("Draft: not on the site.")).toBeVisible();
  expect(await stored()).toMatchObject({ status: "draft", publishedAt: null });
  const next = (await when.locator("option").first().textContent())!.match(/\((.+)\)$/)![1]!;
  await when.selectOption("next");
  await panel.getByRole("button", { name: "Schedule…" }).click();
  await expect(panel.getByText(`goes live on ${next}`)).toBeVisible();
  await panel.getByRole("button", { name: "Schedule it" }).click();
  await expect(panel.getByText(new RegExp(`^Scheduled for ${next}`))).toBeVisible();
  const scheduled = await stored();
  expect(scheduled.status).toBe("scheduled");
  expect(scheduled.publishedAt!.getTime()).toBeLessThan(new Date(chosenAt).getTime());

  // Now, with a headline not saved yet: it is saved first, and the page goes live with it.
  const headline = `${written.headline}, revised`;
  await adminPage.getByLabel("Headline", { exact: true }).fill(headline);
  await panel.getByLabel("Move it to").selectOption("now");
  await panel.getByRole("button", { name: "Publish now…" }).click();
  // Cancelled, nothing happens; asked again, it goes.
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByRole("button", { name: "Publish now", exact: true })).toHaveCount(0);
  expect((await stored()).headline).toBe(written.headline);
  await panel.getByRole("button", { name: "Publish now…" }).click();
  await panel.getByRole("button", { name: "Publish now", exact: true }).click();
  await expect(panel.getByText(`“${headline}” is published.`)).toBeVisible();
  await expect(panel.getByText(/^Live since /)).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(headline);
  expect(await stored()).toMatchObject({ status: "published", headline, slug: written.slug });
  await panel.getByRole("link", { name: "Open the published page" }).click();
  await expect(adminPage).toHaveURL(`/reviews/${written.slug}`);
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(headline);
});

for (const deployment of DEPLOYMENTS) {
  test(`a review published while the site runs is found by its track and composer at the next search: ${deployment.name}`, async ({
    browser,
    page,
  }) => {
    const draft = await findableDraft("heard", deployment.db());
    // Searched before: each instance keeps the page that found nothing.
    await expectSearchFinds(page, deployment, draft, false);
    const admin = await adminOn(browser, deployment);
    await scheduleDraft(admin, draft, { when: "now", db: deployment.db() });
    await admin.context().close();
    await expectSearchFinds(page, deployment, draft, true);
  });

  test(`a review that goes live by its slot is found by its track and composer at the next search: ${deployment.name}`, async ({
    browser,
    page,
  }) => {
    const draft = await findableDraft("slotted", deployment.db());
    const admin = await adminOn(browser, deployment);
    const at = await scheduleDraft(admin, draft, { db: deployment.db() });
    await admin.context().close();
    await expectSearchFinds(page, deployment, draft, false);

    // The clock passes the slot; nobody writes anything.
    moveClockTo(new Date(at.getTime() + 1000));
    await expectSearchFinds(page, deployment, draft, true);
  });

  test(`a review imported from a file while the site runs is found at the next search: ${deployment.name}`, async ({
    page,
  }) => {
    const names = findableNames();
    const slug = `imported-${names.track.split(" ")[1]}`;
    const file = writeReviewFile(
      slug,
      [
        `title: "Exploring Soundtracks: ${slug}"`,
        `film: ${slug}`,
        `composer: ${names.composer}`,
        "status: published",
        "published_at: 2020-01-07T09:00:00Z",
        `tracks: "1. ${names.track} (1:37)"`,
      ],
      "Imported while the site runs.",
    );
    await expectSearchFinds(page, deployment, names, false);
    expect(await importReviewFile(deployment, file)).toBe(0);
    await expectSearchFinds(page, deployment, names, true);
  });
}

import type { Locator } from "@playwright/test";
import { eq } from "drizzle-orm";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { composers, previewLinks, reviewImages, soundtrackComposers, users } from "../db/schema";
import { SESSION_ENDED } from "../lib/editor-schemas";
import { editorFields, EMPTY_VALUES } from "../lib/editor-values";
import { actionId, callAction, sessionCookie } from "./actions";
import { createDraft, createReader, e2eDb, runWord } from "./database";
import { newReview, reopenReview, storedReview, writeReview } from "./editor-flow";
import { axeScan, expect, freshContext, signInContext, test } from "./fixtures";

test("an admin writes a review with a pasted track list and the live preview, and finds it intact", async ({
  adminPage,
  request,
}) => {
  const review = newReview("Editor");
  const id = await writeReview(adminPage, review);
  const { violations } = await axeScan(adminPage).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await reopenReview(adminPage, review);
  expect(await storedReview(id)).toMatchObject({ status: "draft", criticScore: 85 });
  // A draft is nowhere on the site, by its address or any other.
  expect((await request.get(`/reviews/${review.slug}`)).status()).toBe(404);
});

test("an admin whose session ends mid-edit signs in again and gets back what they typed", async ({
  adminPage,
}) => {
  const draft = await createDraft("session");
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  const body = adminPage.getByLabel("Review (Markdown)");
  await expect(body).toHaveValue(/^A draft about/);

  await adminPage.context().clearCookies();
  const added = "Written after the session ended, and not to be lost.";
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await adminPage.getByLabel("Summary").focus();
  await expect(adminPage.getByText(SESSION_ENDED)).toBeVisible();

  await adminPage.getByRole("link", { name: "Sign in again" }).click();
  const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
  await adminPage.getByLabel("Email").fill(admin.email);
  await adminPage.getByLabel("Password").fill(admin.password);
  await adminPage.getByRole("button", { name: "Sign in" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/reviews/${draft.id}$`));
  await expect(body).not.toHaveValue(new RegExp(added));

  await adminPage
    .getByRole("button", { name: /^Restore the text kept in this browser \(saved / })
    .click();
  await expect(body).toHaveValue(new RegExp(`${added}$`));
  await adminPage.getByRole("button", { name: "Save", exact: true }).click();
  await expect(adminPage.locator("#save-status")).toHaveText(/^Saved\./);
  expect((await storedReview(draft.id)).body).toContain(added);
});

test("an admin made a reader mid-edit is told only editors can save, not to sign in again", async ({
  browser,
}) => {
  const draft = await createDraft("demoted");
  const editor = await createReader("demoted");
  const setRole = (role: "admin" | "reader") =>
    e2eDb().update(users).set({ role }).where(eq(users.id, editor.id));
  await setRole("admin");
  const context = await freshContext(browser);
  await signInContext(context, editor.email, editor.password);
  const page = await context.newPage();
  await page.goto(`/admin/reviews/${draft.id}`);
  const headline = page.getByRole("textbox", { name: "Headline" });
  await expect(headline).toHaveValue(draft.headline);

  await setRole("reader");
  await headline.fill("Saved by someone who is no longer an editor");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#save-status")).toHaveText("Only editors can do that.");
  await expect(page.getByText(SESSION_ENDED)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in again" })).toHaveCount(0);
  expect((await storedReview(draft.id)).headline).toBe(draft.headline);
  await context.close();
});

test("an admin compares an earlier version and restores it in one click", async ({ adminPage }) => {
  const draft = await createDraft("history");
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  const body = adminPage.getByLabel("Review (Markdown)");
  const original = await body.inputValue();
  const save = async () => {
    await adminPage.getByRole("button", { name: "Save", exact: true }).click();
    await expect(adminPage.locator("#save-status")).toHaveText(/^Saved\./);
  };
  await save();
  await body.fill("A second opinion, entirely different.");
  await save();
  const history = adminPage.getByRole("region", { name: "Revision history" });
  // Leaving the body for the button autosaved it too, in between.
  const saves = history.getByRole("listitem").filter({ hasText: /^Saved/ });
  await expect(saves).toHaveCount(2);

  const older = saves.last();
  await older.getByRole("button", { name: "Compare" }).click();
  const diff = history.getByRole("region", { name: /^Changes since the version saved at/ });
  await expect(diff).toContainText("Added: A second opinion, entirely different.");
  await expect(diff).toContainText(`Removed: ${original.split("\n")[0]}`);

  await older.getByRole("button", { name: "Restore" }).click();
  await expect(history.getByRole("status")).toHaveText(/is restored and saved\.$/);
  await expect(body).toHaveValue(original);
  await expect(history.getByRole("listitem").first()).toContainText("Restored");
  expect((await storedReview(draft.id)).body).toBe(original);
});

test("a preview link shows the page to a guest until it expires or is revoked", async ({
  adminPage,
  page,
}) => {
  const draft = await createDraft("preview");
  await adminPage.goto(`/admin/reviews/${draft.id}/preview`);
  await expect(adminPage.getByText("Preview — not published")).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(draft.headline);

  await adminPage.goto(`/admin/reviews/${draft.id}`);
  await adminPage.getByRole("button", { name: "Create a preview link" }).click();
  const link = adminPage.getByLabel(/^Preview link, expires /);
  await expect(link).toHaveValue(/\/preview\/[\w-]{43}$/);
  const url = await link.inputValue();

  const shown = await page.goto(url);
  expect(shown?.status()).toBe(200);
  expect(shown?.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByText("Preview — not published")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(draft.headline);
  await expect(page.getByRole("rowheader", { name: "Opening Night" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await adminPage.getByRole("button", { name: /^Revoke the link/ }).click();
  await expect(link).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);

  const expired = "expired-token-for-the-e2e-test-0123456789ab";
  await e2eDb()
    .insert(previewLinks)
    .values({ token: expired, reviewId: draft.id, expiresAt: new Date(Date.now() - 1000) });
  expect((await page.goto(`/preview/${expired}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
});

test("a draft's preview links only to composers with a page, and asks for no missing one", async ({
  adminPage,
}) => {
  const draft = await createDraft("unpublished-composer");
  const db = e2eDb();
  const suffix = runWord();
  const newcomer = { name: `Nova Quill ${suffix}`, slug: `nova-quill-${suffix}` };
  const [created] = await db
    .insert(composers)
    .values({ ...newcomer, sortName: `Quill ${suffix}, Nova` })
    .returning({ id: composers.id });
  const [balfe] = await db
    .select({ id: composers.id })
    .from(composers)
    .where(eq(composers.slug, "lorne-balfe"));
  const { soundtrackId } = await storedReview(draft.id);
  await db.insert(soundtrackComposers).values([
    { soundtrackId, composerId: balfe!.id, position: 0 },
    { soundtrackId, composerId: created!.id, position: 1 },
  ]);

  const missing: string[] = [];
  adminPage.on("response", (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  // The page prefetches what its links lead to as they come into view.
  const prefetched = adminPage.waitForRequest((request) =>
    request.url().includes("/composers/lorne-balfe"),
  );
  await adminPage.goto(`/admin/reviews/${draft.id}/preview`);
  const header = adminPage.getByRole("article");
  await expect(header.getByRole("link", { name: "Lorne Balfe" })).toBeVisible();
  await expect(header.getByText(`and ${newcomer.name}`, { exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: newcomer.name })).toHaveCount(0);
  await prefetched;
  expect(missing).toEqual([]);
});

/** Whether the field shows all of its text: nothing scrolled away sideways or below. */
const shownWhole = (field: Locator) =>
  field.evaluate((e) => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight + 1);

test("link labels and track titles are shown whole, on a wide screen and a 360 px phone", async ({
  adminPage,
}) => {
  const draft = await createDraft("wrapping");
  await adminPage.goto(`/admin/reviews/${draft.id}`);
  const longTitle = "Should You Choose to Accept the Mission (Extended Version)";
  // The new link's field appears once React runs the form: a fill before that may be undone.
  await adminPage.getByRole("button", { name: "Add a link" }).click();
  const label = adminPage.getByLabel("Label of link 1");
  await label.fill("Apple Music (Deluxe Edition, 2018)");
  await adminPage.getByLabel("Title of track 2").fill(longTitle);
  for (const width of [1280, 360]) {
    await adminPage.setViewportSize({ width, height: 800 });
    const title = adminPage.getByLabel("Title of track 2");
    await expect(title).toHaveValue(longTitle);
    for (const field of [label, title]) {
      await expect.poll(() => shownWhole(field), `${width} px`).toBe(true);
    }
    // On the phone the title has the width of the screen, not of a few characters.
    const box = (await title.boundingBox())!;
    expect(box.width, `${width} px`).toBeGreaterThan(width === 360 ? 250 : 400);
    const overflow = await adminPage.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
  }
  // A line break pasted into a title is a space: a title is one line, however it wraps.
  await adminPage.getByLabel("Title of track 1").fill("Opening\nNight");
  await expect(adminPage.getByLabel("Title of track 1")).toHaveValue("Opening Night");
});

test.describe("what must not be possible", () => {
  test("a reader and a visitor get the not-found page in the editor", async ({
    readerPage,
    page,
  }) => {
    const draft = await createDraft("hidden-editor");
    for (const path of [
      "/admin/reviews/new",
      `/admin/reviews/${draft.id}`,
      `/admin/reviews/${draft.id}/preview`,
    ]) {
      for (const visitor of [readerPage, page]) {
        expect((await visitor.goto(path))?.status(), path).toBe(404);
        await expect(
          visitor.getByRole("heading", { name: "We couldn’t find that page" }),
        ).toBeVisible();
      }
    }
  });

  test("a reader's direct POST of the editor's actions changes nothing", async ({
    request,
    reader,
  }) => {
    const draft = await createDraft("forbidden-edit");
    const cookie = await sessionCookie(reader.id);
    const values = {
      ...EMPTY_VALUES,
      filmTitle: "Taken over",
      headline: "Taken over",
      slug: draft.slug,
      body: "Defaced.",
    };
    const fields = { ...editorFields(values), composers: "Someone", reviewId: String(draft.id) };
    const shared = ["createPreviewLink", "uploadReviewImage"];
    for (const name of ["saveReview", "autosaveReview", "restoreRevision", ...shared]) {
      for (const who of [cookie, undefined]) {
        const answer = await callAction(request, {
          url: "/admin",
          actionId: actionId(
            `app/admin/reviews/${shared.includes(name) ? "share-actions" : "actions"}.ts`,
            name,
          ),
          fields: {
            ...(fields as Record<string, string>),
            revisionId: "1",
            days: "7",
            alt: "Defaced",
            image: "not a file",
          },
          cookie: who,
        });
        // A reader is told they are not an editor; only a visitor, that the session ended.
        expect(answer.state?.message, name).toBe(who ? "Only editors can do that." : SESSION_ENDED);
      }
    }
    expect(await storedReview(draft.id)).toMatchObject({
      headline: draft.headline,
      status: "draft",
    });
    expect(
      await e2eDb().select().from(previewLinks).where(eq(previewLinks.reviewId, draft.id)),
    ).toEqual([]);
    expect(
      await e2eDb().select().from(reviewImages).where(eq(reviewImages.reviewId, draft.id)),
    ).toEqual([]);
  });
});

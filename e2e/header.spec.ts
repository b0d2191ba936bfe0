import type { Browser, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { comments, notifications, users } from "../db/schema";
import { createDraft, createReader, e2eDb, type TestReader } from "./database";
import { accountButton, axeScan, expect, openAccountMenu, signInContext, test } from "./fixtures";

const PHONE = { width: 360, height: 740 };
const TABLET = { width: 768, height: 1024 };
const WIDE = { width: 1280, height: 800 };

const banner = (page: Page) => page.getByRole("banner");
/** The phone and tablet header's menu, whose button reads "Menu". */
const siteMenu = (page: Page) =>
  banner(page).locator("details", { has: page.locator("summary", { hasText: "Menu" }) });

/** The header is one line: its items share one row, and it is no taller than that row. */
async function expectOneLine(page: Page) {
  const boxes = await banner(page)
    .locator(":scope > div > *")
    .evaluateAll((items) =>
      items
        .map((item) => item.getBoundingClientRect())
        .filter((box) => box.width > 0)
        .map(({ top, bottom, height }) => ({ top, bottom, height })),
    );
  expect(boxes.length).toBeGreaterThanOrEqual(3);
  const lowestTop = Math.max(...boxes.map((b) => b.top));
  const highestBottom = Math.min(...boxes.map((b) => b.bottom));
  expect(lowestTop, "every item of the header on the same row").toBeLessThan(highestBottom);
  const name = banner(page).getByRole("link", { name: "Exploring Soundtracks" });
  const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await name.boundingBox())!.height, "the site's name on one line").toBeLessThan(
    lineHeight * 1.5,
  );
  const tallest = Math.max(...boxes.map((b) => b.height));
  const header = (await banner(page).boundingBox())!;
  expect(header.height, "the header one row high").toBeLessThan(tallest + 40);
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await axeScan(page).include("header").analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Moves the keyboard's focus forward until it is on `summary` (a few Tab presses). */
async function tabTo(page: Page, summary: ReturnType<Page["locator"]>) {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if (await summary.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("The menu's button is not reachable with Tab");
}

/** A reader with `count` unread notifications (replies from another reader on a draft's comment). */
async function readerWithUnread(count: number): Promise<TestReader> {
  const [reader, other, draft] = await Promise.all([
    createReader("unread"),
    createReader("replier"),
    createDraft("unread"),
  ]);
  const db = e2eDb();
  const [comment] = await db
    .insert(comments)
    .values({ reviewId: draft.id, authorId: reader.id, body: "A thought", createdAt: new Date() })
    .returning({ id: comments.id });
  const replies = await db
    .insert(comments)
    .values(
      Array.from({ length: count }, (_, i) => ({
        reviewId: draft.id,
        authorId: other.id,
        parentId: comment!.id,
        body: `Reply ${i + 1}`,
        createdAt: new Date(),
      })),
    )
    .returning({ id: comments.id });
  await db.insert(notifications).values(
    replies.map((reply) => ({
      recipientId: reader.id,
      kind: "reply" as const,
      actorId: other.id,
      commentId: reply.id,
      reviewId: draft.id,
      createdAt: new Date(),
    })),
  );
  return reader;
}

async function pageOf(
  browser: Browser,
  viewport: { width: number; height: number },
  reader?: TestReader,
  javaScriptEnabled = true,
) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport,
    javaScriptEnabled,
  });
  if (reader) await signInContext(context, reader.email, reader.password);
  return context.newPage();
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: PHONE });

  test("the header is one line whose menu opens and closes by keyboard", async ({ page }) => {
    await page.goto("/reviews");
    await expectOneLine(page);
    await expect(banner(page).getByRole("link", { name: "Search" })).toBeVisible();
    await expect(banner(page).getByRole("link", { name: "Archive" })).toBeHidden();
    await expectNoAxeViolations(page);

    const menu = siteMenu(page);
    const button = menu.locator("summary");
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("open", "");
    const nav = menu.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Archive" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "This week" })).toBeFocused();

    // Escape closes it and gives the keyboard back to its button.
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(button).toBeFocused();
    await page.keyboard.press("Space");
    await expect(nav.getByRole("link", { name: "Archive" })).toBeVisible();

    // A click elsewhere closes it; a link followed from it leaves it closed on the next page.
    await page.getByRole("main").click({ position: { x: 5, y: 5 } });
    await expect(menu).not.toHaveAttribute("open");
    await button.click();
    await nav.getByRole("link", { name: "Composers" }).click();
    await expect(page).toHaveURL("/composers");
    await expect(menu).not.toHaveAttribute("open");
    await expectOneLine(page);
  });

  test("the search link takes a phone to the search page's box, ready to type", async ({
    page,
  }) => {
    await page.goto("/");
    await banner(page).getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL("/search");
    const box = page.getByRole("searchbox", {
      name: "Search reviews, films, composers and tracks",
    });
    await expect(box).toBeFocused();
    await expect(page.getByRole("searchbox")).toHaveCount(1);
  });

  test("the unread count shows in the one-line header; the menu holds the account", async ({
    browser,
  }) => {
    const reader = await readerWithUnread(2);
    const page = await pageOf(browser, PHONE, reader);
    await page.goto("/");
    const button = siteMenu(page).locator("summary");
    await expect(button).toHaveAccessibleName("Menu 2 unread notifications");
    // The count itself is on screen, in the bar, without opening the menu.
    const count = button.getByText(/^2 unread notifications$/);
    await expect(count).toBeVisible();
    await expect(count).toBeInViewport({ ratio: 1 });
    await expectOneLine(page);
    await expectNoAxeViolations(page);

    await button.click();
    const menu = siteMenu(page);
    await expect(menu.getByText(`Signed in as ${reader.name}`)).toBeVisible();
    for (const name of ["Profile", "Following", "Notifications 2 unread", "Settings"]) {
      await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
    }
    await expect(menu.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectNoAxeViolations(page);
    await menu.getByRole("link", { name: "Notifications 2 unread" }).click();
    await expect(page).toHaveURL("/notifications");
    await page.context().close();
  });

  test("without JavaScript the menu still opens and its links work", async ({ browser }) => {
    const page = await pageOf(browser, PHONE, undefined, false);
    await page.goto("/");
    await expectOneLine(page);
    const menu = siteMenu(page);
    await menu.locator("summary").click();
    await expect(menu).toHaveAttribute("open", "");
    await expect(menu.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "/sign-in?callbackUrl=%2F",
    );
    await menu.getByRole("link", { name: "Top rated" }).click();
    await expect(page).toHaveURL("/top-rated");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.context().close();
  });
});

test("at 768 px the header is one line with the search box and the menu", async ({ browser }) => {
  const page = await pageOf(browser, TABLET, await readerWithUnread(1));
  await page.goto("/compare");
  await expect(siteMenu(page).locator("summary")).toHaveAccessibleName(
    "Menu 1 unread notifications",
  );
  await expect(banner(page).getByRole("searchbox", { name: "Search the site" })).toBeVisible();
  await expectOneLine(page);
  await expectNoAxeViolations(page);
  await page.context().close();
});

test.describe("at 1280 px", () => {
  test.use({ viewport: WIDE });

  test("a signed-out visitor's header is one line with the sections and Sign in", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(banner(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    const nav = banner(page).getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText([
      "This week",
      "Archive",
      "Compare",
      "Composers",
      "Top rated",
    ]);
    await expect(siteMenu(page)).toBeHidden();
    await expectOneLine(page);
    await expectNoAxeViolations(page);
  });

  test("without JavaScript the header is one line and offers Sign in", async ({ browser }) => {
    const page = await pageOf(browser, WIDE, undefined, false);
    await page.goto("/reviews");
    await expectOneLine(page);
    await banner(page).getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/sign-in?callbackUrl=%2Freviews");
    await page.context().close();
  });

  test("an admin with a long name gets one line, and one link named Settings", async ({
    browser,
  }) => {
    const admin = await createReader("admin");
    const name = `Wilhelmina ${"Featherstonehaugh-".repeat(2)}Cholmondeley ${admin.handle.slice(-4)}`;
    await e2eDb().update(users).set({ name, role: "admin" }).where(eq(users.id, admin.id));
    const page = await pageOf(browser, WIDE, admin);
    await page.goto("/admin");
    const button = accountButton(page);
    await expect(button).toHaveAccessibleName(name);
    await expectOneLine(page);

    const menu = await openAccountMenu(page);
    await expect(menu.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Settings", exact: true })).toHaveCount(1);
    await expect(menu.getByRole("link", { name: "Settings", exact: true })).toHaveAttribute(
      "href",
      "/settings",
    );
    await expect(
      page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Site settings" }),
    ).toHaveAttribute("href", "/admin/settings");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(menu).not.toHaveAttribute("open");
    await expect(button).toBeFocused();
    await page.context().close();
  });
});

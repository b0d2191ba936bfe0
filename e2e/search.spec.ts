import type { Page } from "@playwright/test";
import { createDraft } from "./database";
import { expect, FEATURED, test } from "./fixtures";

const PAGE_BOX = "Search reviews, films, composers and tracks";

const headerBox = (page: Page) =>
  page.getByRole("banner").getByRole("searchbox", { name: "Search the site" });
const pageBox = (page: Page) => page.getByRole("main").getByRole("searchbox", { name: PAGE_BOX });
const group = (page: Page, label: string) =>
  page.getByRole("region", { name: new RegExp(`^${label} \\d`) });

async function searchFromHeader(page: Page, text: string) {
  await headerBox(page).fill(text);
  await headerBox(page).press("Enter");
  await expect(page).toHaveURL(`/search/${encodeURIComponent(text)}`);
}

test("the header's search finds a review by a track, a composer and a word of its body", async ({
  page,
}) => {
  await page.goto("/reviews");
  await searchFromHeader(page, "Kashmir");
  // One box on a search page, the page's own: it holds the search, and the typing goes on there.
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(pageBox(page)).toHaveValue("Kashmir");
  await expect(pageBox(page)).toBeFocused();
  const track = group(page, "Tracks").getByRole("link", { name: "Kashmir" });
  await expect(track.locator("mark")).toHaveText("Kashmir");
  await track.click();
  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}#track-1-18`);
  await expect(page.getByRole("row", { name: /Kashmir/ })).toBeInViewport();

  await searchFromHeader(page, FEATURED.composer);
  await group(page, "Composers").getByRole("link", { name: FEATURED.composer }).click();
  await expect(page).toHaveURL("/composers/lorne-balfe");

  await searchFromHeader(page, "crescendo");
  const reviews = group(page, "Reviews");
  await expect(reviews.locator("mark", { hasText: /^crescendo$/i }).first()).toBeVisible();
  await reviews.getByRole("link", { name: FEATURED.headline }).click();
  await expect(page).toHaveURL(`/reviews/${FEATURED.slug}`);
});

test("results follow what is typed, matching the start of the last word", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("What are you looking for?")).toBeVisible();
  await pageBox(page).pressSequentially("lorne");
  await expect(page).toHaveURL("/search/lorne");
  // The results moved to the search's own page; the box being typed in is the same box.
  await expect(pageBox(page)).toBeFocused();
  await page.keyboard.type(" bal");
  await expect(page).toHaveURL("/search/lorne%20bal");
  await expect(pageBox(page)).toHaveValue("lorne bal");
  await expect(
    group(page, "Composers").getByRole("link", { name: FEATURED.composer }),
  ).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/results? for “lorne bal”/);

  await pageBox(page).fill("kashm");
  await expect(page).toHaveURL("/search/kashm");
  await expect(group(page, "Tracks").locator("mark")).toHaveText("Kashmir");
});

test("a highlight keeps its word whole: “Balfe’s” reads as one word", async ({ page }) => {
  await page.goto("/search/balfe");
  const reviews = group(page, "Reviews");
  // The mark sits flush against the rest of its word: no gap between "Balfe" and "’s".
  const gap = await reviews
    .locator("mark", { hasText: /^Balfe$/ })
    .filter({ has: page.locator("xpath=self::*[starts-with(following-sibling::text()[1], '’s')]") })
    .first()
    .evaluate((mark) => {
      const rest = document.createRange();
      rest.setStart(mark.nextSibling!, 0);
      rest.setEnd(mark.nextSibling!, 1);
      return rest.getBoundingClientRect().left - mark.getBoundingClientRect().right;
    });
  expect(Math.abs(gap)).toBeLessThan(0.5);

  // Searched as two words, the word is one mark, not "Balfe" and "s" apart.
  await page.goto(`/search/${encodeURIComponent("balfe s")}`);
  const word = group(page, "Reviews").locator("mark", { hasText: /^Balfe’s$/ });
  await expect(word.first()).toBeVisible();
});

test("an example search shows in the box and finds what it names", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("link", { name: FEATURED.composer }).click();
  await expect(page).toHaveURL("/search/Lorne%20Balfe");
  await expect(pageBox(page)).toHaveValue(FEATURED.composer);
  await expect(
    group(page, "Composers").getByRole("link", { name: FEATURED.composer }),
  ).toBeVisible();
});

test("search syntax typed by someone is searched as words, never a server error", async ({
  page,
}) => {
  const texts = [
    '"kashmir',
    "kash*",
    "NEAR(kashmir",
    "-fallout kashmir",
    "title:x OR (y",
    "100%",
    "a/b",
  ];
  for (const text of texts) {
    const response = await page.goto(`/search?q=${encodeURIComponent(text)}`);
    expect(response?.status(), text).toBe(200);
    // The search's own address, which the search box and a shared link use.
    await expect(page).toHaveURL(`/search/${encodeURIComponent(text)}`);
    await expect(pageBox(page)).toHaveValue(text);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  }
  await expect(group(page, "Tracks")).toHaveCount(0);
  // An unclosed quote is still the phrase it opens.
  await page.goto(`/search?q=${encodeURIComponent('"kashmir')}`);
  await expect(group(page, "Tracks").getByRole("link", { name: "Kashmir" })).toBeVisible();

  const response = await page.goto(`/search?q=${encodeURIComponent('"*-^')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Nothing to search for in “"*-^”')).toBeVisible();
});

test("a search link that asks for a kind or page that cannot be is a 404 that says why", async ({
  page,
}) => {
  for (const address of [
    "/search/the/tracks/-1",
    "/search/the/tracks/abc",
    "/search/the/nonsense",
    "/search/the/tracks/999",
    "/search/the/tracks/2/3",
    "/search?q=the&kind=nonsense",
    "/search?q=the&kind=tracks&page=0",
  ]) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(404);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(
      "That page of search results doesn’t exist",
    );
    // The search box is still there to search again, with what the link asked for.
    await expect(pageBox(page)).toHaveValue("the");
  }
  await page.getByRole("link", { name: "start a new search" }).click();
  await expect(page).toHaveURL("/search");
  await expect(pageBox(page)).toHaveValue("");
});

test("a very long search is cut to its first 200 characters, and says so", async ({ page }) => {
  const response = await page.goto(`/search?q=kashmir+${"x".repeat(300)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/only the first 200 were searched/)).toBeVisible();
});

test("a group's pages have addresses of their own that open fresh", async ({ page, browser }) => {
  await page.goto("/search?q=the");
  const tracks = group(page, "Tracks");
  await tracks.getByRole("link", { name: /^All \d+ tracks$/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search/the/tracks");
  const kinds = page.getByRole("navigation", { name: "Kinds of result" });
  await expect(kinds.getByRole("link", { name: /^Tracks/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const firstOf = (p: Page) => group(p, "Tracks").getByRole("listitem").first().textContent();
  const onFirstPage = await firstOf(page);
  const next = page.getByRole("navigation", { name: "Pages of tracks" }).getByRole("link", {
    name: /Next/,
  });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/search/the/tracks/2");
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  const onSecondPage = await firstOf(page);
  expect(onSecondPage).not.toBe(onFirstPage);

  const fresh = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  await fresh.goto("/search/the/tracks/2");
  await expect(group(fresh, "Tracks").getByRole("listitem").first()).toHaveText(onSecondPage!);
  await fresh.close();
});

test("without JavaScript, the header's box and the page's are plain forms that work", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto("/");
  await searchFromHeader(page, "Kashmir");
  await expect(group(page, "Tracks").getByRole("link", { name: "Kashmir" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(pageBox(page)).toHaveValue("Kashmir");

  await pageBox(page).fill("Balfe");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL("/search/Balfe");
  await expect(
    group(page, "Composers").getByRole("link", { name: FEATURED.composer }),
  ).toBeVisible();
  await context.close();
});

test("a draft's words, film and tracks are never found", async ({ page }) => {
  const draft = await createDraft("unfound");
  const word = draft.slug.split("-").pop()!;
  await page.goto(`/search?q=${word}`);
  await expect(page.getByText(`No results for “${word}”`, { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(draft.film) })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "browse the archive" })).toBeVisible();
});

test("the search page fits a 360 px phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/search", "/search?q=the", "/search?q=crescendo"]) {
    await page.goto(path);
    await expect(pageBox(page)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

for (const path of ["/search", "/search?q=the", "/search?q=zzqxv"]) {
  test(`${path} has no axe violations`, async ({ page, axe }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    const { violations } = await axe().analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
}

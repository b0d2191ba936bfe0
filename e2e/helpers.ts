import type { Browser, Page } from "@playwright/test";
import { runWord } from "./database";
import { expect, freshPage, signIn } from "./fixtures";

/** Text no other test (or earlier run on the same database) has written. */
export const unique = (label: string) => `${label} ${runWord()}`;

/** The discussion under the review on the page. */
export const discussion = (page: Page) => page.getByRole("region", { name: /^Discussion/ });

/** Opens a review's discussion (with an optional query) and waits for it. */
export async function openDiscussion(page: Page, slug: string, query = "") {
  await page.goto(`/reviews/${slug}${query}#comments`);
  const region = discussion(page);
  await expect(region.getByRole("heading", { name: /^Discussion/, level: 2 })).toBeVisible();
  return region;
}

/** The comment by `name` containing `text`. */
export const comment = (page: Page, name: string, text: string) =>
  discussion(page)
    .getByRole("article", { name: `Comment by ${name}` })
    .filter({ hasText: text });

/** Posts a comment from the discussion's form on the page and waits for it to be taken. */
export async function postComment(page: Page, text: string, { spoiler = false } = {}) {
  const form = page.getByRole("form", { name: "Post a comment" });
  await form.getByRole("textbox", { name: "Your comment" }).fill(text);
  if (spoiler) await form.getByRole("checkbox", { name: "Contains spoilers" }).check();
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Your comment is posted.");
  await expect(form.getByRole("textbox", { name: "Your comment" })).toHaveValue("");
}

/** The review page's scores panel. */
export const scoresPanel = (page: Page) =>
  page.getByRole("region", { name: "Scores", exact: true });

/** Saves a score from the scores panel of the review on the page. */
export async function saveScore(page: Page, value: string) {
  const panel = scoresPanel(page);
  await panel.getByRole("radio", { name: value, exact: true }).check();
  await panel.getByRole("button", { name: "Save score" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Score saved." })).toBeVisible();
}

/**
 * A reader signed in through the form in a browser of their own, and another browser holding a
 * copy of that browser's cookies.
 */
export async function signedInWithCopy(
  browser: Browser,
  reader: { email: string; password: string },
) {
  const page = await freshPage(browser);
  await signIn(page, reader.email, reader.password);
  const replay = await freshPage(browser);
  await replay.context().addCookies(await page.context().cookies());
  return { page, replay };
}

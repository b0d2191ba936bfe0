import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Text no other test (or earlier run on the same database) has written. */
export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

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

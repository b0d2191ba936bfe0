import { expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { reviews } from "../db/schema";
import { slugify } from "../lib/slug";
import { e2eDb, runWord } from "./database";

/** The review's row as stored now. */
export const storedReview = async (id: number) =>
  (await e2eDb().select().from(reviews).where(eq(reviews.id, id)))[0]!;

/** What a test writes into the review editor, with a suffix of its own so runs never collide. */
export type WrittenReview = {
  film: string;
  headline: string;
  slug: string;
  newComposer: string;
  body: string;
};

export function newReview(label: string): WrittenReview {
  const suffix = runWord();
  const film = `The ${label} ${suffix}`;
  const headline = `Exploring Soundtracks: ${film}`;
  return {
    film,
    headline,
    slug: slugify(headline),
    newComposer: `Ada Quill ${suffix}`,
    body: "“Opening Night” sets the scene.\n\nThen *everything* happens.",
  };
}

export const TRACKS_WITH_A_BAD_LINE =
  "1. Opening Night (3:05)\n2. The Long Middle - 4:00\nSilence, for three minutes\n";
export const TRACKS = "1. Opening Night (3:05)\n2. The Long Middle - 4:00\n3. Silence (3:00)\n";

/** The editor's preview of the body, beside the Markdown. */
export const bodyPreview = (page: Page) =>
  page.getByRole("region", { name: "Preview", exact: true });

/**
 * Creates a review in the editor as an admin would: every field, the track list pasted (a bad
 * line first, then fixed), the body checked in the live preview, and saved.
 */
export async function writeReview(page: Page, review: WrittenReview) {
  await page.goto("/admin");
  await page.getByRole("link", { name: "New review" }).click();
  await expect(page.getByRole("heading", { name: "New review", level: 1 })).toBeVisible();

  await page.getByLabel("Film", { exact: true }).fill(review.film);
  await page.getByLabel("Year", { exact: true }).fill("2025");
  await page.getByLabel("Composer 1", { exact: true }).fill("Lorne Balfe");
  await page.getByRole("button", { name: "Add a composer" }).click();
  await page.getByLabel("Composer 2", { exact: true }).fill(review.newComposer);
  await page.getByLabel("Record label").fill("Backlot Music");
  // Day first, as the site is British, whatever the browser's own locale (en-US here).
  const released = page.getByLabel("Album release date");
  await expect(released).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await released.fill("14/03/2025");
  await expect(page.getByText("Reads as 14 March 2025.")).toBeVisible();

  const paste = page.getByLabel("Paste a track list");
  await paste.fill(TRACKS_WITH_A_BAD_LINE);
  await page.getByRole("button", { name: "Fill the rows from this list" }).click();
  const unread = page.getByRole("list", { name: "Lines that could not be read" });
  await expect(unread.getByRole("listitem")).toHaveText([
    /Line 3.*Silence, for three minutes.*No duration found: end the line with a time like \(3:45\)/,
  ]);
  await expect(page.getByLabel("Title of track 2")).toHaveValue("The Long Middle");
  await paste.fill(TRACKS);
  await page.getByRole("button", { name: "Fill the rows from this list" }).click();
  await expect(unread).toHaveCount(0);
  await expect(page.getByText("3 tracks", { exact: true })).toBeVisible();
  await expect(page.getByText("10:05", { exact: true })).toBeVisible();
  // Edited, reordered and counted as it changes.
  await page.getByLabel("Length of track 2").fill("4:30");
  await expect(page.getByText("10:35", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Move track 3 up" }).click();
  await expect(page.getByLabel("Title of track 2")).toHaveValue("Silence");
  await expect(page.getByLabel("Number of track 2")).toHaveValue("2");
  await expect(page.getByRole("button", { name: "Move track 2 up" })).toBeFocused();

  await page.getByRole("button", { name: "Add a link" }).click();
  await page.getByLabel("Label of link 1").fill("Bandcamp");
  await page.getByLabel("Address of link 1").fill("https://example.com/album");

  await page.getByLabel("Headline", { exact: true }).fill(review.headline);
  await expect(page.getByLabel("Address", { exact: true })).toHaveValue(review.slug);
  await page.getByLabel("Summary").fill("A score that knows when to stop.");
  await page.getByLabel("Critic score").selectOption("8.5");

  await page.getByLabel("Review (Markdown)").fill(review.body);
  const preview = bodyPreview(page);
  await expect(preview.getByRole("link", { name: "Opening Night" })).toHaveAttribute(
    "href",
    "#track-1-1",
  );
  await expect(preview.locator("em")).toHaveText("everything");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("#save-status")).toHaveText(/^(Saved\.|“.*” is saved as a draft\.) \(/);
  await expect(page).toHaveURL(/\/admin\/reviews\/\d+$/);
  // Saved, the review is named: its own headline heads the editor.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(review.headline);
  return Number(new URL(page.url()).pathname.split("/").at(-1));
}

/** Opens the review from the dashboard's drafts and checks that every field is as written. */
export async function reopenReview(page: Page, review: WrittenReview) {
  await page.goto("/admin");
  await page
    .getByRole("region", { name: "Drafts" })
    .getByRole("link", { name: `Edit “${review.headline}”` })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(review.headline);
  await expect(page.getByLabel("Film", { exact: true })).toHaveValue(review.film);
  await expect(page.getByLabel("Year", { exact: true })).toHaveValue("2025");
  await expect(page.getByLabel("Composer 1", { exact: true })).toHaveValue("Lorne Balfe");
  await expect(page.getByLabel("Composer 2", { exact: true })).toHaveValue(review.newComposer);
  await expect(page.getByLabel("Record label")).toHaveValue("Backlot Music");
  await expect(page.getByLabel("Album release date")).toHaveValue("14/03/2025");
  for (const [n, title, length] of [
    [1, "Opening Night", "3:05"],
    [2, "Silence", "3:00"],
    [3, "The Long Middle", "4:30"],
  ] as const) {
    await expect(page.getByLabel(`Title of track ${n}`)).toHaveValue(title);
    await expect(page.getByLabel(`Length of track ${n}`)).toHaveValue(length);
  }
  await expect(page.getByLabel("Label of link 1")).toHaveValue("Bandcamp");
  await expect(page.getByLabel("Address of link 1")).toHaveValue("https://example.com/album");
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(review.headline);
  await expect(page.getByLabel("Address", { exact: true })).toHaveValue(review.slug);
  await expect(page.getByLabel("Critic score")).toHaveValue("8.5");
  await expect(page.getByLabel("Review (Markdown)")).toHaveValue(review.body);
  await expect(bodyPreview(page).getByRole("link", { name: "Opening Night" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Restore the text kept/ })).toHaveCount(0);
}

import type { Locator, Page } from "@playwright/test";
import { expect, FEATURED, test } from "./fixtures";
import { saveScore, scoresPanel as scores } from "./helpers";

// Tests run in parallel on one database: other readers may score the same soundtracks at any
// moment, so the assertions stick to this test's own reader and to relative changes.

const radio = (panel: Locator, value: string) =>
  panel.getByRole("radio", { name: value, exact: true });
const status = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

const READERS = String.raw`Readers \d+\.\d from \d+`;
const VERSUS_READERS = String.raw`(level with readers|\d+\.\d (above|below) readers)`;

/** The number of readers who picked the track in row `#track-…`. */
async function pickCount(page: Page, anchor: string): Promise<number> {
  const text = await page
    .locator(`#${anchor}`)
    .getByText(/readers? picked this/)
    .textContent();
  return Number(/(\d+)/.exec(text ?? "")?.[1]);
}

test("a reader scores with the keyboard and sees the differences", async ({ readerPage: page }) => {
  await page.goto("/reviews/glasswater-meridian#scores");
  const panel = scores(page);
  const scale = panel.getByRole("group", { name: /Your score/ });
  await expect(scale.getByRole("radio")).toHaveCount(21);
  await radio(scale, "0").focus();
  for (let i = 0; i < 17; i++) await page.keyboard.press("ArrowRight");
  await expect(radio(scale, "8.5")).toBeFocused();
  await expect(radio(scale, "8.5")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: "Save score" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(status(page, "Score saved.")).toBeVisible();
  await expect(
    panel.getByText(new RegExp(`^You 8\\.5 · Critic 8\\.6 · ${READERS}$`)),
  ).toBeVisible();
  await expect(
    panel.getByText(new RegExp(`^0\\.1 below the critic · ${VERSUS_READERS}$`)),
  ).toBeVisible();
  await expect(
    panel.getByRole("list", { name: "How readers scored" }).getByText(/^8\.5: \d+ readers?$/),
  ).toBeAttached();

  await page.reload();
  await expect(radio(scores(page), "8.5")).toBeChecked();
});

test("a reader changes and then removes their score", async ({ readerPage: page }) => {
  await page.goto("/reviews/the-lacemaker-of-aldenhythe");
  const panel = scores(page);
  await saveScore(page, "7");
  await expect(panel.getByText(/^You 7\.0 · Critic 9\.1 · Readers/)).toBeVisible();
  await expect(panel.getByText(/^2\.1 below the critic · /)).toBeVisible();

  await saveScore(page, "9.5");
  await expect(panel.getByText(/^You 9\.5 · Critic 9\.1 · Readers/)).toBeVisible();
  await expect(panel.getByText(/^0\.4 above the critic · /)).toBeVisible();

  await page.reload();
  await expect(radio(panel, "9.5")).toBeChecked();
  await panel.getByRole("button", { name: "Remove my score" }).click();
  await expect(status(page, "Score removed.")).toBeVisible();
  await expect(panel.getByText(/^You \d/)).toHaveCount(0);
  await expect(panel.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Remove my score" })).toHaveCount(0);
  await page.reload();
  await expect(panel.getByRole("radio", { checked: true })).toHaveCount(0);
});

test("without a critic score the reader is compared with readers only", async ({
  readerPage: page,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const panel = scores(page);
  await saveScore(page, "7.5");
  await expect(
    panel.getByText(new RegExp(`^You 7\\.5 · No critic score · ${READERS}$`)),
  ).toBeVisible();
  await expect(panel.getByText(new RegExp(`^${VERSUS_READERS}$`))).toBeVisible();
});

test("a reader can keep the readers' average hidden until they score", async ({
  readerPage: page,
}) => {
  await page.goto("/reviews/the-hollow-at-vennick-mill");
  const panel = scores(page);
  const toggle = panel.getByRole("button", { name: /Hide the readers’ average until I’ve scored/ });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(toggle).toHaveAccessibleDescription(/^Off: every review shows the readers’ average/);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(toggle).toHaveAccessibleDescription(
    "On: the readers’ average stays hidden on every review you haven’t scored, this one included.",
  );
  await expect(panel.getByText(/Add your score to reveal it/)).toBeVisible();
  await expect(panel.getByText(/^Critic 7\.8 · Readers’ average hidden$/)).toBeVisible();
  await expect(panel.getByRole("list", { name: "How readers scored" })).toHaveCount(0);

  await saveScore(page, "8");
  await expect(
    panel.getByText(new RegExp(`^You 8\\.0 · Critic 7\\.8 · ${READERS}$`)),
  ).toBeVisible();
  await expect(panel.getByRole("list", { name: "How readers scored" })).toBeVisible();
  await expect(panel.getByText(/Add your score to reveal it/)).toHaveCount(0);
  // The setting is still there and still makes sense now that the average shows.
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const explained = panel.getByText(
    "On: you’ve scored this soundtrack, so its average shows; on reviews you haven’t scored, it stays hidden until you do.",
  );
  await expect(explained).toBeVisible();
  await expect(toggle).toHaveAccessibleDescription(await explained.innerText());

  await page.reload();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(explained).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});

test("a reader picks three favourite tracks and a fourth is refused", async ({
  readerPage: page,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const table = page.getByRole("table", { name: /Track list/ });
  const picks = ["track-1-1", "track-1-3", "track-1-14"];
  const before = await Promise.all(picks.map((anchor) => pickCount(page, anchor)));
  for (const anchor of picks) await page.locator(`#${anchor}`).getByRole("checkbox").check();
  await expect(page.getByText("3 of 3 picked")).toBeVisible();

  // The fourth is refused, and why is said on the screen the reader is looking at, not below
  // the rest of the 26 tracks.
  const fourth = table.getByRole("checkbox", { name: "Favourite: Your Mission" });
  await fourth.click();
  await expect(fourth).not.toBeChecked();
  const refused = status(
    page,
    "You can pick up to 3 favourite tracks. Untick one to choose another.",
  );
  await expect(refused).toBeVisible();
  await expect(refused).toBeInViewport();
  await expect(fourth).toBeInViewport();

  await page.getByRole("button", { name: "Save favourites" }).click();
  await expect(status(page, "Favourites saved.")).toBeVisible();
  for (const [i, anchor] of picks.entries()) {
    await expect.poll(() => pickCount(page, anchor)).toBeGreaterThanOrEqual(before[i]! + 1);
  }
  await page.reload();
  for (const anchor of picks) {
    await expect(page.locator(`#${anchor}`).getByRole("checkbox")).toBeChecked();
  }
  await expect(table.getByRole("checkbox", { checked: true })).toHaveCount(3);
});

test("the server refuses a fourth favourite that gets past the page", async ({
  readerPage: page,
}) => {
  await page.goto("/reviews/pipwick-and-the-cloud-foundry");
  const anchors = ["track-1-1", "track-1-2", "track-2-1", "track-2-5"];
  const before = await Promise.all(anchors.map((anchor) => pickCount(page, anchor)));
  for (const anchor of anchors.slice(0, 3)) {
    await page.locator(`#${anchor}`).getByRole("checkbox").check();
  }
  // As a stale page or a page without JavaScript could: tick the box behind the form's back.
  await page
    .locator(`#${anchors[3]}`)
    .getByRole("checkbox")
    .evaluate((box: HTMLInputElement) => (box.checked = true));
  await page.getByRole("button", { name: "Save favourites" }).click();
  const refused = page
    .locator("#favourites-error")
    .getByText("You can pick up to 3 favourite tracks.");
  await expect(refused).toBeVisible();
  await expect(refused).toBeInViewport();
  // Not "Check the highlighted field": nothing is highlighted, the reason says it all.
  await expect(page.locator("#favourites-status")).toHaveText("");

  await page.reload();
  await expect(
    page.getByRole("table", { name: /Track list/ }).getByRole("checkbox", { checked: true }),
  ).toHaveCount(0);
  const after = await Promise.all(anchors.map((anchor) => pickCount(page, anchor)));
  expect(after).toEqual(before);
});

test("pick counts grow and the most picked track is marked as the readers' favourite", async ({
  readerPage: page,
  secondReaderPage: other,
}) => {
  // Only this test picks favourites on this soundtrack, so "Oars Down" ends up on top.
  const review = "/reviews/the-harrowmere-eight";
  const top = "track-1-12";
  await page.goto(review);
  const before = await pickCount(page, top);
  await page.locator(`#${top}`).getByRole("checkbox").check();
  await page.locator("#track-1-2").getByRole("checkbox").check();
  await page.getByRole("button", { name: "Save favourites" }).click();
  await expect(status(page, "Favourites saved.")).toBeVisible();

  await other.goto(review);
  await other.locator(`#${top}`).getByRole("checkbox").check();
  await other.getByRole("button", { name: "Save favourites" }).click();
  await expect(status(other, "Favourites saved.")).toBeVisible();

  await expect
    .poll(async () => {
      await page.reload();
      return pickCount(page, top);
    })
    .toBe(before + 2);
  const rows = page.locator("tbody tr.track-row");
  const marks = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      id: tr.id,
      count: Number(/(\d+) readers? picked this/.exec(tr.textContent ?? "")?.[1]),
      marked: (tr.textContent ?? "").includes("Readers’ favourite"),
    })),
  );
  const most = Math.max(...marks.map((m) => m.count));
  expect(most).toBeGreaterThan(0);
  expect(marks.filter((m) => m.marked).map((m) => m.id)).toEqual(
    marks.filter((m) => m.count === most).map((m) => m.id),
  );
  await expect(page.locator(`#${top}`).getByRole("rowheader")).toContainText("Readers’ favourite");
});

test("a signed-out visitor sees the scores and a sign-in link, and no form", async ({ page }) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const panel = scores(page);
  await expect(panel.getByRole("heading", { name: "Scores", level: 2 })).toBeVisible();
  await expect(panel.getByText(/^No critic score · /)).toBeVisible();
  await expect(panel.getByRole("link", { name: "Sign in to add your score" })).toHaveAttribute(
    "href",
    `/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${FEATURED.slug}#scores`)}`,
  );
  await expect(panel.getByRole("radio")).toHaveCount(0);
  await expect(panel.getByRole("button", { name: "Save score" })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /Hide the readers’ average/ })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /Track list/ }).getByRole("checkbox")).toHaveCount(
    0,
  );
  await expect(page.getByRole("button", { name: "Save favourites" })).toHaveCount(0);
  await expect(page.locator("#track-1-1").getByText(/readers? picked this/)).toBeAttached();
});

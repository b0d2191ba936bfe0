import type { Page } from "@playwright/test";
import { and, count, eq } from "drizzle-orm";
import { readerListEntries, readerLists } from "../db/schema";
import { comparePath } from "../lib/compare-path";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb } from "./database";
import { expect, signedIn, test } from "./fixtures";
import { type LiveReview, liveReviews } from "./seeded-reviews";

/** How many public lists hold a soundtrack now, by the database (earlier runs may have left some). */
async function publicCount(soundtrackId: number): Promise<number> {
  const [row] = await e2eDb()
    .select({ n: count() })
    .from(readerListEntries)
    .innerJoin(readerLists, eq(readerLists.id, readerListEntries.listId))
    .where(and(eq(readerListEntries.soundtrackId, soundtrackId), eq(readerLists.isPublic, true)));
  return row!.n;
}

const countText = (n: number) =>
  n === 0
    ? "On no reader’s public list yet."
    : n === 1
      ? "In 1 reader’s list"
      : `In ${n} readers’ lists`;

const entryOrder = (page: Page) =>
  page
    .locator("[data-entry]")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-entry")));

async function addFromReview(page: Page, live: LiveReview, list: string, note: string) {
  await page.goto(`/reviews/${live.slug}`);
  await page.getByRole("button", { name: "Add to a list" }).click();
  await page.getByLabel("List", { exact: true }).selectOption({ label: list });
  await page.getByLabel("Your note (optional)").fill(note);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("Added to the list.")).toBeVisible();
}

test("a reader ranks soundtracks in a list; another reads it, counted, but cannot change it", async ({
  page,
  request,
}) => {
  // Some fifteen page loads and four actions through the browser: a long flow on a shared machine.
  test.slow();
  const live = (await liveReviews({ limit: 4 })).slice(0, 3);
  const before = await Promise.all(live.map((l) => publicCount(l.soundtrackId)));
  const [ada, bea] = await createReaders(2, "lists");
  const adaPage = await signedIn(page, ada!);
  const title = "Zimmer, best to worst";

  // Her lists start empty; she makes a ranked public one.
  await adaPage.goto("/lists");
  await expect(adaPage.getByRole("heading", { name: "No lists yet" })).toBeVisible();
  await adaPage.getByLabel("Title").fill(title);
  await adaPage.getByRole("button", { name: "Make the list" }).click();
  await expect(adaPage.getByRole("link", { name: title })).toBeVisible();

  // Three soundtracks from their reviews, each with a note; a fourth try is refused.
  for (const [i, l] of live.entries()) await addFromReview(adaPage, l, title, `Note ${i + 1}`);
  await adaPage.getByRole("button", { name: "Add", exact: true }).click();
  await expect(adaPage.getByText("That soundtrack is already on this list.")).toBeVisible();
  await expect(adaPage.getByRole("link", { name: title })).toBeVisible();

  // On the list's page: in order, and the third moved up from the keyboard.
  await adaPage.getByRole("link", { name: title }).click();
  await expect(adaPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const listUrl = adaPage.url();
  await expect.poll(() => entryOrder(adaPage)).toEqual(live.map((l) => l.slug));
  await adaPage.getByRole("button", { name: `Move ${live[2]!.film} up` }).focus();
  await adaPage.keyboard.press("Enter");
  await expect
    .poll(() => entryOrder(adaPage))
    .toEqual([live[0]!.slug, live[2]!.slug, live[1]!.slug]);
  const second = adaPage.locator(`[data-entry="${live[2]!.slug}"]`);
  await expect(second).toContainText("2.");
  await expect(second).toContainText("Note 3");
  // Up again, to the top, where it has no Up button: the keyboard stays on its tools.
  await adaPage.keyboard.press("Enter");
  await expect
    .poll(() => entryOrder(adaPage))
    .toEqual([live[2]!.slug, live[0]!.slug, live[1]!.slug]);
  await expect(adaPage.getByRole("button", { name: `Move ${live[2]!.film} down` })).toBeFocused();

  // A note rewritten.
  const first = adaPage.locator(`[data-entry="${live[0]!.slug}"]`);
  await first.getByText("Edit the note").click();
  await first.getByLabel(`Your note on ${live[0]!.film}`).fill("The opening cue still wins");
  await first.getByRole("button", { name: "Save note" }).click();
  await expect(first.getByText("Note saved.")).toBeVisible();
  await expect(
    first.getByRole("paragraph").filter({ hasText: /^The opening cue still wins$/ }),
  ).toBeVisible();

  // Opened as a comparison of its soundtracks.
  await adaPage.getByRole("link", { name: "Open as a comparison" }).click();
  await expect(adaPage).toHaveURL(comparePath(live.map((l) => l.soundtrackSlug)));

  // On her profile, for everyone.
  await page.goto(`/u/${ada!.handle}`);
  const lists = page.getByRole("region", { name: "Lists" });
  await expect(lists.getByRole("link", { name: title })).toHaveAttribute(
    "href",
    new URL(listUrl).pathname,
  );

  // Another reader reads it (no tools), sees the count on each review, and cannot change it.
  const beaPage = await signedIn(page, bea!);
  await beaPage.goto(listUrl);
  await expect(beaPage.locator("[data-entry]")).toHaveCount(3);
  await expect(beaPage.getByText("The opening cue still wins")).toBeVisible();
  await expect(beaPage.getByRole("heading", { name: "Edit the list" })).toHaveCount(0);
  await expect(beaPage.getByRole("button", { name: /^Move / })).toHaveCount(0);
  for (const [i, l] of live.entries()) {
    await beaPage.goto(`/reviews/${l.slug}`);
    await expect(beaPage.getByTestId("list-count")).toHaveText(countText(before[i]! + 1));
  }
  await beaPage.getByRole("link", { name: countText(before[2]! + 1) }).click();
  await expect(beaPage.getByRole("link", { name: title }).first()).toBeVisible();

  const listId = new URL(listUrl).pathname.split("/").pop()!;
  const cookie = await sessionCookie(bea!.id);
  const remove = await callAction(request, {
    url: listUrl,
    actionId: actionId("app/lists/entry-actions.ts", "removeFromList"),
    fields: { listId, soundtrackId: String(live[0]!.soundtrackId) },
    cookie,
  });
  expect(remove.state).toMatchObject({ status: "error", code: "gone" });
  const rename = await callAction(request, {
    url: listUrl,
    actionId: actionId("app/lists/list-actions.ts", "updateList"),
    fields: { listId, title: "Mine now", visibility: "private" },
    cookie,
  });
  expect(rename.state).toMatchObject({ status: "error", code: "gone" });
  await beaPage.goto(listUrl);
  await expect(beaPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(beaPage.locator("[data-entry]")).toHaveCount(3);

  // Read whole without JavaScript.
  const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(new URL(listUrl, page.url()).href);
  await expect(plain.locator("[data-entry]")).toHaveCount(3);
  await expect(plain.getByRole("link", { name: "Open as a comparison" })).toBeVisible();
  await noScript.close();
});

test("a private list is its owner's alone: a 404 for others, on no profile, counted nowhere", async ({
  page,
  request,
}) => {
  const [, , , live] = await liveReviews({ limit: 4 });
  const before = await publicCount(live!.soundtrackId);
  const [cy, dee] = await createReaders(2, "private_lists");
  const made = await callAction(request, {
    url: `/reviews/${live!.slug}`,
    actionId: actionId("app/lists/list-actions.ts", "createList"),
    fields: {
      title: "Guilty pleasures",
      visibility: "private",
      soundtrackId: String(live!.soundtrackId),
    },
    cookie: await sessionCookie(cy!.id),
  });
  expect(made.state).toMatchObject({ status: "ok", data: { added: true } });
  const path = `/u/${cy!.handle}/lists/${(made.state!.data as { id: number }).id}`;

  const cyPage = await signedIn(page, cy!);
  const own = await cyPage.goto(path);
  // Rendered for her alone: never kept by a shared cache.
  expect(own?.headers()["cache-control"]).toContain("no-store");
  await expect(cyPage.getByRole("heading", { level: 1, name: "Guilty pleasures" })).toBeVisible();
  await expect(cyPage.getByText("Only you can see this list")).toBeVisible();
  await expect(cyPage.locator("[data-entry]")).toHaveCount(1);

  const anonymous = await page.goto(path);
  expect(anonymous?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that list" })).toBeVisible();
  const deePage = await signedIn(page, dee!);
  const other = await deePage.goto(path);
  expect(other?.status()).toBe(404);

  await page.goto(`/u/${cy!.handle}`);
  await expect(page.getByRole("link", { name: "Guilty pleasures" })).toHaveCount(0);
  await page.goto(`/reviews/${live!.slug}`);
  await expect(page.getByTestId("list-count")).toHaveText(countText(before));
});

test("the review's list line keeps its place while the page learns who is reading", async ({
  page,
}) => {
  const [live] = await liveReviews({ limit: 1 });
  const [eve] = await createReaders(1, "list_line");
  // The section's height, from its count to the next section's heading, read in one go (islands
  // above it may move it, and the page may scroll).
  const height = (p: Page) =>
    p.evaluate(
      () =>
        document.getElementById("compare-with-heading")!.getBoundingClientRect().top -
        document.querySelector("[data-testid=list-count]")!.getBoundingClientRect().top,
    );

  for (const [who, reader] of [
    ["a visitor", null],
    ["a reader", eve!],
  ] as const) {
    const p = reader ? await signedIn(page, reader) : page;
    // The viewer's answer is held until the page has been measured without it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route("**/api/viewer**", async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(`/reviews/${live!.slug}`);
    await expect(p.getByTestId("list-count")).toBeVisible();
    const before = await height(p);
    release();
    await expect(
      reader
        ? p.getByRole("button", { name: "Add to a list" })
        : p.getByRole("link", { name: "Sign in to put this soundtrack on your lists" }),
    ).toBeVisible();
    expect(await height(p), `for ${who}`).toBe(before);
    await p.unrouteAll({ behavior: "ignoreErrors" });
  }
});

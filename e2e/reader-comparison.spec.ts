import type { APIRequestContext, Page } from "@playwright/test";
import { asc, inArray } from "drizzle-orm";
import { tracks } from "../db/schema";
import { AGREEMENT_RULE, MIN_IN_COMMON, readerComparisonPath } from "../lib/taste";
import { actionId, callAction, sessionCookie } from "./actions";
import { createReaders, e2eDb, type TestReader } from "./database";
import { expect, signedIn, test } from "./fixtures";
import { type LiveReview, liveReviews, scoreAs } from "./seeded-reviews";

// Each test makes readers of its own and scores through the site's own action (as the review
// page's form does), so the averages and stats stay the server's to keep.

async function scoreAll(
  request: APIRequestContext,
  reader: TestReader,
  live: LiveReview[],
  values: string[],
) {
  for (const [i, value] of values.entries()) await scoreAs(request, reader, live[i]!, value);
}

async function pickFavourite(
  request: APIRequestContext,
  reader: TestReader,
  live: LiveReview,
  trackId: number,
) {
  const { state } = await callAction(request, {
    url: `/reviews/${live.slug}`,
    actionId: actionId("app/reviews/[slug]/score-actions.ts", "saveFavourites"),
    fields: { slug: live.slug, soundtrackId: String(live.soundtrackId), trackIds: String(trackId) },
    cookie: await sessionCookie(reader.id),
  });
  expect(state?.status).toBe("ok");
}

// Gaps of 0, 1, 0, 5, 0 and 3 points: 1.5 on average, 15% off.
const ADA = ["8", "7", "6", "9", "5", "10"];
const BEA = ["8", "6", "6", "4", "5", "7"];

const scatter = (page: Page) => page.getByRole("img", { name: /scores against/ });
const scatterTable = (page: Page) =>
  page.getByRole("table", { name: "Both readers’ scores on each soundtrack both scored" });

test("a reader compares their scores with another's, from that reader's profile", async ({
  page,
  request,
}) => {
  const live = await liveReviews();
  const [ada, bea] = await createReaders(2, "taste");
  await scoreAll(request, ada!, live, ADA);
  await scoreAll(request, bea!, live, BEA);
  const [track] = await e2eDb()
    .select({ id: tracks.id, title: tracks.title })
    .from(tracks)
    .where(inArray(tracks.soundtrackId, [live[0]!.soundtrackId]))
    .orderBy(asc(tracks.disc), asc(tracks.position))
    .limit(1);
  await pickFavourite(request, ada!, live[0]!, track!.id);
  await pickFavourite(request, bea!, live[0]!, track!.id);

  const beaPage = await signedIn(page, bea!);
  await beaPage.goto(`/u/${ada!.handle}`);
  await beaPage.getByRole("link", { name: `Compare your scores with ${ada!.name}` }).click();
  const canonical = readerComparisonPath(ada!.handle, bea!.handle);
  await expect(beaPage).toHaveURL(canonical);
  await expect(beaPage.locator("[data-agreement]")).toHaveText("85%");
  await expect(beaPage.getByText(AGREEMENT_RULE)).toBeVisible();
  await expect(beaPage.getByText("agreement over 6 soundtracks scored by both")).toBeVisible();
  await expect(scatter(beaPage).locator("circle")).toHaveCount(6);
  await beaPage.getByText("Show as a table").click();
  await expect(scatterTable(beaPage).locator("tbody tr")).toHaveCount(6);
  await expect(
    beaPage.getByRole("region", { name: "Biggest disagreements" }).getByRole("listitem").first(),
  ).toContainText(live[3]!.film);
  await expect(
    beaPage
      .getByRole("region", { name: "Biggest disagreements" })
      .getByRole("link", { name: live[3]!.film }),
  ).toHaveAttribute("href", `/reviews/${live[3]!.slug}`);
  await expect(
    beaPage
      .getByRole("region", { name: "Favourite tracks both picked" })
      .getByRole("link", { name: track!.title }),
  ).toBeVisible();

  // Her own profile lists him among the readers who score like her, with the same figure.
  await beaPage.goto(`/u/${bea!.handle}`);
  const likeYou = beaPage.getByRole("region", { name: "Readers who score like you" });
  const row = likeYou.getByRole("listitem").filter({ hasText: ada!.name });
  await expect(row).toContainText("85%");
  await expect(row.getByRole("link", { name: ada!.name })).toHaveAttribute("href", canonical);
  // …and no link to compare her with herself.
  await expect(beaPage.getByRole("link", { name: /^Compare your scores with/ })).toHaveCount(0);

  // The other order moves for good to the one address.
  const [one, two] = [`/u/${ada!.handle}/vs/${bea!.handle}`, `/u/${bea!.handle}/vs/${ada!.handle}`];
  const reversed = canonical === one ? two : one;
  const moved = await request.get(reversed, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toContain(canonical);

  // A visitor reads the comparison too, but is offered no comparison with themselves.
  await page.goto(reversed);
  await expect(page).toHaveURL(canonical);
  await expect(page.locator("[data-agreement]")).toHaveText("85%");
  // Drawn whole on the server: the same without JavaScript.
  const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(new URL(canonical, page.url()).href);
  await expect(plain.locator("[data-agreement]")).toHaveText("85%");
  await expect(scatter(plain).locator("circle")).toHaveCount(6);
  await noScript.close();
  await page.goto(`/u/${ada!.handle}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Compare your scores with/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Readers who score like you" })).toHaveCount(0);

  // On a phone the page fits without sideways scrolling, the table opened.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(canonical);
  await page.getByText("Show as a table").click();
  await expect(scatterTable(page).locator("tbody tr")).toHaveCount(6);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await beaPage.context().close();
});

test("with too few soundtracks in common the page says so, not a figure", async ({
  page,
  request,
}) => {
  const live = await liveReviews();
  const [cy, di] = await createReaders(2, "few");
  await scoreAll(request, cy!, live, ["3", "4"]);
  await scoreAll(request, di!, live, ["3", "9"]);
  await page.goto(readerComparisonPath(cy!.handle, di!.handle));
  await expect(page.locator("[data-agreement]")).toHaveText(
    `Too few soundtracks in common for a figure yet: 2 of the ${MIN_IN_COMMON} needed.`,
  );
  await expect(scatter(page).locator("circle")).toHaveCount(2);

  // A reader with nobody close enough is told why on their own profile.
  const cyPage = await signedIn(page, cy!);
  await cyPage.goto(`/u/${cy!.handle}`);
  await expect(cyPage.getByRole("region", { name: "Readers who score like you" })).toContainText(
    `at least ${MIN_IN_COMMON} of the same soundtracks`,
  );
  await cyPage.context().close();
});

test("a reader who keeps their scores private is neither compared nor listed", async ({
  page,
  request,
}) => {
  const live = await liveReviews();
  const [eve, fay] = await createReaders(2, "private");
  await scoreAll(request, eve!, live, ADA);
  await scoreAll(request, fay!, live, BEA);
  const canonical = readerComparisonPath(eve!.handle, fay!.handle);
  await page.goto(canonical);
  await expect(page.locator("[data-agreement]")).toHaveText("85%");
  // Fay finds Eve among the readers who score like her: the site keeps that list a while.
  const fayPage = await signedIn(page, fay!);
  await fayPage.goto(`/u/${fay!.handle}`);
  await expect(fayPage.getByRole("region", { name: "Readers who score like you" })).toContainText(
    eve!.name,
  );

  const evePage = await signedIn(page, eve!);
  await evePage.goto("/settings");
  const toggle = evePage.getByRole("button", { name: "Keep my scores private" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await evePage.reload();
  await expect(evePage.getByRole("button", { name: "Keep my scores private" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Her own profile in her own tab catches up with the write at once.
  await evePage.goto(`/u/${eve!.handle}`);
  await expect(evePage.getByText(`${eve!.name} keeps their scores private.`)).toBeVisible();
  await expect(evePage.getByRole("table", { name: /scores/ })).toHaveCount(0);
  await expect(evePage.getByRole("region", { name: "Readers who score like you" })).toContainText(
    "Your scores are private",
  );

  // Elsewhere the cached pages follow the write on a later load.
  await expect(async () => {
    await page.goto(canonical);
    await expect(page.getByText("keeps their scores private")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator("[data-agreement]")).toHaveCount(0);
  await expect(page.getByText(/\d+%/)).toHaveCount(0);
  await expect(scatter(page)).toHaveCount(0);

  await expect(async () => {
    await fayPage.goto(`/u/${eve!.handle}`);
    await expect(fayPage.getByText(`${eve!.name} keeps their scores private.`)).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(fayPage.getByRole("link", { name: /^Compare your scores with/ })).toHaveCount(0);
  await fayPage.goto(`/u/${fay!.handle}`);
  const likeYou = fayPage.getByRole("region", { name: "Readers who score like you" });
  await expect(likeYou).toBeVisible();
  await expect(likeYou.getByText("Finding them…")).toHaveCount(0);
  await expect(likeYou).not.toContainText(eve!.name);
  await evePage.context().close();
  await fayPage.context().close();
});

test("on a review a reader sees what readers like them gave it; a visitor does not", async ({
  page,
  request,
}) => {
  // Five reviews in common, then one the other tests here leave alone (the seed's seventh), so
  // the readers like Gil who scored it are this test's own.
  const review = (await liveReviews({ skip: 6 }))[0]!;
  const live = [...(await liveReviews()).slice(0, 5), review];
  const [gil, hal, ivy, jo] = await createReaders(4, "like");
  await scoreAll(request, gil!, live, ["8", "6", "9", "3", "5"]);
  await scoreAll(request, hal!, live, ["8", "7", "9", "3", "4", "7"]);
  await scoreAll(request, ivy!, live, ["7", "6", "8", "4", "5", "9"]);
  await scoreAll(request, jo!, live, ["8", "6", "9", "3"]);

  const gilPage = await signedIn(page, gil!);
  await gilPage.goto(`/reviews/${review.slug}`);
  const scores = gilPage.getByRole("region", { name: "Scores" });
  await expect(scores).toContainText("Readers like you gave it 8.0");
  await expect(
    scores.getByRole("link", { name: /readers who score most like you/ }),
  ).toHaveAttribute("href", `/u/${gil!.handle}#like-you-heading`);

  // Too few soundtracks in common with anyone: told why, with the number needed.
  const joPage = await signedIn(page, jo!);
  await joPage.goto(`/reviews/${review.slug}`);
  await expect(joPage.getByRole("region", { name: "Scores" })).toContainText(
    `Readers like you: nobody yet. They are readers with at least ${MIN_IN_COMMON} soundtracks scored in common with you.`,
  );

  // A visitor gets the same cached page and nothing of anyone's readers like them; the route
  // refuses them, and answers Gil privately.
  await page.goto(`/reviews/${review.slug}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Scores" })
      .getByText(/critic/i)
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/Readers like you/)).toHaveCount(0);
  const refused = await request.get(`/api/readers-like-you/${review.soundtrackId}`);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["cache-control"]).toBe("private, no-store");
  await gilPage.context().close();
  await joPage.context().close();
});

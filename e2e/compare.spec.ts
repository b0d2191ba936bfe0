import { expect, FEATURED, test } from "./fixtures";

const HARROWMERE = { slug: "the-harrowmere-eight", film: "The Harrowmere Eight" };
const CANONICAL = `/compare/${FEATURED.slug}-vs-${HARROWMERE.slug}`;

test("picking two soundtracks in the pickers opens their comparison at one shareable address", async ({
  page,
  browser,
}) => {
  await page.goto("/compare");
  const first = page.getByRole("combobox", { name: "First soundtrack" });
  await first.fill("harrow");
  await expect(page.getByRole("option", { name: /The Harrowmere Eight/ })).toBeVisible();
  await first.press("ArrowDown");
  await first.press("Enter");
  await expect(first).toHaveValue(HARROWMERE.film);
  const second = page.getByRole("combobox", { name: "Second soundtrack" });
  await second.pressSequentially("fallo");
  await page.getByRole("option", { name: /Mission: Impossible – Fallout/ }).click();
  await expect(second).toHaveValue(FEATURED.film);
  await page.getByRole("button", { name: "Compare" }).click();

  await expect(page).toHaveURL(CANONICAL);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(FEATURED.film);
  await expect(heading).toContainText(HARROWMERE.film);
  const facts = page.getByRole("region", { name: "The soundtracks side by side" });
  await expect(facts.getByRole("link", { name: FEATURED.composer })).toHaveAttribute(
    "href",
    "/composers/lorne-balfe",
  );
  await expect(facts.getByRole("rowheader", { name: "Total runtime" })).toBeVisible();

  // A bar of the track-length profile names its track when focused.
  const bar = page.getByRole("img", { name: /^1\. / }).first();
  await bar.focus();
  await expect(bar.locator("text")).toBeVisible();

  const shared = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  const response = await shared.goto(CANONICAL);
  expect(response?.status()).toBe(200);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText(
    `${FEATURED.film} vs ${HARROWMERE.film}`,
  );
  await shared.close();
});

test("any other order, or a review's slug, moves for good to the canonical address", async ({
  page,
  request,
}) => {
  const swapped = `/compare/${HARROWMERE.slug}-vs-${FEATURED.slug}`;
  const answer = await request.get(swapped, { maxRedirects: 0 });
  expect(answer.status()).toBe(308);
  expect(answer.headers().location).toContain(CANONICAL);
  await page.goto(swapped);
  await expect(page).toHaveURL(CANONICAL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(FEATURED.film);
});

test("the form works without JavaScript, and explains names that match several or nothing", async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto("/compare");
  await page.getByLabel("First soundtrack", { exact: true }).fill("harrowmere");
  await page.getByLabel("Second soundtrack", { exact: true }).fill("Mission: Impossible – Fallout");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(CANONICAL);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HARROWMERE.film);

  await page.goto("/compare");
  await page.getByLabel("First soundtrack", { exact: true }).fill("harrowmere");
  await page.getByLabel("Second soundtrack", { exact: true }).fill("the");
  await page.getByLabel("Third soundtrack (optional)").fill("zzqx");
  await page.getByRole("button", { name: "Compare" }).click();
  const problems = page.getByRole("alert");
  await expect(problems).toContainText("“the” matches");
  await expect(problems).toContainText("Nothing on the site matches “zzqx”.");
  // What was typed stays in the form, to be put right.
  await expect(page.getByLabel("Third soundtrack (optional)")).toHaveValue("zzqx");
  await problems.getByRole("link", { name: "The Hollow at Vennick Mill" }).click();
  await expect(page).toHaveURL(`/compare/the-harrowmere-eight-vs-the-hollow-at-vennick-mill`);
  await context.close();
});

const BAD_ADDRESSES = [
  {
    path: `/compare/${FEATURED.slug}-vs-no-such-soundtrack`,
    heading: "We couldn’t find that soundtrack",
    text: "“no-such-soundtrack”",
  },
  {
    path: `/compare/${FEATURED.slug}-vs-${FEATURED.slug}`,
    heading: "The same soundtrack twice",
    text: `“${FEATURED.slug}” was chosen more than once`,
  },
  {
    path: "/compare/a-vs-b-vs-c-vs-d-vs-e",
    heading: "At most 4 soundtracks at a time",
    text: "5 soundtracks were chosen",
  },
  {
    path: `/compare/${FEATURED.slug}`,
    heading: "Choose at least 2 soundtracks",
    text: "Only one soundtrack was chosen",
  },
  {
    path: "/compare/-vs-",
    heading: "Choose at least 2 soundtracks",
    text: "No soundtrack was chosen",
  },
  {
    path: "/compare/Fallout-vs-x_y",
    heading: "That is not a comparison address",
    text: "“Fallout” is not the address of a soundtrack",
  },
];

for (const bad of BAD_ADDRESSES) {
  test(`${bad.path} explains itself with a 404`, async ({ page }) => {
    const response = await page.goto(bad.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(bad.heading);
    await expect(page.getByText(bad.text)).toBeVisible();
    await page.getByRole("link", { name: "Choose soundtracks to compare" }).click();
    await expect(page).toHaveURL("/compare");
  });
}

test("an unknown soundtrack to start from is a 404 that says so", async ({ page }) => {
  const response = await page.goto("/compare?with=no-such-soundtrack");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "We couldn’t find that soundtrack",
  );
});

test("“Compare with…” on a review page leads to a comparison, or to the picker with it chosen", async ({
  page,
}) => {
  await page.goto(`/reviews/${FEATURED.slug}`);
  const block = page.getByRole("region", { name: "Compare with…" });
  await block.getByRole("link", { name: /Glasswater Meridian/ }).click();
  await expect(page).toHaveURL(`/compare/glasswater-meridian-vs-${FEATURED.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Glasswater Meridian");

  await page.goto(`/reviews/${FEATURED.slug}`);
  await page
    .getByRole("region", { name: "Compare with…" })
    .getByRole("link", { name: "Compare with another soundtrack" })
    .click();
  await expect(page).toHaveURL(`/compare?with=${FEATURED.slug}`);
  await expect(page.getByRole("combobox", { name: "First soundtrack" })).toHaveValue(FEATURED.film);
});

test("a comparison opened is listed among the recent ones on /compare", async ({ page }) => {
  const path = "/compare/the-lacemaker-of-aldenhythe-vs-the-long-thirst-at-corvina-flats";
  const recorded = page.waitForResponse(
    (r) => r.url().endsWith("/api/comparisons") && r.request().method() === "POST",
  );
  await page.goto(path);
  expect((await recorded).status()).toBe(204);
  await page.goto("/compare");
  const recent = page.getByRole("region", { name: "Recently compared" });
  const link = recent.getByRole("link", {
    name: "The Lacemaker of Aldenhythe vs The Long Thirst at Corvina Flats",
  });
  await link.click();
  await expect(page).toHaveURL(path);
});

test("the picker page and a comparison pass an accessibility scan", async ({ page, axe }) => {
  await page.goto("/compare");
  expect((await axe().analyze()).violations).toEqual([]);
  await page.goto(CANONICAL);
  await page.getByText("Show as a table").first().click();
  expect((await axe().analyze()).violations).toEqual([]);
});

test("the comparison has its own share image", async ({ request }) => {
  const image = await request.get(`${CANONICAL}/opengraph-image`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
});

test("the route handlers answer JSON, and refuse what they cannot use with 400", async ({
  request,
}) => {
  const found = await request.get("/api/soundtracks?q=fallo");
  expect(found.status()).toBe(200);
  expect(found.headers()["cache-control"]).toContain("max-age");
  const { suggestions } = (await found.json()) as { suggestions: { slug: string }[] };
  expect(suggestions.map((s) => s.slug)).toContain(FEATURED.slug);
  const long = await request.get(`/api/soundtracks?q=${"a".repeat(101)}`);
  expect(long.status()).toBe(400);
  expect(await long.json()).toHaveProperty("error");

  const bodies = [
    "not json",
    JSON.stringify({}),
    JSON.stringify({ slugs: [FEATURED.slug] }),
    JSON.stringify({ slugs: [FEATURED.slug, FEATURED.slug] }),
    JSON.stringify({ slugs: ["a", "b", "c", "d", "e"] }),
    JSON.stringify({ slugs: [FEATURED.slug, "no-such-soundtrack"] }),
    JSON.stringify({ slugs: [FEATURED.slug, "<script>"] }),
  ];
  for (const data of bodies) {
    const answer = await request.post("/api/comparisons", {
      data,
      headers: { "content-type": "application/json" },
    });
    expect(answer.status(), data).toBe(400);
    expect(((await answer.json()) as { error: string }).error.length).toBeGreaterThan(0);
  }
  const huge = await request.post("/api/comparisons", { data: "x".repeat(5000) });
  expect(huge.status()).toBe(413);
  const ok = await request.post("/api/comparisons", {
    data: { slugs: [HARROWMERE.slug, FEATURED.slug] },
  });
  expect(ok.status()).toBe(204);
});

test("the picker and a comparison fit a 360-pixel phone without sideways scrolling", async ({
  browser,
}) => {
  const page = await browser.newPage({
    viewport: { width: 360, height: 740 },
    baseURL: test.info().project.use.baseURL,
  });
  for (const path of ["/compare", CANONICAL]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
  await page.close();
});

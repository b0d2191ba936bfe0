import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Four soundtracks no two of which any test reader scores together; Pipwick and Harrowmere are
// never scored by any test at all (their readers only pick favourites), so their charts are empty.
const FOUR_WAY =
  "/compare/pipwick-and-the-cloud-foundry-vs-the-harrowmere-eight-vs-the-hollow-at-vennick-mill-vs-the-long-thirst-at-corvina-flats";
const FILMS = [
  "Pipwick and the Cloud Foundry",
  "The Harrowmere Eight",
  "The Hollow at Vennick Mill",
  "The Long Thirst at Corvina Flats",
];

/** The size each chart text is drawn at on screen: its font size times the SVG's scale. */
function renderedTextSizes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((texts) =>
    texts
      .filter((t) => getComputedStyle(t).display !== "none")
      .map((t) => {
        const scale = (t as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
        return {
          text: t.textContent,
          size: parseFloat(getComputedStyle(t).fontSize) * scale,
          height: t.getBoundingClientRect().height,
        };
      }),
  );
}

for (const width of [360, 1280]) {
  test(`a four-way comparison is readable at ${width} px: scaled, labelled, and said once`, async ({
    browser,
  }) => {
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      baseURL: test.info().project.use.baseURL,
    });
    await page.goto(FOUR_WAY);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(FILMS[3]!);

    // Nothing makes the page itself scroll sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    // Every track-length profile has a duration axis on one shared scale, starting at 0:00.
    const profiles = page.getByRole("region", { name: "Track lengths, first to last" });
    const profileTicks = profiles.locator(".chart-ticks");
    await expect(profileTicks).toHaveCount(4);
    const scales = await profileTicks.evaluateAll((axes) =>
      axes.map((axis) => [...axis.querySelectorAll("text")].map((t) => t.textContent)),
    );
    expect(scales[0]![0]).toBe("0:00");
    expect(scales[0]!.length).toBeGreaterThanOrEqual(3);
    for (const tick of scales[0]!) expect(tick).toMatch(/^\d+:\d\d$/);
    for (const scale of scales) expect(scale).toEqual(scales[0]);
    await expect(profiles.locator(".axis-title")).toHaveText(Array(4).fill("Length (min:sec)"));
    await expect(profiles.getByText("Tracks in album order")).toHaveCount(4);

    // The scores: a count axis where there are scores, "No scores yet" where there are none.
    const scores = page.getByRole("region", { name: "How readers scored them" });
    for (const film of FILMS.slice(0, 2)) {
      const figure = scores.getByRole("figure", { name: `${film}: readers’ scores` });
      await expect(figure).toContainText("No scores yet");
      await expect(figure.locator("svg")).toHaveCount(0);
    }
    const scored = scores.getByRole("figure").filter({ has: page.locator("svg") });
    for (const figure of await scored.all()) {
      await expect(figure.locator(".axis-title")).toHaveText("Readers");
      const counts = await figure.locator(".chart-ticks text").allTextContents();
      expect(counts[0]).toBe("0");
      for (const count of counts) expect(count).toMatch(/^\d+$/);
    }
    // Nobody has scored any two of them: said once, not once a pair.
    await expect(scores.getByText(/No reader has scored both yet/)).toHaveCount(1);

    // Every tick and axis label is drawn at 12 px or more, a focused bar's name too.
    await profiles.getByRole("img").first().focus();
    const sizes = await renderedTextSizes(page, "main svg text");
    expect(sizes.length).toBeGreaterThan(20);
    for (const { text, size, height } of sizes) {
      expect(size, `“${text}”`).toBeGreaterThanOrEqual(12);
      expect(height, `“${text}”`).toBeGreaterThanOrEqual(12);
    }

    // The facts table scrolls inside its own box, its first column staying in view.
    const facts = page.getByRole("region", { name: "The soundtracks side by side" });
    const label = facts.getByRole("rowheader", { name: "Total runtime" });
    await facts.scrollIntoViewIfNeeded();
    await facts.evaluate((box) => box.scrollTo({ left: box.scrollWidth, behavior: "instant" }));
    const [boxArea, labelArea] = [await facts.boundingBox(), await label.boundingBox()];
    expect(labelArea!.x).toBeGreaterThanOrEqual(boxArea!.x);
    expect(labelArea!.x + labelArea!.width).toBeLessThanOrEqual(boxArea!.x + boxArea!.width);
    const lastFilm = facts.getByRole("columnheader", { name: FILMS[3] });
    await expect(lastFilm).toBeInViewport();
    const lastArea = await lastFilm.boundingBox();
    // No soundtrack's column slides under the first one.
    expect(lastArea!.x).toBeGreaterThanOrEqual(labelArea!.x + labelArea!.width - 1);
    await page.close();
  });
}

test("a four-way comparison passes an accessibility scan on a phone, tables open", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 800 },
    baseURL: test.info().project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto(FOUR_WAY);
  for (const summary of await page.getByText("Show as a table").all()) await summary.click();
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await context.close();
});

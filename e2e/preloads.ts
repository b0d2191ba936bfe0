import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Chrome's warning for a resource preloaded and then never used. */
const UNUSED_PRELOAD = /preloaded using link preload but not used/;
/** A preload hint for an image in a page's data (React's Flight format). */
const IMAGE_HINT = /^:HL\[.*"image"/m;

/** The images the document was told to preload that none of its images shows. */
function unusedImagePreloads(page: Page) {
  return page.evaluate(() => {
    const shown = new Set([...document.images].map((img) => img.currentSrc || img.src));
    return [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')]
      .map((link) => link.href)
      .filter((href) => !shown.has(href));
  });
}

/**
 * Opens `path`, brings its link to `linked` into view (Next prefetches a page's data when its link
 * is seen) and checks that the prefetched data asks the browser to preload no image: whatever it
 * named would be preloaded here, on a page that does not show it.
 */
export async function expectNoForeignPreloads(page: Page, path: string, linked: string) {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (UNUSED_PRELOAD.test(message.text())) warnings.push(message.text());
  });
  const prefetch = page.waitForResponse(
    async (response) =>
      new URL(response.url()).pathname === linked &&
      response.request().headers()["next-router-prefetch"] === "1" &&
      // This page's, not one the page before it asked for as it was left.
      new URL((await response.request().headerValue("referer")) ?? "about:blank").pathname === path,
  );
  await page.goto(path);
  await page
    .locator(`main a[href="${linked}"], header a[href="${linked}"]`)
    // Not one inside the header's closed menu, which is never seen.
    .filter({ visible: true })
    .last()
    .scrollIntoViewIfNeeded();
  expect(await (await prefetch).text()).not.toMatch(IMAGE_HINT);
  expect(await unusedImagePreloads(page)).toEqual([]);
  expect(warnings).toEqual([]);
}

import type { Page } from "@playwright/test";
import { expect, FEATURED, test } from "./fixtures";

/**
 * The faces Chromium drew an element's own text with (its answer, not the CSS's wish): their
 * family names, and whether each came from the page rather than the system.
 */
async function facesOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.map((font) => `${font.familyName}${font.isCustomFont ? " (from the page)" : ""}`);
}

test("the pages are set in the site's own faces, none of them fetched from elsewhere", async ({
  page,
}) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const requests: string[] = [];
  const fonts: { url: string; status: number; type: string }[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.request().resourceType() === "font") {
      fonts.push({
        url: response.url(),
        status: response.status(),
        type: response.headers()["content-type"] ?? "",
      });
    }
  });
  await page.goto(`/reviews/${FEATURED.slug}`);

  // The text's computed family is the shipped face, and the browser has loaded it.
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = (element: Element) => {
      const style = getComputedStyle(element);
      const families = style.fontFamily.split(",").map((f) => f.trim().replace(/^["']|["']$/g, ""));
      return families.filter((family) =>
        [...document.fonts].some(
          (face) => face.family === family && face.status === "loaded" && face.style === "normal",
        ),
      );
    };
    return {
      body: loaded(document.querySelector("main p")!),
      heading: loaded(document.querySelector("main h1")!),
    };
  });
  expect(faces.body).toHaveLength(1);
  expect(faces.heading).toHaveLength(1);
  expect(faces.heading).not.toEqual(faces.body);

  // What drew the letters: the faces themselves, not a system font standing in for them.
  // (A variable face is named after its default instance: "Source Sans 3 ExtraLight".)
  expect(await facesOf(page, "header a[href='/']")).toEqual([
    expect.stringMatching(/^Source Serif 4.* \(from the page\)$/),
  ]);
  expect(await facesOf(page, "header nav a[href='/reviews']")).toEqual([
    expect.stringMatching(/^Source Sans 3.* \(from the page\)$/),
  ]);

  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(new URL(font.url).origin, font.url).toBe(origin);
    expect(font.status, font.url).toBe(200);
    expect(font.type, font.url).toBe("font/woff2");
  }
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

import type { Page } from "@playwright/test";
import { actionId, callAction, sessionCookie } from "./actions";
import { expect, FEATURED, test } from "./fixtures";

// The pages are the same static HTML for everyone, served from the cache; what belongs to the
// signed-in reader arrives afterwards, and a visitor downloads none of the reader's code.

/** The text of every script the page loaded, to look for the reader's forms in it. */
function recordScripts(page: Page): () => Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text());
  });
  return async () => (await Promise.all(bodies)).join("\n");
}

test("a review page is served from the cache, the same for a visitor and a reader", async ({
  page,
  reader,
}) => {
  const path = `/reviews/${FEATURED.slug}`;
  const cookie = await sessionCookie(reader.id);
  let visitorHtml = "";
  // Other tests' comments and scores on this review make its next request a fresh rendering:
  // asked again until a visitor's and a reader's requests both come from the cache.
  await expect
    .poll(async () => {
      const visitor = await page.request.get(path);
      const signedIn = await page.request.get(path, { headers: { cookie } });
      visitorHtml = await visitor.text();
      return {
        visitor: visitor.headers()["x-nextjs-cache"],
        signedIn: signedIn.headers()["x-nextjs-cache"],
        same: (await signedIn.text()) === visitorHtml,
      };
    })
    .toEqual({ visitor: "HIT", signedIn: "HIT", same: true });
  expect(visitorHtml).not.toContain(reader.name);
});

test("a visitor downloads none of the reader's forms; a reader gets them", async ({
  page,
  readerPage,
}) => {
  const visitorScripts = recordScripts(page);
  await page.goto(`/reviews/${FEATURED.slug}`);
  await expect(page.getByRole("link", { name: "Sign in to add your score" })).toBeVisible();
  const visitorCode = await visitorScripts();
  for (const text of ["Save score", "Save favourites", "Post comment", "Withdraw report"]) {
    expect(visitorCode, text).not.toContain(text);
  }

  const readerScripts = recordScripts(readerPage);
  await readerPage.goto(`/reviews/${FEATURED.slug}`);
  await expect(readerPage.getByRole("button", { name: "Save score" })).toBeVisible();
  await expect(readerPage.getByRole("button", { name: "Post comment" })).toBeVisible();
  const readerCode = await readerScripts();
  for (const text of ["Save score", "Save favourites", "Post comment"]) {
    expect(readerCode, text).toContain(text);
  }
});

test("an action answers with its own small state, not a new rendering of the page", async ({
  readerPage,
}) => {
  const answers: { status: number; body: string }[] = [];
  await readerPage.route("**/reviews/glasswater-meridian", async (route) => {
    if (!route.request().headers()["next-action"]) return route.continue();
    const response = await route.fetch();
    answers.push({ status: response.status(), body: await response.text() });
    await route.fulfill({ response });
  });
  await readerPage.goto("/reviews/glasswater-meridian#scores");
  await readerPage.getByRole("radio", { name: "6", exact: true }).check();
  await readerPage.getByRole("button", { name: "Save score" }).click();
  await expect(readerPage.getByText(/^You 6\.0 · /)).toBeVisible();
  expect(answers).toHaveLength(1);
  expect(answers[0]!.status).toBe(200);
  expect(answers[0]!.body).toContain('"status":"ok"');
  expect(answers[0]!.body.length).toBeLessThan(1_000);
  expect(answers[0]!.body).not.toContain("Glasswater");
});

test("an action sent something other than form data answers with a message, not a 500", async ({
  request,
  reader,
}) => {
  const id = actionId("app/reviews/[slug]/actions.ts", "postComment");
  const cookie = await sessionCookie(reader.id);
  const response = await request.post(`/reviews/${FEATURED.slug}`, {
    headers: { "next-action": id, accept: "text/x-component", cookie },
    data: JSON.stringify([
      { status: "idle", message: "" },
      { reviewId: 1, body: "JSON" },
    ]),
  });
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("That request could not be read");

  // The same action, called properly as another page would, is refused to a visitor.
  const anonymous = await callAction(request, {
    url: `/reviews/${FEATURED.slug}`,
    actionId: id,
    fields: { reviewId: "1", body: "No session" },
  });
  expect(anonymous.status).toBe(200);
  expect(anonymous.state).toMatchObject({
    status: "error",
    message: "Sign in to join the discussion.",
  });
});

test("the sign-in page sends a reader who is already signed in on their way", async ({
  readerPage,
}) => {
  await readerPage.goto(`/sign-in?callbackUrl=${encodeURIComponent("/reviews")}`);
  await expect(readerPage).toHaveURL("/reviews");
  await expect(readerPage.getByRole("heading", { name: "The archive", level: 1 })).toBeVisible();
});

test("the site's icon is at /favicon.ico, where browsers look for it unasked", async ({ page }) => {
  // Chromium asks for it on a page that names no icon, such as the feed: a 404 there was logged.
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toBe("image/x-icon");
});

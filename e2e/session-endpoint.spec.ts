import type { Browser } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

// Auth.js's own endpoint gives the answer the pages give (auth/config.ts, its jwt callback).

async function newPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test("a signed-out cookie copied to another browser gets null from /api/auth/session, and is cleared", async ({
  browser,
  reader,
}) => {
  const page = await newPage(browser);
  await signIn(page, reader.email, reader.password);
  const replay = await newPage(browser);
  await replay.context().addCookies(await page.context().cookies());
  const sessionCookies = async () =>
    (await replay.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token"));

  // While the session lasts, the copy is as good as the original.
  const live = await replay.request.get("/api/auth/session");
  expect(await live.json()).toMatchObject({
    user: { id: reader.id, name: reader.name, email: reader.email, role: "reader" },
  });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();

  const ended = await replay.request.get("/api/auth/session");
  expect(ended.status()).toBe(200);
  expect(await ended.json()).toBeNull();
  expect(ended.headers()["set-cookie"]).toMatch(/authjs\.session-token=;/);
  expect(await sessionCookies()).toEqual([]);
  // And the pages agree: the copy is nobody's.
  await replay.goto("/settings");
  await expect(replay).toHaveURL("/sign-in?callbackUrl=%2Fsettings");
  await page.context().close();
  await replay.context().close();
});

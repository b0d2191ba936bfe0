import { contextFrom, freshAddress } from "./callers";
import { BASE_URL } from "./config";
import { expect, signOut, test } from "./fixtures";
import { signedInWithCopy } from "./helpers";

// Auth.js's own routes: its session endpoint gives the answer the pages give (auth/config.ts, its
// jwt callback); its error page and redirects are the site's.

test("a signed-out cookie copied to another browser gets null from /api/auth/session, and is cleared", async ({
  browser,
  reader,
}) => {
  const { page, replay } = await signedInWithCopy(browser, reader);
  const sessionCookies = async () =>
    (await replay.context().cookies()).filter((c) => c.name.endsWith("authjs.session-token"));

  // While the session lasts, the copy is as good as the original.
  const live = await replay.request.get("/api/auth/session");
  expect(await live.json()).toMatchObject({
    user: { id: reader.id, name: reader.name, email: reader.email, role: "reader" },
  });

  await signOut(page);
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

test.describe("Auth.js's own pages", () => {
  test("its error route shows the site's page with a 4xx, not a 500 “Configuration”", async ({
    page,
  }) => {
    for (const error of ["Configuration", "AccessDenied", "Verification", "nonsense"]) {
      const response = await page.goto(`/api/auth/error?error=${error}`);
      expect(response?.status(), error).toBe(404);
      await expect(page.getByRole("heading", { name: "Signing in didn’t work" })).toBeVisible();
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByText("Configuration")).toHaveCount(0);
    }
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/sign-in");
  });

  test("its redirects point at the host that was asked for, never localhost", async ({
    browser,
    request,
  }) => {
    const signin = await request.get("/api/auth/signin", { maxRedirects: 0 });
    const location = signin.headers()["location"] ?? "";
    expect(location).not.toContain("localhost");
    expect(decodeURIComponent(location)).toContain(BASE_URL);

    // A failed sign-in, from an address of its own so that it counts against no other test's.
    const elsewhere = (await contextFrom(browser, freshAddress())).request;
    const { csrfToken } = (await (await elsewhere.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const refused = await elsewhere.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "nobody@e2e.test", password: "not a password", callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(refused.headers()["location"]).toMatch(new RegExp(`^${BASE_URL}/sign-in\\?`));
  });
});

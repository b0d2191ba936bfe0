import type { APIRequestContext, Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../db/accounts";
import { SIGN_IN_PER_ADDRESS } from "../lib/auth/sign-in-policy";
import { SHARED_CACHE_CONTROL, SHARED_WINDOW_SECONDS } from "../lib/shared-cache.mjs";
import { contextFrom, freshAddress } from "./callers";
import { CLUSTER_URLS, PROXY_URL } from "./config";
import { clusterDb, createReader } from "./database";
import { accountMenu, expect, signIn, signInContext, test } from "./fixtures";
import { postComment, unique } from "./helpers";
import { findableDraft, scheduleDraft } from "./publishing-flow";

// The two-instance cluster behind nginx (deploy/nginx.conf, started by scripts/e2e-servers.mjs),
// as a site is run on several machines: the proxy keeps anonymous pages for the few seconds the
// site's Cache-Control allows, nothing of a signed-in reader's, and says who the caller is itself.

const SLUG = "the-lacemaker-of-aldenhythe";
const REVIEW = `${PROXY_URL}/reviews/${SLUG}`;
/** A write shows behind the proxy within the shared window; the margin is the instances' own lag. */
const WITHIN_WINDOW = { timeout: (SHARED_WINDOW_SECONDS + 5) * 1000, intervals: [250] };

const cacheStatus = async (request: APIRequestContext, url: string, headers = {}) =>
  (await request.get(url, { headers, maxRedirects: 0 })).headers()["x-cache-status"];

/** Asks for `url` until the proxy answers it from its cache. */
async function expectCached(request: APIRequestContext, url: string, headers = {}) {
  await expect.poll(() => cacheStatus(request, url, headers), `${url} from the cache`).toBe("HIT");
}

/** Whether an anonymous visitor, through the proxy, finds `text` at `url`. */
async function anonymousSees(request: APIRequestContext, url: string, text: string) {
  const answer = await request.get(url);
  expect(answer.headers()["cache-control"]).toBe(SHARED_CACHE_CONTROL);
  return (await answer.text()).includes(text);
}

async function readerThroughProxy(browser: Browser, label: string) {
  const reader = await createReader(label, clusterDb());
  const context = await browser.newContext({ baseURL: PROXY_URL });
  const page = await context.newPage();
  await signIn(page, reader.email, reader.password);
  return { reader, context, page };
}

test("anonymous pages come from the proxy's cache, kept by the site's own Cache-Control", async ({
  request,
}) => {
  await expectCached(request, REVIEW);
  const answer = await request.get(REVIEW);
  expect(answer.headers()["cache-control"]).toBe(SHARED_CACHE_CONTROL);
  expect(answer.headers()["content-type"]).toContain("text/html");
  // What is private to a caller is never kept, asked however often.
  for (let i = 0; i < 3; i++) {
    const viewer = await request.get(`${PROXY_URL}/api/viewer`);
    expect(viewer.headers()["cache-control"]).toContain("no-store");
    expect(viewer.headers()["x-cache-status"]).not.toBe("HIT");
  }
});

test("a client navigation's answer and the page's HTML are never served for one another", async ({
  request,
}) => {
  const navigation = { rsc: "1" };
  await expectCached(request, REVIEW);
  // Next answers a navigation asked without its cache-busting query with a redirect to it, not
  // with the page's HTML in the cache.
  const asked = await request.get(REVIEW, { headers: navigation, maxRedirects: 0 });
  expect(asked.status()).toBe(307);
  const rscUrl = new URL(asked.headers()["location"]!, PROXY_URL).href;
  await expectCached(request, rscUrl, navigation);
  const payload = await request.get(rscUrl, { headers: navigation });
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  // The same address asked by a browser loading a page: HTML, not the cached navigation payload.
  const page = await request.get(rscUrl);
  expect(page.headers()["content-type"]).toContain("text/html");
});

test("signed-in readers behind the proxy each see their own name, and nobody else sees it", async ({
  browser,
  request,
}) => {
  const [first, second] = await Promise.all([
    readerThroughProxy(browser, "proxied"),
    readerThroughProxy(browser, "proxied"),
  ]);
  // The page is in the cache for anonymous visitors; signed-in readers are never served from it.
  await expectCached(request, REVIEW);
  for (const { reader, page } of [first, second, first]) {
    const answer = await page.goto(`/reviews/${SLUG}`);
    expect(answer?.headers()["x-cache-status"]).toBe("BYPASS");
    await expect(accountMenu(page)).toContainText(reader.name);
    const viewer = await page.request.get("/api/viewer");
    expect(viewer.headers()["x-cache-status"]).not.toBe("HIT");
    expect(await viewer.json()).toMatchObject({ viewer: { name: reader.name } });
    const settings = await page.goto("/settings");
    expect(settings?.headers()["x-cache-status"]).toBe("BYPASS");
    const name = page.getByRole("region", { name: "Name", exact: true });
    await expect(name.getByLabel("Name")).toHaveValue(reader.name);
  }

  // A visitor right after them sees nobody's name, and is asked to sign in for the settings.
  const visitor = await browser.newPage({ baseURL: PROXY_URL });
  await visitor.goto(`/reviews/${SLUG}`);
  await expect(visitor.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(accountMenu(visitor)).toHaveCount(0);
  for (const { reader } of [first, second]) {
    await expect(visitor.getByText(reader.name)).toHaveCount(0);
  }
  expect(await (await visitor.request.get("/api/viewer")).json()).toMatchObject({ viewer: null });
  await visitor.goto("/settings");
  await expect(visitor).toHaveURL(/\/sign-in/);
  await expect(visitor.getByText(first.reader.name)).toHaveCount(0);
  for (const p of [first.page, second.page, visitor]) await p.context().close();
});

test(`a comment shows for anonymous visitors behind the proxy within ${SHARED_WINDOW_SECONDS} s`, async ({
  browser,
  request,
}) => {
  const { page, context } = await readerThroughProxy(browser, "proxied");
  const text = unique("Heard through nginx");
  await expectCached(request, REVIEW);
  expect(await anonymousSees(request, REVIEW, text)).toBe(false);

  await page.goto(`/reviews/${SLUG}#comments`);
  await postComment(page, text);
  await expect.poll(() => anonymousSees(request, REVIEW, text), WITHIN_WINDOW).toBe(true);
  await context.close();
});

test(`a review published behind the proxy shows for anonymous visitors within ${SHARED_WINDOW_SECONDS} s`, async ({
  browser,
  request,
}) => {
  const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!;
  const context = await browser.newContext({ baseURL: PROXY_URL });
  await signInContext(context, admin.email, admin.password, PROXY_URL);
  const adminPage = await context.newPage();
  const draft = await findableDraft("proxied", clusterDb());
  // The home page leads with the latest review.
  const home = `${PROXY_URL}/`;
  await expectCached(request, home);
  expect(await anonymousSees(request, home, draft.film)).toBe(false);

  await scheduleDraft(adminPage, draft, { when: "now", db: clusterDb() });
  await expect.poll(() => anonymousSees(request, home, draft.film), WITHIN_WINDOW).toBe(true);
  await context.close();
});

test("a client's own X-Forwarded-For through the proxy buys no fresh sign-in attempts", async ({
  browser,
}) => {
  const reader = await createReader("proxied", clusterDb());
  const sprayer = await contextFrom(browser, freshAddress());
  const { csrfToken } = (await (
    await sprayer.request.get(`${PROXY_URL}/api/auth/csrf`)
  ).json()) as {
    csrfToken: string;
  };
  let forged = 0;
  /**
   * A sign-in from the sprayer's machine through the proxy, claiming to come from an address of
   * its own each time; or straight to an instance, which knows the sprayer by its socket.
   */
  const attempt = async (email: string, password: string, origin: string = PROXY_URL) => {
    const forgedFor = { "x-forwarded-for": `203.0.113.${forged++ % 250}` };
    const answer = await sprayer.request.post(`${origin}/api/auth/callback/credentials`, {
      form: { csrfToken, email, password },
      headers: origin === PROXY_URL ? forgedFor : {},
      maxRedirects: 0,
    });
    return answer.headers()["location"] ?? "";
  };
  const victim = (i: number) => `victim${i}_${Date.now()}@e2e.test`;
  for (let i = 0; i < SIGN_IN_PER_ADDRESS.maxHits; i++) {
    expect(await attempt(victim(i), "Winter2026!")).toContain("error=CredentialsSignin");
  }
  // Each instance learns of the lock with its replica's next sync.
  for (const origin of CLUSTER_URLS) {
    await expect.poll(() => attempt(victim(-1), "Winter2026!", origin)).toContain("code=locked");
  }
  // The address is locked out: even a real account's right password is refused through the proxy.
  expect(await attempt(reader.email, reader.password)).toContain("code=locked");

  // The reader, from another address, signs in through the proxy as usual.
  const home = await contextFrom(browser, freshAddress());
  await signInContext(home, reader.email, reader.password, PROXY_URL);
  for (const context of [sprayer, home]) await context.close();
});

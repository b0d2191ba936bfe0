import { readFileSync } from "node:fs";
import { discussionHref } from "../lib/comment-rules";
import { searchHref } from "../lib/search-groups";
import { SHARED_CACHE_CONTROL } from "../lib/shared-cache.mjs";
import { CLUSTER_URLS } from "./config";
import { expect, FEATURED, test } from "./fixtures";

// What the site tells a shared cache (a proxy in front of the instances, never told of a write):
// pages at most the window of lib/shared-cache.mjs, whatever Next says of its own cache.

const SHARED_PAGES = [
  "/",
  `/reviews/${FEATURED.slug}`,
  discussionHref(FEATURED.slug, "oldest"),
  "/u/demo_reader",
  "/composers",
  "/top-rated",
  searchHref({ text: "balfe" }),
  "/feed.xml",
  "/sitemap.xml",
  "/api/soundtracks?q=mission",
];

test("pages every visitor sees alike are kept by a shared cache only for the site's window", async ({
  request,
}) => {
  for (const path of SHARED_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe(SHARED_CACHE_CONTROL);
  }
});

test("a reader's own answers and pages drawn per request are never kept by a shared cache", async ({
  request,
}) => {
  for (const path of ["/api/viewer", "/api/health", "/reviews", "/no-such-page"]) {
    const response = await request.get(path);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, path).toMatch(/no-store/);
    expect(cacheControl, path).not.toMatch(/public|s-maxage/);
  }
});

test("the health check names the build, and on a replica how far behind the primary it may be", async ({
  request,
}) => {
  const build = readFileSync(".next-e2e/BUILD_ID", "utf8").trim();
  const site = await request.get("/api/health");
  expect(site.status()).toBe(200);
  expect(await site.json()).toMatchObject({
    status: "ok",
    build,
    database: { reachable: true, replica: null },
  });

  const instance = await request.get(`${CLUSTER_URLS[0]}/api/health`);
  expect(instance.status()).toBe(200);
  const health = await instance.json();
  expect(health).toMatchObject({
    status: "ok",
    build,
    database: { reachable: true, replica: { primaryReachable: true } },
  });
  expect(health.database.replica.lagMs).toBeGreaterThanOrEqual(0);
  expect(health.database.replica.syncs).toBeGreaterThan(0);
});

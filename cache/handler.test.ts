import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { connect } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { reviews, soundtracks } from "@/db/schema";
import { env } from "@/lib/env";
import type SharedTagsCacheHandler from "./handler.mjs";

// Two copies of the handler module are two app instances: separate memory, one database.
async function instance(options = {}): Promise<SharedTagsCacheHandler> {
  vi.resetModules();
  const { default: Handler } = await import("./handler.mjs");
  return new Handler(options);
}

const page = (tags: string[], html = "<p>page</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const pageCtx = { kind: "APP_PAGE", cacheControl: { revalidate: 60, expire: 31536000 } };

beforeAll(async () => {
  await runMigrations();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the shared cache handler", () => {
  it("serves a page until one of its tags is invalidated, then asks for a new render", async () => {
    const a = await instance();
    await a.get("/reviews/one", pageCtx);
    await a.set("/reviews/one", page(["comments:1", "scores:1"]), pageCtx);
    expect(await a.get("/reviews/one", pageCtx)).toMatchObject({ value: { html: "<p>page</p>" } });

    await a.revalidateTag(["scores:2"], { expire: 31536000 });
    expect(await a.get("/reviews/one", pageCtx)).not.toBeNull();

    // Next passes the "max" profile's durations; the handler still expires at once.
    await a.revalidateTag(["comments:1"], { expire: 31536000 });
    expect(await a.get("/reviews/one", pageCtx)).toBeNull();
  });

  it("expires another instance's copy once it next checks the database", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T12:00:00Z"));
    const [a, b] = [await instance(), await instance()];
    for (const handler of [a, b]) {
      await handler.get("/reviews/two", pageCtx);
      await handler.set("/reviews/two", page(["comments:2"]), pageCtx);
    }
    vi.setSystemTime(new Date("2026-11-25T12:00:01Z"));
    expect(await b.get("/reviews/two", pageCtx)).not.toBeNull();

    vi.setSystemTime(new Date("2026-11-25T12:00:02Z"));
    await a.revalidateTag("comments:2");
    expect(await a.get("/reviews/two", pageCtx)).toBeNull();

    // B asked about the tag a second ago; it asks the database again within a quarter second.
    vi.setSystemTime(new Date("2026-11-25T12:00:02.300Z"));
    expect(await b.get("/reviews/two", pageCtx)).toBeNull();
  });

  it("stamps an entry with when its render began, so a write during the render expires it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T13:00:00Z"));
    const a = await instance();
    expect(await a.get("/reviews/three", pageCtx)).toBeNull();
    vi.setSystemTime(new Date("2026-11-25T13:00:00.050Z"));
    await a.revalidateTag("comments:3");
    vi.setSystemTime(new Date("2026-11-25T13:00:00.100Z"));
    await a.set("/reviews/three", page(["comments:3"], "<p>read before the write</p>"), pageCtx);
    expect(await a.get("/reviews/three", pageCtx)).toBeNull();

    await a.set("/reviews/three", page(["comments:3"], "<p>read after</p>"), pageCtx);
    expect(await a.get("/reviews/three", pageCtx)).toMatchObject({
      value: { html: "<p>read after</p>" },
    });
  });

  it("does not stamp a new render with the time of an old read of a fresh page", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-25T14:00:00Z"));
    const a = await instance();
    await a.get("/reviews/four", pageCtx);
    await a.set("/reviews/four", page(["comments:4"]), pageCtx);
    vi.setSystemTime(new Date("2026-11-25T14:00:01Z"));
    expect(await a.get("/reviews/four", pageCtx)).not.toBeNull();
    vi.setSystemTime(new Date("2026-11-25T14:00:02Z"));
    await a.revalidateTag("comments:4");
    vi.setSystemTime(new Date("2026-11-25T14:00:03Z"));
    expect(await a.get("/reviews/four", pageCtx)).toBeNull();
    await a.set("/reviews/four", page(["comments:4"], "<p>after the write</p>"), pageCtx);
    expect(await a.get("/reviews/four", pageCtx)).toMatchObject({
      value: { html: "<p>after the write</p>" },
    });
  });

  it("expires the lists of reviews when a scheduled review's time comes, with nobody writing", async () => {
    const { db } = connect(env.DATABASE_URL);
    const [soundtrack] = await db
      .insert(soundtracks)
      .values({ slug: "handler-scheduled", filmTitle: "Scheduled" })
      .returning({ id: soundtracks.id });
    await db.insert(reviews).values({
      soundtrackId: soundtrack!.id,
      slug: "handler-scheduled",
      headline: "Scheduled",
      summary: "",
      body: "",
      status: "scheduled",
      publishedAt: new Date("2030-01-01T09:00:00Z"),
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T08:59:00Z"));
    const a = await instance();
    expect(await a.get("/", pageCtx)).toBeNull();
    await a.set("/", page(["reviews"], "<p>before</p>"), pageCtx);
    await a.set("/reviews/seven", page(["review:7"]), pageCtx);
    vi.setSystemTime(new Date("2030-01-01T08:59:59Z"));
    expect(await a.get("/", pageCtx)).toMatchObject({ value: { html: "<p>before</p>" } });

    vi.setSystemTime(new Date("2030-01-01T09:00:01Z"));
    expect(await a.get("/", pageCtx)).toBeNull();
    expect(await a.get("/reviews/seven", pageCtx)).not.toBeNull();
    await a.set("/", page(["reviews"], "<p>after</p>"), pageCtx);
    vi.setSystemTime(new Date("2030-01-01T09:00:02Z"));
    expect(await a.get("/", pageCtx)).toMatchObject({ value: { html: "<p>after</p>" } });
  });

  it("checks data entries against the tags they were asked for", async () => {
    const a = await instance();
    const ctx = { kind: "FETCH", tags: ["profile:x"], softTags: ["_N_T_/u/x"] };
    await a.get("tags-key", ctx);
    await a.set(
      "tags-key",
      { kind: "FETCH", data: { body: "true" }, revalidate: 60 },
      {
        fetchCache: true,
        tags: ["profile:x"],
      },
    );
    expect(await a.get("tags-key", ctx)).not.toBeNull();
    await a.revalidateTag("_N_T_/u/x");
    expect(await a.get("tags-key", ctx)).toBeNull();
  });

  it("forgets the least recently used pages beyond its memory budget", async () => {
    const small = await instance({ maxMemoryCacheSize: 2_500 });
    const sized = (n: number) => page([`review:${n}`], "x".repeat(1_000));
    for (const n of [1, 2]) await small.set(`/p/${n}`, sized(n), pageCtx);
    await small.get("/p/1", pageCtx);
    await small.set("/p/3", sized(3), pageCtx);
    expect(await small.get("/p/2", pageCtx)).toBeNull();
    expect(await small.get("/p/1", pageCtx)).not.toBeNull();
    expect(await small.get("/p/3", pageCtx)).not.toBeNull();
  });

  it("counts a route's answer by its bytes: share images and the feed fill the budget too", async () => {
    const small = await instance({ maxMemoryCacheSize: 100_000 });
    const image = (n: number) => ({
      kind: "APP_ROUTE",
      body: Buffer.alloc(60_000),
      status: 200,
      headers: { "x-next-cache-tags": `review:${n}` },
    });
    const routeCtx = { kind: "APP_ROUTE", cacheControl: { revalidate: 60, expire: 31536000 } };
    await small.set("/reviews/a/opengraph-image", image(1), routeCtx);
    await small.set("/reviews/b/opengraph-image", image(2), routeCtx);
    expect(await small.get("/reviews/a/opengraph-image", routeCtx)).toBeNull();
    expect(await small.get("/reviews/b/opengraph-image", routeCtx)).not.toBeNull();
  });
});

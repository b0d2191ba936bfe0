import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { startTestSqld } from "@/lib/testing/sqld";
import type SharedTagsCacheHandler from "@/cache/handler.mjs";
import { connect, type Database } from "./client";
import { runMigrations } from "./migrate";
import {
  isPrimaryDown,
  PRIMARY_DEADLINE_MS,
  PRIMARY_UNREACHABLE,
  primaryWsUrl,
  replicaLag,
  syncReplica,
  trackReplica,
  WRITE_DEADLINE_MS,
} from "./replica.mjs";
import { composers, cspReports, sessions, users } from "./schema";

// Instances on embedded replicas of a real libSQL server (sqld), each replica a file of its own.
// A replica here syncs by itself only once an hour, so it stays behind the primary until something
// syncs it: the lag a busy machine may show for a moment, made to last.

let sqld: Awaited<ReturnType<typeof startTestSqld>>;
const HOUR = 3600;

beforeAll(async () => {
  sqld = await startTestSqld();
  await runMigrations(sqld.url);
}, 60_000);

afterAll(async () => {
  await sqld?.crash();
  sqld?.remove();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

function replica(name: string) {
  return connect(`file:${sqld.dir}/${name}.db`, undefined, { url: sqld.url, interval: HOUR });
}

/** The primary, and an instance's replica, the one the app's queries (getDb) read. */
function appOn(name: string) {
  const primary = connect(sqld.url);
  const own = replica(name);
  (globalThis as unknown as { esDb: Database }).esDb = own.db;
  const close = () => {
    primary.client.close();
    own.client.close();
  };
  return { primary, own, close };
}

/** This process's cache handler, on a replica of the server like an instance's. */
async function handlerOn(name: string): Promise<SharedTagsCacheHandler> {
  vi.stubEnv("DATABASE_URL", `file:${sqld.dir}/${name}.db`);
  vi.stubEnv("DATABASE_SYNC_URL", sqld.url);
  vi.resetModules();
  const { default: Handler } = await import("@/cache/handler.mjs");
  return new Handler();
}

const pageCtx = { kind: "APP_PAGE", cacheControl: { revalidate: 60, expire: 31536000 } };
const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": "composer:ada" },
  status: 200,
});

async function composerName(db: Database) {
  const [row] = await db
    .select({ name: composers.name })
    .from(composers)
    .where(eq(composers.slug, "ada-replica"));
  return row?.name ?? "nobody";
}

describe("instances on embedded replicas", () => {
  it("reads its own writes at once, and another instance's after a sync", async () => {
    const a = replica("writer");
    const b = replica("reader");
    const theirs = () => b.db.select().from(composers).where(eq(composers.slug, "ada-writes"));
    expect(await theirs()).toEqual([]);
    await a.db
      .insert(composers)
      .values({ slug: "ada-writes", name: "Ada Writes", sortName: "Writes, Ada" });
    const [mine] = await a.db.select().from(composers).where(eq(composers.slug, "ada-writes"));
    expect(mine?.name).toBe("Ada Writes");
    expect(await theirs()).toEqual([]);
    await b.client.sync();
    expect(await theirs()).toHaveLength(1);
    a.client.close();
    b.client.close();
  });

  it("answers a query run again with other arguments with its own rows, and writes only to the primary", async () => {
    const { primary, own, close } = appOn("kept");
    await own.db.insert(composers).values([
      { slug: "kept-one", name: "Kept One", sortName: "One, Kept" },
      { slug: "kept-two", name: "Kept Two", sortName: "Two, Kept" },
    ]);
    const nameOf = async (slug: string) =>
      (
        await own.db
          .select({ name: composers.name })
          .from(composers)
          .where(eq(composers.slug, slug))
      )[0]?.name;
    // The same statement each time: libSQL's replica connection ran it again with its first arguments.
    expect(await nameOf("kept-one")).toBe("Kept One");
    expect(await nameOf("kept-two")).toBe("Kept Two");
    await primary.db
      .update(composers)
      .set({ name: "Kept Once" })
      .where(eq(composers.slug, "kept-one"));
    await own.client.sync();
    expect(await nameOf("kept-one")).toBe("Kept Once");
    // A statement not known as a write reaches the replica's file, which refuses it.
    await expect(own.client.execute("CREATE TABLE local_only (x)")).rejects.toThrow(/readonly/i);
    expect(
      (await primary.client.execute("SELECT name FROM sqlite_master WHERE name = 'local_only'"))
        .rows,
    ).toEqual([]);
    close();
  });

  it("finds a session begun a moment ago on another instance", async () => {
    const { primary, close } = appOn("sessions");
    const { getSessionAuthState } = await import("./queries/users");
    expect(await getSessionAuthState({ userId: "u-replica", sessionId: "s-replica" })).toBe(
      undefined,
    );
    // The reader signs in on instance A: the session is on the primary, not yet on B's replica.
    await primary.db.insert(users).values({ id: "u-replica", name: "Rae Plica" });
    await primary.db.insert(sessions).values({
      sessionToken: "s-replica",
      userId: "u-replica",
      expires: new Date(Date.now() + 3_600_000),
    });
    expect(
      await getSessionAuthState({ userId: "u-replica", sessionId: "s-replica" }),
    ).toMatchObject({ name: "Rae Plica" });
    // So does GET /api/viewer's read, which takes the account with the rest of the page's state.
    await primary.db.insert(users).values({ id: "u-viewer", name: "Vi Ewer" });
    await primary.db.insert(sessions).values({
      sessionToken: "s-viewer",
      userId: "u-viewer",
      expires: new Date(Date.now() + 3_600_000),
    });
    const { getAccountAndReviewState } = await import("./queries/viewer-state");
    const state = await getAccountAndReviewState(
      { userId: "u-viewer", sessionId: "s-viewer" },
      null,
    );
    expect(state.account).toMatchObject({ name: "Vi Ewer" });
    close();
  });

  it("never caches a page rendered from a replica that missed an invalidated write", async () => {
    const primary = connect(sqld.url);
    const b = replica("cached");
    const handler = await handlerOn("cached");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T12:00:00Z"));
    // Instance B renders and caches the page while the composer is still called Ada Before.
    await primary.db
      .insert(composers)
      .values({ slug: "ada-replica", name: "Ada Before", sortName: "Before, Ada" });
    await handler.get("/composers/ada", pageCtx);
    await handler.set("/composers/ada", page(await composerName(b.db)), pageCtx);
    expect(await handler.get("/composers/ada", pageCtx)).toMatchObject({
      value: { html: "Ada Before" },
    });

    // Another instance renames her and invalidates the page's tag, on the primary.
    // A second later: past the quarter of a second the handler trusts what it last heard of a tag.
    vi.setSystemTime(Date.now() + 1000);
    await primary.db
      .update(composers)
      .set({ name: "Ada After" })
      .where(eq(composers.slug, "ada-replica"));
    const { expireTags } = await import("./cache-store.mjs");
    await expireTags(primary.client, ["composer:ada"], Date.now());
    vi.setSystemTime(Date.now() + 1000);

    // B's next view: the tag check asks the primary, and the render that follows reads a replica
    // that has the rename; what B caches then is the new page, served again after.
    expect(await handler.get("/composers/ada", pageCtx)).toBeNull();
    const rendered = await composerName(b.db);
    expect(rendered).toBe("Ada After");
    await handler.set("/composers/ada", page(rendered), pageCtx);
    expect(await handler.get("/composers/ada", pageCtx)).toMatchObject({
      value: { html: "Ada After" },
    });
    primary.client.close();
    b.client.close();
  });

  it("never hangs on a primary that accepts connections and does not answer", async () => {
    const { own: a, close } = appOn("hung");
    const { getDatabaseHealth } = await import("./queries/health");
    const composer = (slug: string) => ({ slug, name: slug, sortName: slug });
    await a.db.insert(composers).values(composer("before-the-hang"));
    const handler = await handlerOn("hung");
    for (const key of ["/a", "/b"]) {
      await handler.get(key, pageCtx);
      await handler.set(key, page(key), pageCtx);
    }

    sqld.hang();
    try {
      // The server's only thread stays free while the write waits: a timer still fires.
      let timerFired = false;
      setTimeout(() => (timerFired = true), 200);
      const started = Date.now();
      const refused = await a.db
        .insert(composers)
        .values(composer("during"))
        .catch((e) => e);
      expect(isPrimaryDown(refused)).toBe(true);
      expect(Date.now() - started).toBeLessThan(WRITE_DEADLINE_MS + 2_000);
      expect(timerFired).toBe(true);
      // Reads go on from the replica, and the health check answers, saying so.
      const slugs = (await a.db.select({ slug: composers.slug }).from(composers)).map(
        (c) => c.slug,
      );
      expect(slugs).toContain("before-the-hang");
      expect(await getDatabaseHealth()).toMatchObject({
        reachable: true,
        replica: { primaryReachable: false },
      });
      // A cached page's tag check waits for the primary once, and fails; the cache then stops
      // asking it for a while, so the next page renders from the replica without that wait.
      expect(await handler.get("/a", pageCtx)).toBeNull();
      const asked = Date.now();
      expect(await handler.get("/b", pageCtx)).toBeNull();
      expect(Date.now() - asked).toBeLessThan(PRIMARY_DEADLINE_MS);
    } finally {
      sqld.wake();
    }
    await a.db.insert(composers).values(composer("after-the-hang"));
    const slugs = (await a.db.select({ slug: composers.slug }).from(composers)).map((c) => c.slug);
    expect(slugs).toEqual(expect.arrayContaining(["before-the-hang", "after-the-hang"]));
    expect(slugs).not.toContain("during");
    close();
  }, 40_000);

  it("syncs off the server's thread: reads go on while the primary holds a sync", async () => {
    const r = replica("off-thread");
    await r.db
      .insert(composers)
      .values({ slug: "synced-before", name: "Synced Before", sortName: "Before, Synced" });
    sqld.hang();
    let syncing: Promise<unknown> | undefined;
    try {
      syncing = r.client.sync();
      let timerFired = false;
      setTimeout(() => (timerFired = true), 100);
      await vi.waitUntil(() => timerFired, { timeout: 5_000 });
      const slugs = (await r.db.select({ slug: composers.slug }).from(composers)).map(
        (c) => c.slug,
      );
      expect(slugs).toContain("synced-before");
    } finally {
      sqld.wake();
    }
    await expect(syncing).resolves.toBeDefined();
    r.client.close();
  });

  it("keeps a batch atomic on the primary, and refuses writes clearly while it is down", async () => {
    const { primary, own: a, close } = appOn("offline");
    const { recordCspViolations } = await import("./queries/csp-reports");
    const violation = {
      directive: "img-src",
      blockedUri: "https://tracker.example",
      page: "/reviews",
      source: null,
      sample: null,
    };
    await recordCspViolations([violation]);
    const count = async (db: Database) => (await db.select().from(cspReports)).length;
    expect(await count(primary.db)).toBe(1);

    // A batch whose second statement fails leaves nothing of its first on the primary.
    await expect(
      a.db.batch([
        a.db.insert(composers).values({ slug: "half", name: "Half", sortName: "Half" }),
        a.db.insert(composers).values({ slug: "half", name: "Twice", sortName: "Twice" }),
      ]),
    ).rejects.toThrow(/UNIQUE/);
    expect(await primary.db.select().from(composers).where(eq(composers.slug, "half"))).toEqual([]);

    const { getDatabaseHealth } = await import("./queries/health");
    const healthy = await getDatabaseHealth();
    expect(healthy).toMatchObject({ reachable: true, replica: { primaryReachable: true } });
    expect(healthy.replica?.lagMs).toBeGreaterThanOrEqual(0);
    expect(healthy.replica?.syncs).toBeGreaterThan(0);

    await sqld.crash();
    const started = Date.now();
    await expect(recordCspViolations([{ ...violation, page: "/" }])).rejects.toThrow(
      PRIMARY_UNREACHABLE,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    // Reads go on from the replica, batched ones too (libSQL would send a batch's transaction to
    // the primary), and the health check says the primary is gone.
    expect(await count(a.db)).toBe(1);
    const [reports, composersRead] = await a.db.batch([
      a.db.select().from(cspReports),
      a.db.select().from(composers),
    ]);
    expect(reports).toHaveLength(1);
    expect(composersRead.length).toBeGreaterThan(0);
    const degraded = await getDatabaseHealth();
    expect(degraded).toMatchObject({ reachable: true, replica: { primaryReachable: false } });
    expect(degraded.replica?.lagMs).toBeGreaterThanOrEqual(healthy.replica?.lagMs ?? 0);
    close();
  });
});

describe("a sync the primary never finishes", () => {
  it("is given up after the deadline, and the syncs after it are not held", async () => {
    // libSQL's sync, stuck on a primary that hung after answering the probe: it never settles
    // (after a first sync that did).
    let calls = 0;
    const stuck = {
      sync: () => (calls++ === 0 ? Promise.resolve() : new Promise<never>(() => {})),
    };
    const syncs = trackReplica(stuck, async () => "answered");
    await syncs.firstSync();
    const started = Date.now();
    await syncs.sync();
    expect(Date.now() - started).toBeLessThan(PRIMARY_DEADLINE_MS + 1_000);
    expect(await replicaLag()).toMatchObject({ primaryReachable: false });
    // The next page's sync answers at once with what the replica holds.
    const next = Date.now();
    await syncReplica();
    expect(Date.now() - next).toBeLessThan(100);
  }, 10_000);
});

describe("a new replica's first sync", () => {
  it("is tried again until the replica holds the tables, whatever the primary answered", async () => {
    // The primary refuses the first probe (still starting), then twice lets a sync end without an
    // error and without the tables ("snapshot not found" while it compacts its log).
    const probes = [Promise.reject(new Error("fetch failed")), Promise.resolve("answered")];
    const holds = [false, false, true];
    const asked = { syncs: 0, looks: 0 };
    const syncs = trackReplica(
      { sync: async () => asked.syncs++ },
      () => probes.shift() ?? Promise.resolve("answered"),
      async () => holds[asked.looks++] ?? true,
    );
    await syncs.firstSync();
    expect(asked).toEqual({ syncs: 3, looks: 3 });
    expect((await replicaLag())?.lagMs).not.toBeNull();
  }, 10_000);
});

describe("a new replica's first sync, longer than a later one may take", () => {
  it("is waited for, not given up and begun again: it brings the whole database", async () => {
    vi.useFakeTimers();
    try {
      const asked = { syncs: 0 };
      let finish = () => {};
      const syncs = trackReplica(
        {
          sync: () => {
            asked.syncs++;
            return new Promise<void>((done) => (finish = done));
          },
        },
        async () => "answered",
      );
      const first = syncs.firstSync();
      await vi.advanceTimersByTimeAsync(PRIMARY_DEADLINE_MS * 10);
      finish();
      await first;
      // Given up at PRIMARY_DEADLINE_MS, it would have been begun again half a second later.
      expect(asked.syncs).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the primary's address for its WebSocket", () => {
  it("keeps the scheme's security, libsql:// secure unless it says tls=0", () => {
    expect(primaryWsUrl("http://127.0.0.1:8080")).toBe("ws://127.0.0.1:8080");
    expect(primaryWsUrl("https://db.example.com")).toBe("wss://db.example.com");
    expect(primaryWsUrl("libsql://db-org.turso.io")).toBe("wss://db-org.turso.io");
    expect(primaryWsUrl("libsql://10.0.0.5:8080?tls=0")).toBe("ws://10.0.0.5:8080?tls=0");
    expect(primaryWsUrl("wss://db.example.com")).toBe("wss://db.example.com");
  });
});

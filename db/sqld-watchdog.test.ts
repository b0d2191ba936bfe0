import { afterEach, describe, expect, it, vi } from "vitest";
import { createClient, type Client } from "@libsql/client";
import { startTestSqld } from "@/lib/testing/sqld";
import { probeWriteLock, watchWriteLock } from "@/scripts/sqld-watchdog.mjs";
import { openPrimary } from "./replica.mjs";

// The watchdog of `npm run start:cluster` against a real sqld: a write lock nobody gives back
// gets sqld restarted, and a busy but answering sqld is left alone.

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function sqld() {
  const server = await startTestSqld();
  cleanups.push(() => server.remove());
  cleanups.push(() => server.stop());
  return server;
}

/** The primary at `url` as the watchdog probes it: kept streams, answers due in `deadlineMs`. */
function primaryAt(url: string, deadlineMs: number) {
  const opened = openPrimary({ url, deadlineMs });
  cleanups.push(() => opened.close());
  return opened;
}

function client(url: string): Client {
  const opened = createClient({ url });
  cleanups.push(() => opened.close());
  return opened;
}

/** The watchdog on `url`, stopped after the test: what it said, and how often it restarted. */
function watch(
  url: string,
  options: { everyMs: number; deadlineMs: number; misses: number },
  restart = async () => {},
) {
  const seen = { lines: [] as string[], restarts: 0 };
  const watchdog = watchWriteLock({
    url,
    ...options,
    log: (line) => seen.lines.push(line),
    restart: async () => {
      seen.restarts += 1;
      await restart();
    },
  });
  cleanups.push(() => watchdog.stop());
  return seen;
}

describe("sqld's write-lock watchdog", () => {
  it("restarts sqld when nobody gets the write lock, and writes go on after", async () => {
    const server = await sqld();
    const { url } = server;
    await client(url).execute("CREATE TABLE notes (body TEXT)");
    // A write transaction left open holds the lock (sqld would take it back after 5 s).
    const holder = client(url.replace(/^http:/, "ws:"));
    const held = await holder.transaction("write");
    await held.execute("INSERT INTO notes VALUES ('never committed')");

    const seen = watch(url, { everyMs: 100, deadlineMs: 1_000, misses: 2 }, server.restart);
    // Reads are answered all along: only writers wait.
    expect((await client(url).execute("SELECT count(*) AS n FROM notes")).rows[0]?.n).toBe(0);

    await vi.waitUntil(() => seen.lines.some((line) => line.startsWith("sqld restarted")), {
      timeout: 30_000,
      interval: 100,
    });
    expect(seen.restarts).toBe(1);
    expect(seen.lines[0]).toMatch(/gave out no write lock in 2 tries of 1 s: restarting it/);

    const after = client(url);
    await after.execute("INSERT INTO notes VALUES ('after the restart')");
    const rows = (await after.execute("SELECT body FROM notes")).rows.map((row) => row.body);
    expect(rows).toEqual(["after the restart"]);
  }, 60_000);

  it("leaves a busy sqld that answers alone", async () => {
    const { url } = await sqld();
    const writer = client(url);
    await writer.execute("CREATE TABLE notes (body TEXT)");

    const seen = watch(url, { everyMs: 20, deadlineMs: 10_000, misses: 1 });
    // Writes and probes side by side, and probes of our own until ten have answered.
    const probes: boolean[] = [];
    const prober = primaryAt(url, 10_000);
    let written = 0;
    while (probes.filter(Boolean).length < 10) {
      await writer.batch([`INSERT INTO notes VALUES ('note ${written++}')`], "write");
      probes.push(await probeWriteLock(prober));
    }
    expect(seen.restarts).toBe(0);
    const count = await writer.execute("SELECT count(*) AS n FROM notes");
    expect(count.rows[0]?.n).toBe(written);
  }, 60_000);

  it("says a sqld that does not answer at all missed the probe", async () => {
    const server = await sqld();
    server.hang();
    cleanups.push(() => server.wake());
    expect(await probeWriteLock(primaryAt(server.url, 500))).toBe(false);
  }, 30_000);
});

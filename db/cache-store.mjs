// The cache handler's SQL (cache/handler.mjs). Plain JavaScript because Next loads the handler by
// itself, outside the app's bundle; the table is db/schema.ts's `cache_tags`.
import { createLocalClient } from "./statement-cache.mjs";
import { queueWrite } from "./busy.mjs";
import { openPrimary, PRIMARY_DEADLINE_MS } from "./replica.mjs";

/**
 * Marks the tags invalidated at `at` (ms) on the client's database; an older time never
 * overwrites a newer one. The caller queues the write (busy.mjs), as db/client.ts's client does.
 * @param {import("@libsql/client").Client} client
 * @param {string[]} tags
 * @param {number} at
 */
export function expireTags(client, tags, at) {
  return expireEach(
    client,
    tags.map((tag) => [tag, at]),
  );
}

/**
 * expireTags with a time of its own for each tag: `[tag, at]` pairs, in one statement.
 * @param {import("@libsql/client").Client} client
 * @param {[string, number][]} entries
 */
async function expireEach(client, entries) {
  if (entries.length === 0) return;
  await client.execute({
    sql: `INSERT INTO cache_tags (tag, expired_at) VALUES ${entries.map(() => "(?, ?)").join(", ")}
        ON CONFLICT (tag) DO UPDATE SET expired_at = max(expired_at, excluded.expired_at)`,
    args: entries.flat(),
  });
}

/**
 * Gathers the invalidations asked in one turn of the event loop, and those asked while a write of
 * them is under way, into one statement: at 50 writes in flight, one commit stands for many
 * instead of one each. `write(entries)` gets each tag once, as `[tag, at]` at the latest time
 * asked for it (an older time never wins in the database anyway); each `expire` resolves, or
 * rejects, with the write that took its tags. The handler knows its own invalidations at once;
 * only other instances learn them from the database.
 * @param {(entries: [string, number][]) => Promise<unknown>} write
 */
export function coalesceExpiries(write) {
  /** @type {Map<string, number>} tag -> at, for the write not begun yet */
  let pending = new Map();
  /** @type {Promise<unknown> | null} the write not begun yet */
  let scheduled = null;
  /** @type {Promise<unknown>} the last write scheduled */
  let last = Promise.resolve();
  const flush = () => {
    const entries = [...pending];
    pending = new Map();
    scheduled = null;
    return write(entries);
  };
  return (/** @type {string[]} */ tags, /** @type {number} */ at) => {
    for (const tag of tags) pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
    if (!scheduled) {
      const turn = () => new Promise((done) => setImmediate(done));
      scheduled = last
        .catch(() => {})
        .then(turn)
        .then(flush);
      last = scheduled;
    }
    return scheduled;
  };
}

/** @param {{ url: string, authToken?: string }} options */
export function openTagStore({ url, authToken }) {
  const isFile = url.startsWith("file:");
  // One connection, as db/client.ts explains: on it WAL commits need no fsync each. A server
  // (the primary) that does not answer is given up on (db/replica.mjs), never waited for.
  const client = isFile
    ? createLocalClient({ url, authToken, timeout: 5000, concurrency: 1 })
    : openPrimary({ url, authToken, deadlineMs: PRIMARY_DEADLINE_MS });
  if (isFile) client.execute("PRAGMA synchronous = NORMAL").catch(() => {});
  return {
    /**
     * Marks the tags invalidated at `at` (ms); an older time never overwrites a newer one. Asked
     * while a write of tags is under way, it joins the next one (coalesceExpiries).
     */
    expire: coalesceExpiries((entries) => queueWrite(() => expireEach(client, entries))),
    /** When each of the tags was last invalidated (ms); tags never invalidated are absent. */
    async expiries(/** @type {string[]} */ tags) {
      const result = await client.execute({
        sql: `SELECT tag, expired_at FROM cache_tags WHERE tag IN (${tags.map(() => "?").join(", ")})`,
        args: tags,
      });
      return new Map(result.rows.map((row) => [String(row.tag), Number(row.expired_at)]));
    },
    /**
     * The latest time (ms) at which a scheduled review went live, no later than `now` (ms on the
     * site's clock, db/clock.mjs); 0 when none has.
     */
    async wentLive(/** @type {number} */ now) {
      const result = await client.execute({
        sql: "SELECT max(published_at) AS at FROM reviews WHERE status = 'scheduled' AND published_at <= ?",
        args: [Math.floor(now / 1000)],
      });
      return Number(result.rows[0]?.at ?? 0) * 1000;
    },
    close: () => client.close(),
  };
}

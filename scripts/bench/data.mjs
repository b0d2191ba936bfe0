// The bench database: made by the generator in data/ when missing, copied afresh for every run
// (the write phase changes it), and read for what the phases need to know (ids, the archive's last
// page).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { createClient } from "@libsql/client";
import { removeDatabaseFiles } from "./data/index.ts";
import { BenchError } from "./status.mjs";

/** data/bench.db at scale 1, data/bench-<scale>.db at any other. */
export const sourceFileFor = (scale) => (scale === 1 ? "data/bench.db" : `data/bench-${scale}.db`);

/** Generates the bench database unless it exists, showing the generator's own progress. */
export function ensureBenchData(file, scale) {
  if (existsSync(file)) return false;
  console.error(`${file} is missing: generating it at scale ${scale} (about a minute at scale 1)…`);
  const args = ["node_modules/tsx/dist/cli.mjs", "scripts/bench/data/main.ts", "--out", file];
  const run = spawnSync(process.execPath, [...args, "--scale", String(scale)], {
    stdio: "inherit",
  });
  if (run.status !== 0)
    throw new BenchError(`Generating ${file} failed (exit ${run.status ?? run.signal})`);
  return true;
}

/**
 * Replaces `to` with a copy of the SQLite database `from`: a plain file copy when `from` has no
 * write-ahead log waiting to be checkpointed, else SQLite's own consistent copy (VACUUM INTO).
 */
export async function copyDatabase(from, to) {
  removeDatabaseFiles(to);
  mkdirSync(dirname(to), { recursive: true });
  if ((statSync(`${from}-wal`, { throwIfNoEntry: false })?.size ?? 0) === 0) {
    copyFileSync(from, to);
    return;
  }
  const client = createClient({ url: `file:${from}` });
  try {
    await client.execute({ sql: "VACUUM INTO ?", args: [to] });
  } finally {
    client.close();
  }
}

/**
 * A client that only reads: one connection (a file database's client pools several, and the
 * pragma holds per connection) with query_only set.
 */
export async function openReadOnly(url) {
  const client = createClient({ url, concurrency: 1 });
  if (url.startsWith("file:")) await client.execute("PRAGMA query_only = ON");
  return client;
}

/** db/queries/live.ts isLive(), in SQL. */
const LIVE = `status IN ('published', 'scheduled') AND published_at IS NOT NULL
  AND published_at <= unixepoch()`;

/**
 * What the phases need from the served database: the big review's ids, the archive's last page,
 * `scoreTargets` other live reviews to score, how many bench readers and newsletter subscribers
 * there are, and the review whose newsletter the newsletter phase sends.
 */
export async function readFacts(client, { reviewSlug, archivePageSize, scoreTargets = 10 }) {
  const rows = async (sql, args = []) => (await client.execute({ sql, args })).rows;
  const [review] = await rows(`SELECT id, soundtrack_id FROM reviews WHERE slug = ? AND ${LIVE}`, [
    reviewSlug,
  ]);
  if (!review) throw new BenchError(`The bench database has no live review ${reviewSlug}`);
  const [{ n: live }] = await rows(`SELECT count(*) AS n FROM reviews WHERE ${LIVE}`);
  const targets = await rows(
    `SELECT soundtrack_id, slug FROM reviews WHERE ${LIVE} AND slug <> ?
     ORDER BY published_at DESC, id DESC LIMIT ?`,
    [reviewSlug, scoreTargets],
  );
  // The last bench reader's handle (reader_NNNNNN, numbered from 1), found through the index.
  const [last] = await rows(
    "SELECT handle FROM users WHERE handle >= 'reader_' AND handle < 'reader`' ORDER BY handle DESC LIMIT 1",
  );
  const readers = Number(/^reader_(\d+)$/.exec(String(last?.handle ?? ""))?.[1] ?? 0);
  const [{ n: subscribers }] = await rows(
    "SELECT count(*) AS n FROM newsletter_subscribers WHERE state = 'subscribed'",
  );
  return {
    reviewId: Number(review.id),
    reviewSoundtrackId: Number(review.soundtrack_id),
    liveReviews: Number(live),
    archiveLastPage: Math.max(1, Math.ceil(Number(live) / archivePageSize)),
    scoreTargets: targets.map((t) => ({
      soundtrackId: Number(t.soundtrack_id),
      slug: String(t.slug),
    })),
    readers,
    subscribers: Number(subscribers),
    // The newest live review but the big one: the newsletter phase puts it live again, now.
    newsletterSlug: String(targets[0]?.slug ?? reviewSlug),
  };
}

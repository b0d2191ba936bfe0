import { statSync } from "node:fs";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestSqld } from "@/lib/testing/sqld";
import { CHECKPOINT_INTERVAL_S } from "@/scripts/sqld.mjs";

// sqld as the project starts it checkpoints its WAL on a timer, not after commits (see
// CHECKPOINT_INTERVAL_S): the WAL a large write leaves is emptied within the interval, with no
// write after it to set off a checkpoint.

let server: Awaited<ReturnType<typeof startTestSqld>>;
beforeAll(async () => {
  server = await startTestSqld();
});
afterAll(async () => {
  await server.stop();
  server.remove();
});

const walBytes = () => {
  try {
    return statSync(join(server.dir, "sqld", "dbs", "default", "data-wal")).size;
  } catch {
    return 0;
  }
};

it(
  "empties the WAL on its own timer after a write of more than a thousand pages",
  async () => {
    const client = createClient({ url: server.url });
    await client.batch(
      [
        "CREATE TABLE pages (id INTEGER PRIMARY KEY, filler BLOB)",
        // Each row fills most of a 4 KB page: 1,500 rows are 1,500 frames in the WAL.
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) INSERT INTO pages (filler) SELECT randomblob(3000) FROM n",
      ],
      "write",
    );
    client.close();
    expect(walBytes()).toBeGreaterThan(1_000 * 4096);
    await expect
      .poll(walBytes, { timeout: (CHECKPOINT_INTERVAL_S + 10) * 1000, interval: 250 })
      .toBe(0);
  },
  (CHECKPOINT_INTERVAL_S + 20) * 1000,
);

import "server-only";
import type { Client } from "@libsql/client";
import type { BatchItem } from "drizzle-orm/batch";
import { log } from "@/lib/logger.mjs";
import { getDb } from "..";
import { expireTags } from "../cache-store.mjs";
import { now as clockNow } from "../clock.mjs";
import { queueIssueStatements } from "./newsletter-queue";

type Statement = BatchItem<"sqlite">;

/**
 * The one way a write that changes what the site shows of a review goes in, whoever makes it
 * (the dashboard, the editor, a restored version, `npm run reviews:import`): its statements in one
 * batch, then its cache tags (cache/tags.ts `writes`) marked invalidated in the database, which
 * every instance's cache reads (cache/handler.mjs), so each shows the change at its next request.
 * A scheduled review's time coming writes nothing: the cache sees it from the reviews themselves.
 * The mark is made after the commit, on the process's clock as the cache's are, so that no page
 * rendered before the write counts as newer than it. A write done but not marked is only logged.
 * A review the batch puts live has its newsletter queued in the same batch (newsletter-queue.ts).
 */
export async function publishWrite(statements: [Statement, ...Statement[]], tags: string[]) {
  const db = getDb();
  await db.batch([...statements, ...queueIssueStatements(db, clockNow())]);
  if (tags.length === 0) return;
  // Drizzle keeps its client (db/client.ts's, which queues writes) as $client.
  const { $client } = db as typeof db & { $client: Client };
  await expireTags($client, tags, Date.now()).catch((error) => {
    log.error("cache.invalidation_unshared", { tags, err: error });
  });
}

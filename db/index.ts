import "server-only";
import { env } from "@/lib/env";
import { onClose } from "@/lib/shutdown.mjs";
import { connect, type Database } from "./client";

const globalForDb = globalThis as unknown as { esDb?: Database };

/**
 * One client per server process; dev-mode reloads reuse it instead of opening another. With
 * DATABASE_SYNC_URL, DATABASE_URL is this instance's replica of that primary.
 */
export function getDb(): Database {
  const sync = env.DATABASE_SYNC_URL
    ? { url: env.DATABASE_SYNC_URL, interval: env.DATABASE_SYNC_INTERVAL }
    : undefined;
  if (!globalForDb.esDb) {
    const { client, db } = connect(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN, sync);
    onClose(() => client.close());
    globalForDb.esDb = db;
  }
  return globalForDb.esDb;
}

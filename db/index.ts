import "server-only";
import { env } from "@/lib/env";
import { connect, type Database } from "./client";

const globalForDb = globalThis as unknown as { esDb?: Database };

/** One client per server process; dev-mode reloads reuse it instead of opening another. */
export function getDb(): Database {
  globalForDb.esDb ??= connect(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN).db;
  return globalForDb.esDb;
}

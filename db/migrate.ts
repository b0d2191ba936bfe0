import { migrate } from "drizzle-orm/libsql/migrator";
import { env } from "@/lib/env";
import { log } from "@/lib/logger.mjs";
import { connect } from "./client";

export const migrationsFolder = new URL("./migrations", import.meta.url).pathname;

/**
 * Where migrations, the seed and other set-up writes go: the primary when this instance runs on
 * a replica of it (DATABASE_SYNC_URL), which then receives them by syncing; else DATABASE_URL.
 */
export const PRIMARY_URL = env.DATABASE_SYNC_URL ?? env.DATABASE_URL;

export async function runMigrations(url = PRIMARY_URL, authToken = env.DATABASE_AUTH_TOKEN) {
  const { client, db } = connect(url, authToken);
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runMigrations();
  log.info("db.migrated");
}

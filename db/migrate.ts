import { migrate } from "drizzle-orm/libsql/migrator";
import { env } from "@/lib/env";
import { log } from "@/lib/logger.mjs";
import { connect } from "./client";

export const migrationsFolder = new URL("./migrations", import.meta.url).pathname;

export async function runMigrations(url = env.DATABASE_URL, authToken = env.DATABASE_AUTH_TOKEN) {
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

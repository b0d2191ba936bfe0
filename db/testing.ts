import { env } from "@/lib/env";
import { connect } from "./client";
import { now as clockNow } from "./clock.mjs";
import { runMigrations } from "./migrate";
import { seedDatabase } from "./seed";

/** The test file's own database (see lib/testing/database-url.ts), migrated and optionally seeded. */
export async function openTestDatabase({ seed = true, now = clockNow() } = {}) {
  await runMigrations();
  const connection = connect(env.DATABASE_URL);
  if (seed) await seedDatabase(connection.db, now);
  return connection;
}

import { count } from "drizzle-orm";
import { adminPasswordProblem } from "@/lib/auth/admin-password";
import { env } from "@/lib/env";
import { log, mistake } from "@/lib/logger.mjs";
import { upsertAdmin } from "./accounts";
import { connect } from "./client";
import { PRIMARY_URL, runMigrations } from "./migrate";
import { reviews } from "./schema";
import { seedDatabase } from "./seed";

/**
 * Run before the server starts: apply migrations, then seed a database that has no reviews yet.
 * On a replica all of it happens on the primary, once; the server's replica syncs when it opens.
 */
async function prepare() {
  await runMigrations();
  const { client, db } = connect(PRIMARY_URL, env.DATABASE_AUTH_TOKEN);
  try {
    const [row] = await db.select({ n: count() }).from(reviews);
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      await upsertAdmin(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
      log.info("db.admin_ready", { email: env.ADMIN_EMAIL });
    }
    if ((row?.n ?? 0) === 0) {
      const summary = await seedDatabase(db);
      log.info("db.seeded", { summary });
    } else {
      log.info("db.ready", { reviews: row?.n ?? 0 });
    }
  } finally {
    client.close();
  }
}

// A weak ADMIN_PASSWORD stops the start before anything is applied, rather than go live.
const weakAdmin =
  env.ADMIN_EMAIL && env.ADMIN_PASSWORD
    ? adminPasswordProblem(env.ADMIN_PASSWORD, { email: env.ADMIN_EMAIL })
    : null;
if (weakAdmin) {
  console.error(`ADMIN_PASSWORD is refused for ${env.ADMIN_EMAIL}: ${weakAdmin}`);
  process.exit(1);
}

try {
  await prepare();
} catch (error) {
  log.error("db.prepare_failed", { url: PRIMARY_URL, ...mistake(error) });
  process.exit(1);
}

import { parseArgs } from "node:util";
import { z } from "zod";
import { env } from "@/lib/env";
import { upsertAdmin } from "./accounts";
import { connect } from "./client";
import { runMigrations } from "./migrate";

const USAGE =
  "Usage: npm run user:admin -- --email you@example.com --password 'at least 12 characters' [--name 'Your Name']";

const argsSchema = z.object({
  email: z.email("--email must be an email address"),
  password: z.string().min(12, "--password must be at least 12 characters"),
  name: z.string().trim().min(1).max(80).optional(),
});

try {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join("\n"));
    console.error(USAGE);
    process.exit(2);
  }
  await runMigrations();
  const { client, db } = connect(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await upsertAdmin(db, parsed.data);
  client.close();
  console.log(`${parsed.data.email} is an admin and can sign in with that password.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(2);
}

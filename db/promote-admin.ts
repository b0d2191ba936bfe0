import { z } from "zod";
import { nameSchema } from "@/lib/auth/account-rules";
import { adminPasswordProblem } from "@/lib/auth/admin-password";
import { ADMIN_MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";
import { commandLine } from "@/lib/command-line";
import { env } from "@/lib/env";
import { upsertAdmin } from "./accounts";
import { connect } from "./client";
import { PRIMARY_URL, runMigrations } from "./migrate";

const USAGE = `Usage: npm run user:admin -- --email you@example.com --password 'at least ${ADMIN_MIN_PASSWORD_LENGTH} characters, hard to guess' [--name 'Your Name']`;

// The password follows sign-up's rules and an admin's stricter ones (lib/auth/admin-password.ts).
const argsSchema = z
  .object({
    email: z.email("--email must be an email address"),
    password: z.string("--password is missing"),
    name: nameSchema.optional(),
  })
  .superRefine(({ email, password, name }, context) => {
    const problem = adminPasswordProblem(password, { email, name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });

const { values } = commandLine(
  {
    options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } },
  },
  USAGE,
  2,
);
try {
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join("\n"));
    console.error(USAGE);
    process.exit(2);
  }
  await runMigrations();
  const { client, db } = connect(PRIMARY_URL, env.DATABASE_AUTH_TOKEN);
  await upsertAdmin(db, parsed.data);
  client.close();
  console.log(`${parsed.data.email} is an admin and can sign in with that password.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(2);
}

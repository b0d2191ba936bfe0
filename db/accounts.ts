import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "./client";
import { now } from "./clock.mjs";
import { users } from "./schema";

/** Local-only demo accounts, created by the seed unless APP_ENV=production. */
export const DEMO_ACCOUNTS = [
  {
    name: "Demo Editor",
    handle: "demo_editor",
    email: "admin@exploring-soundtracks.test",
    password: "demo-admin-password",
    role: "admin",
  },
  {
    name: "Demo Reader",
    handle: "demo_reader",
    email: "reader@exploring-soundtracks.test",
    password: "demo-reader-password",
    role: "reader",
  },
] as const;

/** The demo accounts, their addresses confirmed as of `now` (the seed's own). */
export async function demoAccountRows(now: Date) {
  return Promise.all(
    DEMO_ACCOUNTS.map(async ({ password, ...account }) => ({
      ...account,
      passwordHash: await hashPassword(password),
      emailVerified: now,
    })),
  );
}

/** Creates the admin, or makes an existing account with that email an admin with this password. */
export async function upsertAdmin(
  db: Database,
  input: { email: string; password: string; name?: string },
) {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const handle = `admin_${email
    .split("@")[0]!
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 20)}`;
  const at = now();
  await db
    .insert(users)
    .values({
      email,
      passwordHash,
      role: "admin",
      name: input.name ?? "Editor",
      handle,
      emailVerified: at,
      createdAt: at,
    })
    .onConflictDoUpdate({
      target: users.email,
      set: {
        role: "admin",
        passwordHash,
        bannedAt: null,
        handle: sql`coalesce(${users.handle}, ${handle})`,
        emailVerified: sql`coalesce(${users.emailVerified}, ${at.getTime()})`,
      },
    });
}

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, upsertAdmin } from "./accounts";
import { users } from "./schema";
import { openTestDatabase } from "./testing";

const { db } = await openTestDatabase();

async function byEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

describe("accounts", () => {
  it("seeds the local demo admin and reader with the README's passwords", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const row = await byEmail(account.email);
      expect(row?.role).toBe(account.role);
      expect(await verifyPassword(account.password, row!.passwordHash!)).toBe(true);
    }
  });

  it("creates the first admin, and makes an existing reader an admin with the new password", async () => {
    await upsertAdmin(db, { email: "Boss@Example.com", password: "first password 1" });
    const created = await byEmail("boss@example.com");
    expect(created?.role).toBe("admin");
    expect(created?.handle).toBe("admin_boss");

    await db.insert(users).values({
      email: "reader@example.com",
      handle: "plain_reader",
      role: "reader",
      bannedAt: new Date(),
    });
    await upsertAdmin(db, { email: "reader@example.com", password: "second password 2" });
    const promoted = await byEmail("reader@example.com");
    expect(promoted?.role).toBe("admin");
    expect(promoted?.handle).toBe("plain_reader");
    expect(promoted?.bannedAt).toBeNull();
    expect(await verifyPassword("second password 2", promoted!.passwordHash!)).toBe(true);
  });
});

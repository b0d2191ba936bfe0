import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setClockOffset } from "@/lib/testing/clock-file";
import { openTestDatabase } from "./testing";
import { auditLog, sessions, siteSettings, users } from "./schema";

// The site's clock (db/clock.mjs) reads this file at every call; set before any module reads it.
const clockFile = vi.hoisted(() => {
  const file = `${process.env.DATABASE_URL!.replace(/^file:/, "")}.clock.json`;
  process.env.APP_CLOCK_FILE = file;
  return file;
});

const DAY = 86_400_000;
const { db } = await openTestDatabase({ seed: false });
const { SESSION_MAX_AGE_SECONDS, startSession } = await import("./queries/sessions");
const { saveRequireVerifiedEmail } = await import("./queries/settings");
const { createReader } = await import("./queries/users");

/** How many whole days ahead of the machine's clock a stored time is. */
const daysAhead = (at: Date) => Math.round((at.getTime() - Date.now()) / DAY);

describe("a time a write stores", () => {
  it("follows the site's clock when it moves", async () => {
    setClockOffset(clockFile, 40 * DAY);
    const created = await createReader({
      name: "Clock",
      email: "clock@example.test",
      handle: "clock",
      passwordHash: "not-a-hash",
    });
    const [user] = await db.select().from(users).where(eq(users.id, created!.id));
    expect(daysAhead(user!.createdAt)).toBe(40);

    setClockOffset(clockFile, 50 * DAY);
    await saveRequireVerifiedEmail(true, user!.id);
    const [settings] = await db.select().from(siteSettings);
    expect(daysAhead(settings!.updatedAt)).toBe(50);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.actorId, user!.id));
    expect(daysAhead(entry!.createdAt)).toBe(50);

    setClockOffset(clockFile, 60 * DAY);
    const token = await startSession(user!.id);
    const [session] = await db.select().from(sessions).where(eq(sessions.sessionToken, token));
    expect(daysAhead(session!.expires)).toBe(60 + (SESSION_MAX_AGE_SECONDS * 1000) / DAY);
  });
});

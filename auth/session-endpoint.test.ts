import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { SESSION_COOKIE_NAME, sessionToken } from "@/lib/testing/session-token";

const { db } = await openTestDatabase({ seed: false });
const { GET } = await import("@/app/api/auth/[...nextauth]/route");
const { endSession } = await import("@/db/queries/sessions");

const [reader] = await db
  .insert(users)
  .values({ name: "Sid", handle: "sid_session", email: "sid@example.com", role: "reader" })
  .returning();

/** Auth.js's own session endpoint, asked with this session cookie, as a browser would. */
async function askSession(token: string) {
  const response = await GET(
    new NextRequest("http://localhost:3000/api/auth/session", {
      headers: { cookie: `${SESSION_COOKIE_NAME}=${token}` },
    }),
  );
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE_NAME}=`));
  return { status: response.status, body: await response.json(), cookie };
}

/** Whether a Set-Cookie header empties the cookie and ends it now. */
const clears = (cookie: string | undefined) =>
  cookie !== undefined &&
  cookie.startsWith(`${SESSION_COOKIE_NAME}=;`) &&
  /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(cookie);

describe("Auth.js's /api/auth/session", () => {
  it("names the reader while the session lasts, and nobody once it has ended", async () => {
    const { token, sid } = await sessionToken(db, reader!.id);
    const live = await askSession(token);
    expect(live.status).toBe(200);
    expect(live.body.user).toMatchObject({ id: reader!.id, name: "Sid", role: "reader" });
    expect(live.cookie && !clears(live.cookie)).toBe(true);

    // Signed out in another browser (or everywhere): the same cookie is nobody's here too.
    await endSession(sid);
    const ended = await askSession(token);
    expect(ended.status).toBe(200);
    expect(ended.body).toBeNull();
    expect(clears(ended.cookie)).toBe(true);
  });

  it("tells the account as it is now, and nothing about one banned or deleted", async () => {
    const { token } = await sessionToken(db, reader!.id);
    await db.update(users).set({ name: "Sid Renamed" }).where(eq(users.id, reader!.id));
    expect((await askSession(token)).body.user.name).toBe("Sid Renamed");

    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, reader!.id));
    const banned = await askSession(token);
    expect(banned.body).toBeNull();
    expect(clears(banned.cookie)).toBe(true);

    const { token: other } = await sessionToken(db, reader!.id);
    await db.delete(users).where(eq(users.id, reader!.id));
    const deleted = await askSession(other);
    expect(deleted.body).toBeNull();
    expect(clears(deleted.cookie)).toBe(true);
  });
});

import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase } from "../testing";
import { authTokens, sessions, siteSettings, users } from "../schema";

const clock = vi.hoisted(() => ({ at: new Date("2026-11-25T12:00:00Z") }));
vi.mock("../clock.mjs", () => ({ now: () => clock.at, nowMs: () => clock.at.getTime() }));

const { db } = await openTestDatabase({ seed: false });
const tokens = await import("./auth-tokens");
const { changeEmail, changePassword } = await import("./account");

const MINUTE = 60_000;
const later = (ms: number) => (clock.at = new Date(clock.at.getTime() + ms));

let n = 0;
async function account(values: Partial<typeof users.$inferInsert> = {}) {
  n += 1;
  const [row] = await db
    .insert(users)
    .values({ name: `Tess ${n}`, handle: `tess_${n}`, email: `tess${n}@example.test`, ...values })
    .returning();
  return row!;
}

const passwordOf = async (id: string) =>
  (await db.select().from(users).where(eq(users.id, id)))[0]!.passwordHash;

beforeEach(() => {
  clock.at = new Date("2026-11-25T12:00:00Z");
});

describe("reset links", () => {
  it("keep only the token's SHA-256, expiring an hour later on the site's clock", async () => {
    const tess = await account();
    const issued = await tokens.issueTokenForEmail(tess.email!.toUpperCase(), "reset-password");
    expect(issued).toMatchObject({ userId: tess.id, email: tess.email, name: tess.name });
    const rows = await db.select().from(authTokens).where(eq(authTokens.userId, tess.id));
    expect(rows).toEqual([
      {
        tokenHash: createHash("sha256").update(issued!.token).digest("hex"),
        userId: tess.id,
        purpose: "reset-password",
        email: tess.email,
        createdAt: clock.at,
        expiresAt: new Date(clock.at.getTime() + 60 * MINUTE),
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(issued!.token);
  });

  it("end every session of the account with the password change, and only when the link works", async () => {
    const tess = await account({ passwordHash: "old" });
    const sessionsOf = async () =>
      (await db.select().from(sessions).where(eq(sessions.userId, tess.id))).length;
    const expires = new Date(clock.at.getTime() + 60 * MINUTE);
    await db.insert(sessions).values([
      { sessionToken: `phone-${tess.id}`, userId: tess.id, expires },
      { sessionToken: `laptop-${tess.id}`, userId: tess.id, expires },
    ]);
    expect(await tokens.resetPasswordWithToken("made-up-token", "new")).toBeNull();
    expect(await sessionsOf()).toBe(2);
    const { token } = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    expect(await tokens.resetPasswordWithToken(token, "new")).toBe(tess.id);
    expect(await sessionsOf()).toBe(0);
  });

  it("work once: the password changes, and the same link then changes nothing", async () => {
    const tess = await account({ passwordHash: "old" });
    const { token } = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    expect(await tokens.isTokenUsable(token, "reset-password")).toBe(true);
    expect(await tokens.resetPasswordWithToken(token, "new")).toBe(tess.id);
    expect(await passwordOf(tess.id)).toBe("new");
    expect(await tokens.isTokenUsable(token, "reset-password")).toBe(false);
    expect(await tokens.resetPasswordWithToken(token, "newer")).toBeNull();
    expect(await passwordOf(tess.id)).toBe("new");
  });

  it("let only one of two requests sent at once with the same link through", async () => {
    const tess = await account({ passwordHash: "old" });
    const { token } = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    const results = await Promise.all([
      tokens.resetPasswordWithToken(token, "first"),
      tokens.resetPasswordWithToken(token, "second"),
    ]);
    expect(results.filter(Boolean)).toEqual([tess.id]);
    expect(["first", "second"]).toContain(await passwordOf(tess.id));
  });

  it("stop working an hour after they were sent", async () => {
    const tess = await account({ passwordHash: "old" });
    const { token } = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    later(60 * MINUTE - 1);
    expect(await tokens.isTokenUsable(token, "reset-password")).toBe(true);
    later(1);
    expect(await tokens.isTokenUsable(token, "reset-password")).toBe(false);
    expect(await tokens.resetPasswordWithToken(token, "new")).toBeNull();
    expect(await passwordOf(tess.id)).toBe("old");
  });

  it("open nothing when unknown, or meant for confirming an address", async () => {
    const tess = await account({ passwordHash: "old" });
    const { token } = (await tokens.issueTokenForUser(tess.id, "verify-email"))!;
    expect(await tokens.resetPasswordWithToken(token, "new")).toBeNull();
    expect(await tokens.resetPasswordWithToken("made-up-token", "new")).toBeNull();
    expect(await passwordOf(tess.id)).toBe("old");
  });

  it("end with the reset: the account's other reset links stop working too", async () => {
    const tess = await account();
    const first = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    later(2 * MINUTE);
    const second = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    expect(await tokens.resetPasswordWithToken(second.token, "new")).toBe(tess.id);
    expect(await tokens.isTokenUsable(first.token, "reset-password")).toBe(false);
  });

  it("confirm the address they reached, and finish a sign-up still pending", async () => {
    const tess = await account({ passwordHash: "old", signUpPending: true });
    const { token } = (await tokens.issueTokenForEmail(tess.email!, "reset-password"))!;
    expect(await tokens.resetPasswordWithToken(token, "new")).toBe(tess.id);
    const [row] = await db.select().from(users).where(eq(users.id, tess.id));
    expect(row).toMatchObject({ signUpPending: false, emailVerified: clock.at });
  });

  it("are not sent for unknown or banned addresses", async () => {
    const banned = await account({ bannedAt: new Date() });
    expect(await tokens.issueTokenForEmail("nobody@example.test", "reset-password")).toBeNull();
    expect(await tokens.issueTokenForEmail(banned.email!, "reset-password")).toBeNull();
  });

  it("are sent at most once a minute and three times an hour, quietly", async () => {
    const tess = await account();
    const ask = () => tokens.issueTokenForEmail(tess.email!, "reset-password");
    expect(await ask()).not.toBeNull();
    later(30_000);
    expect(await ask()).toBeNull();
    later(31_000);
    expect(await ask()).not.toBeNull();
    later(2 * MINUTE);
    expect(await ask()).not.toBeNull();
    later(2 * MINUTE);
    expect(await ask()).toBeNull();
    later(60 * MINUTE);
    expect(await ask()).not.toBeNull();
  });
});

describe("confirmation links", () => {
  it("confirm the address once, within a day, and are not sent to a confirmed one", async () => {
    const tess = await account();
    const { token } = (await tokens.issueTokenForUser(tess.id, "verify-email"))!;
    later(24 * 60 * MINUTE - 1);
    expect(await tokens.verifyEmailWithToken(token)).toBe(tess.id);
    expect(await tokens.isEmailVerified(tess.id)).toBe(true);
    expect(await tokens.verifyEmailWithToken(token)).toBeNull();
    later(2 * MINUTE);
    expect(await tokens.issueTokenForUser(tess.id, "verify-email")).toBeNull();
  });

  it("stop working after a day", async () => {
    const tess = await account();
    const { token } = (await tokens.issueTokenForUser(tess.id, "verify-email"))!;
    later(24 * 60 * MINUTE);
    expect(await tokens.verifyEmailWithToken(token)).toBeNull();
    expect(await tokens.isEmailVerified(tess.id)).toBe(false);
  });
});

describe("links mailed to an address", () => {
  /** An account with a password and both kinds of link mailed to its address. */
  async function mailedBoth() {
    const tess = await account({ passwordHash: "old" });
    const confirm = (await tokens.issueTokenForUser(tess.id, "verify-email"))!.token;
    const reset = (await tokens.issueTokenForUser(tess.id, "reset-password"))!.token;
    return { tess, confirm, reset };
  }

  /** Neither link opens anything: the address stays unconfirmed, the password as it was. */
  async function expectDead({ tess, confirm, reset }: Awaited<ReturnType<typeof mailedBoth>>) {
    expect(await tokens.isTokenUsable(confirm, "verify-email")).toBe(false);
    expect(await tokens.verifyEmailWithToken(confirm)).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, tess.id));
    expect(row!.emailVerified).toBeNull();
    const password = row!.passwordHash;
    expect(await tokens.resetPasswordWithToken(reset, "new")).toBeNull();
    expect(await passwordOf(tess.id)).toBe(password);
  }

  it("to the old address, after an email change, neither confirm the new one nor reset", async () => {
    const links = await mailedBoth();
    const moved = `moved-${links.tess.handle}@example.test`;
    expect(await changeEmail(links.tess.id, moved)).toBe("done");
    await expectDead(links);
  });

  it("end with the email change itself: moving away and back does not bring them back", async () => {
    const links = await mailedBoth();
    await changeEmail(links.tess.id, `away-${links.tess.handle}@example.test`);
    await changeEmail(links.tess.id, links.tess.email!);
    await expectDead(links);
  });

  it("work only while the account has the address they were mailed to, however it moved", async () => {
    const links = await mailedBoth();
    // Not through changeEmail: a write elsewhere that forgot to end the links.
    await db
      .update(users)
      .set({ email: `moved-${links.tess.handle}@example.test` })
      .where(eq(users.id, links.tess.id));
    await expectDead(links);
  });

  it("end with a password change", async () => {
    const links = await mailedBoth();
    await changePassword(links.tess.id, "changed", "no-session");
    await expectDead(links);
  });

  it("end with a reset, whatever their kind", async () => {
    const tess = await account({ passwordHash: "old" });
    const confirm = (await tokens.issueTokenForUser(tess.id, "verify-email"))!;
    const first = (await tokens.issueTokenForUser(tess.id, "reset-password"))!;
    later(2 * MINUTE);
    const second = (await tokens.issueTokenForUser(tess.id, "reset-password"))!;
    expect(await tokens.resetPasswordWithToken(second.token, "new")).toBe(tess.id);
    expect(await tokens.resetPasswordWithToken(first.token, "newer")).toBeNull();
    expect(await tokens.isTokenUsable(confirm.token, "verify-email")).toBe(false);
    expect(await passwordOf(tess.id)).toBe("new");
  });

  it("still count toward the mail limit once ended: changing the email again mails no more", async () => {
    const tess = await account();
    expect(await tokens.issueTokenForUser(tess.id, "verify-email")).not.toBeNull();
    await changeEmail(tess.id, `again-${tess.handle}@example.test`);
    expect(await tokens.issueTokenForUser(tess.id, "verify-email")).toBeNull();
    later(2 * MINUTE);
    expect(await tokens.issueTokenForUser(tess.id, "verify-email")).toMatchObject({
      email: `again-${tess.handle}@example.test`,
    });
  });
});

describe("mustVerifyEmail", () => {
  it("asks only unconfirmed readers, and only once the setting is on", async () => {
    const unconfirmed = await account();
    const confirmed = await account({ emailVerified: new Date() });
    expect(await tokens.mustVerifyEmail(unconfirmed.id)).toBe(false);
    await db.insert(siteSettings).values({
      id: 1,
      slotWeekday: 2,
      slotTime: "09:00",
      slotTimeZone: "Europe/London",
      requireVerifiedEmail: true,
    });
    expect(await tokens.mustVerifyEmail(unconfirmed.id)).toBe(true);
    expect(await tokens.mustVerifyEmail(confirmed.id)).toBe(false);
    await db.delete(siteSettings);
  });
});

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { comments, reviews, sessions, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { NAME_RULES } from "@/lib/auth/display-name";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { SETTINGS_MESSAGES } from "@/lib/auth/settings-messages";
import { CURRENT_PASSWORD_PER_ACCOUNT } from "@/lib/auth/sign-in-policy";
import { READER_NEWSLETTER } from "@/lib/newsletter";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Viewer } from "@/lib/viewer";

const { caller, revalidateTag, signOut, sendAfterResponse } = vi.hoisted(() => ({
  caller: { viewer: null as Viewer | null, sessionId: "" },
  revalidateTag: vi.fn(),
  signOut: vi.fn(),
  sendAfterResponse: vi.fn(),
}));
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => null,
  getViewerSession: async () =>
    caller.viewer ? { viewer: caller.viewer, sessionId: caller.sessionId } : null,
}));
vi.mock("@/auth/config", () => ({ signOut }));
vi.mock("next/cache", () => ({ revalidateTag }));
// Mail goes after the answer, which needs a request; here it is only recorded.
vi.mock("@/auth/mail", () => ({
  sendAfterResponse,
  mailOrigin: async () => "http://127.0.0.1:3000",
}));

const { db } = await openTestDatabase();
const settings = await import("./actions");
const { GET: download } = await import("./data/route");
const { startSession } = await import("@/db/queries/sessions");
const { getReaderSubscription, subscribeReader } =
  await import("@/db/queries/newsletter-subscribers");

const PASSWORD = "the current password";
const passwordHash = await hashPassword(PASSWORD);
await viewerAccount(db, "marta_editor", { role: "admin", name: "Marta Vance" });
const [review] = await db
  .select()
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

let n = 0;
/** A reader with a password, signed in on two browsers: this one (the caller) and another. */
async function signedInReader() {
  const reader = await viewerAccount(db, `settings_${++n}`);
  await db.update(users).set({ passwordHash }).where(eq(users.id, reader.id));
  caller.viewer = reader;
  caller.sessionId = await startSession(reader.id);
  const elsewhere = await startSession(reader.id);
  return { reader, elsewhere };
}
const account = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];
const sessionsOf = async (id: string) =>
  (await db.select().from(sessions).where(eq(sessions.userId, id))).map((s) => s.sessionToken);

beforeEach(() => {
  caller.viewer = null;
  revalidateTag.mockClear();
  signOut.mockClear();
});

describe("the name", () => {
  it("is saved in NFC, and the discussions that show it are refreshed", async () => {
    const { reader } = await signedInReader();
    await db
      .insert(comments)
      .values({ reviewId: review!.id, authorId: reader.id, body: "Hi", createdAt: new Date() });
    const state = await settings.changeName(IDLE, formOf({ name: "  Jose\u0301  Li " }));
    expect(state).toMatchObject({ status: "ok", values: { name: "José Li" } });
    expect((await account(reader.id))?.name).toBe("Jos\u00e9 Li");
    expect(revalidateTag.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining([`profile:${reader.id}`, `comments:${review!.id}`]),
    );
  });

  it("never lets a NUL byte, an override or an editor's lookalike reach the database", async () => {
    const { reader } = await signedInReader();
    for (const [name, message] of [
      ["Bad\u0000Name", NAME_RULES.control],
      ["\u202eemaN", NAME_RULES.bidi],
      ["Ma\u200brta", NAME_RULES.invisible],
      ["MARTA  VANCE", NAME_RULES.imitation],
      ["Мarta Vаnce", NAME_RULES.imitation],
    ] as const) {
      const state = await settings.changeName(IDLE, formOf({ name }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { name: [message] } });
      expect(state.values?.name).toBe(name);
    }
    expect((await account(reader.id))?.name).toBe(reader.name);
  });

  it("lets an editor keep their own name", async () => {
    const [editor] = await db.select().from(users).where(eq(users.handle, "marta_editor"));
    caller.viewer = { id: editor!.id, name: "Marta Vance", handle: "marta_editor", role: "admin" };
    const state = await settings.changeName(IDLE, formOf({ name: "Marta  Vance" }));
    expect(state.status).toBe("ok");
  });
});

describe("the email", () => {
  it("needs the current password, and keeps what was typed when it is wrong", async () => {
    const { reader } = await signedInReader();
    const wrong = await settings.changeEmailAddress(
      IDLE,
      formOf({ email: "new@example.com", emailPassword: "not it" }),
    );
    expect(wrong).toMatchObject({
      status: "error",
      fieldErrors: { emailPassword: [SETTINGS_MESSAGES.wrongPassword] },
      values: { email: "new@example.com" },
    });
    expect(wrong.values).not.toHaveProperty("emailPassword");
    expect((await account(reader.id))?.email).toBe(reader.handle + "@example.test");

    const right = await settings.changeEmailAddress(
      IDLE,
      formOf({ email: "New@Example.com", emailPassword: PASSWORD }),
    );
    expect(right.status).toBe("ok");
    expect(right.message).toContain("confirm");
    expect(await account(reader.id)).toMatchObject({
      email: "new@example.com",
      emailVerified: null,
    });
    // The new address gets a link to confirm it.
    expect(sendAfterResponse).toHaveBeenLastCalledWith(
      expect.objectContaining({
        to: "new@example.com",
        text: expect.stringMatching(/\/verify-email\/[\w-]+/),
      }),
    );
  });

  it("says when the mail limit sent no link, instead of claiming one went", async () => {
    const { reader } = await signedInReader();
    const change = (email: string) =>
      settings.changeEmailAddress(IDLE, formOf({ email, emailPassword: PASSWORD }));
    sendAfterResponse.mockClear();
    const first = await change(`first-${reader.handle}@example.com`);
    expect(first.message).toBe(
      `Your email is now first-${reader.handle}@example.com. ${SETTINGS_MESSAGES.linkSent}`,
    );
    expect(sendAfterResponse).toHaveBeenCalledTimes(1);
    // A minute has not passed: the mail limit holds the next link back, and the answer says so.
    const second = await change(`second-${reader.handle}@example.com`);
    expect(second).toMatchObject({
      status: "ok",
      message: `Your email is now second-${reader.handle}@example.com. ${SETTINGS_MESSAGES.linkHeld}`,
    });
    expect(sendAfterResponse).toHaveBeenCalledTimes(1);
  });

  it("tells a subscribed reader the newsletter stops at the old address", async () => {
    const { reader } = await signedInReader();
    const old = `${reader.handle}@example.test`;
    await subscribeReader(reader.id, old);
    const state = await settings.changeEmailAddress(
      IDLE,
      formOf({ email: `moved-${reader.handle}@example.com`, emailPassword: PASSWORD }),
    );
    expect(state.message).toContain(READER_NEWSLETTER.addressChanged);
    expect(await getReaderSubscription(reader.id)).toBeNull();
  });
});

describe("guessing the current password", () => {
  it("stops changes for a while after five wrong guesses, even with the right one", async () => {
    const { reader } = await signedInReader();
    const attempt = (password: string) =>
      settings.changeEmailAddress(
        IDLE,
        formOf({ email: "guess@example.com", emailPassword: password }),
      );
    for (let i = 0; i < CURRENT_PASSWORD_PER_ACCOUNT.maxHits; i++) {
      expect((await attempt(`guess ${i}`)).fieldErrors).toEqual({
        emailPassword: [SETTINGS_MESSAGES.wrongPassword],
      });
    }
    const locked = await attempt(PASSWORD);
    expect(locked.fieldErrors?.emailPassword?.[0]).toMatch(
      /^Too many failed attempts\. Try again in 15 minutes\.$/,
    );
    expect((await account(reader.id))?.email).toBe(reader.handle + "@example.test");
  });
});

describe("the password", () => {
  it("needs the current one, and a change signs every other browser out", async () => {
    const { reader, elsewhere } = await signedInReader();
    const wrong = await settings.changeAccountPassword(
      IDLE,
      formOf({ currentPassword: "wrong", newPassword: "a brand new password" }),
    );
    expect(wrong.fieldErrors?.currentPassword).toEqual([SETTINGS_MESSAGES.wrongPassword]);
    expect((await sessionsOf(reader.id)).sort()).toEqual([caller.sessionId, elsewhere].sort());

    const short = await settings.changeAccountPassword(
      IDLE,
      formOf({ currentPassword: PASSWORD, newPassword: "short" }),
    );
    expect(short.fieldErrors?.newPassword).toEqual(["Use at least 10 characters."]);

    const right = await settings.changeAccountPassword(
      IDLE,
      formOf({ currentPassword: PASSWORD, newPassword: "a brand new password" }),
    );
    expect(right).toMatchObject({ status: "ok", message: SETTINGS_MESSAGES.passwordChanged });
    expect(await sessionsOf(reader.id)).toEqual([caller.sessionId]);
    const hash = (await account(reader.id))!.passwordHash!;
    expect(await verifyPassword("a brand new password", hash)).toBe(true);
  });
});

describe("signing out everywhere", () => {
  it("ends every session, this browser's too", async () => {
    const { reader } = await signedInReader();
    const state = await settings.signOutEverywhere(IDLE, formOf({}));
    expect(state).toMatchObject({ status: "ok", message: SETTINGS_MESSAGES.signedOutEverywhere });
    expect(await sessionsOf(reader.id)).toEqual([]);
    expect(signOut).toHaveBeenCalledWith({ redirect: false });
  });
});

describe("deleting the account", () => {
  it("is refused with a wrong password, and done with the right one", async () => {
    const { reader } = await signedInReader();
    const wrong = await settings.deleteOwnAccount(IDLE, formOf({ deletePassword: "nope" }));
    expect(wrong.fieldErrors?.deletePassword).toEqual([SETTINGS_MESSAGES.wrongPassword]);
    expect(await account(reader.id)).toBeDefined();
    const right = await settings.deleteOwnAccount(IDLE, formOf({ deletePassword: PASSWORD }));
    expect(right).toMatchObject({ status: "ok", message: SETTINGS_MESSAGES.deleted });
    expect(await account(reader.id)).toBeUndefined();
    expect(signOut).toHaveBeenCalledWith({ redirect: false });
    expect(revalidateTag.mock.calls.map((c) => c[0])).toContain(`profile:${reader.id}`);
  });

  it("is not how an editor's account goes", async () => {
    const editor = await viewerAccount(db, "editor_deleting", { role: "admin" });
    await db.update(users).set({ passwordHash }).where(eq(users.id, editor.id));
    caller.viewer = editor;
    const state = await settings.deleteOwnAccount(IDLE, formOf({ deletePassword: PASSWORD }));
    expect(state).toMatchObject({ status: "error", message: SETTINGS_MESSAGES.adminNotDeleted });
    expect(await account(editor.id)).toBeDefined();
  });
});

describe("a signed-out caller", () => {
  it("is refused by every settings action and by the download", async () => {
    const fields = {
      name: "Anyone",
      email: "x@example.com",
      emailPassword: PASSWORD,
      currentPassword: PASSWORD,
      newPassword: "a brand new password",
      deletePassword: PASSWORD,
    };
    for (const action of [
      settings.changeName,
      settings.changeEmailAddress,
      settings.changeAccountPassword,
      settings.signOutEverywhere,
      settings.deleteOwnAccount,
    ]) {
      expect(await action(IDLE, formOf(fields))).toMatchObject({
        status: "error",
        message: "Sign in first.",
      });
    }
    const response = await download();
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
  });
});

describe("downloading one's data", () => {
  it("is a JSON attachment of the reader's own", async () => {
    const { reader } = await signedInReader();
    const response = await download();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="exploring-soundtracks-${reader.handle}.json"`,
    );
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ profile: { handle: reader.handle } });
  });
});

import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authThrottles, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { type ActionState, IDLE } from "@/lib/action-state";
import {
  FINISH_SIGN_UP_PASSWORD,
  SIGNED_UP_SIGN_IN,
  signUpMailed,
  VERIFIED,
} from "@/lib/auth/mail-messages";
import { hashPassword } from "@/lib/auth/password";
import { SETTINGS_MESSAGES } from "@/lib/auth/settings-messages";
import {
  SIGN_UP_NOTICE_PER_ACCOUNT,
  SIGN_UP_PER_ADDRESS,
  signUpLimitMessage,
  signUpNoticeKey,
} from "@/lib/auth/sign-in-policy";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Mail } from "@/lib/mail/send";

const { request, signIn, sendAfterResponse } = vi.hoisted(() => ({
  request: { headers: new Headers() },
  signIn: vi.fn(),
  sendAfterResponse: vi.fn(),
}));
// The caller's address comes from the request's headers; each test speaks from its own.
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("@/auth/viewer", () => ({ getViewer: async () => null, getSuspension: async () => null }));
vi.mock("@/auth/config", () => ({ signIn }));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
// Mail goes after the answer, which needs a request; here it is only recorded.
vi.mock("@/auth/mail", () => ({
  sendAfterResponse,
  mailOrigin: async () => "http://127.0.0.1:3000",
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

const { db } = await openTestDatabase();
const { signUp } = await import("./actions");
const { confirmEmail } = await import("../verify-email/[token]/actions");
const { getUserCredentials } = await import("@/db/queries/users");

await viewerAccount(db, "marta_editor", { role: "admin", name: "Marta Vance" });
const PASSWORD = "a long enough password";

let n = 0;
const fromNewAddress = () => {
  request.headers = new Headers({ "x-forwarded-for": `198.51.100.${++n}` });
};
const newcomer = (label: string) => {
  const handle = `${label}_${++n}`;
  return { name: `New ${label}`, handle, email: `${handle}@example.com`, password: PASSWORD };
};
const ownersHash = await hashPassword("the owner's own password");
/** An account that signed up long ago: confirmed, with a password of its own. */
async function existing(label: string) {
  const handle = `${label}_${++n}`;
  const [row] = await db
    .insert(users)
    .values({
      name: `Old ${label}`,
      handle,
      email: `${handle}@example.com`,
      emailVerified: new Date(),
      passwordHash: ownersHash,
    })
    .returning();
  return row!;
}
const mails = () => sendAfterResponse.mock.calls.map(([mail]) => mail as Mail);
const accountByEmail = async (email: string) =>
  (await db.select().from(users).where(eq(users.email, email)))[0];
/** A state with the email it names taken out, to compare two answers about two emails. */
const shape = (state: ActionState, email: string) => ({
  ...state,
  message: state.message.replace(email, "<email>"),
  values: undefined,
});

beforeEach(() => {
  fromNewAddress();
  sendAfterResponse.mockClear();
  signIn.mockClear();
});

describe("signing up", () => {
  it("answers the same for a new email and one with an account, and mails each what fits", async () => {
    const fresh = newcomer("fresh");
    const owner = await existing("owner");
    const forNew = await signUp(IDLE, formOf(fresh));
    const forKnown = await signUp(IDLE, formOf({ ...newcomer("prober"), email: owner.email! }));

    expect(forNew).toMatchObject({ status: "ok", message: signUpMailed(fresh.email) });
    expect(shape(forKnown, owner.email!)).toEqual(shape(forNew, fresh.email));
    expect(forKnown.values).not.toHaveProperty("password");
    expect(signIn).not.toHaveBeenCalled();

    const [confirmation, notice] = mails();
    expect(confirmation).toMatchObject({
      to: fresh.email,
      text: expect.stringMatching(/\/verify-email\/[\w-]+/),
    });
    expect(notice!.to).toBe(owner.email);
    expect(notice!.subject).toMatch(/tried to sign up/);
    expect(notice!.text).toMatch(/\/sign-in\n/);
    expect(notice!.text).toMatch(/\/forgot-password\n/);
    expect(notice!.text).not.toMatch(/\/verify-email\/|\/reset-password\//);
    // The owner's account is as it was; no second account was made.
    expect(await accountByEmail(owner.email!)).toEqual(owner);
    expect(await db.$count(users, eq(users.name, "New prober"))).toBe(0);
  });

  it("leaves a new account's password useless until the mailed link is followed with it", async () => {
    const fresh = newcomer("pending");
    await signUp(IDLE, formOf({ ...fresh, callbackUrl: "/reviews/glasswater-meridian" }));
    expect(await accountByEmail(fresh.email)).toMatchObject({
      signUpPending: true,
      emailVerified: null,
    });
    // Signing in reads no password for it: a wrong one and this one answer alike.
    expect((await getUserCredentials(fresh.email))?.passwordHash).toBeNull();

    const link = mails()[0]!.text.match(/\/verify-email\/([\w-]+)\?callbackUrl=(\S+)/)!;
    expect(decodeURIComponent(link[2]!)).toBe("/reviews/glasswater-meridian");
    const finish = (fields: Record<string, string>) =>
      confirmEmail(IDLE, formOf({ token: link[1]!, callbackUrl: "/reviews/x", ...fields }));
    expect(await finish({})).toMatchObject({
      status: "error",
      fieldErrors: { password: [FINISH_SIGN_UP_PASSWORD] },
    });
    expect(await finish({ password: "not the one chosen" })).toMatchObject({
      status: "error",
      fieldErrors: { password: [SETTINGS_MESSAGES.wrongPassword] },
    });
    expect(await accountByEmail(fresh.email)).toMatchObject({ signUpPending: true });
    expect(signIn).not.toHaveBeenCalled();

    expect(await finish({ password: PASSWORD })).toMatchObject({
      status: "ok",
      message: SIGNED_UP_SIGN_IN,
    });
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: fresh.email,
      password: PASSWORD,
      redirectTo: "/reviews/x",
    });
    expect(await accountByEmail(fresh.email)).toMatchObject({
      signUpPending: false,
      emailVerified: expect.any(Date),
    });
    expect((await getUserCredentials(fresh.email))?.passwordHash).toMatch(/^scrypt\$/);
  });

  it("keeps the confirmation of a settled account to one press, without a password", async () => {
    const owner = await existing("settled");
    await db.update(users).set({ emailVerified: null }).where(eq(users.id, owner.id));
    const { issueTokenForUser } = await import("@/db/queries/auth-tokens");
    const { token } = (await issueTokenForUser(owner.id, "verify-email"))!;
    expect(await confirmEmail(IDLE, formOf({ token }))).toMatchObject({
      status: "ok",
      message: VERIFIED,
    });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("counts every attempt from an address: the eleventh in an hour is refused, whatever the emails", async () => {
    const owner = await existing("counted");
    // Two that hash a password and mail, and eight turned away before that: all count.
    const attempts = [
      newcomer("fresh"),
      { ...newcomer("known"), email: owner.email! },
      ...Array.from({ length: SIGN_UP_PER_ADDRESS.maxHits - 2 }, (_, i) =>
        i % 2
          ? { ...newcomer("taken"), handle: owner.handle! }
          : { ...newcomer("x"), name: "Marta Vance" },
      ),
    ];
    for (const attempt of attempts) {
      expect((await signUp(IDLE, formOf(attempt))).message).not.toMatch(/^Too many/);
    }
    const eleventh = newcomer("eleventh");
    const refused = await signUp(IDLE, formOf(eleventh));
    expect(refused).toMatchObject({
      status: "error",
      code: "rate-limited",
      message: signUpLimitMessage(new Date(Date.now() + 60 * 60 * 1000)),
      values: { handle: eleventh.handle, email: eleventh.email },
    });
    expect(await accountByEmail(eleventh.email)).toBeUndefined();

    // Another address is not held back.
    fromNewAddress();
    expect(await signUp(IDLE, formOf({ ...eleventh, handle: owner.handle! }))).toMatchObject({
      fieldErrors: { handle: ["That username is taken. Try another."] },
    });
  });

  it("tells the owner someone tried only so many times an hour, however many try", async () => {
    const owner = await existing("flooded");
    // All but one of this hour's notices have gone already.
    await db.insert(authThrottles).values({
      key: signUpNoticeKey(owner.id),
      hits: SIGN_UP_NOTICE_PER_ACCOUNT.maxHits - 1,
      windowStartedAt: new Date(),
    });
    for (let i = 0; i < 2; i++) {
      fromNewAddress();
      const state = await signUp(IDLE, formOf({ ...newcomer("flood"), email: owner.email! }));
      expect(state).toMatchObject({ status: "ok", message: signUpMailed(owner.email!) });
    }
    expect(mails().filter((m) => m.to === owner.email)).toHaveLength(1);
  });

  it("has the same name rules as the settings", async () => {
    for (const name of ["Nul\u0000Byte", "marta.vance"]) {
      const state = await signUp(IDLE, formOf({ ...newcomer("would_be"), name }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.name).toHaveLength(1);
    }
    expect(await db.$count(users, eq(users.name, "New would_be"))).toBe(0);
    expect(signIn).not.toHaveBeenCalled();
  });
});

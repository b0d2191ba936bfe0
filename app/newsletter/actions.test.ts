import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { newsletterSubscribers, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { type ActionState, IDLE, MALFORMED_REQUEST } from "@/lib/action-state";
import { formOf, viewerAccount } from "@/lib/testing/admin-actions";
import type { Mail } from "@/lib/mail/send";
import {
  DEAD_NEWSLETTER_LINK,
  NEWSLETTER_LIMITED,
  NEWSLETTER_PER_ADDRESS,
  NEWSLETTER_REQUESTED,
  READER_NEWSLETTER,
} from "@/lib/newsletter";
import type { Viewer } from "@/lib/viewer";

const { caller, request, sendAfterResponse } = vi.hoisted(() => ({
  caller: { viewer: null as Viewer | null },
  request: { headers: new Headers() },
  sendAfterResponse: vi.fn(),
}));
// The caller's network comes from the request's headers; each test speaks from its own.
vi.mock("next/headers", () => ({ headers: async () => request.headers }));
vi.mock("@/auth/viewer", () => ({
  getViewer: async () => caller.viewer,
  getSuspension: async () => null,
}));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));
// Mail goes after the answer, which needs a request; here it is only recorded.
vi.mock("@/auth/mail", () => ({
  sendAfterResponse,
  mailOrigin: async () => "http://127.0.0.1:3000",
}));

const { db } = await openTestDatabase({ seed: false });
const actions = await import("./actions");
const { newsletterToken } = await import("@/lib/newsletter-tokens");
const { markBounced } = await import("@/db/queries/newsletter-subscribers");
const { changeEmail } = await import("@/db/queries/account");

let n = 0;
const fromNewNetwork = () => {
  request.headers = new Headers({ "x-forwarded-for": `203.0.113.${++n}` });
};
const address = () => `visitor_${++n}@example.com`;
const mails = () => sendAfterResponse.mock.calls.map(([mail]) => mail as Mail);
const rowOf = async (email: string) =>
  (
    await db
      .select()
      .from(newsletterSubscribers)
      .where(eq(newsletterSubscribers.email, email.toLowerCase()))
  )[0];
const subscribe = (email: string) => actions.subscribeVisitor(IDLE, formOf({ email }));
/** The confirmation link in the latest mail to `email`, as the visitor would open it. */
const mailedToken = (email: string) =>
  mails()
    .filter((m) => m.to === email)
    .at(-1)
    ?.text.match(/\/newsletter\/confirm\/(\S+)/)?.[1];
/** An answer without what the form echoes, to compare two answers about two addresses. */
const shape = (state: ActionState) => ({ ...state, values: undefined });

/** A reader signed in as the caller, with a confirmed address unless said otherwise. */
async function signedInReader({ confirmed = true } = {}) {
  const reader = await viewerAccount(db, `reader_${++n}`);
  if (confirmed) {
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, reader.id));
  }
  caller.viewer = reader;
  return { reader, email: `${reader.handle}@example.test` };
}
const toggle = (subscribed: string, extra: Record<string, string> = {}) =>
  actions.setReaderNewsletter(IDLE, formOf({ subscribed, ...extra }));

beforeEach(() => {
  caller.viewer = null;
  fromNewNetwork();
  sendAfterResponse.mockClear();
});

describe("a visitor subscribing", () => {
  it("gets the same answer for a new, a pending, a subscribed and a refused address", async () => {
    const fresh = address();
    const first = await subscribe(fresh);
    expect(first).toMatchObject({ status: "ok", message: NEWSLETTER_REQUESTED });
    expect(mails().map((m) => m.to)).toEqual([fresh]);
    expect((await rowOf(fresh))?.state).toBe("pending");

    // Asked again at once: no second mail, and nothing says so.
    expect(shape(await subscribe(fresh))).toEqual(shape(first));
    const subscribed = address();
    await subscribe(subscribed);
    await actions.confirmNewsletter(IDLE, formOf({ token: mailedToken(subscribed)! }));
    const refused = address();
    await subscribe(refused);
    await markBounced(refused, "550 no such user");
    sendAfterResponse.mockClear();
    for (const known of [subscribed, refused]) {
      expect(shape(await subscribe(known))).toEqual(shape(first));
    }
    expect(mails()).toEqual([]);
    expect((await rowOf(refused))?.state).toBe("bounced");
  });

  it("confirms with the button the mailed link leads to, and only with the site's link", async () => {
    const email = address();
    await subscribe(email);
    const token = mailedToken(email)!;
    const [id, version] = token.split(".");
    const tampered = `${id}.${version!.replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`;
    for (const bad of [tampered, "nonsense", `${id}.${id}`]) {
      const state = await actions.confirmNewsletter(IDLE, formOf({ token: bad }));
      expect(state).toMatchObject({ status: "error", code: "gone", message: DEAD_NEWSLETTER_LINK });
    }
    expect((await rowOf(email))?.state).toBe("pending");
    const state = await actions.confirmNewsletter(IDLE, formOf({ token }));
    expect(state.status).toBe("ok");
    expect((await rowOf(email))?.state).toBe("subscribed");
  });

  it("answers a field error for a bad address, keeping what was typed, and never throws", async () => {
    for (const email of ["not an address", "", "a@b", `${"x".repeat(250)}@example.com`]) {
      const state = await subscribe(email);
      expect(state).toMatchObject({ status: "error", code: "invalid", values: { email } });
      expect(state.fieldErrors?.email?.length).toBeGreaterThan(0);
    }
    expect(await actions.subscribeVisitor(IDLE, "email=a@b.c" as never)).toMatchObject({
      status: "error",
      message: MALFORMED_REQUEST,
    });
    expect(mails()).toEqual([]);
  });

  it("is throttled per network, not for everyone", async () => {
    for (let i = 0; i < NEWSLETTER_PER_ADDRESS.maxHits; i += 1) {
      expect((await subscribe(address())).status).toBe("ok");
    }
    const email = address();
    const limited = await subscribe(email);
    expect(limited).toMatchObject({ status: "error", code: "rate-limited" });
    expect(limited.message).toBe(NEWSLETTER_LIMITED);
    expect(await rowOf(email)).toBeUndefined();
    fromNewNetwork();
    expect((await subscribe(email)).status).toBe("ok");
  });
});

describe("the preferences page's action", () => {
  it("unsubscribes and subscribes again by the signed token alone", async () => {
    const email = address();
    await subscribe(email);
    await actions.confirmNewsletter(IDLE, formOf({ token: mailedToken(email)! }));
    const row = (await rowOf(email))!;
    const token = newsletterToken("preferences", row.id, row.createdAt);
    const set = (subscribed: string, t = token) =>
      actions.setNewsletterByToken(IDLE, formOf({ token: t, subscribed }));

    expect(await set("off")).toMatchObject({ status: "ok", data: { state: "unsubscribed" } });
    expect((await rowOf(email))?.state).toBe("unsubscribed");
    expect(await set("on")).toMatchObject({ status: "ok", data: { state: "subscribed" } });
    expect((await rowOf(email))?.state).toBe("subscribed");

    // Another kind of token, one signed for another time, or a made-up one changes nothing.
    const wrong = [
      newsletterToken("confirm", row.id, row.createdAt),
      newsletterToken("preferences", row.id, new Date(row.createdAt.getTime() + 1)),
      `${row.id}.0-AAAA`,
    ];
    for (const t of wrong) {
      expect(await set("off", t)).toMatchObject({ status: "error", code: "gone" });
    }
    expect((await rowOf(email))?.state).toBe("subscribed");
    expect(await set("maybe")).toMatchObject({ status: "error", code: "invalid" });
  });
});

describe("a reader's toggle", () => {
  it("is refused to a visitor", async () => {
    const state = await toggle("on");
    expect(state).toMatchObject({ status: "error", code: "session-ended" });
    expect(
      await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.userId, "x")),
    ).toEqual([]);
  });

  it("subscribes the reader's own account address only, whatever the form says", async () => {
    const other = await signedInReader();
    const { reader, email } = await signedInReader();
    const state = await toggle("on", { email: other.email, userId: other.reader.id });
    expect(state).toMatchObject({ status: "ok", message: READER_NEWSLETTER.on });
    expect(await rowOf(email)).toMatchObject({ userId: reader.id, state: "subscribed" });
    expect(await rowOf(other.email)).toBeUndefined();
    expect(mails()).toEqual([]);

    caller.viewer = other.reader;
    await toggle("on");
    caller.viewer = reader;
    expect((await toggle("off")).status).toBe("ok");
    expect((await rowOf(email))?.state).toBe("unsubscribed");
    expect((await rowOf(other.email))?.state).toBe("subscribed");
    expect(await toggle("sometimes")).toMatchObject({ status: "error", code: "invalid" });
  });

  it("needs a confirmed address, as a visitor's does", async () => {
    const { email } = await signedInReader({ confirmed: false });
    const state = await toggle("on");
    expect(state).toMatchObject({ status: "error", message: READER_NEWSLETTER.confirmFirst });
    expect(await rowOf(email)).toBeUndefined();
  });

  it("follows an email change: the old address stops, the confirmed new one subscribes", async () => {
    const { reader, email } = await signedInReader();
    await toggle("on");
    const moved = `moved_${++n}@example.com`;
    // Someone had asked for the new address as a visitor before: that row becomes the reader's.
    await subscribe(moved);
    expect(await changeEmail(reader.id, moved)).toBe("done");
    expect(await rowOf(email)).toMatchObject({ userId: null, state: "unsubscribed" });

    // Unconfirmed for now: the reader is told, not subscribed.
    expect(await toggle("on")).toMatchObject({ message: READER_NEWSLETTER.confirmFirst });
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, reader.id));
    expect(await toggle("on")).toMatchObject({ status: "ok", message: READER_NEWSLETTER.on });
    expect(await rowOf(moved)).toMatchObject({ userId: reader.id, state: "subscribed" });
    expect((await rowOf(email))?.state).toBe("unsubscribed");
  });

  it("moves to the account's address even when it changed by another way than settings", async () => {
    const { reader, email } = await signedInReader();
    await toggle("on");
    const moved = `elsewhere_${++n}@example.com`;
    await db.update(users).set({ email: moved }).where(eq(users.id, reader.id));
    // Before: a second row for the same reader broke the unique index, a server fault.
    expect(await toggle("on")).toMatchObject({ status: "ok", message: READER_NEWSLETTER.on });
    expect(await rowOf(moved)).toMatchObject({ userId: reader.id, state: "subscribed" });
    expect(await rowOf(email)).toMatchObject({ userId: null, state: "unsubscribed" });
  });

  it("says so when the reader's address was refused by its server", async () => {
    const { email } = await signedInReader();
    await toggle("on");
    await markBounced(email, "550 mailbox unavailable");
    expect(await toggle("on")).toMatchObject({
      status: "error",
      message: READER_NEWSLETTER.bounced,
    });
    expect((await rowOf(email))?.state).toBe("bounced");
  });
});

import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readerScores, reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAME, sessionToken } from "@/lib/testing/session-token";

// One request is one headers object, as in Next (its request store keeps it for the request);
// `nextRequest()` starts another. The session token is made as Auth.js makes one.
const { request } = vi.hoisted(() => ({ request: { headers: new Headers() } }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    getAll: () =>
      (request.headers.get("cookie") ?? "")
        .split("; ")
        .filter(Boolean)
        .map((pair) => ({ name: pair.split("=")[0]!, value: pair.slice(pair.indexOf("=") + 1) })),
  }),
}));
const { readAccount } = vi.hoisted(() => ({ readAccount: vi.fn() }));
vi.mock("@/db/queries/users", async (original) => {
  const users = await original<typeof import("@/db/queries/users")>();
  readAccount.mockImplementation(users.getSessionAuthState);
  return { ...users, getSessionAuthState: readAccount };
});

/** Starts a request carrying this cookie, or a new sign-in's for this reader, or none. */
async function nextRequest(userId?: string, token?: string) {
  const name = SESSION_COOKIE_NAME;
  const cookie = token ?? (userId && (await sessionToken(db, userId)).token);
  request.headers = new Headers(cookie ? { cookie: `${name}=${cookie}` } : {});
}

const { db } = await openTestDatabase();
const { getComparingViewer, getSuspension, getViewer } = await import("./viewer");
const { GET } = await import("@/app/api/viewer/route");
const { endAllSessions, endSession } = await import("@/db/queries/sessions");
const { changePassword } = await import("@/db/queries/account");
const { setReaderBan } = await import("@/db/queries/moderation-writes");

const [reader, banned] = await db
  .insert(users)
  .values([
    { name: "Vee", handle: "vee_viewer", email: "vee@example.com" },
    {
      name: "Bo",
      handle: "bo_banned",
      email: "bo@example.com",
      bannedAt: new Date(),
      banReason: "Spam.",
    },
  ])
  .returning();
const [review] = await db
  .select()
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

beforeEach(() => {
  readAccount.mockClear();
});

describe("who is calling", () => {
  it("is read from the database once per request, however often it is asked", async () => {
    await nextRequest(banned!.id);
    expect(await getViewer()).toBeNull();
    expect(await getSuspension()).toEqual({ reason: "Spam." });
    expect(await getViewer()).toBeNull();
    expect(readAccount).toHaveBeenCalledTimes(1);

    // The next request reads it again: a ban lifted meanwhile applies at once.
    await db.update(users).set({ bannedAt: null }).where(eq(users.id, banned!.id));
    await nextRequest(banned!.id);
    expect((await getViewer())?.handle).toBe("bo_banned");
    expect(await getSuspension()).toBeNull();
    expect(readAccount).toHaveBeenCalledTimes(2);
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned!.id));
  });

  it("says whether the reader keeps their scores private, with the same read", async () => {
    await db.update(users).set({ scoresPrivate: true }).where(eq(users.id, reader!.id));
    await nextRequest(reader!.id);
    expect(await getComparingViewer()).toEqual({
      viewer: { id: reader!.id, name: "Vee", handle: "vee_viewer", role: "reader" },
      scoresPrivate: true,
    });
    expect(await getViewer()).toMatchObject({ handle: "vee_viewer" });
    expect(readAccount).toHaveBeenCalledTimes(1);
    await db.update(users).set({ scoresPrivate: false }).where(eq(users.id, reader!.id));
    await nextRequest(reader!.id);
    expect((await getComparingViewer())?.scoresPrivate).toBe(false);
    await nextRequest(banned!.id);
    expect(await getComparingViewer()).toBeNull();
  });

  it("costs a visitor no read at all", async () => {
    await nextRequest();
    expect(await getViewer()).toBeNull();
    expect(await getSuspension()).toBeNull();
    expect(readAccount).not.toHaveBeenCalled();
  });
});

describe("GET /api/viewer", () => {
  const get = async (query = "") =>
    (await GET(new Request(`http://localhost/api/viewer${query}`))).json();

  it("answers a reader with their state on the review, the account read with it", async () => {
    await db
      .insert(readerScores)
      .values({ soundtrackId: review!.soundtrackId, userId: reader!.id, score: 75 });
    await nextRequest(reader!.id);
    expect(await get(`?review=${review!.id}`)).toEqual({
      viewer: { id: reader!.id, name: "Vee", handle: "vee_viewer", role: "reader" },
      review: {
        score: 75,
        hideCrowdUntilScored: false,
        picks: [],
        liked: [],
        reported: [],
        mustVerifyEmail: false,
      },
      unread: 0,
    });
    // In the same batch as the rest, not through a read of its own beforehand.
    expect(readAccount).not.toHaveBeenCalled();
    expect(await get()).toMatchObject({ viewer: { handle: "vee_viewer" }, review: null });
  });

  it("answers a visitor, a banned reader and a review that is not live with nobody's state", async () => {
    await nextRequest();
    expect(await get(`?review=${review!.id}`)).toEqual({ viewer: null, review: null, unread: 0 });
    await nextRequest(banned!.id);
    expect(await get(`?review=${review!.id}`)).toEqual({ viewer: null, review: null, unread: 0 });
    await nextRequest(reader!.id);
    expect(await get("?review=999999")).toMatchObject({
      viewer: { handle: "vee_viewer" },
      review: null,
    });
  });

  it("refuses a review that is not an id", async () => {
    await nextRequest(reader!.id);
    const response = await GET(new Request("http://localhost/api/viewer?review=abc"));
    expect(response.status).toBe(400);
  });
});

describe("a session that has ended", () => {
  const viewerWith = async (token: string) => {
    await nextRequest(undefined, token);
    return (await getViewer())?.id ?? null;
  };
  const apiViewerWith = async (token: string) => {
    await nextRequest(undefined, token);
    const body = await (await GET(new Request("http://localhost/api/viewer"))).json();
    return body.viewer?.id ?? null;
  };

  async function twoBrowsers(handle: string) {
    const [user] = await db
      .insert(users)
      .values({ name: handle, handle, email: `${handle}@example.com`, passwordHash: "old" })
      .returning();
    const here = await sessionToken(db, user!.id);
    const there = await sessionToken(db, user!.id);
    // Both tokens are read while their sessions last.
    expect(await viewerWith(here.token)).toBe(user!.id);
    expect(await viewerWith(there.token)).toBe(user!.id);
    return { id: user!.id, here, there };
  }

  it("is nobody's once signed out, though its token decrypts; the other browser stays", async () => {
    const { id, here, there } = await twoBrowsers("out_here");
    await endSession(here.sid);
    expect(await viewerWith(here.token)).toBeNull();
    expect(await apiViewerWith(here.token)).toBeNull();
    expect(await viewerWith(there.token)).toBe(id);
    expect(await apiViewerWith(there.token)).toBe(id);
  });

  it("ends in every browser when the reader signs out everywhere", async () => {
    const { here, there } = await twoBrowsers("everywhere");
    await endAllSessions((await viewerOfToken(here.token))!);
    expect(await viewerWith(here.token)).toBeNull();
    expect(await viewerWith(there.token)).toBeNull();
  });

  it("ends everywhere but here when the password changes", async () => {
    const { id, here, there } = await twoBrowsers("new_password");
    await changePassword(id, "new", here.sid);
    expect(await viewerWith(here.token)).toBe(id);
    expect(await viewerWith(there.token)).toBeNull();
  });

  it("is nobody's while banned, and stays ended once the ban is lifted", async () => {
    const { id, here } = await twoBrowsers("banned_then_lifted");
    const [admin] = await db
      .insert(users)
      .values({ name: "Ada", handle: "ada_admin", email: "ada@example.com", role: "admin" })
      .returning();
    const ban = { actorId: admin!.id, userId: id, reason: "Spam." };
    expect(await setReaderBan({ ...ban, banned: true })).toBe("done");
    expect(await viewerWith(here.token)).toBeNull();
    // Still told why, with the session the ban found.
    expect(await getSuspension()).toEqual({ reason: "Spam." });
    expect(await setReaderBan({ ...ban, banned: false })).toBe("done");
    expect(await viewerWith(here.token)).toBeNull();
    expect(await viewerWith((await sessionToken(db, id)).token)).toBe(id);
  });

  it("is nobody's when the token names no session (one issued before sessions were recorded)", async () => {
    const name = SESSION_COOKIE_NAME;
    const old = await encode({ token: { sub: reader!.id }, secret: env.AUTH_SECRET, salt: name });
    expect(await viewerWith(old)).toBeNull();
    expect(readAccount).not.toHaveBeenCalled();
  });
});

async function viewerOfToken(token: string) {
  await nextRequest(undefined, token);
  return (await getViewer())?.id;
}

import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readerScores, reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { env } from "@/lib/env";

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
  readAccount.mockImplementation(users.getUserAuthState);
  return { ...users, getUserAuthState: readAccount };
});

async function nextRequest(userId?: string) {
  const name = "authjs.session-token";
  const token =
    userId && (await encode({ token: { sub: userId }, secret: env.AUTH_SECRET, salt: name }));
  request.headers = new Headers(token ? { cookie: `${name}=${token}` } : {});
}

const { db } = await openTestDatabase();
const { getSuspension, getViewer } = await import("./viewer");
const { GET } = await import("@/app/api/viewer/route");

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
      review: { score: 75, hideCrowdUntilScored: false, picks: [], liked: [], reported: [] },
    });
    // In the same batch as the rest, not through a read of its own beforehand.
    expect(readAccount).not.toHaveBeenCalled();
    expect(await get()).toMatchObject({ viewer: { handle: "vee_viewer" }, review: null });
  });

  it("answers a visitor, a banned reader and a review that is not live with nobody's state", async () => {
    await nextRequest();
    expect(await get(`?review=${review!.id}`)).toEqual({ viewer: null, review: null });
    await nextRequest(banned!.id);
    expect(await get(`?review=${review!.id}`)).toEqual({ viewer: null, review: null });
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

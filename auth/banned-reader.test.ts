import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { commentLikes, comments, readerScores, reviews, users } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { IDLE } from "@/lib/action-state";
import { sessionToken } from "@/lib/testing/session-token";

// The request's cookies are the only thing faked, holding a session token made as Auth.js makes
// one: the viewer decodes it for real and reads the ban from the database.
const { jar } = vi.hoisted(() => ({ jar: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => [...jar].map(([name, value]) => ({ name, value })) }),
  headers: async () => new Headers({ cookie: [...jar].map(([n, v]) => `${n}=${v}`).join("; ") }),
}));
vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }));

async function signInAs(userId: string, name = "authjs.session-token") {
  jar.clear();
  jar.set(name, (await sessionToken(db, userId, name)).token);
}

beforeEach(() => jar.clear());

const { db } = await openTestDatabase();
const { getViewer } = await import("./viewer");
const { postComment, toggleLike } = await import("@/app/reviews/[slug]/actions");
const { saveScore } = await import("@/app/reviews/[slug]/score-actions");
const { setReaderBan } = await import("@/db/queries/moderation-writes");

const [reader] = await db
  .insert(users)
  .values({ name: "Banned Later", handle: "banned_later", email: "banned@example.com" })
  .returning();
const [review] = await db
  .select()
  .from(reviews)
  .where(eq(reviews.slug, "mission-impossible-fallout"));

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

describe("a banned reader", () => {
  it("is a viewer until banned, and nobody once banned, with the same session", async () => {
    await signInAs(reader!.id);
    expect((await getViewer())?.handle).toBe("banned_later");
    await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, reader!.id));
    vi.resetModules();
    const fresh = await import("./viewer");
    expect(await fresh.getViewer()).toBeNull();
  });

  it("is told the admin's reason when posting, scoring or liking, and nothing is written", async () => {
    // Lifted first (the test above banned them without a reason), then banned as an admin does.
    await db.update(users).set({ bannedAt: null }).where(eq(users.id, reader!.id));
    const [admin] = await db
      .insert(users)
      .values({ name: "Ed", handle: "ed_admin", email: "ed@example.com", role: "admin" })
      .returning();
    expect(
      await setReaderBan({
        actorId: admin!.id,
        userId: reader!.id,
        banned: true,
        reason: "Abusive replies.",
      }),
    ).toBe("done");
    const [other] = await db
      .insert(users)
      .values({ name: "Other", handle: "other_reader", email: "other@example.com" })
      .returning();
    const [theirs] = await db
      .insert(comments)
      .values({ reviewId: review!.id, authorId: other!.id, body: "Like me", createdAt: new Date() })
      .returning();
    await signInAs(reader!.id);
    const suspended = { status: "error", message: "Your account is suspended: Abusive replies." };
    const comment = await postComment(
      IDLE,
      form({ reviewId: String(review!.id), body: "Still here?", timeZone: "UTC" }),
    );
    expect(comment).toMatchObject(suspended);
    const score = await saveScore(
      IDLE,
      form({
        slug: review!.slug,
        soundtrackId: String(review!.soundtrackId),
        score: "8",
        intent: "save",
      }),
    );
    expect(score).toMatchObject(suspended);
    const like = await toggleLike(
      IDLE,
      form({ reviewId: String(review!.id), commentId: String(theirs!.id), like: "true" }),
    );
    expect(like).toMatchObject(suspended);
    expect(await db.$count(comments, eq(comments.authorId, reader!.id))).toBe(0);
    expect(await db.$count(readerScores, eq(readerScores.userId, reader!.id))).toBe(0);
    expect(await db.$count(commentLikes, eq(commentLikes.userId, reader!.id))).toBe(0);
    // The pages still see nobody: a banned reader is shown the site as a visitor.
    vi.resetModules();
    expect(await (await import("./viewer")).getViewer()).toBeNull();
  });

  it("is asked to sign in, like anyone, once the session is gone", async () => {
    jar.clear();
    const comment = await postComment(
      IDLE,
      form({ reviewId: String(review!.id), body: "Anyone?", timeZone: "UTC" }),
    );
    expect(comment.message).toMatch(/sign in/i);
  });
});

describe("the session cookie", () => {
  it("names a reader only when it is Auth.js's own, under either of its names", async () => {
    const [someone] = await db
      .insert(users)
      .values({ name: "Sam", handle: "sam_cookie", email: "sam@example.com" })
      .returning();
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      await signInAs(someone!.id, name);
      vi.resetModules();
      expect((await (await import("./viewer")).getViewer())?.handle).toBe("sam_cookie");
    }
    const forged = await encode({
      token: { sub: someone!.id },
      secret: "not the site's secret, but long enough",
      salt: "authjs.session-token",
    });
    jar.clear();
    jar.set("authjs.session-token", forged);
    vi.resetModules();
    expect(await (await import("./viewer")).getViewer()).toBeNull();
    jar.set("authjs.session-token", "garbage");
    vi.resetModules();
    expect(await (await import("./viewer")).getViewer()).toBeNull();
  });
});
